// kg components on the example case (cli/commands/components.cpp).
#include <catch2/catch.hpp>

#include "command_fixtures.h"

using kg::cli::test::ExampleCase;
using kg::test::check_golden;

TEST_CASE("kg components lists the members of the largest components, and says how many there are", "[cli]") {
  ExampleCase example;
  const auto weak = example.run("components", "--predicate member_of,located_in --top 3");
  CHECK(weak.status == 0);
  check_golden("cli/components_membership.txt", weak.out);
  check_golden("cli/components_membership.err", weak.err);
  const auto strong = example.run("components", "--strong --top 2 --format csv");
  CHECK(strong.status == 0);
  check_golden("cli/components_strong.csv", strong.out);
  CHECK(strong.err.find("kg: 41 strongly connected components; the largest holds 4 of 44") == 0);
}
