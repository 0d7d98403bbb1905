#include "kg/render/neighbourhood.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "kg/query/neighbourhood.h"
#include "render/render_fixtures.h"
#include "support/test_support.h"

using namespace kg::query;
using kg::render::Style;
using kg::test::awkward;
using kg::test::rendered;

namespace {

std::string render(const kg::graph::Graph& graph, std::string_view start, std::uint32_t depth,
                   const kg::render::RenderOptions& options) {
  Workspace workspace;
  const std::vector<kg::graph::NodeId> nodes{graph.find_nodes(start).at(0)};
  const Neighbourhood around = neighbourhood(graph, nodes, {.depth = depth}, workspace);
  return rendered([&](kg::render::Output& out) { kg::render::render_neighbourhood(graph, around, {}, options, out); });
}

}  // namespace

TEST_CASE("Neighbourhood JSON lists nodes with distances and the edges among them", "[render]") {
  const kg::graph::Graph graph = awkward();
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(render(graph, "a", 1, {.style = Style::json}).c_str()).HasParseError());
  REQUIRE(document["nodes"].Size() == 2);
  CHECK(std::string(document["nodes"][0]["id"].GetString()) == "a");
  CHECK(document["nodes"][0]["distance"].GetUint() == 0);
  CHECK(document["nodes"][1]["distance"].GetUint() == 1);
  REQUIRE(document["edges"].Size() == 1);
  CHECK_FALSE(document["edges"][0].HasMember("direction"));
  CHECK_FALSE(document["truncated"].GetBool());
}

TEST_CASE("Neighbourhood CSV lists one row per node", "[render]") {
  const kg::graph::Graph graph = awkward();
  CHECK(render(graph, "c", 0, {.style = Style::csv}) == "id,name,type,distance\nc,C,Person,0\n");
}

TEST_CASE("A neighbourhood table aligns the nodes, then lists each edge with its sources", "[render]") {
  kg::test::check_golden("render/neighbourhood_table.txt", render(awkward(), "b", 1, {}));
}
