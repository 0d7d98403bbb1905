#pragma once
/// Filter: which nodes and edges a query may use, and filter_graph, the same selection over a whole graph.
///
///   kg::query::Filter filter{.direction = kg::query::Direction::out, .min_confidence = 0.6f};
///   kg::graph::Subgraph selection = kg::query::filter_graph(graph, filter);
#include <optional>
#include <vector>

#include "kg/graph/date.h"
#include "kg/graph/graph.h"
#include "kg/graph/ids.h"
#include "kg/graph/subgraph.h"

namespace kg::query {

/// Which way edges may be walked: along their arrow, against it, or either way.
enum class Direction { out, in, both };

/// Every condition is optional; the default Filter lets everything through, in both directions.
///
/// Node conditions (types, avoided nodes) never apply to a query's own endpoints or start nodes: they are named
/// explicitly. An edge passes the fact conditions (date window, minimum confidence) when at least one of its
/// provenance records does; a record passes the window when the span of days its (possibly partial) date denotes
/// overlaps [from.earliest(), to.latest()], so `2010` overlaps a window from 2010-08-01. Undated records pass
/// unless `dated_only`. A record without a confidence counts as `missing_confidence`.
struct Filter {
  Direction direction = Direction::both;
  std::vector<graph::PredicateId> predicates{};           ///< allowed predicates; empty: all
  std::vector<graph::PredicateId> excluded_predicates{};  ///< never used, even when also allowed
  std::vector<graph::TypeId> node_types{};                ///< allowed node types; empty: all
  std::vector<graph::TypeId> excluded_node_types{};
  std::vector<graph::NodeId> avoid{};        ///< nodes a path or neighbourhood must not pass through
  std::optional<graph::PartialDate> from{};  ///< window start (inclusive, earliest day of the date)
  std::optional<graph::PartialDate> to{};    ///< window end (inclusive, latest day of the date)
  bool dated_only = false;                   ///< drop undated records
  std::optional<float> min_confidence{};     ///< drop records below this confidence
  float missing_confidence = 1.0f;           ///< confidence of a record that states none
};

/// True when the filter has no node, edge or fact condition: filter_graph would keep the whole graph.
bool keeps_everything(const Filter& filter);

/// True when the provenance record passes the filter's date window, dated_only and minimum confidence.
bool provenance_passes(const graph::Graph& graph, const Filter& filter, graph::ProvenanceId record);

/// The edge's confidence as the credibility weighting sees it: the best stated confidence among its records that
/// pass the filter, or `missing_confidence` when none of them states one.
float edge_confidence(const graph::Graph& graph, const Filter& filter, graph::EdgeId edge);

/// The nodes that pass the type conditions and are not avoided, and the edges between them whose predicate and
/// provenance pass. Direction is irrelevant here. Used by `kg export` filters.
graph::Subgraph filter_graph(const graph::Graph& graph, const Filter& filter);

}  // namespace kg::query
