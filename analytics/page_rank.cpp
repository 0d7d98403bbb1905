// PageRank by power iteration over the snapshot's in-arcs, on a few threads that meet at a barrier per iteration.
#include "kg/analytics/page_rank.h"

#include <barrier>
#include <cmath>
#include <stdexcept>
#include <utility>

#include "parallel.h"

namespace kg::analytics {
namespace {

/// What the threads share between iterations; the barrier's completion step (one thread, the others waiting)
/// combines their partial sums and swaps the buffers.
struct Iteration {
  std::vector<double> rank, next;         // ranks before and after the iteration
  std::vector<double> share, share_next;  // damping * rank / out-weight: what a node sends along each unit of weight
  double base = 0;                        // what every node receives by jumping and from dangling nodes
  std::uint32_t iterations = 0;
  bool done = false;
  struct alignas(64) Partial {
    double change = 0;    // L1 change of this thread's nodes
    double dangling = 0;  // rank now held by this thread's dangling nodes
  };
  std::vector<Partial> partials;
};

/// One iteration for nodes [first, last): pulls each node's rank from its in-arcs.
template <bool kUnitWeights>
Iteration::Partial iterate(const Adjacency& in, const std::vector<double>& inverse_out, double damping,
                           const Iteration& state, std::vector<double>& next, std::vector<double>& share_next,
                           std::uint32_t first, std::uint32_t last) {
  const std::uint32_t* offsets = in.offsets.data();
  const std::uint32_t* sources = in.targets.data();
  const double* weights = in.weights.data();
  const double* share = state.share.data();
  const double* rank = state.rank.data();
  const double base = state.base;
  Iteration::Partial partial;
  for (std::uint32_t v = first; v < last; ++v) {
    double sum = base;
    for (std::uint32_t k = offsets[v], end = offsets[v + 1]; k < end; ++k) {
      if constexpr (kUnitWeights) {
        sum += share[sources[k]];
      } else {
        sum += weights[k] * share[sources[k]];
      }
    }
    next[v] = sum;
    partial.change += std::abs(sum - rank[v]);
    const double inverse = inverse_out[v];
    if (inverse == 0) partial.dangling += sum;
    share_next[v] = damping * sum * inverse;
  }
  return partial;
}

}  // namespace

PageRankResult page_rank(const Snapshot& snapshot, const PageRankOptions& options) {
  if (!(options.damping >= 0 && options.damping < 1)) throw std::invalid_argument("PageRank damping must be in [0, 1)");
  if (!(options.tolerance > 0)) throw std::invalid_argument("PageRank tolerance must be positive");
  const std::uint32_t n = snapshot.node_count();
  PageRankResult result;
  if (n == 0) return result;
  const double damping = options.damping, uniform = 1.0 / n;
  const Adjacency& in = snapshot.backward();

  // 1 / (total weight out of each node), 0 for dangling nodes: the only division, done once per node.
  std::vector<double> inverse_out(n, 0.0);
  for (std::uint64_t k = 0; k < in.arc_count(); ++k) inverse_out[in.targets[k]] += in.weights[k];
  double dangling = 0;
  for (double& weight : inverse_out) {
    if (weight > 0) {
      weight = 1.0 / weight;
    } else {
      weight = 0;
      dangling += uniform;
    }
  }

  Iteration state;
  state.rank.assign(n, uniform);
  state.next.resize(n);
  state.share.resize(n);
  state.share_next.resize(n);
  for (std::uint32_t v = 0; v < n; ++v) state.share[v] = damping * uniform * inverse_out[v];
  state.base = (1 - damping) * uniform + damping * dangling * uniform;

  const unsigned threads = detail::thread_count(options.threads, in.arc_count() + n);
  const std::vector<std::uint32_t> bounds = detail::split_nodes(in, threads);
  state.partials.resize(threads);
  const auto complete = [&]() noexcept {
    double change = 0, held = 0;
    for (const Iteration::Partial& partial : state.partials) change += partial.change, held += partial.dangling;
    ++state.iterations;
    std::swap(state.rank, state.next);
    std::swap(state.share, state.share_next);
    state.base = (1 - damping) * uniform + damping * held * uniform;
    state.done = change < options.tolerance || state.iterations >= options.max_iterations;
    result.converged = change < options.tolerance;
  };
  std::barrier meet(static_cast<std::ptrdiff_t>(threads), complete);
  detail::run_on_threads(threads, [&](unsigned t) {
    while (!state.done) {
      state.partials[t] =
          in.unit_weights
              ? iterate<true>(in, inverse_out, damping, state, state.next, state.share_next, bounds[t], bounds[t + 1])
              : iterate<false>(in, inverse_out, damping, state, state.next, state.share_next, bounds[t], bounds[t + 1]);
      meet.arrive_and_wait();
    }
  });

  double total = 0;
  for (double value : state.rank) total += value;
  for (double& value : state.rank) value /= total;
  result.values = std::move(state.rank);
  result.iterations = state.iterations;
  return result;
}

}  // namespace kg::analytics
