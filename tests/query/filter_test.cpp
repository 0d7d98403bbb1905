#include "kg/query/filter.h"

#include <catch2/catch.hpp>
#include <set>

#include "query_fixtures.h"

using namespace kg::query;
using kg::graph::EdgeId;
using kg::graph::NodeId;
using kg::graph::PartialDate;

namespace {

/// A graph with one edge per record, so that each edge's fate shows one record's.
struct Dated {
  kg::graph::Graph graph;
  EdgeId edge(std::string_view object) const {
    NodeId target = graph.find_nodes(object).at(0);
    for (auto [next, e] : graph.out(graph.find_nodes("hub").at(0))) {
      if (next == target) return e;
    }
    FAIL("no edge to " << object);
    return {};
  }
};

Dated dated_graph() {
  kg::graph::GraphBuilder builder;
  builder.add_file("t.json");
  auto fact = [&](std::string_view object, std::int32_t date, std::optional<float> confidence) {
    kg::graph::FactRecord f;
    f.subject.text = "hub", f.predicate = "knows", f.object.text = object;
    f.date = PartialDate{date}, f.confidence = confidence;
    builder.add_fact(f);
  };
  fact("year2010", 2010'00'00, 0.9f);
  fact("jul2010", 2010'07'00, 0.5f);
  fact("aug15", 2010'08'15, std::nullopt);
  fact("dec2009", 2009'12'00, 0.9f);
  fact("undated", 0, 0.9f);
  return {builder.build()};
}

std::set<EdgeId> kept(const Dated& d, const Filter& filter) {
  kg::graph::Subgraph selection = filter_graph(d.graph, filter);
  return {selection.edges.begin(), selection.edges.end()};
}

}  // namespace

TEST_CASE("A partial date passes the window when the days it may denote overlap it", "[query]") {
  Dated d = dated_graph();
  Filter august{.from = PartialDate{2010'08'01}, .to = PartialDate{2010'08'31}};
  CHECK(kept(d, august) == std::set<EdgeId>{d.edge("year2010"), d.edge("aug15"), d.edge("undated")});
  august.dated_only = true;
  CHECK(kept(d, august) == std::set<EdgeId>{d.edge("year2010"), d.edge("aug15")});
  Filter from_2010{.from = PartialDate{2010'00'00}};
  CHECK(kept(d, from_2010).count(d.edge("dec2009")) == 0);
  CHECK(kept(d, from_2010).count(d.edge("jul2010")) == 1);
  Filter until_2009{.to = PartialDate{2009'00'00}};
  CHECK(kept(d, until_2009) == std::set<EdgeId>{d.edge("dec2009"), d.edge("undated")});
}

TEST_CASE("With dates_within a partial date passes only when every day it may denote lies in the window", "[query]") {
  Dated d = dated_graph();
  Filter august{.from = PartialDate{2010'08'01}, .to = PartialDate{2010'08'31}, .dates_within = true};
  CHECK(kept(d, august) == std::set<EdgeId>{d.edge("aug15"), d.edge("undated")});
  august.dated_only = true;
  CHECK(kept(d, august) == std::set<EdgeId>{d.edge("aug15")});
  Filter summer{.from = PartialDate{2010'07'00}, .to = PartialDate{2010'08'00}, .dates_within = true};
  CHECK(kept(d, summer) == std::set<EdgeId>{d.edge("jul2010"), d.edge("aug15"), d.edge("undated")});
  Filter from_2010{.from = PartialDate{2010'00'00}, .dates_within = true};  // an open end bounds nothing
  CHECK(kept(d, from_2010).count(d.edge("year2010")) == 1);
  CHECK(kept(d, from_2010).count(d.edge("dec2009")) == 0);
}

