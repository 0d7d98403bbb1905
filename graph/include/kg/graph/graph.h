#pragma once
/// Graph: the immutable, compact typed property graph that queries and exporters read.
///
/// Storage is column-wise over one buffer (the same bytes as the graph file): CSR out- and in-adjacency, interned
/// strings, properties and provenance in flat arrays. Copying a Graph is cheap (the buffer is shared).
///
///   for (auto [next, edge] : graph.out(node)) fmt::print("{} -{}-> {}\n", graph.node_name(node),
///       graph.predicate_name(graph.edge_predicate(edge)), graph.node_name(next));
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/graph/adjacency.h"
#include "kg/graph/columns.h"
#include "kg/graph/date.h"
#include "kg/graph/decision.h"
#include "kg/graph/grade.h"
#include "kg/graph/ids.h"
#include "kg/graph/property.h"

namespace kg::graph {
namespace detail {
class QuoteBlocks;  // graph/quote_pool.h
}

/// Bytes used by the graph, split the way docs/PERFORMANCE.md reports them.
struct MemoryUsage {
  std::size_t structure = 0;   ///< adjacency (CSR both ways), node types, edge predicates and confidences
  std::size_t strings = 0;     ///< interned ids, names, aliases and the name index
  std::size_t provenance = 0;  ///< per-statement source, date, confidence and quote ids; the compressed quotes
  std::size_t properties = 0;  ///< node and edge properties
  std::size_t total() const { return structure + strings + provenance + properties; }
};

class Graph {
 public:
  /// The empty graph.
  Graph();

  /// Adopts a graph image (the graph file's bytes), checking every offset and id so that a corrupt image is an
  /// error, never a crash. Throws std::runtime_error describing the first inconsistency. Used by the builder and
  /// by load_graph_file.
  static Graph from_image(std::shared_ptr<const std::byte[]> image, std::size_t size);
  /// The bytes of the graph file for this graph.
  std::span<const std::byte> image() const { return {image_.get(), image_size_}; }

  std::uint32_t node_count() const { return static_cast<std::uint32_t>(c_.node_key.size()); }
  std::uint32_t edge_count() const { return static_cast<std::uint32_t>(c_.out_target.size()); }
  std::uint32_t provenance_count() const { return edge_count() + c_.edge_extra_records.back(); }

  // Nodes.
  std::string_view node_key(NodeId n) const { return string(StringId{c_.node_key[n.value]}); }
  std::string_view node_name(NodeId n) const { return string(StringId{c_.node_name[n.value]}); }
  TypeId node_type(NodeId n) const { return TypeId{c_.node_type[n.value]}; }
  std::vector<std::string_view> node_aliases(NodeId n) const;
  std::vector<Property> node_properties(NodeId n) const;
  /// The node's property `key`, without allocating; nullopt when it has none.
  std::optional<PropertyValue> node_property(NodeId n, std::string_view key) const;
  /// The other ids of a node that same_as decisions made of several entities, in the order the decisions name
  /// them (its first id is node_key); empty for every other node.
  std::vector<std::string_view> node_merged_ids(NodeId n) const;

  // Adjacency.
  AdjacencyRange out(NodeId n) const { return {c_.out_target.data(), nullptr, c_.out_offsets[n.value], out_degree(n)}; }
  AdjacencyRange in(NodeId n) const {
    return {c_.in_source.data(), c_.in_edge.data(), c_.in_offsets[n.value], in_degree(n)};
  }
  std::uint32_t out_degree(NodeId n) const { return c_.out_offsets[n.value + 1] - c_.out_offsets[n.value]; }
  std::uint32_t in_degree(NodeId n) const { return c_.in_offsets[n.value + 1] - c_.in_offsets[n.value]; }

  // Edges: one per distinct (subject, predicate, object), sorted by subject.
  NodeId edge_source(EdgeId e) const;  ///< O(log nodes)
  NodeId edge_target(EdgeId e) const { return NodeId{c_.out_target[e.value]}; }
  PredicateId edge_predicate(EdgeId e) const { return PredicateId{c_.edge_predicate[e.value]}; }
  /// The best confidence among the edge's statements; nullopt when none states one.
  std::optional<float> edge_confidence(EdgeId e) const {
    const std::uint32_t k = detail::sparse_rank(c_.edge_extra_records_present, c_.edge_extra_records_rank, e.value);
    if (detail::sparse_has(c_.edge_extra_records_present, e.value)) return optional_float(c_.edge_best_confidence[k]);
    return provenance_confidence(ProvenanceId{e.value + c_.edge_extra_records[k]});  // its one statement's
  }
  /// The edge's statements, in input order: `for (ProvenanceId p : graph.provenance(e))`.
  IdRange<ProvenanceId> provenance(EdgeId e) const {
    return {ProvenanceId{first_record(e.value)}, ProvenanceId{first_record(e.value + 1)}};
  }
  std::uint32_t provenance_count(EdgeId e) const { return first_record(e.value + 1) - first_record(e.value); }
  std::vector<Property> edge_properties(EdgeId e) const;
  /// The edge's property `key`, without allocating; nullopt when it has none.
  std::optional<PropertyValue> edge_property(EdgeId e, std::string_view key) const;

