// choose_pivots: every node, or a uniform sample drawn by a partial Fisher-Yates shuffle.
#include "kg/analytics/sampling.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace kg::analytics {

std::vector<std::uint32_t> choose_pivots(std::uint32_t nodes, std::uint64_t arcs, const Sampling& sampling,
                                         SamplingReport& report) {
  std::uint64_t wanted = sampling.samples;
  if (wanted == 0) {
    const bool exact = static_cast<std::uint64_t>(nodes) * arcs <= sampling.exact_limit;
    wanted = exact ? nodes : std::max<std::uint64_t>(Sampling::kMinimumSamples, sampling.exact_limit / arcs);
  }
  std::vector<std::uint32_t> pivots(nodes);
  std::iota(pivots.begin(), pivots.end(), 0U);
  report = {};
  if (wanted >= nodes) {
    report.pivots = nodes;
    return pivots;
  }
  // std::mt19937_64 is the same sequence everywhere; the modulo's bias is below 2^-32 for any graph kg holds.
  std::mt19937_64 random(sampling.seed);
  for (std::uint32_t i = 0; i < wanted; ++i) std::swap(pivots[i], pivots[i + random() % (nodes - i)]);
  pivots.resize(wanted);
  std::sort(pivots.begin(), pivots.end());
  report.sampled = true;
  report.pivots = static_cast<std::uint32_t>(wanted);
  report.error_bound = std::sqrt(std::log(40.0) / (2.0 * static_cast<double>(wanted)));
  return pivots;
}

}  // namespace kg::analytics
