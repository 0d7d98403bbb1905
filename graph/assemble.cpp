// assemble_columns: from resolved facts to the graph's columns, in steps — nodes and the name index, facts merged
// into edges, the CSR adjacency both ways (by counting sort, never per-edge insertion), the provenance records
// grouped by edge in input order, and each edge's summary (best confidence, merged properties).
#include <absl/container/flat_hash_map.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

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

/// Frees the memory of each vector: what a step has consumed is gone before the next one allocates.
template <class... Vectors>
void release(Vectors&... vectors) {
  (Vectors().swap(vectors), ...);
}

// Exclusive prefix sums of `counts`, with the total appended: offsets[i]..offsets[i+1] is group i.
std::vector<std::uint32_t> offsets_from_counts(const std::vector<std::uint32_t>& counts) {
  std::vector<std::uint32_t> offsets(counts.size() + 1, 0);
  std::partial_sum(counts.begin(), counts.end(), offsets.begin() + 1);
  return offsets;
}

void append_properties(OwnedColumns& c, std::span<const StoredProperty> props) {
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
  std::vector<std::pair<std::uint32_t, std::uint32_t>> index;
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
        state.warn(f.at.subject(fact), "this fact states property \"" +
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

/// Facts with the same (subject, predicate, object) become one edge, laid out as the out-adjacency (CSR): grouped
/// by subject and, within a subject, in the order they are first stated, so that an edge's id is its position.
/// Returns each fact's edge.
std::vector<std::uint32_t> merge_into_out_adjacency(const Facts& f, const std::vector<std::uint32_t>& subject_node,
                                                    const std::vector<std::uint32_t>& object_node,
                                                    std::uint32_t node_count, OwnedColumns& c) {
  const std::size_t fact_count = subject_node.size();
  std::vector<std::uint32_t> by_subject(fact_count);  // fact indexes grouped by subject, each group in input order
  std::vector<std::uint32_t> first_fact;              // per node, where its group starts in by_subject
  {
    std::vector<std::uint32_t> cursor(node_count, 0);
    for (const std::uint32_t subject : subject_node) ++cursor[subject];
    first_fact = offsets_from_counts(cursor);
    std::copy(first_fact.begin(), first_fact.end() - 1, cursor.begin());
    for (std::uint32_t i = 0; i < fact_count; ++i) by_subject[cursor[subject_node[i]]++] = i;
  }
  constexpr std::size_t kScanned = 16;  // a subject with at most this many facts finds its edges by a scan
  std::vector<std::uint32_t> edge_of_fact(fact_count);
  absl::flat_hash_map<std::uint64_t, std::uint32_t> edge_of_pair;  // (object, predicate) -> edge, for one subject
  c.out_offsets.reserve(std::size_t{node_count} + 1);
  for (std::uint32_t subject = 0; subject < node_count; ++subject) {
    const auto first_edge = static_cast<std::uint32_t>(c.out_target.size());
    const bool scan = first_fact[subject + 1] - first_fact[subject] <= kScanned;
    edge_of_pair.clear();
    for (std::uint32_t k = first_fact[subject]; k < first_fact[subject + 1]; ++k) {
      const std::uint32_t fact = by_subject[k];
      const std::uint32_t object = object_node[fact];
      const std::uint16_t predicate = f.predicate[fact];
      auto edge = static_cast<std::uint32_t>(c.out_target.size());
      if (scan) {
        for (std::uint32_t e = first_edge; e < c.out_target.size(); ++e) {
          if (c.out_target[e] == object && c.edge_predicate[e] == predicate) {
            edge = e;
            break;
          }
        }
      } else {
        edge = edge_of_pair.try_emplace(std::uint64_t{object} << 16 | predicate, edge).first->second;
      }
      if (edge == c.out_target.size()) {
        c.out_target.push_back(object);
        c.edge_predicate.push_back(predicate);
      }
      edge_of_fact[fact] = edge;
    }
    c.out_offsets.push_back(static_cast<std::uint32_t>(c.out_target.size()));
  }
  return edge_of_fact;
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

/// Writes a sparse column row by row: a presence bit for each row, the value of each row that has one, and, as it
/// goes out of scope, the ranks.
class SparseWriterBase {
 public:
  SparseWriterBase(std::size_t rows, std::vector<std::uint64_t>& present, std::vector<std::uint32_t>& rank)
      : present_(present), rank_(rank) {
    present.assign(rows / 64 + 1, 0);
    rank.assign(rows / 64 + 1, 0);
  }
  SparseWriterBase(const SparseWriterBase&) = delete;
  SparseWriterBase& operator=(const SparseWriterBase&) = delete;
  ~SparseWriterBase() {
    std::uint32_t before = 0;
    for (std::size_t w = 0; w < present_.size(); ++w) {
      rank_[w] = before;
      before += static_cast<std::uint32_t>(std::popcount(present_[w]));
    }
  }
  /// The next row has no value.
  void skip() { ++row_; }

 protected:
  void mark() {
    present_[row_ >> 6] |= std::uint64_t{1} << (row_ & 63);
    ++row_;
  }

 private:
  std::vector<std::uint64_t>& present_;
  std::vector<std::uint32_t>& rank_;
  std::size_t row_ = 0;
};

template <class T>
class SparseWriter : public SparseWriterBase {
 public:
  /// Appends to `values`, after any leading values it holds.
  SparseWriter(std::size_t rows, std::vector<std::uint64_t>& present, std::vector<std::uint32_t>& rank,
               std::vector<T>& values)
      : SparseWriterBase(rows, present, rank), values_(values) {}
  void push(const std::optional<T>& value) {
    if (!value) return skip();
    values_.push_back(*value);
    mark();
  }

 private:
  std::vector<T>& values_;
};

/// Fills a sparse column from `value_of(row)` for rows 0..rows-1 (std::nullopt where a row has no value), after
/// any leading values `values` already holds.
template <class T, class ValueOf>
void fill_sparse(std::size_t rows, const ValueOf& value_of, std::vector<std::uint64_t>& present,
                 std::vector<std::uint32_t>& rank, std::vector<T>& values) {
  SparseWriter<T> writer(rows, present, rank, values);
  for (std::size_t row = 0; row < rows; ++row) writer.push(value_of(row));
}

template <class T>
std::optional<T> stated(T value, T absent) {
  return value == absent ? std::nullopt : std::optional<T>(value);
}
std::optional<float> stated(float confidence) {
  return std::isnan(confidence) ? std::nullopt : std::optional<float>(confidence);
}

/// One id for each distinct quote text: a quote that supports several statements is stored once.
class QuoteIds {
 public:
  explicit QuoteIds(const StringInterner& strings) : strings_(strings) {}
  std::uint32_t operator()(std::uint32_t quote) {
    const std::string_view text = strings_.view(StringId{quote});
    const std::uint64_t hash = StringMap::hash(text);
    if (const std::uint32_t* first = first_.find(text, hash)) return *first;
    first_.insert(text, hash, quote);
    return quote;
  }

 private:
  const StringInterner& strings_;
  StringMap first_;  // quote text -> the id it was first stated with
};

/// The provenance records grouped by final edge id, in input order within an edge: which edges have several, and
/// the sparse record columns. Returns the fact behind each record.
std::vector<std::uint32_t> group_provenance(const BuilderState& state, const std::vector<std::uint32_t>& edge_of_fact,
                                            OwnedColumns& c) {
  const Facts& f = state.facts;
  const std::size_t fact_count = edge_of_fact.size();  // f.subject is released already
  std::vector<std::uint32_t> per_edge(c.out_target.size(), 0);
  for (std::uint32_t e : edge_of_fact) ++per_edge[e];
  c.edge_extra_records = {0};
  std::uint32_t extra = 0;
  fill_sparse<std::uint32_t>(
      per_edge.size(),
      [&](std::size_t e) -> std::optional<std::uint32_t> {
        if (per_edge[e] == 1) return std::nullopt;
        extra += per_edge[e] - 1;
        return extra;
      },
      c.edge_extra_records_present, c.edge_extra_records_rank, c.edge_extra_records);
  std::vector<std::uint32_t> fact_at_record(fact_count);
  {
    std::vector<std::uint32_t> cursor = offsets_from_counts(per_edge);
    release(per_edge);
    for (std::uint32_t i = 0; i < fact_count; ++i) fact_at_record[cursor[edge_of_fact[i]]++] = i;
  }
  // One pass over the records, each fact's statement read once (the facts are in no useful order here).
  SparseWriter<std::uint32_t> source(fact_count, c.prov_source_present, c.prov_source_rank, c.prov_source);
  SparseWriter<std::uint32_t> quote(fact_count, c.prov_quote_present, c.prov_quote_rank, c.prov_quote);
  SparseWriter<std::int32_t> date(fact_count, c.prov_date_present, c.prov_date_rank, c.prov_date);
  SparseWriter<std::int32_t> date_end(fact_count, c.prov_date_end_present, c.prov_date_end_rank, c.prov_date_end);
  SparseWriter<float> confidence(fact_count, c.prov_confidence_present, c.prov_confidence_rank, c.prov_confidence);
  SparseWriter<std::uint8_t> grade(fact_count, c.prov_grade_present, c.prov_grade_rank, c.prov_grade);
  SparseWriterBase* const columns[] = {&source, &quote, &date, &date_end, &confidence, &grade};
  QuoteIds quote_ids(state.strings);
  for (const std::uint32_t fact : fact_at_record) {
    if (f.stated[fact] == Facts::kStatesNothing) {
      for (SparseWriterBase* column : columns) column->skip();
      continue;
    }
    const Statement& s = f.statements[f.stated[fact]];
    source.push(stated(s.source, 0U));
    quote.push(s.quote == 0 ? std::nullopt : std::optional<std::uint32_t>(quote_ids(s.quote)));
    date.push(stated(s.date, 0));
    date_end.push(stated(s.date_end, 0));
    confidence.push(stated(s.confidence));
    // A statement's grade without a reliability part takes its source's.
    Grade stated_grade = Grade::unpack(s.grade);
    if (stated_grade.reliability == 0) {
      stated_grade.reliability = Grade::unpack(state.sources.reliability[s.source]).reliability;
    }
    grade.push(stated(stated_grade.packed(), std::uint8_t{0}));
  }
  return fact_at_record;
}

/// How many records edge `e` has, once edge_extra_records is filled.
std::uint32_t record_count(const OwnedColumns& c, std::size_t e) {
  if (!sparse_has(c.edge_extra_records_present, e)) return 1;
  const std::uint32_t k = sparse_rank(c.edge_extra_records_present, c.edge_extra_records_rank, e);
  return 1 + c.edge_extra_records[k + 1] - c.edge_extra_records[k];
}

/// Per edge of several statements, the best confidence they state (an edge of one statement has that one's); per
/// edge, the properties its statements give.
void summarise_edges(const BuilderState& state, const std::vector<std::uint32_t>& fact_at_record, OwnedColumns& c) {
  const Facts& f = state.facts;
  const std::size_t edge_count = c.out_target.size();
  std::uint32_t record = 0;  // the first record of the edge being summarised
  c.edge_best_confidence.reserve(c.edge_extra_records.size() - 1);
  for (std::size_t e = 0; e < edge_count; ++e) {
    const std::uint32_t records = record_count(c, e);
    if (records > 1) {
      float best = std::numeric_limits<float>::quiet_NaN();
      for (std::uint32_t r = record; r < record + records; ++r) {
        const float confidence = f.statement(fact_at_record[r]).confidence;
        if (!std::isnan(confidence) && !(confidence <= best)) best = confidence;
      }
      c.edge_best_confidence.push_back(best);
    }
    record += records;
  }
  c.edge_prop_offsets = {static_cast<std::uint32_t>(c.prop_key.size())};
  record = 0;
  fill_sparse<std::uint32_t>(
      edge_count,
      [&](std::size_t e) -> std::optional<std::uint32_t> {
        const std::uint32_t records = record_count(c, e);
        const std::uint32_t first = record;
        record += records;
        if (f.props.empty()) return std::nullopt;
        const std::size_t before = c.prop_key.size();
        append_properties(c, merged_edge_properties(state, &fact_at_record[first], records));
        if (c.prop_key.size() == before) return std::nullopt;
        return static_cast<std::uint32_t>(c.prop_key.size());
      },
      c.edge_prop_offsets_present, c.edge_prop_offsets_rank, c.edge_prop_offsets);
}

}  // namespace

OwnedColumns assemble_columns(BuilderState& state, std::vector<std::uint32_t> subject_node,
                              std::vector<std::uint32_t> object_node) {
  OwnedColumns c;
  state.strings.write_pool(c.string_offsets, c.string_offset_carries, c.string_bytes);
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
  Facts& f = state.facts;
  std::vector<std::uint32_t> edge_of_fact = merge_into_out_adjacency(f, subject_node, object_node, node_count, c);
  release(subject_node, object_node, f.subject, f.object, f.predicate);
  build_in_adjacency(node_count, c);
  const std::vector<std::uint32_t> fact_at_record = group_provenance(state, edge_of_fact, c);
  release(edge_of_fact);
  summarise_edges(state, fact_at_record, c);
  release(f.stated, f.statements, f.props, f.props_end);
  f.at = {};
  canonicalise_columns(c);
  return c;
}

}  // namespace kg::graph::detail
