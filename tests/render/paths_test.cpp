#include "kg/render/paths.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "kg/query/paths.h"
#include "render/render_fixtures.h"
#include "support/test_support.h"

using namespace kg::query;
using kg::render::RenderOptions;
using kg::render::Style;
using kg::test::awkward;
using kg::test::kLongQuote;
using kg::test::rendered;

namespace {

std::string render(const kg::graph::Graph& graph, const std::vector<Path>& paths, const Filter& filter,
                   const RenderOptions& options) {
  return rendered([&](kg::render::Output& out) { kg::render::render_paths(graph, paths, filter, options, out); });
}

std::vector<Path> path_between(const kg::graph::Graph& graph, std::string_view from, std::string_view to) {
  Workspace workspace;
  auto path = shortest_path(graph, graph.find_nodes(from).at(0), graph.find_nodes(to).at(0), {}, workspace);
  REQUIRE(path);
  return {*path};
}

}  // namespace

TEST_CASE("Path JSON escapes every string and parses back to the documented shape", "[render]") {
  const kg::graph::Graph graph = awkward();
  const std::vector<Path> paths = path_between(graph, "a", "c");
  const std::string json = render(graph, paths, {}, {.style = Style::json});
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(json.c_str()).HasParseError());
  const auto& first = document["paths"][0];
  CHECK(first["length"].GetUint() == 2);
  CHECK(first["confidence"].GetDouble() == Approx(0.7));
  CHECK(std::string(first["nodes"][0]["name"].GetString()) == "Abdullo \"Mullo\" Rahimov");
  CHECK(std::string(first["nodes"][1]["name"].GetString()) == "Душанбе, raid\nAugust");
  CHECK(std::string(first["nodes"][1]["type"].GetString()) == "Event");
  const auto& hop = first["edges"][0];
  CHECK(std::string(hop["from"].GetString()) == "a");
  CHECK(std::string(hop["to"].GetString()) == "b");
  CHECK(std::string(hop["direction"].GetString()) == "forward");
  CHECK(std::string(first["edges"][1]["direction"].GetString()) == "backward");
  REQUIRE(hop["sources"].Size() == 5);
  CHECK(std::string(hop["sources"][0]["source"].GetString()) == "rferl");
  CHECK(std::string(hop["sources"][0]["title"].GetString()) == "RFE/RL, \"report\"");
  CHECK(std::string(hop["sources"][0]["date"].GetString()) == "2010-08-23");
  CHECK(hop["sources"][0]["confidence"].GetDouble() == 0.7);
  CHECK(std::string(hop["sources"][0]["quote"].GetString()) == kLongQuote);
  CHECK(hop["sources"][1]["source"].IsNull());
  CHECK(hop["sources"][1]["confidence"].IsNull());
  CHECK(hop["sources"][1]["quote"].IsNull());

  const Filter august_first{.from = kg::graph::PartialDate{2010'08'01}, .to = kg::graph::PartialDate{2010'08'01}};
  rapidjson::Document filtered;
  filtered.Parse(render(graph, paths, august_first, {.style = Style::json}).c_str());
  CHECK(filtered["paths"][0]["edges"][0]["sources"].Size() == 2);  // 2010-08 and 2010-08-01 overlap that day

  rapidjson::Document none;
  none.Parse(render(graph, {}, {}, {.style = Style::json}).c_str());
  CHECK(none["paths"].IsArray());
  CHECK(none["paths"].Empty());
}

TEST_CASE("Path CSV quotes fields holding commas, quotes or newlines", "[render]") {
  const kg::graph::Graph graph = awkward();
  CHECK(render(graph, path_between(graph, "a", "b"), {}, {.style = Style::csv}) ==
        "path,hop,subject,subject_name,predicate,object,object_name,direction,sources,grades\n"
        "1,1,a,\"Abdullo \"\"Mullo\"\" Rahimov\",organised,b,\"Душанбе, raid\nAugust\",forward,rferl,B2\n");
}

TEST_CASE("A path table truncates quotes and sources unless asked for all", "[render]") {
  const kg::graph::Graph graph = awkward();
  const std::vector<Path> paths = path_between(graph, "a", "c");
  kg::test::check_golden("render/paths_table_short.txt", render(graph, paths, {}, {}));
  kg::test::check_golden("render/paths_table_full.txt", render(graph, paths, {}, {.full = true}));
}

TEST_CASE("A path table says which of its nodes same_as decisions merged, under the chain", "[render]") {
  const kg::graph::Graph graph = kg::test::merged();
  CHECK(render(graph, path_between(graph, "рахмон", "gov"), {}, {}) ==
        "Path 1 of 1: 1 hop, confidence 1\n"
        "  Emomali Rahmon —leads→ the administration\n"
        "  Emomali Rahmon: merged from rahmon, рахмон: Russian spelling\n"
        "\n"
        "  Emomali Rahmon (Person)\n"
        "    —leads→ the administration (Organization)\n"
        "        (no source)  undated  -\n");
}

TEST_CASE("A path table shows control characters in names, predicates and quotes escaped", "[render]") {
  const kg::graph::Graph graph = kg::test::escapes();
  const std::string table = render(graph, path_between(graph, "x\x1b[2J", "y"), {}, {});
  CHECK(table ==
        "Path 1 of 1: 1 hop, confidence 1\n"
        "  \\x1b[31mRed\\x1b[0m —kno\\x1bws→ Y\n\n"
        "  \\x1b[31mRed\\x1b[0m (Per\\x07son)\n"
        "    —kno\\x1bws→ Y (Person)\n"
        "        (no source)  undated  -     \"said \\x1b[1mloud\"\n");
  CHECK(render(graph, path_between(graph, "y", "x\x1b[2J"), {}, {.style = Style::csv}).find('\x1b') !=
        std::string::npos);  // CSV stays exact
}