TEST_CASE("A missing confidence counts as 1.0 unless configured", "[query]") {
  Dated d = dated_graph();
  Filter confident{.min_confidence = 0.8f};
  CHECK(kept(d, confident).count(d.edge("aug15")) == 1);
  CHECK(kept(d, confident).count(d.edge("jul2010")) == 0);
  CHECK(edge_confidence(d.graph, confident, d.edge("aug15")) == 1.0f);
  confident.missing_confidence = 0.3f;
  CHECK(kept(d, confident).count(d.edge("aug15")) == 0);
  CHECK(edge_confidence(d.graph, confident, d.edge("aug15")) == 0.3f);
  CHECK(edge_confidence(d.graph, {}, d.edge("jul2010")) == 0.5f);
}

TEST_CASE("An edge passes when any one of its records does, and shows only those", "[query]") {
  kg::graph::GraphBuilder builder;
  builder.add_file("t.json");
  kg::graph::FactRecord f;
  f.subject.text = "a", f.predicate = "met", f.object.text = "b";
  f.date = PartialDate{2008'05'01}, f.confidence = 0.9f;
  builder.add_fact(f);
  f.date = PartialDate{2011'05'01}, f.confidence = 0.4f;
  builder.add_fact(f);
  kg::graph::Graph graph = builder.build();
  REQUIRE(graph.edge_count() == 1);
  EdgeId edge{0};
  Filter recent{.from = PartialDate{2011'00'00}};
  CHECK(filter_graph(graph, recent).edges.size() == 1);
  CHECK_FALSE(provenance_passes(graph, recent, graph.provenance(edge).front()));
  CHECK(edge_confidence(graph, recent, edge) == 0.4f);  // the best record that passes, not the best overall
  Filter impossible{.from = PartialDate{2011'00'00}, .min_confidence = 0.5f};
  CHECK(filter_graph(graph, impossible).edges.empty());
}

namespace {

/// One edge a→b stated by s1 twice and by s2 once, one edge a→c stated by s1 only, one a→d stated by no source.
kg::graph::Graph sourced_graph() {
  kg::graph::GraphBuilder builder;
  builder.add_file("t.json");
  builder.add_source({.id = "s1"}, {});
  builder.add_source({.id = "s2"}, {});
  auto fact = [&](std::string_view object, std::string_view source, float confidence) {
    kg::graph::FactRecord f;
    f.subject.text = "a", f.predicate = "knows", f.object.text = object, f.source = source;
    f.confidence = confidence;
    builder.add_fact(f);
  };
  fact("b", "s1", 0.9f);
  fact("b", "s1", 0.8f);
  fact("b", "s2", 0.4f);
  fact("c", "s1", 0.9f);
  fact("d", "", 0.9f);
  return builder.build();
}

std::set<std::string> kept_objects(const kg::graph::Graph& graph, const Filter& filter) {
  std::set<std::string> objects;
  for (EdgeId edge : filter_graph(graph, filter).edges) objects.emplace(graph.node_key(graph.edge_target(edge)));
  return objects;
}

}  // namespace

TEST_CASE("Source filters keep or drop statements by the source they cite", "[query]") {
  kg::graph::Graph graph = sourced_graph();
  const kg::graph::SourceId s1{1}, s2{2};
  CHECK(kept_objects(graph, {.sources = {s2}}) == std::set<std::string>{"b"});
  CHECK(kept_objects(graph, {.excluded_sources = {s1}}) == std::set<std::string>{"b", "d"});
  CHECK(kept_objects(graph, {.sources = {s1}, .excluded_sources = {s1}}).empty());
  // Only s2's statement of a→b passes, so its confidence is s2's.
  CHECK(edge_confidence(graph, {.excluded_sources = {s1}}, EdgeId{0}) == 0.4f);
}

TEST_CASE("min_sources keeps the edges whose passing statements cite that many distinct sources", "[query]") {
  kg::graph::Graph graph = sourced_graph();
  CHECK(kept_objects(graph, {.min_sources = 1}) == std::set<std::string>{"b", "c"});  // no source counts for none
  CHECK(kept_objects(graph, {.min_sources = 2}) == std::set<std::string>{"b"});       // s1 twice counts once
  CHECK(kept_objects(graph, {.min_sources = 3}).empty());
  // Corroboration counts passing statements only: without s2's 0.4, a→b rests on s1 alone.
  CHECK(kept_objects(graph, {.min_confidence = 0.5f, .min_sources = 2}).empty());
}

