#pragma once
/// Path queries between two entities: shortest, all shortest, k shortest loopless, all simple paths up to a
/// hop bound, and most credible. All take a Workspace reused across queries (see workspace.h), and all run under
/// PathOptions::work: a search that spends it throws WorkLimitExceeded (work_limits.h).
///
///   kg::query::Workspace workspace;
///   if (auto path = kg::query::shortest_path(graph, a, b, {.filter = {.direction = Direction::out}}, workspace))
///     fmt::print("{} hops\n", path->length());
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "kg/graph/graph.h"
#include "kg/query/filter.h"
#include "kg/query/result.h"
#include "kg/query/work_limits.h"
#include "kg/query/workspace.h"

namespace kg::query {

inline constexpr std::uint32_t kUnboundedHops = std::numeric_limits<std::uint32_t>::max();

struct PathOptions {
  Filter filter{};                          ///< direction `both` (the default) ignores edge direction
  std::uint32_t max_hops = kUnboundedHops;  ///< longer paths are not considered
  std::size_t limit = 100;                  ///< at most this many paths from the listing queries
  WorkLimits work{};                        ///< every query throws WorkLimitExceeded once it has spent these
};

/// What a path's cost counts: hops, or -log(confidence) summed over its edges (see edge_confidence).
enum class Weight { hops, credibility };

/// A shortest path (fewest hops), found by bidirectional BFS; nullopt when none within max_hops.
std::optional<Path> shortest_path(const graph::Graph& graph, graph::NodeId from, graph::NodeId to,
                                  const PathOptions& options, Workspace& workspace);

/// Every shortest path (up to `limit` of them), in a deterministic order.
std::vector<Path> all_shortest_paths(const graph::Graph& graph, graph::NodeId from, graph::NodeId to,
                                     const PathOptions& options, Workspace& workspace);

/// Every simple path (no repeated node) of at most max_hops hops, shortest first, up to `limit` of them.
/// max_hops must be bounded.
std::vector<Path> simple_paths(const graph::Graph& graph, graph::NodeId from, graph::NodeId to,
                               const PathOptions& options, Workspace& workspace);

/// The `k` cheapest simple paths by `weight` (Yen's algorithm), cheapest first; paths longer than max_hops are
/// dropped (with Weight::hops the search stops there).
std::vector<Path> k_shortest_paths(const graph::Graph& graph, graph::NodeId from, graph::NodeId to, std::size_t k,
                                   Weight weight, const PathOptions& options, Workspace& workspace);

/// A shortest chronological path: fewest hops such that each hop can be dated no earlier than the one before it,
/// by a dated statement of its fact that passes the filter (a partial date is the interval of its days: `2010-08`
/// may be any day of August 2010, so it may follow `2010-08-22`). Hops with no dated passing statement are not
/// used. nullopt when there is none within max_hops. Every prefix of the path is chronological too: "the chain of
/// events that led from A to B".
std::optional<Path> chronological_path(const graph::Graph& graph, graph::NodeId from, graph::NodeId to,
                                       const PathOptions& options, Workspace& workspace);

/// Which path question to ask: the algorithm behind `kg path`'s --all, --k, --weighted and --max-hops.
enum class PathSearch {
  shortest,         ///< one shortest path (shortest_path)
  most_credible,    ///< one most credible path (most_credible_path)
  all_shortest,     ///< every shortest path (all_shortest_paths)
  all_simple,       ///< every simple path up to max_hops (simple_paths)
  k_shortest,       ///< the k shortest simple paths by hops (k_shortest_paths)
  k_most_credible,  ///< the k most credible simple paths (k_shortest_paths by credibility)
  chronological,    ///< one shortest chronological path (chronological_path)
};

struct PathRequest {
  graph::NodeId from{}, to{};
  PathSearch search = PathSearch::shortest;
  std::size_t k = 1;  ///< for the k_ searches
  PathOptions options{};
};

/// Answers `request` with the algorithm its search names; empty when there is no path.
std::vector<Path> find_paths(const graph::Graph& graph, const PathRequest& request, Workspace& workspace);

/// The path maximising the product of edge confidences (Dijkstra on -log(confidence)); edges of confidence 0 are
/// unusable. max_hops is not applied (a hop-bounded most credible path is a different problem).
std::optional<Path> most_credible_path(const graph::Graph& graph, graph::NodeId from, graph::NodeId to,
                                       const PathOptions& options, Workspace& workspace);

}  // namespace kg::query
