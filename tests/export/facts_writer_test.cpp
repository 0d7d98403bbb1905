#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "export_fixtures.h"
#include "kg/graph/graph_file.h"
#include "kg/ingest/jsonl_reader.h"
#include "kg/ingest/reader.h"
#include "random_case.h"

namespace kg::test {
namespace {

/// Builds the graph `file` describes (any format kg reads).
graph::Graph rebuild(const std::filesystem::path& file) {
  graph::GraphBuilder builder;
  ingest::read_input(file, builder);
  return builder.build();
}

bool same_bytes(const graph::Graph& a, const graph::Graph& b) {
  return std::equal(a.image().begin(), a.image().end(), b.image().begin(), b.image().end());
}

}  // namespace

TEST_CASE("Facts of a small case are kg JSON Lines: sources, then entities, then statements", "[export]") {
  TempDir dir;
  const std::string text = read_file(export_to(dir, small_case(), "small.jsonl", options_for(io::ExportFormat::facts)));
  CHECK(text.rfind("{\"sources\": [{\"id\": \"report\", \"title\": \"A report\", \"date\": \"2010-08\"}]}\n"
                   "{\"sources\": [{\"id\": \"cable\", \"title\": \"A cable\"}]}\n"
                   "{\"id\": \"ziyoev\", \"type\": \"Person\", \"name\": \"Mirzo Ziyoev\", \"aliases\": [\"Ziyoev\", "
                   "\"Mirzo\"], \"props\": {\"age\": 45, \"killed\": true, \"height\": 180, \"id\": \"P-1\", "
                   "\"first name\": \"Mirzo\"}}\n",
                   0) == 0);
  CHECK(text.find("{\"subject\": \"ziyoev\", \"predicate\": \"father_of\", \"object\": \"sons\", \"source\": "
                  "\"report\", \"date\": \"2010-08-23\", \"confidence\": 0.9, \"quote\": \"sons of the late Mirzo "
                  "Ziyoev\"}\n"
                  "{\"subject\": \"ziyoev\", \"predicate\": \"father_of\", \"object\": \"sons\", \"source\": "
                  "\"cable\", \"date\": \"2010-08\", \"confidence\": 1.0, \"quote\": \"his sons\"}\n") !=
        std::string::npos);
  CHECK(text.find("\"props\": {\"role\": \"fighter\", \"since\": 1998}}\n") != std::string::npos);
}

TEST_CASE("The example case exported as facts builds back to a byte-identical graph file", "[export]") {
  TempDir dir;
  const graph::Graph original = rebuild(source_dir() / "examples/tajikistan-2010/case.json");
  graph::save_graph_file(original, dir / "original.kg");
  const graph::Graph rebuilt = rebuild(export_to(dir, original, "case.jsonl", options_for(io::ExportFormat::facts)));
  graph::save_graph_file(rebuilt, dir / "rebuilt.kg");
  CHECK(read_file(dir / "original.kg") == read_file(dir / "rebuilt.kg"));
}

TEST_CASE("Random graphs with random provenance exported as facts build back byte for byte", "[export]") {
  TempDir dir;
  for (std::uint64_t seed = 1; seed <= 60; ++seed) {
    INFO("seed " << seed);
    const graph::Graph original = RandomCase(seed, RandomValues::any).build();
    const graph::Graph rebuilt =
        rebuild(export_to(dir, original, "random.jsonl", options_for(io::ExportFormat::facts)));
    CHECK(rebuilt.node_count() == original.node_count());
    CHECK(rebuilt.provenance_count() == original.provenance_count());
    CHECK(same_bytes(original, rebuilt));
  }
}

TEST_CASE("The same graph stated in another order, or with other reference texts, gives the same bytes", "[export]") {
  const auto build = [](bool variant) {
    graph::GraphBuilder builder;
    const std::uint32_t file = builder.add_file(variant ? "y.json" : "x.json");
    const auto entity = [&](std::string_view id, std::string_view type, std::string_view name) {
      builder.add_entity({.id = id, .type = type, .name = name, .at = {file, 1, 1}});
    };
    const auto fact = [&](std::string_view subject, std::string_view predicate, std::string_view object) {
      builder.add_fact({.subject = {.text = subject, .declared = {}, .at = {file, 2, 1}},
                        .predicate = predicate,
                        .object = {.text = object, .declared = {}, .at = {file, 2, 9}},
                        .at = {file, 2, 1}});
    };
    if (variant) {  // facts first, cited by name; b declared untyped, then typed
      fact("bank", "funds", "c");
      fact("ANA", "knows", "Bank");
      entity("a", "Person", "Ana");
      entity("b", "", "Bank");
      entity("c", "", "");
      entity("b", "Organization", "");
    } else {
      entity("a", "Person", "Ana");
      entity("b", "Organization", "Bank");
      entity("c", "", "");
      fact("a", "knows", "b");
      fact("b", "funds", "c");
    }
    return builder.build();
  };
  CHECK(same_bytes(build(false), build(true)));
}

TEST_CASE("A filtered export writes the selected entities, their edges whole and the sources they cite", "[export]") {
  TempDir dir;
  const graph::Graph graph = small_case();
  const graph::Subgraph selection{.nodes = {graph::NodeId{0}, graph::NodeId{1}}, .edges = {graph::EdgeId{0}}};
  const std::string text =
      read_file(export_to(dir, graph, "part.jsonl", options_for(io::ExportFormat::facts), &selection));
  CHECK(std::count(text.begin(), text.end(), '\n') == 6);  // 2 sources, 2 entities, the edge's 2 statements
  const graph::Graph part = rebuild(dir / "part.jsonl");
  CHECK(part.node_count() == 2);
  CHECK(part.edge_count() == 1);
  CHECK(part.provenance_count() == 2);
}

TEST_CASE("Facts hold every property key as it is and say when a number had to be written as text", "[export]") {
  graph::GraphBuilder builder;
  builder.add_entity(
      {.id = "x",
       .props = {{"first name", std::string_view("A")}, {"inf", std::numeric_limits<double>::infinity()}},
       .at = {}});
  std::vector<std::string> warnings;
  TempDir dir;
  const std::string text =
      read_file(export_to(dir, builder.build(), "x.jsonl", options_for(io::ExportFormat::facts, &warnings)));
  CHECK(text == "{\"id\": \"x\", \"type\": \"Entity\", \"props\": {\"first name\": \"A\", \"inf\": \"INF\"}}\n");
  CHECK(warnings == std::vector<std::string>{"wrote 1 property value that JSON cannot hold (NaN or infinite) as text"});
}

}  // namespace kg::test