  // Provenance records (one per statement of a fact).
  SourceId provenance_source(ProvenanceId p) const {
    return SourceId{detail::sparse_value(c_.prov_source_present, c_.prov_source_rank, c_.prov_source, p.value, 0U)};
  }
  PartialDate provenance_date(ProvenanceId p) const {
    return PartialDate{
        detail::sparse_value(c_.prov_date_present, c_.prov_date_rank, c_.prov_date, p.value, 0),
        detail::sparse_value(c_.prov_date_end_present, c_.prov_date_end_rank, c_.prov_date_end, p.value, 0)};
  }
  std::optional<float> provenance_confidence(ProvenanceId p) const {
    return optional_float(detail::sparse_value(c_.prov_confidence_present, c_.prov_confidence_rank, c_.prov_confidence,
                                               p.value, std::numeric_limits<float>::quiet_NaN()));
  }
  /// The statement's quote; empty when it has none. The view lives as long as the graph's image (quotes are
  /// decompressed a block at a time, at first read).
  std::string_view provenance_quote(ProvenanceId p) const;
  /// The statement's Admiralty grade; its reliability part is the source's when the statement does not grade it.
  Grade provenance_grade(ProvenanceId p) const {
    return Grade::unpack(
        detail::sparse_value(c_.prov_grade_present, c_.prov_grade_rank, c_.prov_grade, p.value, std::uint8_t{0}));
  }

  // Sources. SourceId 0 is "no source"; real sources are 1..source_count()-1.
  std::uint32_t source_count() const { return static_cast<std::uint32_t>(c_.source_key.size()); }
  std::string_view source_key(SourceId s) const { return string(StringId{c_.source_key[s.value]}); }
  std::string_view source_title(SourceId s) const { return string(StringId{c_.source_title[s.value]}); }
  std::string_view source_url(SourceId s) const { return string(StringId{c_.source_url[s.value]}); }
  PartialDate source_date(SourceId s) const { return PartialDate{c_.source_date[s.value]}; }
  /// How reliable the source is declared to be (the reliability part only; ungraded when not declared).
  Grade source_reliability(SourceId s) const { return Grade::unpack(c_.source_reliability[s.value]); }

  // Vocabulary.
  std::uint32_t type_count() const { return static_cast<std::uint32_t>(c_.type_names.size()); }
  std::string_view type_name(TypeId t) const { return string(StringId{c_.type_names[t.value]}); }
  std::optional<TypeId> find_type(std::string_view name) const;  ///< exact or case-insensitive match
  std::uint32_t predicate_count() const { return static_cast<std::uint32_t>(c_.predicate_names.size()); }
  std::string_view predicate_name(PredicateId p) const { return string(StringId{c_.predicate_names[p.value]}); }
  std::optional<PredicateId> find_predicate(std::string_view name) const;  ///< exact or case-insensitive match

  // Decisions (same_as, different_from), in input order.
  std::uint32_t decision_count() const { return static_cast<std::uint32_t>(c_.decision_kind.size()); }
  Decision decision(DecisionId d) const;
  /// The same_as decisions that made node `n` of several entities, in input order; empty for most nodes.
  std::vector<DecisionId> node_decisions(NodeId n) const;

  /// Nodes a reference denotes: the node one of whose ids (merged ones too) is exactly `reference` if there is one;
  /// otherwise every node whose id, name or alias matches it under fold_name. Empty when unknown; several when
  /// ambiguous.
  std::vector<NodeId> find_nodes(std::string_view reference) const;
  /// Every node whose id (merged ones too), name or alias matches `reference` under fold_name (find_nodes without its
  /// exact-id preference), sorted: the candidates for an exact comparison with a name or id, found through the name
  /// index.
  std::vector<NodeId> find_nodes_folded(std::string_view reference) const;
  /// Up to `limit` node names closest to `reference` (edit distance), for "did you mean" suggestions.
  std::vector<NodeId> suggest_nodes(std::string_view reference, std::size_t limit) const;

  std::string_view string(StringId s) const {
    const std::uint64_t begin = detail::string_offset(c_.string_offsets, c_.string_offset_carries, s.value);
    const std::uint64_t end = detail::string_offset(c_.string_offsets, c_.string_offset_carries, s.value + 1);
    return {c_.string_bytes.data() + begin, static_cast<std::size_t>(end - begin)};
  }
  MemoryUsage memory_usage() const;

  /// A property key and the number of elements that have it.
  struct KeyCount {
    std::string_view key;
    std::uint32_t count = 0;
  };
  /// Every property key of nodes (edges), in order of first use, with how many nodes (edges) have it.
  std::vector<KeyCount> node_property_keys() const;
  std::vector<KeyCount> edge_property_keys() const;

 private:
  static std::optional<float> optional_float(float v) { return std::isnan(v) ? std::nullopt : std::optional<float>(v); }
  /// The first record of edge `e` (e <= edge_count): one per earlier edge, and the extra ones of earlier edges.
  std::uint32_t first_record(std::uint32_t e) const {
    return e + c_.edge_extra_records[detail::sparse_rank(c_.edge_extra_records_present, c_.edge_extra_records_rank, e)];
  }
  /// The range of edge `e`'s properties in the property columns.
  std::pair<std::uint32_t, std::uint32_t> edge_property_range(EdgeId e) const;
  Graph(std::shared_ptr<const std::byte[]> image, std::size_t size, const detail::ColumnViews& columns);
  PropertyValue property_value(std::uint32_t index) const;
  std::vector<Property> properties(std::uint32_t first, std::uint32_t last) const;
  std::optional<PropertyValue> property(std::uint32_t first, std::uint32_t last, std::string_view key) const;
  std::vector<KeyCount> property_keys(std::uint32_t first, std::uint32_t last) const;

  std::shared_ptr<const std::byte[]> image_;
  std::size_t image_size_ = 0;
  detail::ColumnViews c_;
  std::shared_ptr<const detail::QuoteBlocks> quotes_;
};

}  // namespace kg::graph
