#include "kg/analytics/partition.h"

#include <catch2/catch.hpp>

namespace kg::analytics {

TEST_CASE("A partition numbers its groups by decreasing size, ties by their smallest node", "[analytics]") {
  const Partition partition = make_partition({7, 3, 3, 9, 7, 3, 9, 5});
  CHECK(partition.group == std::vector<std::uint32_t>{1, 0, 0, 2, 1, 0, 2, 3});
  CHECK(partition.sizes == std::vector<std::uint32_t>{3, 2, 2, 1});
  CHECK(partition.count() == 4);
  CHECK(make_partition({}).count() == 0);
  CHECK(make_partition({4, 4}).group == std::vector<std::uint32_t>{0, 0});
}

}  // namespace kg::analytics
