#pragma once
/// An analyst's decision about identity, kept in the graph: `same_as` (these ids are one entity: kg build merges
/// them into one node) or `different_from` (these are different entities: kg duplicates stops proposing them).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/date.h"
#include "kg/graph/ids.h"

namespace kg::graph {

enum class DecisionKind : std::uint8_t { same_as = 0, different_from = 1 };

/// "same_as" or "different_from", as the input formats spell it.
std::string_view decision_kind_name(DecisionKind kind);

/// A decision as a graph holds it; views into the graph's strings.
struct Decision {
  DecisionKind kind = DecisionKind::same_as;
  std::vector<std::string_view> ids{};  ///< as written in the decision record
  std::vector<NodeId> nodes{};          ///< the node each id resolved to (for same_as, all the same node)
  std::string_view reason{};
  std::string_view author{};  ///< "" when not stated
  PartialDate date{};         ///< undated when not stated
};

class Graph;

/// "merged from a, b: reason" for a node that same_as decisions made of several entities (reasons of several
/// decisions joined by "; "); "" for any other node. What kg show and the exports say of a merge.
std::string merge_note(const Graph& graph, NodeId node);

}  // namespace kg::graph
