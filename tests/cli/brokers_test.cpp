// kg brokers on the example case (cli/commands/brokers.cpp).
#include <catch2/catch.hpp>

#include "command_fixtures.h"

using kg::cli::test::ExampleCase;
using kg::test::check_golden;

TEST_CASE("kg brokers lists the entities whose removal splits the case, with their parts and bridges", "[cli]") {
  ExampleCase example;
  const auto all = example.run("brokers", "");
  CHECK(all.status == 0);
  check_golden("cli/brokers.txt", all.out);
  const auto dated = example.run("brokers", "--from 2010-08 --format csv --top 5");
  CHECK(dated.status == 0);
  check_golden("cli/brokers_from_2010-08.csv", dated.out);
  const auto avoided = example.run("brokers", "--avoid escapees --format json");
  CHECK(avoided.status == 0);
  CHECK(avoided.out.find("\"escapees\"") == std::string::npos);
}

TEST_CASE("kg brokers --bridges lists the links whose removal disconnects, with their predicates", "[cli]") {
  ExampleCase example;
  const auto bridges = example.run("brokers", "--bridges --top 0 --format csv");
  CHECK(bridges.status == 0);
  check_golden("cli/brokers_bridges.csv", bridges.out);
  CHECK(bridges.out.rfind("from,from_name,to,to_name,predicates\n", 0) == 0);
}
