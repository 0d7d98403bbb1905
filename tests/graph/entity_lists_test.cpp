// EntityLists (graph/entity_lists.h): lists grown in random interleavings, some replaced, read back as the
// std::vector of each list that the same operations build.
#include "../../graph/entity_lists.h"

#include <catch2/catch.hpp>
#include <random>
#include <vector>

using kg::graph::detail::EntityLists;

TEST_CASE("EntityLists holds what a vector per list would, however pushes interleave", "[graph]") {
  std::mt19937 random(9);
  EntityLists<std::uint64_t> lists;
  std::vector<std::vector<std::uint64_t>> expected;
  for (int step = 0; step < 200000; ++step) {
    const unsigned action = random() % 100;
    if (action < 5 || expected.empty()) {
      lists.add_list();
      expected.emplace_back();
    } else if (action < 7) {
      const std::size_t list = random() % expected.size();
      std::vector<std::uint64_t> values(random() % 40, step);
      lists.assign(list, values);
      expected[list] = values;
    } else {
      // Mostly the newest lists, as entities are declared; now and then an old one, as a later record adds to it.
      const std::size_t list = random() % 4 == 0 ? random() % expected.size() : expected.size() - 1;
      lists.push_back(list, step);
      expected[list].push_back(step);
    }
  }
  REQUIRE(lists.size() == expected.size());
  for (std::size_t list = 0; list < expected.size(); ++list) {
    INFO("list " << list);
    const auto held = lists[list];
    REQUIRE(std::vector<std::uint64_t>(held.begin(), held.end()) == expected[list]);
  }
}
