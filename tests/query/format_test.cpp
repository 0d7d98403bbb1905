#include "kg/query/format.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "kg/graph/builder.h"
#include "kg/query/neighbourhood.h"
#include "kg/query/paths.h"
#include "support/test_support.h"

using namespace kg::query;
using Catch::Matchers::Contains;

namespace {

const std::string kLongQuote =
    "Он сказал: \"мы видели их у ворот\", and then a very long sentence follows that goes on and on well past the "
    "point where a table should cut it short";

/// Awkward text on purpose: quotes, commas, a newline, Cyrillic, a long quote; three statements of one fact.
kg::graph::Graph awkward() {
  kg::graph::GraphBuilder builder;
  std::uint32_t file = builder.add_file("t.json");
  builder.add_source({.id = "rferl", .title = "RFE/RL, \"report\"", .url = "", .date = {}}, {file, 1, 1});
  builder.add_entity(
      {.id = "a", .type = "Person", .name = "Abdullo \"Mullo\" Rahimov", .aliases = {}, .props = {}, .at = {}});
  builder.add_entity(
      {.id = "b", .type = "Event", .name = "Душанбе, raid\nAugust", .aliases = {}, .props = {}, .at = {}});
  builder.add_entity({.id = "c", .type = "Person", .name = "C", .aliases = {}, .props = {}, .at = {}});
  kg::graph::FactRecord fact;
  fact.subject.text = "a", fact.predicate = "organised", fact.object.text = "b";
  fact.source = "rferl", fact.date = {2010'08'23}, fact.confidence = 0.7f, fact.quote = kLongQuote;
  builder.add_fact(fact);
  for (int i = 0; i < 4; ++i) {  // repeated statements: one edge, five records
    fact.source = "", fact.date = {2010'08'00 + i}, fact.confidence = std::nullopt, fact.quote = "";
    builder.add_fact(fact);
  }
  fact.subject.text = "c", fact.predicate = "took_part_in", fact.object.text = "b", fact.source = "";
  builder.add_fact(fact);
  return builder.build();
}

}  // namespace

TEST_CASE("Path JSON escapes every string and parses back to the documented shape", "[query]") {
  kg::graph::Graph graph = awkward();
  Workspace workspace;
  auto path = shortest_path(graph, graph.find_nodes("a").at(0), graph.find_nodes("c").at(0), {}, workspace);
  REQUIRE(path);
  std::vector<Path> paths{*path};
  std::string json = paths_json(graph, paths, {});
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

  Filter august_first{.from = kg::graph::PartialDate{2010'08'01}, .to = kg::graph::PartialDate{2010'08'01}};
  rapidjson::Document filtered;
  filtered.Parse(paths_json(graph, paths, august_first).c_str());
  CHECK(filtered["paths"][0]["edges"][0]["sources"].Size() == 2);  // 2010-08 and 2010-08-01 overlap that day

  rapidjson::Document none;
  none.Parse(paths_json(graph, {}, {}).c_str());
  CHECK(none["paths"].IsArray());
  CHECK(none["paths"].Empty());
}

TEST_CASE("Neighbourhood JSON lists nodes with distances and the edges among them", "[query]") {
  kg::graph::Graph graph = awkward();
  Workspace workspace;
  std::vector<kg::graph::NodeId> start{graph.find_nodes("a").at(0)};
  Neighbourhood around = neighbourhood(graph, start, {.depth = 1}, workspace);
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(neighbourhood_json(graph, around, {}).c_str()).HasParseError());
  REQUIRE(document["nodes"].Size() == 2);
  CHECK(std::string(document["nodes"][0]["id"].GetString()) == "a");
  CHECK(document["nodes"][0]["distance"].GetUint() == 0);
  CHECK(document["nodes"][1]["distance"].GetUint() == 1);
  REQUIRE(document["edges"].Size() == 1);
  CHECK_FALSE(document["edges"][0].HasMember("direction"));
  CHECK_FALSE(document["truncated"].GetBool());
}

TEST_CASE("CSV quotes fields holding commas, quotes or newlines", "[query]") {
  kg::graph::Graph graph = awkward();
  Workspace workspace;
  auto path = shortest_path(graph, graph.find_nodes("a").at(0), graph.find_nodes("b").at(0), {}, workspace);
  REQUIRE(path);
  std::vector<Path> paths{*path};
  CHECK(paths_csv(graph, paths, {}) ==
        "path,hop,subject,subject_name,predicate,object,object_name,direction,sources\n"
        "1,1,a,\"Abdullo \"\"Mullo\"\" Rahimov\",organised,b,\"Душанбе, raid\nAugust\",forward,rferl\n");
  std::vector<kg::graph::NodeId> start{graph.find_nodes("c").at(0)};
  CHECK(neighbourhood_csv(graph, neighbourhood(graph, start, {.depth = 0}, workspace)) ==
        "id,name,type,distance\nc,C,Person,0\n");
}

TEST_CASE("Table output truncates quotes and sources unless asked for all", "[query]") {
  kg::graph::Graph graph = awkward();
  Workspace workspace;
  auto path = shortest_path(graph, graph.find_nodes("a").at(0), graph.find_nodes("c").at(0), {}, workspace);
  REQUIRE(path);
  std::vector<Path> paths{*path};
  kg::test::check_golden("query/format_table_short.txt", paths_table(graph, paths, {}, {}));
  kg::test::check_golden("query/format_table_full.txt", paths_table(graph, paths, {}, {.full = true}));
  std::vector<kg::graph::NodeId> start{graph.find_nodes("b").at(0)};
  kg::test::check_golden("query/format_neighbourhood.txt",
                         neighbourhood_table(graph, neighbourhood(graph, start, {.depth = 1}, workspace), {}, {}));
}
