// Betweenness by Brandes' algorithm: one breadth-first search per pivot counting shortest paths (sigma), then the
// dependencies accumulated in reverse order. Pivots are dealt to the threads in turn; each sums into its own array.
#include "kg/analytics/betweenness.h"

#include "parallel.h"

namespace kg::analytics {
namespace {

/// One search's state, reused from pivot to pivot. Distances sit apart from the path counts so that the test
/// every arc makes ("seen? one level further?") reads a dense array.
struct Search {
  explicit Search(std::uint32_t n, std::uint64_t arcs)
      : distance(n, -1), paths(n, 0.0), share(n, 0.0), order(n), dag_begin(n + 1), dag(arcs) {}
  std::vector<std::int32_t> distance;  // hops from the pivot; -1: not reached
  std::vector<double> paths;           // sigma: shortest paths from the pivot
  std::vector<double> share;           // (1 + dependency) / paths, once the node's successors are done
  std::vector<std::uint32_t> order;    // nodes in the order reached
  // The shortest-path DAG: the successors of order[i] are dag[dag_begin[i]..dag_begin[i + 1]).
  std::vector<std::uint32_t> dag_begin, dag;
};

/// Adds the dependencies of every node on `pivot` to `sums`; leaves `search` as it found it.
void add_dependencies(const Adjacency& arcs, std::uint32_t pivot, Search& search, std::vector<double>& sums) {
  const std::uint32_t* offsets = arcs.offsets.data();
  const std::uint32_t* targets = arcs.targets.data();
  std::int32_t* distance = search.distance.data();
  double* paths = search.paths.data();
  double* share = search.share.data();
  std::uint32_t* order = search.order.data();
  std::uint32_t* dag = search.dag.data();
  std::uint32_t* dag_begin = search.dag_begin.data();
  std::uint32_t reached = 0, successors = 0;
  order[reached++] = pivot;
  distance[pivot] = 0;
  paths[pivot] = 1;
  for (std::uint32_t head = 0; head < reached; ++head) {
    const std::uint32_t v = order[head];
    const std::int32_t next = distance[v] + 1;
    const double through = paths[v];
    dag_begin[head] = successors;
    for (std::uint32_t k = offsets[v], end = offsets[v + 1]; k < end; ++k) {
      const std::uint32_t w = targets[k];
      if (distance[w] < 0) {
        distance[w] = next;
        order[reached++] = w;
      }
      const bool down = distance[w] == next;  // v -> w lies on a shortest path
      paths[w] += down ? through : 0.0;
      dag[successors] = w;
      successors += down ? 1 : 0;
    }
  }
  dag_begin[reached] = successors;
  for (std::uint32_t i = reached; i-- > 1;) {  // order[0], the pivot, depends on no one
    const std::uint32_t v = order[i];
    double shares = 0;
    for (std::uint32_t k = dag_begin[i], end = dag_begin[i + 1]; k < end; ++k) shares += share[dag[k]];
    const double dependency = paths[v] * shares;
    share[v] = (1 + dependency) / paths[v];
    sums[v] += dependency;
  }
  for (std::uint32_t i = 0; i < reached; ++i) {
    const std::uint32_t v = order[i];
    distance[v] = -1;
    paths[v] = 0;
  }
}

}  // namespace

CentralityResult betweenness(const Snapshot& snapshot, const CentralityOptions& options) {
  const std::uint32_t n = snapshot.node_count();
  const Adjacency& arcs = snapshot.forward();
  CentralityResult result;
  const std::vector<std::uint32_t> pivots = choose_pivots(n, arcs.arc_count(), options.sampling, result.sampling);
  const unsigned threads = detail::thread_count(options.threads, pivots.size() * (arcs.arc_count() + n) / 1000);
  std::vector<std::vector<double>> sums(threads);
  detail::DealtItems items(pivots.size(), threads, options.progress);
  detail::run_on_threads(threads, [&](unsigned t) {
    Search search(n, arcs.arc_count());
    sums[t].assign(n, 0.0);
    items.run(t, [&](std::size_t i) { add_dependencies(arcs, pivots[i], search, sums[t]); });
  });
  result.values.assign(n, 0.0);
  for (const std::vector<double>& part : sums) {
    for (std::uint32_t v = 0; v < n; ++v) result.values[v] += part[v];
  }
  // NetworkX's scaling: pairs through v, undirected pairs once, and the sample scaled up to all pivots.
  double scale = 1;
  if (options.normalised) {
    if (n > 2) scale = 1.0 / ((static_cast<double>(n) - 1) * (static_cast<double>(n) - 2));
  } else if (snapshot.undirected()) {
    scale = 0.5;
  }
  if (result.sampling.sampled) scale *= static_cast<double>(n) / result.sampling.pivots;
  for (double& value : result.values) value *= scale;
  return result;
}

}  // namespace kg::analytics
