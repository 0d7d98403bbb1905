// find_paths: the one place that maps a path question to its algorithm.
#include "kg/query/paths.h"

namespace kg::query {

std::vector<Path> find_paths(const graph::Graph& graph, const PathRequest& request, Workspace& workspace) {
  const auto one = [](std::optional<Path> path) {
    std::vector<Path> paths;
    if (path) paths.push_back(std::move(*path));
    return paths;
  };
  const auto& [from, to, search, k, options] = request;
  switch (search) {
    case PathSearch::shortest:
      return one(shortest_path(graph, from, to, options, workspace));
    case PathSearch::most_credible:
      return one(most_credible_path(graph, from, to, options, workspace));
    case PathSearch::all_shortest:
      return all_shortest_paths(graph, from, to, options, workspace);
    case PathSearch::all_simple:
      return simple_paths(graph, from, to, options, workspace);
    case PathSearch::k_shortest:
      return k_shortest_paths(graph, from, to, k, Weight::hops, options, workspace);
    case PathSearch::k_most_credible:
      return k_shortest_paths(graph, from, to, k, Weight::credibility, options, workspace);
    case PathSearch::chronological:
      return one(chronological_path(graph, from, to, options, workspace));
  }
  return {};
}

}  // namespace kg::query
