// kg communities on the example case (cli/commands/communities.cpp).
#include <catch2/catch.hpp>

#include "command_fixtures.h"

using kg::cli::test::ExampleCase;
using kg::test::check_golden;

TEST_CASE("kg communities lists the largest communities with the partition's modularity", "[cli]") {
  ExampleCase example;
  const auto leiden = example.run("communities", "--top 3");
  CHECK(leiden.status == 0);
  check_golden("cli/communities_leiden.txt", leiden.out);
  check_golden("cli/communities_leiden.err", leiden.err);
  const auto louvain = example.run("communities", "--method louvain --resolution 2 --seed 4 --format json --top 1");
  CHECK(louvain.status == 0);
  check_golden("cli/communities_louvain_resolution_2.json", louvain.out);
  CHECK(example.run("communities", "--seed 4").out == example.run("communities", "--seed 4").out);
  CHECK(example.run("communities", "--resolution 0").status == 2);
  CHECK(example.run("communities", "--method walktrap").status == 2);
}
