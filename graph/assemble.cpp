// assemble_columns: from resolved facts to the graph's columns, in steps — nodes and the name index, facts merged
// into edges, the CSR adjacency both ways (by counting sort, never per-edge insertion), the provenance records
// grouped by edge in input order, and each edge's summary (best confidence, merged properties).
#include <absl/container/flat_hash_map.h>
#include <absl/hash/hash.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "builder_state.h"
#include "kg/graph/name_fold.h"

namespace kg::graph::detail {

bool PropertyMerger::add(const StoredProperty& property) {
  const StoredProperty* same = nullptr;
  if (position_.empty() && kept_.size() < kScanned) {
    const auto found = std::find_if(kept_.begin(), kept_.end(), [&](const auto& p) { return p.key == property.key; });
    if (found != kept_.end()) same = &*found;
  } else {
    if (position_.empty()) {
      for (std::uint32_t i = 0; i < kept_.size(); ++i) position_.try_emplace(kept_[i].key, i);
    }
    const auto [at, inserted] = position_.try_emplace(property.key, static_cast<std::uint32_t>(kept_.size()));
    if (!inserted) same = &kept_[at->second];
  }
  if (same == nullptr) {
    kept_.push_back(property);
    return true;
  }
  return same->kind == property.kind && same->bits == property.bits;
}

namespace {

struct EdgeKey {
  std::uint32_t subject, object;
  std::uint16_t predicate;
  friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
  template <class H>
  friend H AbslHashValue(H h, const EdgeKey& key) {
    return H::combine(std::move(h), key.subject, key.object, key.predicate);
  }
};

// Exclusive prefix sums of `counts`, with the total appended: offsets[i]..offsets[i+1] is group i.
std::vector<std::uint32_t> offsets_from_counts(const std::vector<std::uint32_t>& counts) {
  std::vector<std::uint32_t> offsets(counts.size() + 1, 0);
  std::partial_sum(counts.begin(), counts.end(), offsets.begin() + 1);
  return offsets;
}

void append_properties(OwnedColumns& c, const std::vector<StoredProperty>& props) {
  for (const StoredProperty& p : props) {
    c.prop_key.push_back(p.key);
    c.prop_kind.push_back(static_cast<std::uint8_t>(p.kind));
    c.prop_value.push_back(p.bits);
  }
}

/// The node columns (keys, names, types, aliases, properties) and the name index.
void assemble_nodes(const BuilderState& state, OwnedColumns& c) {
  const Entities& e = state.entities;
  c.node_key = e.key;
  c.node_name = e.name;
  c.node_type = e.type;
  for (std::size_t i = 0; i < e.size(); ++i) {
    c.alias_ids.insert(c.alias_ids.end(), e.aliases[i].begin(), e.aliases[i].end());
    c.alias_offsets.push_back(static_cast<std::uint32_t>(c.alias_ids.size()));
    append_properties(c, e.props[i]);
    c.node_prop_offsets.push_back(static_cast<std::uint32_t>(c.prop_key.size()));
  }
  // The name index: (hash of folded id / name / alias, node), sorted by hash for binary search.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> index;
  index.reserve(e.size() * 2);
  std::string folded;
  auto add = [&](std::uint32_t text, std::uint32_t node) {
    folded.clear();
    fold_name_into(state.strings.view(StringId{text}), folded);
    index.emplace_back(name_hash(folded), node);
  };
  for (std::uint32_t i = 0; i < e.size(); ++i) {
    add(e.key[i], i);
    if (e.name[i] != e.key[i]) add(e.name[i], i);
    for (std::uint32_t alias : e.aliases[i]) add(alias, i);
  }
  for (std::size_t i = 0; i < state.merged_node.size(); ++i) add(state.merged_id[i], state.merged_node[i]);
  std::sort(index.begin(), index.end());
  index.erase(std::unique(index.begin(), index.end()), index.end());
  c.name_index_hash.reserve(index.size());
  c.name_index_node.reserve(index.size());
  for (const auto& [hash, node] : index) {
    c.name_index_hash.push_back(hash);
    c.name_index_node.push_back(node);
  }
}

// Edge properties: every key any statement of the edge gives, the first statement's value kept.
std::vector<StoredProperty> merged_edge_properties(const BuilderState& state, const std::uint32_t* facts,
                                                   std::size_t count) {
  const Facts& f = state.facts;
  std::vector<StoredProperty> merged;
  PropertyMerger merger(merged);
  for (std::size_t k = 0; k < count; ++k) {
    const std::uint32_t fact = facts[k];
    const std::uint32_t first = fact == 0 ? 0 : f.props_end[fact - 1];
    for (std::uint32_t i = first; i < f.props_end[fact]; ++i) {
      const StoredProperty& p = f.props[i];
      if (!merger.add(p)) {
        state.warn(f.subject_at[fact], "this fact states property \"" +
                                           std::string(state.strings.view(StringId{p.key})) +
                                           "\" with another value than an earlier statement of it; keeping the first");
      }
    }
  }
  return merged;
}

/// The extra ids of merged nodes and the decisions, with the node each of their ids denotes.
void assemble_decisions(const BuilderState& state, OwnedColumns& c) {
  c.merged_node = state.merged_node;
  c.merged_id = state.merged_id;
  const Decisions& d = state.decisions;
  for (std::size_t i = 0; i < d.size(); ++i) {
    c.decision_kind.push_back(static_cast<std::uint8_t>(d.kind[i]));
    c.decision_reason.push_back(d.reason[i]);
    c.decision_author.push_back(d.author[i]);
    c.decision_date.push_back(d.date[i]);
    c.decision_ids.insert(c.decision_ids.end(), d.ids[i].begin(), d.ids[i].end());
    c.decision_nodes.insert(c.decision_nodes.end(), d.entities[i].begin(), d.entities[i].end());
    c.decision_id_offsets.push_back(static_cast<std::uint32_t>(c.decision_ids.size()));
  }
}

/// Facts with the same (subject, predicate, object) become one edge: each fact gets its edge's number in the order
/// edges are first stated.
struct MergedFacts {
  std::vector<EdgeKey> edges;               // by discovery number
  std::vector<std::uint32_t> edge_of_fact;  // discovery number of each fact's edge
};

MergedFacts merge_facts(const Facts& f, const std::vector<std::uint32_t>& subject_node,
                        const std::vector<std::uint32_t>& object_node) {
  MergedFacts merged;
  merged.edge_of_fact.resize(f.size());
  absl::flat_hash_map<EdgeKey, std::uint32_t> edge_of_key;
  edge_of_key.reserve(f.size());
  for (std::size_t i = 0; i < f.size(); ++i) {
    const EdgeKey key{subject_node[i], object_node[i], f.predicate[i]};
    const auto [it, inserted] = edge_of_key.try_emplace(key, static_cast<std::uint32_t>(merged.edges.size()));
    if (inserted) merged.edges.push_back(key);
    merged.edge_of_fact[i] = it->second;
  }
  return merged;
}

/// The out-adjacency (CSR): edges stably counting-sorted by subject, so an edge's id is its position. Returns each
/// discovered edge's final id.
std::vector<std::uint32_t> build_out_adjacency(const std::vector<EdgeKey>& edges, std::uint32_t node_count,
                                               OwnedColumns& c) {
  std::vector<std::uint32_t> per_node(node_count, 0);
  for (const EdgeKey& edge : edges) ++per_node[edge.subject];
  c.out_offsets = offsets_from_counts(per_node);
  const auto edge_count = static_cast<std::uint32_t>(edges.size());
  std::vector<std::uint32_t> final_id(edge_count);
  std::vector<std::uint32_t> cursor(c.out_offsets.begin(), c.out_offsets.end() - 1);
  for (std::uint32_t e = 0; e < edge_count; ++e) final_id[e] = cursor[edges[e].subject]++;
  c.out_target.resize(edge_count);
  c.edge_predicate.resize(edge_count);
  for (std::uint32_t e = 0; e < edge_count; ++e) {
    c.out_target[final_id[e]] = edges[e].object;
    c.edge_predicate[final_id[e]] = edges[e].predicate;
  }
  return final_id;
}

/// The in-adjacency (CSR): edges counting-sorted by object, each with its source and edge id.
void build_in_adjacency(std::uint32_t node_count, OwnedColumns& c) {
  std::vector<std::uint32_t> per_node(node_count, 0);
  for (std::uint32_t target : c.out_target) ++per_node[target];
  c.in_offsets = offsets_from_counts(per_node);
  c.in_source.resize(c.out_target.size());
  c.in_edge.resize(c.out_target.size());
  std::vector<std::uint32_t> cursor(c.in_offsets.begin(), c.in_offsets.end() - 1);
  for (std::uint32_t source = 0; source < node_count; ++source) {
    for (std::uint32_t e = c.out_offsets[source]; e < c.out_offsets[source + 1]; ++e) {
      const std::uint32_t slot = cursor[c.out_target[e]]++;
      c.in_source[slot] = source;
      c.in_edge[slot] = e;
    }
  }
}

/// The provenance records grouped by final edge id, in input order within an edge. Returns the fact behind each
/// record.
std::vector<std::uint32_t> group_provenance(const Facts& f, const Sources& sources,
                                            const std::vector<std::uint32_t>& edge_of_fact,
                                            const std::vector<std::uint32_t>& final_id, OwnedColumns& c) {
  const std::size_t fact_count = f.size();
  std::vector<std::uint32_t> per_edge(final_id.size(), 0);
  for (std::uint32_t e : edge_of_fact) ++per_edge[final_id[e]];
  c.prov_offsets = offsets_from_counts(per_edge);
  std::vector<std::uint32_t> fact_at_record(fact_count);
  std::vector<std::uint32_t> cursor(c.prov_offsets.begin(), c.prov_offsets.end() - 1);
  for (std::uint32_t i = 0; i < fact_count; ++i) fact_at_record[cursor[final_id[edge_of_fact[i]]]++] = i;
  c.prov_source.resize(fact_count);
  c.prov_quote.resize(fact_count);
  c.prov_date.resize(fact_count);
  c.prov_date_end.resize(fact_count);
  c.prov_confidence.resize(fact_count);
  c.prov_grade.resize(fact_count);
  for (std::uint32_t r = 0; r < fact_count; ++r) {
    const std::uint32_t fact = fact_at_record[r];
    // A statement's grade without a reliability part takes its source's.
    Grade grade = Grade::unpack(f.grade[fact]);
    if (grade.reliability == 0) grade.reliability = Grade::unpack(sources.reliability[f.source[fact]]).reliability;
    c.prov_grade[r] = grade.packed();
    c.prov_source[r] = f.source[fact];
    c.prov_quote[r] = f.quote[fact];
    c.prov_date[r] = f.date[fact];
    c.prov_date_end[r] = f.date_end[fact];
    c.prov_confidence[r] = f.confidence[fact];
  }
  return fact_at_record;
}

/// Per edge: the best stated confidence among its records, and the properties its statements give.
void summarise_edges(const BuilderState& state, const std::vector<std::uint32_t>& fact_at_record, OwnedColumns& c) {
  const std::size_t edge_count = c.out_target.size();
  c.edge_confidence.assign(edge_count, std::numeric_limits<float>::quiet_NaN());
  c.edge_prop_offsets = {static_cast<std::uint32_t>(c.prop_key.size())};
  c.edge_prop_offsets.reserve(edge_count + 1);
  for (std::uint32_t e = 0; e < edge_count; ++e) {
    float best = std::numeric_limits<float>::quiet_NaN();
    for (std::uint32_t r = c.prov_offsets[e]; r < c.prov_offsets[e + 1]; ++r) {
      if (!std::isnan(c.prov_confidence[r]) && !(c.prov_confidence[r] <= best)) best = c.prov_confidence[r];
    }
    c.edge_confidence[e] = best;
    if (!state.facts.props.empty()) {
      append_properties(c, merged_edge_properties(state, &fact_at_record[c.prov_offsets[e]],
                                                  c.prov_offsets[e + 1] - c.prov_offsets[e]));
    }
    c.edge_prop_offsets.push_back(static_cast<std::uint32_t>(c.prop_key.size()));
  }
}

}  // namespace

OwnedColumns assemble_columns(const BuilderState& state, const std::vector<std::uint32_t>& subject_node,
                              const std::vector<std::uint32_t>& object_node) {
  OwnedColumns c;
  state.strings.write_pool(c.string_offsets, c.string_bytes);
  assemble_nodes(state, c);
  assemble_decisions(state, c);
  c.type_names = state.type_names;
  c.predicate_names = state.predicate_names;
  c.source_key = state.sources.key;
  c.source_title = state.sources.title;
  c.source_url = state.sources.url;
  c.source_date = state.sources.date;
  c.source_reliability = state.sources.reliability;
  const auto node_count = static_cast<std::uint32_t>(state.entities.size());
  MergedFacts merged = merge_facts(state.facts, subject_node, object_node);
  const std::vector<std::uint32_t> final_id = build_out_adjacency(merged.edges, node_count, c);
  merged.edges = {};
  build_in_adjacency(node_count, c);
  const std::vector<std::uint32_t> fact_at_record =
      group_provenance(state.facts, state.sources, merged.edge_of_fact, final_id, c);
  summarise_edges(state, fact_at_record, c);
  canonicalise_columns(c);
  return c;
}

}  // namespace kg::graph::detail
