#pragma once
/// An entity's dossier (what `kg show` prints): every fact in and out of it, grouped by predicate and direction,
/// with how much evidence there is and when it dates from.
///
///   kg::query::Dossier rahmon = kg::query::dossier(graph, node, {});
#include <cstdint>
#include <optional>
#include <vector>

#include "kg/graph/graph.h"
#include "kg/query/filter.h"
#include "kg/query/result.h"

namespace kg::query {

/// One fact of the dossier: its edge, the entity at its other end and which way it points from the subject.
struct DossierFact {
  graph::EdgeId edge{};
  graph::NodeId other{};
  HopDirection direction = HopDirection::forward;  ///< forward: the entity is the fact's subject
};

/// The facts of one predicate in one direction, in graph order.
struct DossierGroup {
  graph::PredicateId predicate{};
  HopDirection direction = HopDirection::forward;
  std::vector<DossierFact> facts{};
};

struct Dossier {
  graph::NodeId node{};
  /// Facts with the entity as subject first, then as object; within each, predicates by name.
  std::vector<DossierGroup> groups{};
  std::uint32_t facts = 0;       ///< facts listed
  std::uint32_t statements = 0;  ///< their statements that pass the filter
  std::uint32_t sources = 0;     ///< distinct sources those statements cite
  /// The statement date that may begin earliest and the one that may end latest; undated when none is dated.
  graph::PartialDate first_date{}, last_date{};
};

/// Every fact about `node` whose edge passes `filter` (its direction says which facts: out = as subject), its
/// other end passing the node conditions, counted over the statements that pass. A self-loop is listed once, as
/// the subject's.
Dossier dossier(const graph::Graph& graph, graph::NodeId node, const Filter& filter);

}  // namespace kg::query
