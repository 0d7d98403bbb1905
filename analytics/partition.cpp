// make_partition: canonical group numbers for any labelling.
#include "kg/analytics/partition.h"

#include <algorithm>
#include <numeric>

namespace kg::analytics {

Partition make_partition(const std::vector<std::uint32_t>& labels) {
  // Dense numbers in order of first appearance (so by smallest node), then sorted by size.
  const std::uint32_t most = labels.empty() ? 0 : *std::max_element(labels.begin(), labels.end()) + 1;
  std::vector<std::uint32_t> dense(most, ~0U), sizes;
  Partition partition;
  partition.group.resize(labels.size());
  for (std::size_t v = 0; v < labels.size(); ++v) {
    std::uint32_t& number = dense[labels[v]];
    if (number == ~0U) {
      number = static_cast<std::uint32_t>(sizes.size());
      sizes.push_back(0);
    }
    ++sizes[number];
    partition.group[v] = number;
  }
  std::vector<std::uint32_t> order(sizes.size());
  std::iota(order.begin(), order.end(), 0U);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return sizes[a] > sizes[b]; });
  std::vector<std::uint32_t> rank(sizes.size());
  partition.sizes.resize(sizes.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) {
    rank[order[i]] = i;
    partition.sizes[i] = sizes[order[i]];
  }
  for (std::uint32_t& group : partition.group) group = rank[group];
  return partition;
}

}  // namespace kg::analytics
