#pragma once
/// Turning the user's words into graph ids: entity references (id, name or alias) and filters given by name.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/graph.h"
#include "kg/query/filter.h"

namespace kg::query {

/// The node `reference` denotes (Graph::find_nodes). Throws graph::InputError located at `context` (e.g. the
/// graph file's name) when it is unknown, naming the closest known names, or ambiguous, listing the candidates.
graph::NodeId resolve_node(const graph::Graph& graph, std::string_view reference, std::string_view context);

/// A Filter as a user writes it: names, ISO dates and `out`/`in`/`both`.
struct FilterSpec {
  std::string direction = "both";
  std::vector<std::string> predicates{}, excluded_predicates{};
  std::vector<std::string> node_types{}, excluded_node_types{};
  std::vector<std::string> avoid{};  ///< entity references
  std::string from{}, to{};          ///< `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; "" for open
  bool dated_only = false;
  std::optional<float> min_confidence{};
};

/// Resolves every name in `spec`. Throws graph::InputError located at `context` on an unknown predicate, type or
/// entity, an invalid date or direction, a window ending before it starts, or a confidence outside 0..1.
Filter resolve_filter(const graph::Graph& graph, const FilterSpec& spec, std::string_view context);

}  // namespace kg::query
