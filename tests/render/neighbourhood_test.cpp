#include "kg/render/neighbourhood.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <cstdio>

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

/// A stdio stream that counts what reaches it, unbuffered, so the test sees every write of the Output.
struct CountingStream {
  std::size_t received = 0, largest_write = 0;
  static ssize_t write(void* cookie, const char*, std::size_t size) {
    auto* self = static_cast<CountingStream*>(cookie);
    self->received += size;
    self->largest_write = std::max(self->largest_write, size);
    return static_cast<ssize_t>(size);
  }
};

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

TEST_CASE("A neighbourhood says which of its nodes same_as decisions merged, in the table and in JSON", "[render]") {
  const kg::graph::Graph graph = kg::test::merged();
  const std::string table = render(graph, "gov", 1, {});
  CHECK(table.find("  Emomali Rahmon: merged from rahmon, рахмон: Russian spelling\n") != std::string::npos);
  CHECK(table.find("the administration: merged") == std::string::npos);
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(render(graph, "gov", 1, {.style = Style::json}).c_str()).HasParseError());
  REQUIRE(document["nodes"].Size() == 2);
  CHECK_FALSE(document["nodes"][0].HasMember("merged_from"));
  CHECK(std::string(document["nodes"][1]["merged_from"].GetString()) == "merged from rahmon, рахмон: Russian spelling");
}

TEST_CASE("Tables show control characters in names escaped, aligned, JSON keeps the exact text", "[render]") {
  const kg::graph::Graph graph = kg::test::escapes();
  const std::string table = render(graph, "y", 1, {});
  CHECK(table.find('\x1b') == std::string::npos);
  CHECK(table.find('\x07') == std::string::npos);
  CHECK(table ==
        "2 nodes, 1 edge\n\n"
        "  hops  name                type        id\n"
        "     0  Y                   Person      y\n"
        "     1  \\x1b[31mRed\\x1b[0m  Per\\x07son  x\\x1b[2J\n\n"
        "  \\x1b[31mRed\\x1b[0m —kno\\x1bws→ Y\n"
        "      (no source)  undated  -     \"said \\x1b[1mloud\"\n");
  const std::string json = render(graph, "y", 1, {.style = Style::json});
  CHECK(json.find("\\u001B[31mRed\\u001B[0m") != std::string::npos);  // JSON escapes, exact
}

TEST_CASE("A neighbourhood's JSON reaches its stream while it renders, never held whole (issue 15 item 7)",
          "[render]") {
  kg::graph::GraphBuilder builder;
  builder.add_file("t.json");
  kg::graph::FactRecord fact;
  const std::string quote(300, 'q');
  fact.subject.text = "hub", fact.predicate = "knows", fact.quote = quote;
  for (int i = 0; i < 5000; ++i) {
    const std::string object = "n" + std::to_string(i);  // a record's texts are views: they must outlive add_fact
    fact.object.text = object;
    builder.add_fact(fact);
  }
  const kg::graph::Graph graph = builder.build();
  Workspace workspace;
  const Neighbourhood around = neighbourhood(graph, graph.find_nodes("hub"), {.depth = 1}, workspace);
  CountingStream counts;
  std::FILE* stream =
      fopencookie(&counts, "w", {.read = nullptr, .write = CountingStream::write, .seek = nullptr, .close = nullptr});
  REQUIRE(stream != nullptr);
  REQUIRE(std::setvbuf(stream, nullptr, _IONBF, 0) == 0);
  std::size_t before_flush = 0;
  {
    kg::render::Output out(stream);
    kg::render::render_neighbourhood(graph, around, {}, {.style = Style::json}, out);
    before_flush = counts.received;
    out.flush();
  }
  std::fclose(stream);
  CHECK(counts.received > 2'000'000);                 // 5000 edges with their quotes
  CHECK(counts.received - before_flush < 64 * 1024);  // all but the last chunk was written during rendering
  CHECK(counts.largest_write < 64 * 1024 + 1024);     // in chunks of 64 KiB
}
