// kg/graph/columns.h's string offsets, carried past each 4 GiB, against plain 64-bit offsets.
#include "kg/graph/columns.h"

#include <catch2/catch.hpp>
#include <random>
#include <vector>

using namespace kg::graph::detail;

TEST_CASE("String offsets past 4 GiB read back through their carries", "[graph]") {
  std::mt19937_64 random(21);
  for (int round = 0; round < 50; ++round) {
    std::vector<std::uint64_t> offsets{0};
    std::vector<std::uint32_t> low, carries;
    push_string_offset(low, carries, 0);
    for (int i = 0; i < 300; ++i) {
      // Mostly short strings, some of about a GiB, now and then one longer than 4 GiB (several carries at once).
      const std::uint64_t kind = random() % 20;
      const std::uint64_t length = kind == 0  ? random() % (std::uint64_t{9} << 30)
                                   : kind < 4 ? random() % (1 << 30)
                                              : random() % 100;
      offsets.push_back(offsets.back() + length);
      push_string_offset(low, carries, offsets.back());
    }
    REQUIRE(low.size() == offsets.size());
    REQUIRE(carries.size() == offsets.back() >> 32);
    for (std::size_t i = 0; i < offsets.size(); ++i) REQUIRE(string_offset(low, carries, i) == offsets[i]);
  }
}

TEST_CASE("String offsets below 4 GiB need no carries", "[graph]") {
  std::vector<std::uint32_t> low, carries;
  for (const std::uint64_t offset : {0ULL, 5ULL, 5ULL, 4294967295ULL}) push_string_offset(low, carries, offset);
  CHECK(carries.empty());
  CHECK(string_offset(low, carries, 3) == 4294967295ULL);
  push_string_offset(low, carries, 4294967296ULL);
  CHECK(carries == std::vector<std::uint32_t>{4});
  CHECK(string_offset(low, carries, 3) == 4294967295ULL);
  CHECK(string_offset(low, carries, 4) == 4294967296ULL);
}
