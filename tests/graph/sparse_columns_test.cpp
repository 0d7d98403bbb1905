// The sparse columns (graph/include/kg/graph/columns.h): random facts, most of them stating nothing beyond their
// triple, built and then read back statement by statement against what was stated, and through a graph file.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "kg/graph/builder.h"
#include "kg/graph/graph_file.h"

using namespace kg::graph;

namespace {

struct Stated {
  std::string subject, object, predicate, source, quote;
  PartialDate date;
  std::optional<float> confidence;
  Grade grade;
  std::optional<std::int64_t> weight;  // an edge property
};

// What each edge should have: its statements in input order, by (subject, predicate, object).
using Expected = std::map<std::tuple<std::string, std::string, std::string>, std::vector<Stated>>;

// Short ids and ids longer than what the builder's string map keeps in its slots.
std::string node_id(int node) {
  return node % 3 == 0 ? "a-node-with-an-identifier-longer-than-sixteen-bytes-" + std::to_string(node)
                       : "n" + std::to_string(node);
}

Stated random_statement(std::mt19937& random, int nodes, double share) {
  std::uniform_int_distribution<int> node(0, nodes - 1);
  std::uniform_real_distribution<double> unit(0, 1);
  Stated s;
  s.subject = node_id(node(random));
  do s.object = node_id(node(random));
  while (s.object == s.subject);
  s.predicate = unit(random) < 0.5 ? "knows" : "funds";
  if (unit(random) < share) s.source = "s" + std::to_string(node(random) % 7);
  if (unit(random) < share) s.quote = unit(random) < 0.5 ? "a shared quote" : "quote " + std::to_string(node(random));
  if (unit(random) < share) s.date = PartialDate{2000'00'00 + node(random) % 12 * 100 + 100};
  if (unit(random) < share / 4) s.date = PartialDate{2001'00'00, 2003'00'00};
  if (unit(random) < share) s.confidence = static_cast<float>(node(random) % 101) / 100.0F;
  if (unit(random) < share) s.grade = Grade{static_cast<std::uint8_t>(1 + node(random) % 6), 0};
  if (unit(random) < share / 2) s.weight = node(random);
  return s;
}

void check_graph(const Graph& graph, const Expected& expected) {
  REQUIRE(graph.edge_count() == expected.size());
  std::uint32_t records = 0;
  for (std::uint32_t i = 0; i < graph.edge_count(); ++i) {
    const EdgeId e{i};
    const auto key = std::make_tuple(std::string(graph.node_key(graph.edge_source(e))),
                                     std::string(graph.predicate_name(graph.edge_predicate(e))),
                                     std::string(graph.node_key(graph.edge_target(e))));
    const auto found = expected.find(key);
    REQUIRE(found != expected.end());
    const std::vector<Stated>& statements = found->second;
    REQUIRE(graph.provenance_count(e) == statements.size());
    records += graph.provenance_count(e);
    std::optional<float> best;
    std::optional<std::int64_t> weight;
    std::size_t k = 0;
    for (const ProvenanceId p : graph.provenance(e)) {
      const Stated& s = statements[k++];
      CHECK(graph.source_key(graph.provenance_source(p)) == s.source);
      CHECK(graph.provenance_quote(p) == s.quote);
      CHECK(graph.provenance_date(p) == s.date);
      CHECK(graph.provenance_confidence(p) == s.confidence);
      CHECK(graph.provenance_grade(p) == s.grade);
      if (s.confidence && (!best || *s.confidence > *best)) best = s.confidence;
      if (!weight) weight = s.weight;
    }
    CHECK(graph.edge_confidence(e) == best);
    const auto stated_weight = graph.edge_property(e, "weight");
    CHECK(stated_weight.has_value() == weight.has_value());
    if (weight && stated_weight) CHECK(std::get<std::int64_t>(*stated_weight) == *weight);
    CHECK(graph.edge_properties(e).size() == (weight ? 1U : 0U));
  }
  CHECK(graph.provenance_count() == records);
}

}  // namespace

TEST_CASE("Sparse columns give back every statement as stated, whatever share of statements state anything",
          "[graph]") {
  const auto [share, nodes, facts] = GENERATE(table<double, int, int>({
      {0.0, 30, 200},   // nothing stated: every sparse column is empty
      {0.05, 40, 700},  // a few rows, across several 64-row words
      {0.4, 50, 1000},  // the generated graphs' share
      {1.0, 20, 300},   // everything stated: dense, and edges of many statements
      {0.3, 500, 64},   // exactly one word of edges and of records, most edges stated once
  }));
  std::mt19937 random(static_cast<std::uint32_t>(share * 1000) + static_cast<std::uint32_t>(facts));
  std::vector<Stated> statements;
  for (int i = 0; i < facts; ++i) statements.push_back(random_statement(random, nodes, share));
  GraphBuilder builder({.strict = false, .warn = {}});
  builder.add_file("random.jsonl");
  for (int i = 0; i < 7; ++i) builder.add_source({.id = "s" + std::to_string(i)}, {0, 1, 1});
  Expected expected;
  std::uint32_t line = 1;
  for (const Stated& s : statements) {
    FactRecord f;
    f.subject.text = s.subject;
    f.predicate = s.predicate;
    f.object.text = s.object;
    f.source = s.source;
    f.quote = s.quote;
    f.date = s.date;
    f.confidence = s.confidence;
    f.grade = s.grade;
    if (s.weight) f.props.emplace_back("weight", *s.weight);
    f.at = {0, line++, 1};
    builder.add_fact(f);
    expected[{s.subject, s.predicate, s.object}].push_back(s);
  }
  const Graph graph = builder.build();
  check_graph(graph, expected);
  const auto image = graph.image();
  auto copy = std::shared_ptr<std::byte[]>(new std::byte[image.size()]);
  std::copy(image.begin(), image.end(), copy.get());
  check_graph(Graph::from_image(copy, image.size()), expected);
}

TEST_CASE("A quote stated by several statements is stored once", "[graph]") {
  const std::string quote = "the same sentence supports three facts";
  GraphBuilder builder({.strict = false, .warn = {}});
  builder.add_file("quotes.jsonl");
  for (const char* object : {"b", "c", "d"}) {
    FactRecord f;
    f.subject.text = "a";
    f.predicate = "knows";
    f.object.text = object;
    f.quote = quote;
    f.at = {0, 1, 1};
    builder.add_fact(f);
  }
  const Graph graph = builder.build();
  const auto image = graph.image();
  const std::string_view bytes(reinterpret_cast<const char*>(image.data()), image.size());
  std::size_t copies = 0;
  for (std::size_t at = bytes.find(quote); at != std::string_view::npos; at = bytes.find(quote, at + 1)) ++copies;
  CHECK(copies == 1);
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    CHECK(graph.provenance_quote(*graph.provenance(EdgeId{e}).begin()) == quote);
  }
}
