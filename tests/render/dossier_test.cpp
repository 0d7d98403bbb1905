#include "kg/render/dossier.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <stdexcept>

#include "kg/query/dossier.h"
#include "render/render_fixtures.h"
#include "support/test_support.h"

using kg::render::Style;
using kg::test::awkward;
using kg::test::rendered;

namespace {

std::string render(const kg::graph::Graph& graph, std::string_view entity, const kg::query::Filter& filter,
                   const kg::render::RenderOptions& options) {
  const kg::graph::NodeId node = graph.find_nodes(entity).at(0);
  const kg::query::Dossier dossier = kg::query::dossier(graph, node, filter);
  return rendered([&](kg::render::Output& out) { kg::render::render_dossier(graph, dossier, filter, options, out); });
}

}  // namespace

TEST_CASE("A dossier table names the entity, sums up its evidence, then lists each fact with its statements",
          "[render]") {
  const kg::graph::Graph graph = awkward();
  kg::test::check_golden("render/dossier_table.txt", render(graph, "b", {}, {}));
  kg::test::check_golden("render/dossier_table_full.txt", render(graph, "b", {}, {.full = true}));
}

TEST_CASE("A dossier's JSON carries the entity, the counts, the date range and the facts by predicate", "[render]") {
  const kg::graph::Graph graph = awkward();
  const std::string json = render(graph, "b", {}, {.style = Style::json});
  kg::test::check_golden("render/dossier.json", json);
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(json.c_str()).HasParseError());
  CHECK(std::string(document["entity"]["id"].GetString()) == "b");
  CHECK(document["facts"].GetUint() == 2);
  CHECK(document["statements"].GetUint() == 6);
  CHECK(document["sources"].GetUint() == 1);
  CHECK(std::string(document["first_date"].GetString()) == "2010-08");
  REQUIRE(document["groups"].Size() == 2);
  CHECK(std::string(document["groups"][0]["predicate"].GetString()) == "organised");
  CHECK(std::string(document["groups"][0]["direction"].GetString()) == "in");
  CHECK(std::string(document["groups"][0]["facts"][0]["other"]["id"].GetString()) == "a");
}

TEST_CASE("A dossier shows only the statements that pass its filter, and an undated one has null dates", "[render]") {
  const kg::graph::Graph graph = awkward();
  kg::query::Filter sourced;
  sourced.sources = {kg::graph::SourceId{1}};  // rferl
  const std::string json = render(graph, "c", sourced, {.style = Style::json});
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(json.c_str()).HasParseError());
  CHECK(document["facts"].GetUint() == 0);
  CHECK(document["first_date"].IsNull());
  CHECK(document["last_date"].IsNull());
  CHECK(document["groups"].Size() == 0);
}

TEST_CASE("A dossier says which ids and decisions merged its entity, in the table and in JSON", "[render]") {
  const kg::graph::Graph graph = kg::test::merged();
  const std::string table = render(graph, "rahmon", {}, {});
  CHECK(table.rfind("Emomali Rahmon (Person, id rahmon)\n  aliases: Эмомали Рахмон\n"
                    "  merged from rahmon, рахмон: Russian spelling\n",
                    0) == 0);
  CHECK(render(graph, "gov", {}, {}).find("merged") == std::string::npos);
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(render(graph, "rahmon", {}, {.style = Style::json}).c_str()).HasParseError());
  CHECK(std::string(document["entity"]["merged_from"].GetString()) == "merged from rahmon, рахмон: Russian spelling");
}

TEST_CASE("A dossier has no CSV rendering", "[render]") {
  const kg::graph::Graph graph = awkward();
  CHECK_THROWS_AS(render(graph, "b", {}, {.style = Style::csv}), std::invalid_argument);
}
