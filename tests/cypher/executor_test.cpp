// Running: parameters, the row limit, the deadline and cancellation, the evidence options, UNION.
#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::example;
using kg::cypher::test::query;
using kg::cypher::test::triangle;
using kg::query::Value;
using Rows = std::vector<std::string>;

TEST_CASE("Parameters are bound by name, a missing one is an error at its first use", "[cypher]") {
  const auto prepared = kg::cypher::prepare(triangle(), "MATCH (n) WHERE n.age > $min RETURN n.id, $min");
  CHECK(prepared.parameters() == std::vector<std::string>{"min"});
  CHECK(kg::cypher::test::rows_of(triangle(), prepared.run({{"min", Value::integer(35)}})) == Rows{"'b' | 35"});
  CHECK(kg::cypher::test::error_of(triangle(), "MATCH (n) WHERE n.age > $min RETURN n") ==
        "query:1:25: no value for the parameter $min (kg query: --param min=JSON; kg shell: :param min=JSON)");
}

TEST_CASE("More rows than max_rows is an error naming the limit", "[cypher]") {
  kg::cypher::RunOptions options;
  options.max_rows = 3;
  const auto prepared = kg::cypher::prepare(triangle(), "UNWIND range(1, 10) AS x RETURN x");
  try {
    prepared.run({}, options);
    FAIL("no error");
  } catch (const kg::graph::InputError& error) {
    CHECK(std::string(error.what()) ==
          "query:1:26: the query returns more than 3 rows (--max-rows): add a LIMIT or raise the limit");
  }
  CHECK(prepared.run({}, {}).row_count() == 10);
}

TEST_CASE("A run stops when cancelled or out of time", "[cypher]") {
  const auto prepared = kg::cypher::prepare(example(), "MATCH (a), (b), (c), (d) RETURN count(*)");
  std::atomic<bool> cancel{true};
  kg::cypher::RunOptions cancelled;
  cancelled.cancel = &cancel;
  CHECK_THROWS_AS(prepared.run({}, cancelled), kg::cypher::QueryInterrupted);
  kg::cypher::RunOptions hurried;
  hurried.timeout = std::chrono::milliseconds(1);
  CHECK_THROWS_WITH(prepared.run({}, hurried), "the query ran out of time (--timeout)");
}

TEST_CASE("Evidence options decide which relationships match, and what their evidence shows", "[cypher]") {
  kg::cypher::RunOptions confident;
  confident.evidence.min_confidence = 0.6f;
  CHECK(kg::cypher::test::sorted_query(triangle(), "MATCH (x)-[r]->(y) RETURN x.id, y.id", {}, confident) ==
        Rows{"'a' | 'b'", "'a' | 'o'", "'c' | 'a'", "'c' | 'c'"});
  kg::cypher::RunOptions dated;
  dated.evidence.dated_only = true;
  CHECK(kg::cypher::test::sorted_query(triangle(), "MATCH (x)-[r]->(y) RETURN x.id, y.id", {}, dated) ==
        Rows{"'a' | 'b'", "'a' | 'o'", "'b' | 'c'"});
  kg::cypher::RunOptions window;
  window.evidence.from = kg::graph::PartialDate{2010'08'00};
  window.evidence.to = kg::graph::PartialDate{2010'12'00};
  CHECK(kg::cypher::test::sorted_query(triangle(), "MATCH (x)-[r]->(y) RETURN x.id, y.id", {}, window) ==
        Rows{"'a' | 'o'", "'c' | 'a'", "'c' | 'c'"});
  // Variable-length, shortest paths and pattern predicates obey them too.
  CHECK(query(triangle(), "MATCH ({id: 'a'})-[*]->(y) RETURN count(*)", {}, dated) == Rows{"3"});
  CHECK(query(triangle(), "MATCH p = shortestPath(({id: 'b'})-[*]-({id: 'o'})) RETURN length(p)", {}, confident) ==
        Rows{"2"});
  CHECK(query(triangle(), "MATCH (x:Person) WHERE (x)-[:knows]->({id: 'c'}) RETURN x.id", {}, confident) ==
        Rows{"'c'"});
}

