#pragma once
/// Filter: which nodes and edges a query may use, and filter_graph, the same selection over a whole graph.
///
///   kg::query::Filter filter{.direction = kg::query::Direction::out, .min_confidence = 0.6f};
///   kg::graph::Subgraph selection = kg::query::filter_graph(graph, filter);
#include <cstdint>
#include <optional>
#include <vector>

#include "kg/graph/date.h"
#include "kg/graph/grade.h"
#include "kg/graph/graph.h"
#include "kg/graph/ids.h"
#include "kg/graph/subgraph.h"

namespace kg::query {

/// Which way edges may be walked: along their arrow, against it, or either way.
enum class Direction { out, in, both };

/// Every condition is optional; the default Filter lets everything through, in both directions.
///
/// Node conditions (types, avoided nodes) never apply to a query's own endpoints or start nodes: they are named
/// explicitly. Fact conditions act on statements (provenance records), then on edges: a record passes when it
/// cites an allowed source, lies in the date window and has the minimum confidence and grade; an edge passes when at
/// least one of its records does and, with `min_sources`, when its passing records cite that many distinct sources. A
/// record passes the window when the span of days its (possibly partial) date denotes overlaps [from.earliest(),
/// to.latest()], so `2010` overlaps a window from 2010-08-01; with `dates_within` only when the whole span lies inside
/// it, so `2010-08` is not within 2010-08-22..2010-08-23. Undated records pass unless `dated_only`. A record
/// without a confidence counts as `missing_confidence`. A record citing no source passes `sources` never,
/// `excluded_sources` always, and counts towards no `min_sources`.
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
  bool dates_within = false;                 ///< a dated record must lie within the window, not merely overlap it
  std::optional<float> min_confidence{};     ///< drop records below this confidence
  float missing_confidence = 1.0f;           ///< confidence of a record that states none
  std::vector<graph::SourceId> sources{};    ///< only records citing one of these; empty: any source
  std::vector<graph::SourceId> excluded_sources{};  ///< never records citing these
  std::uint32_t min_sources = 0;  ///< an edge needs passing records from at least this many distinct sources
  /// Only records whose grade meets this minimum in each part it grades (graph::meets_grade): B3 keeps records of
  /// a source graded A or B with information graded 1, 2 or 3; an ungraded part fails. Ungraded: no condition.
  graph::Grade min_grade{};
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
