#include "kg/render/summary.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "render/render_fixtures.h"

using kg::test::awkward;
using kg::test::rendered;

TEST_CASE("A graph summary renders as counts by type and by predicate, largest first", "[render]") {
  const kg::graph::Graph graph = awkward();
  const kg::query::GraphSummary summary = kg::query::summarize(graph);
  const std::string table =
      rendered([&](kg::render::Output& out) { kg::render::render_summary("t.kg", summary, {}, out); });
  CHECK(table ==
        "t.kg: 3 nodes, 2 edges, 6 statements from 1 source\n"
        "\n"
        "  Node type        Nodes\n"
        "  Person               2\n"
        "  Event                1\n"
        "\n"
        "  Predicate        Edges  Statements\n"
        "  organised            1           5\n"
        "  took_part_in         1           1\n");
}

TEST_CASE("A graph summary shows control characters in types and predicates escaped, columns aligned", "[render]") {
  const kg::graph::Graph graph = kg::test::escapes();
  const kg::query::GraphSummary summary = kg::query::summarize(graph);
  const std::string table =
      rendered([&](kg::render::Output& out) { kg::render::render_summary("t\x1b.kg", summary, {}, out); });
  CHECK(table ==
        "t\\x1b.kg: 2 nodes, 1 edge, 1 statement from 0 sources\n"  // singular for one
        "\n"
        "  Node type      Nodes\n"
        "  Per\\x07son         1\n"
        "  Person             1\n"
        "\n"
        "  Predicate      Edges  Statements\n"
        "  kno\\x1bws          1           1\n");
}

TEST_CASE("A graph summary renders as JSON with the byte counts", "[render]") {
  const kg::graph::Graph graph = awkward();
  const kg::query::GraphSummary summary = kg::query::summarize(graph);
  const std::string json = rendered([&](kg::render::Output& out) {
    kg::render::render_summary("t.kg", summary, {.style = kg::render::Style::json}, out);
  });
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(json.c_str()).HasParseError());
  CHECK(document["nodes"].GetUint() == 3);
  CHECK(document["statements"].GetUint() == 6);
  CHECK(document["node_types"]["Person"].GetUint() == 2);
  CHECK(document["predicates"]["organised"].GetUint() == 1);
  CHECK(document["bytes"]["structure"].GetUint64() > 0);
}