TEST_CASE("A relationship's evidence shows only the statements that pass", "[cypher]") {
  const kg::graph::Graph twice = kg::cypher::test::make_graph(
      {}, {{"x", "said", "y", 0.9f, "2009", "s1", "first"}, {"x", "said", "y", 0.4f, "2012-05", "s2", "second"}});
  CHECK(query(twice, "MATCH ()-[r]->() RETURN r.confidence, r.sources, r.quotes, r.first_date, r.last_date") ==
        Rows{"0.9 | ['s1', 's2'] | ['first', 'second'] | '2009' | '2012-05'"});
  kg::cypher::RunOptions recent;
  recent.evidence.from = kg::graph::PartialDate{2011'00'00};
  CHECK(query(twice, "MATCH ()-[r]->() RETURN r.confidence, r.sources, r.statements, credibility(r)", {}, recent) ==
        Rows{"0.4 | ['s2'] | [{source: 's2', grade: null, date: '2012-05', confidence: 0.4, quote: 'second'}] | 0.4"});
}

TEST_CASE("A statement's Admiralty grade is readable, and comparable as text", "[cypher]") {
  const kg::graph::Graph graded = kg::cypher::test::make_graph(
      {}, {{"x", "said", "y", 0.9f, "2009", "s1", "first", "B2"}, {"x", "said", "y", {}, "", "s2", "", "?4"}});
  CHECK(query(graded, "MATCH ()-[r]->() UNWIND r.statements AS s RETURN s.source, s.grade ORDER BY s.grade") ==
        Rows{"'s2' | '?4'", "'s1' | 'B2'"});
  CHECK(query(graded, "MATCH ()-[r]->() RETURN [s IN r.statements WHERE s.grade STARTS WITH 'B' | s.quote]") ==
        Rows{"['first']"});
}

TEST_CASE("Source conditions decide which statements count: only, never, and how many distinct sources", "[cypher]") {
  const kg::graph::Graph graph = kg::cypher::test::make_graph({}, {{"x", "said", "y", 0.9f, "2009", "s1", "first"},
                                                                   {"x", "said", "y", 0.4f, "2012-05", "s2", "second"},
                                                                   {"x", "met", "z", 0.8f, "2010", "s1", "third"}});
  const auto source = [&](std::string_view key) {
    for (std::uint32_t s = 1; s < graph.source_count(); ++s) {
      if (graph.source_key(kg::graph::SourceId{s}) == key) return kg::graph::SourceId{s};
    }
    FAIL("no source " << key);
    return kg::graph::SourceId{};
  };
  const std::string text = "MATCH (a)-[r]->(b) RETURN b.id, r.sources ORDER BY b.id";
  kg::cypher::RunOptions only;
  only.evidence.sources = {source("s2")};
  CHECK(query(graph, text, {}, only) == Rows{"'y' | ['s2']"});
  kg::cypher::RunOptions never;
  never.evidence.excluded_sources = {source("s1")};
  CHECK(query(graph, text, {}, never) == Rows{"'y' | ['s2']"});
  kg::cypher::RunOptions corroborated;
  corroborated.evidence.min_sources = 2;
  CHECK(query(graph, text, {}, corroborated) == Rows{"'y' | ['s1', 's2']"});
  CHECK(query(graph, text) == Rows{"'y' | ['s1', 's2']", "'z' | ['s1']"});
}

TEST_CASE("A prepared query runs again with other parameters", "[cypher]") {
  const auto prepared = kg::cypher::prepare(example(), "MATCH (a)-[r]->() WHERE a = entity($who) RETURN count(r)");
  CHECK(kg::cypher::test::rows_of(example(), prepared.run({{"who", Value::string("Ziyoev")}})) == Rows{"4"});
  CHECK(kg::cypher::test::rows_of(example(), prepared.run({{"who", Value::string("Gafarov")}})) == Rows{"5"});
}