TEST_CASE("min_grade keeps the statements graded at least as well in each part it grades", "[query]") {
  kg::graph::GraphBuilder builder;
  builder.add_file("t.json");
  builder.add_source({.id = "wire", .reliability = {2, 0}}, {});  // B
  auto fact = [&](std::string_view object, std::string_view grade) {
    kg::graph::FactRecord f;
    f.subject.text = "a", f.predicate = "knows", f.object.text = object, f.source = "wire";
    if (!grade.empty()) f.grade = *kg::graph::parse_grade(grade);
    builder.add_fact(f);
  };
  fact("b2", "2");  // B from the source
  fact("c1", "C1");
  fact("a4", "A4");
  fact("b-ungraded", "");
  kg::graph::Graph graph = builder.build();
  CHECK(kept_objects(graph, {.min_grade = *kg::graph::parse_grade("B3")}) == std::set<std::string>{"b2"});
  CHECK(kept_objects(graph, {.min_grade = *kg::graph::parse_grade("B")}) ==
        std::set<std::string>{"b2", "a4", "b-ungraded"});
  CHECK(kept_objects(graph, {.min_grade = *kg::graph::parse_grade("1")}) == std::set<std::string>{"c1"});
}

TEST_CASE("filter_graph keeps the nodes and edges the brute-force filter keeps", "[query]") {
  std::mt19937 rng(29);
  for (const test::Shape& shape : test::kLargerShapes) {
    for (int round = 0; round < 10; ++round) {
      kg::graph::Graph graph = test::random_graph(rng, shape.nodes, shape.facts);
      Filter filter = test::random_filter(rng, graph);
      test::Reference reference(graph, filter, {});
      std::set<NodeId> nodes;
      for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
        if (reference.node_ok(NodeId{n})) nodes.insert(NodeId{n});
      }
      std::set<EdgeId> edges;
      for (const auto& listed : reference.edges()) {
        if (nodes.count(listed.from) && nodes.count(listed.to) && reference.edge_ok(listed.edge))
          edges.insert(listed.edge);
      }
      kg::graph::Subgraph selection = filter_graph(graph, filter);
      CHECK(std::set<NodeId>(selection.nodes.begin(), selection.nodes.end()) == nodes);
      CHECK(std::set<EdgeId>(selection.edges.begin(), selection.edges.end()) == edges);
      CHECK(selection.edges.size() == edges.size());
    }
  }
}

TEST_CASE("An interval passes a window it overlaps, and is within one only when all its days are", "[query]") {
  kg::graph::GraphBuilder builder;
  builder.add_file("t.json");
  for (const auto& [object, date] : std::vector<std::pair<const char*, const char*>>{
           {"nineties", "1992/1997"}, {"open", "2009/.."}, {"until", "../2010"}, {"inside", "1996/1998"}}) {
    kg::graph::FactRecord f;
    f.subject.text = "hub", f.predicate = "knows", f.object.text = object;
    f.date = kg::graph::parse_date(date).date;
    builder.add_fact(f);
  }
  const Dated d{builder.build()};
  Filter window{.from = PartialDate{1995'00'00}, .to = PartialDate{2000'00'00}};
  CHECK(kept(d, window) == std::set<EdgeId>{d.edge("nineties"), d.edge("until"), d.edge("inside")});
  window.dates_within = true;
  CHECK(kept(d, window) == std::set<EdgeId>{d.edge("inside")});
  const Filter later{.from = PartialDate{2030'00'00}};
  CHECK(kept(d, later) == std::set<EdgeId>{d.edge("open")});
  const Filter bounded_later{.from = PartialDate{2010'00'00}, .to = PartialDate{2020'00'00}, .dates_within = true};
  CHECK(kept(d, bounded_later).empty());
}
