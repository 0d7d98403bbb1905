// lay_out: from resolved facts to the graph's columns. Repeated (subject, predicate, object) facts become one edge
// whose provenance records keep input order; adjacency is built both ways by counting sort, never per-edge insertion.
#include <absl/container/flat_hash_map.h>
#include <absl/hash/hash.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "builder_state.h"
#include "kg/graph/name_fold.h"

namespace kg::graph::detail {
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

void append_properties(ColumnData& c, const std::vector<StoredProperty>& props) {
  for (const StoredProperty& p : props) {
    c.prop_key.push_back(p.key);
    c.prop_kind.push_back(p.kind);
    c.prop_value.push_back(p.bits);
  }
}

void lay_out_nodes(const BuilderState& state, ColumnData& c) {
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
  for (std::size_t k = 0; k < count; ++k) {
    const std::uint32_t fact = facts[k];
    const std::uint32_t first = fact == 0 ? 0 : f.props_end[fact - 1];
    for (std::uint32_t i = first; i < f.props_end[fact]; ++i) {
      const StoredProperty& p = f.props[i];
      const auto same = std::find_if(merged.begin(), merged.end(), [&](const auto& m) { return m.key == p.key; });
      if (same == merged.end()) {
        merged.push_back(p);
      } else if (same->kind != p.kind || same->bits != p.bits) {
        state.warn(f.subject_at[fact], "this fact states property \"" +
                                           std::string(state.strings.view(StringId{p.key})) +
                                           "\" with another value than an earlier statement of it; keeping the first");
      }
    }
  }
  return merged;
}

}  // namespace

ColumnData lay_out(const BuilderState& state, const std::vector<std::uint32_t>& subject_node,
                   const std::vector<std::uint32_t>& object_node) {
  ColumnData c;
  state.strings.write_pool(c.string_offsets, c.string_bytes);
  lay_out_nodes(state, c);
  c.type_names = state.type_names;
  c.predicate_names = state.predicate_names;
  c.source_key = state.sources.key;
  c.source_title = state.sources.title;
  c.source_url = state.sources.url;
  c.source_date = state.sources.date;

  // Merge repeated facts: each fact gets a discovery-order edge number.
  const Facts& f = state.facts;
  const std::size_t fact_count = f.size();
  const auto node_count = static_cast<std::uint32_t>(state.entities.size());
  absl::flat_hash_map<EdgeKey, std::uint32_t> edge_of_key;
  edge_of_key.reserve(fact_count);
  std::vector<std::uint32_t> edge_of_fact(fact_count);
  std::vector<EdgeKey> edges;
  for (std::size_t i = 0; i < fact_count; ++i) {
    const EdgeKey key{subject_node[i], object_node[i], f.predicate[i]};
    const auto [it, inserted] = edge_of_key.try_emplace(key, static_cast<std::uint32_t>(edges.size()));
    if (inserted) edges.push_back(key);
    edge_of_fact[i] = it->second;
  }
  edge_of_key = {};
  const auto edge_count = static_cast<std::uint32_t>(edges.size());

  // Final edge ids: discovery order, stably counting-sorted by subject.
  std::vector<std::uint32_t> per_node(node_count, 0);
  for (const EdgeKey& edge : edges) ++per_node[edge.subject];
  c.out_offsets = offsets_from_counts(per_node);
  std::vector<std::uint32_t> final_id(edge_count);
  {
    std::vector<std::uint32_t> cursor(c.out_offsets.begin(), c.out_offsets.end() - 1);
    for (std::uint32_t e = 0; e < edge_count; ++e) final_id[e] = cursor[edges[e].subject]++;
  }
  c.out_target.resize(edge_count);
  c.edge_predicate.resize(edge_count);
  for (std::uint32_t e = 0; e < edge_count; ++e) {
    c.out_target[final_id[e]] = edges[e].object;
    c.edge_predicate[final_id[e]] = edges[e].predicate;
  }

  // In-adjacency: edges counting-sorted by object.
  std::fill(per_node.begin(), per_node.end(), 0);
  for (std::uint32_t target : c.out_target) ++per_node[target];
  c.in_offsets = offsets_from_counts(per_node);
  c.in_source.resize(edge_count);
  c.in_edge.resize(edge_count);
  {
    std::vector<std::uint32_t> cursor(c.in_offsets.begin(), c.in_offsets.end() - 1);
    for (std::uint32_t source = 0; source < node_count; ++source) {
      for (std::uint32_t e = c.out_offsets[source]; e < c.out_offsets[source + 1]; ++e) {
        const std::uint32_t slot = cursor[c.out_target[e]]++;
        c.in_source[slot] = source;
        c.in_edge[slot] = e;
      }
    }
  }

  // Provenance: the statements of each edge, grouped by final edge id, in input order within an edge.
  std::vector<std::uint32_t> per_edge(edge_count, 0);
  for (std::uint32_t e : edge_of_fact) ++per_edge[final_id[e]];
  c.prov_offsets = offsets_from_counts(per_edge);
  std::vector<std::uint32_t> fact_at_record(fact_count);
  {
    std::vector<std::uint32_t> cursor(c.prov_offsets.begin(), c.prov_offsets.end() - 1);
    for (std::uint32_t i = 0; i < fact_count; ++i) fact_at_record[cursor[final_id[edge_of_fact[i]]]++] = i;
  }
  c.prov_source.resize(fact_count);
  c.prov_quote.resize(fact_count);
  c.prov_date.resize(fact_count);
  c.prov_confidence.resize(fact_count);
  for (std::uint32_t r = 0; r < fact_count; ++r) {
    const std::uint32_t fact = fact_at_record[r];
    c.prov_source[r] = f.source[fact];
    c.prov_quote[r] = f.quote[fact];
    c.prov_date[r] = f.date[fact];
    c.prov_confidence[r] = f.confidence[fact];
  }

  // Per edge: best stated confidence, and merged properties.
  c.edge_confidence.assign(edge_count, std::numeric_limits<float>::quiet_NaN());
  c.edge_prop_offsets = {static_cast<std::uint32_t>(c.prop_key.size())};
  c.edge_prop_offsets.reserve(edge_count + 1);
  for (std::uint32_t e = 0; e < edge_count; ++e) {
    float best = std::numeric_limits<float>::quiet_NaN();
    for (std::uint32_t r = c.prov_offsets[e]; r < c.prov_offsets[e + 1]; ++r) {
      if (!std::isnan(c.prov_confidence[r]) && !(c.prov_confidence[r] <= best)) best = c.prov_confidence[r];
    }
    c.edge_confidence[e] = best;
    if (!f.props.empty()) {
      append_properties(c, merged_edge_properties(state, &fact_at_record[c.prov_offsets[e]], per_edge[e]));
    }
    c.edge_prop_offsets.push_back(static_cast<std::uint32_t>(c.prop_key.size()));
  }
  return c;
}

}  // namespace kg::graph::detail
