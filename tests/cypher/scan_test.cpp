// Where patterns start: label scans, and seeks by entity(), id() and the name index.
#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::example;
using kg::cypher::test::query;
using Rows = std::vector<std::string>;

namespace {

std::string plan_of(const std::string& text) { return kg::cypher::prepare(example(), text).explain(); }

}  // namespace

TEST_CASE("entity() and node equality seek the node instead of scanning", "[cypher]") {
  const std::string plan = plan_of("MATCH (a)-->(b) WHERE a = entity('Ziyoev') RETURN b");
  CHECK(plan.find("NodeSeek (a)") != std::string::npos);
  CHECK(plan.find("NodeScan") == std::string::npos);
  CHECK(plan.find("Filter") == std::string::npos);
  CHECK(plan_of("MATCH (a) WHERE entity('Ziyoev') = a RETURN a").find("NodeSeek (a)") != std::string::npos);
}

TEST_CASE("Equality on name or id seeks through the name index, and still compares exactly", "[cypher]") {
  CHECK(plan_of("MATCH (a {name: 'Mirzo Ziyoev'}) RETURN a").find("by name index") != std::string::npos);
  CHECK(plan_of("MATCH (a) WHERE a.id = $id RETURN a").find("by name index $id") != std::string::npos);
  CHECK(query(example(), "MATCH (a {name: 'Mirzo Ziyoev'}) RETURN a.id") == Rows{"'mirzo-ziyoev'"});
  CHECK(query(example(), "MATCH (a {name: 'mirzo ziyoev'}) RETURN a.id").empty());  // = is exact
  CHECK(query(example(), "MATCH (a) WHERE a.id = 'escapees' RETURN a.name") == Rows{"'Dushanbe prison escapees'"});
  CHECK(query(example(), "MATCH (a) WHERE a.name = 'Ziyoev' RETURN a.id").empty());  // an alias, not the name
}

TEST_CASE("id() equality seeks by node number", "[cypher]") {
  CHECK(plan_of("MATCH (a) WHERE id(a) = 3 RETURN a").find("by id 3") != std::string::npos);
  CHECK(query(example(), "MATCH (a) WHERE id(a) = 0 RETURN id(a)") == Rows{"0"});
  CHECK(query(example(), "MATCH (a) WHERE id(a) = 1000000 RETURN a").empty());
  CHECK(query(example(), "MATCH (a) WHERE id(a) = 0.0 RETURN id(a)") == Rows{"0"});
}

TEST_CASE("A label scan returns the nodes of that type only", "[cypher]") {
  CHECK(query(example(), "MATCH (n:Location) RETURN count(*)") == Rows{"7"});
  CHECK(query(example(), "MATCH (n) RETURN count(*)") == Rows{"44"});
}
