#include "kg/render/result_table.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "render/render_fixtures.h"
#include "support/test_support.h"

using kg::query::ResultTable;
using kg::query::Value;
using kg::render::Style;
using kg::test::awkward;
using kg::test::rendered;

namespace {

std::string render(const kg::graph::Graph& graph, const ResultTable& table, Style style, bool full = false) {
  return rendered([&](kg::render::Output& out) {
    kg::render::render_result_table(graph, table, {}, {.style = style, .full = full}, out);
  });
}

/// One row with a value of every kind, and a second with nulls and other numbers.
ResultTable every_kind(const kg::graph::Graph& graph) {
  const kg::graph::NodeId a = graph.find_nodes("a").at(0), c = graph.find_nodes("c").at(0);
  kg::query::Path path;
  path.nodes = {a, graph.find_nodes("b").at(0), c};
  path.hops = {{graph.out(a).begin().operator*().edge, kg::query::HopDirection::forward},
               {graph.out(c).begin().operator*().edge, kg::query::HopDirection::backward}};
  ResultTable table({"n", "r", "p", "count(*)", "avg", "list", "map"});
  table.add_row({Value::node(a), Value::relationship((*graph.out(a).begin()).edge), Value::path(path),
                 Value::integer(42), Value::real(1.0),
                 Value::list({Value::string("x, \"y\""), Value::integer(1), Value()}),
                 Value::map({{"name", Value::graph_string(graph.node_name(c))}, {"$node", Value::boolean(true)}})});
  table.add_row({Value(), Value(), Value(), Value::integer(-7), Value::real(0.25), Value::list({}), Value::map({})});
  return table;
}

}  // namespace

TEST_CASE("A result table renders as an aligned table with numbers to the right and a row count", "[render]") {
  const kg::graph::Graph graph = awkward();
  kg::test::check_golden("render/result_table.txt", render(graph, every_kind(graph), Style::table));
}

TEST_CASE("A result table renders as JSON, one row a line, graph elements tagged", "[render]") {
  const kg::graph::Graph graph = awkward();
  const std::string json = render(graph, every_kind(graph), Style::json);
  kg::test::check_golden("render/result_table.json", json);
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(json.c_str()).HasParseError());
  CHECK(std::string(document["columns"][3].GetString()) == "count(*)");
  const auto& row = document["rows"][0];
  CHECK(std::string(row[0]["$node"]["id"].GetString()) == "a");
  CHECK(std::string(row[0]["$node"]["type"].GetString()) == "Person");
  CHECK(row[0]["$node"]["properties"].IsObject());
  CHECK(std::string(row[1]["$relationship"]["predicate"].GetString()) == "organised");
  CHECK(row[1]["$relationship"]["sources"].Size() == 5);
  CHECK(row[2]["$path"]["nodes"].Size() == 3);
  CHECK(std::string(row[2]["$path"]["relationships"][1]["direction"].GetString()) == "backward");
  CHECK(row[3].IsInt64());
  CHECK(row[4].IsDouble());  // 1.0 stays a float
  CHECK(json.find("1.0") != std::string::npos);
  CHECK(row[5][2].IsNull());
  CHECK(row[6].HasMember("$$node"));  // a map key cannot pose as a tag
  CHECK_FALSE(row[6].HasMember("$node"));
  CHECK(document["rows"][1][0].IsNull());
}

TEST_CASE("An empty result is valid JSON with no rows", "[render]") {
  const kg::graph::Graph graph = awkward();
  CHECK(render(graph, ResultTable({"a"}), Style::json) == "{\n  \"columns\": [\"a\"],\n  \"rows\": []\n}\n");
  CHECK(render(graph, ResultTable({"a"}), Style::table) == "  a\n\n0 rows\n");
}

TEST_CASE("Floats that JSON cannot hold are tagged, never written as invalid JSON", "[render]") {
  const kg::graph::Graph graph = awkward();
  ResultTable table({"x"});
  table.add_row({Value::real(std::numeric_limits<double>::quiet_NaN())});
  table.add_row({Value::real(-std::numeric_limits<double>::infinity())});
  const std::string json = render(graph, table, Style::json);
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(json.c_str()).HasParseError());
  CHECK(std::string(document["rows"][0][0]["$float"].GetString()) == "NaN");
  CHECK(std::string(document["rows"][1][0]["$float"].GetString()) == "-Infinity");
  CHECK(render(graph, table, Style::table) ==
        "          x\n        NaN\n  -Infinity\n\n2 rows\n");  // numbers to the right
}

TEST_CASE("A result table renders as CSV: scalars as text, null empty, anything else as its JSON", "[render]") {
  const kg::graph::Graph graph = awkward();
  kg::test::check_golden("render/result_table.csv", render(graph, every_kind(graph), Style::csv));
}

TEST_CASE("Long values are cut in a table unless asked for all", "[render]") {
  const kg::graph::Graph graph = awkward();
  ResultTable table({"quote"});
  table.add_row({Value::string(kg::test::kLongQuote)});
  const std::string short_table = render(graph, table, Style::table);
  CHECK(short_table.find("…") != std::string::npos);
  CHECK(render(graph, table, Style::table, true).find("cut it short") != std::string::npos);
}

TEST_CASE("A result table shows control characters in values escaped, columns aligned", "[render]") {
  const kg::graph::Graph graph = kg::test::escapes();
  const kg::graph::NodeId x = graph.find_nodes("x\x1b[2J").at(0);
  ResultTable table({"n", "s"});
  table.add_row({Value::node(x), Value::string("a\x1b[1mb")});
  table.add_row({Value::node(graph.find_nodes("y").at(0)), Value::string("c")});
  CHECK(render(graph, table, Style::table) ==
        "  n                                s\n"
        "  \\x1b[31mRed\\x1b[0m (Per\\x07son)  a\\x1b[1mb\n"
        "  Y (Person)                       c\n"
        "\n2 rows\n");
}
