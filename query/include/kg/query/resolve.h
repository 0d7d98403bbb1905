#pragma once
/// Turning the user's words into graph ids: entity references (id, name or alias) and filters given by name.
#include <cstdint>
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
  std::string dates = "overlaps";  ///< `overlaps` or `within`: how a dated statement must meet the window
  std::optional<float> min_confidence{};
  std::vector<std::string> sources{}, excluded_sources{};  ///< source ids
  std::uint32_t min_sources = 0;
  std::string min_grade{};  ///< `B3`, `B` or `3`; "" for none
};

/// The source whose id is `key` (exactly, else case-insensitively). Throws graph::InputError located at `context`
/// when there is none, suggesting the closest source ids.
graph::SourceId resolve_source(const graph::Graph& graph, std::string_view key, std::string_view context);

/// The node types named `names`. Throws graph::InputError located at `context` on an unknown one, suggesting
/// the closest type names.
std::vector<graph::TypeId> resolve_types(const graph::Graph& graph, const std::vector<std::string>& names,
                                         std::string_view context);

/// Resolves every name in `spec`. Throws graph::InputError located at `context` on an unknown predicate, type,
/// source or entity, an invalid date or direction, a window ending before it starts, or a confidence outside 0..1.
Filter resolve_filter(const graph::Graph& graph, const FilterSpec& spec, std::string_view context);

}  // namespace kg::query
