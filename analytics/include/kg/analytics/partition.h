#pragma once
/// Partition: the snapshot's nodes split into groups (components, communities), numbered by decreasing size.
///
///   const kg::analytics::Partition parts = kg::analytics::weak_components(snapshot);
///   fmt::print("{} components, the largest has {} entities\n", parts.count(), parts.sizes[0]);
#include <cstdint>
#include <vector>

namespace kg::analytics {

struct Partition {
  std::vector<std::uint32_t> group;  ///< per snapshot node: its group, 0..count()-1
  std::vector<std::uint32_t> sizes;  ///< per group: its number of nodes, non-increasing
  std::uint32_t count() const { return static_cast<std::uint32_t>(sizes.size()); }
};

/// The partition that `labels` (any group label per node) describes, groups renumbered by decreasing size, ties
/// broken by the smallest node they hold, so the same grouping always gets the same numbers.
Partition make_partition(const std::vector<std::uint32_t>& labels);

}  // namespace kg::analytics
