#pragma once
// Shared by the cypher tests: the example case and small hand-made graphs, running a query, and a compact text form
// of results ("'Mirzo Ziyoev' | 2") so that expectations read like Cypher.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "kg/cypher/cypher.h"
#include "kg/graph/builder.h"
#include "kg/graph/graph.h"
#include "kg/ingest/reader.h"
#include "kg/query/result_table.h"
#include "support/test_support.h"

namespace kg::cypher::test {

/// examples/tajikistan-2010/case.json, built once.
inline const graph::Graph& example() {
  static const graph::Graph graph = [] {
    graph::GraphBuilder builder;
    ingest::read_input(kg::test::source_dir() / "examples/tajikistan-2010/case.json", builder);
    return builder.build();
  }();
  return graph;
}

struct NodeSpec {
  std::string id, type;
  std::vector<std::pair<std::string, graph::PropertyValue>> props{};
  std::string name{};
};
struct FactSpec {
  std::string subject, predicate, object;
  std::optional<float> confidence{};
  std::string date{};  ///< ISO, possibly partial; "" undated
  std::string source{};
  std::string quote{};
  std::string grade{};  ///< Admiralty, `B2`; "" ungraded
};

/// A graph of the given entities and facts (sources s1..s3 are declared; undeclared entities become `Entity`s).
inline graph::Graph make_graph(const std::vector<NodeSpec>& nodes, const std::vector<FactSpec>& facts) {
  graph::GraphBuilder builder({.strict = false, .warn = {}});  // facts may name entities not declared
  const std::uint32_t file = builder.add_file("test.json");
  for (const char* source : {"s1", "s2", "s3"}) builder.add_source({.id = source, .title = source}, {file, 1, 1});
  std::uint32_t line = 2;
  for (const NodeSpec& node : nodes) {
    graph::EntityRecord record{.id = node.id, .type = node.type, .name = node.name, .at = {file, line++, 1}};
    for (const auto& [key, value] : node.props) record.props.emplace_back(key, value);
    builder.add_entity(record);
  }
  for (const FactSpec& fact : facts) {
    graph::FactRecord record;
    record.subject.text = fact.subject;
    record.predicate = fact.predicate;
    record.object.text = fact.object;
    record.confidence = fact.confidence;
    if (!fact.date.empty()) record.date = *graph::parse_partial_date(fact.date);
    record.source = fact.source;
    record.quote = fact.quote;
    if (!fact.grade.empty()) record.grade = *graph::parse_grade(fact.grade);
    record.at = {file, line++, 1};
    builder.add_fact(record);
  }
  return builder.build();
}

/// A value as the tests write it: null, true, 1, 1.5, 'text', (node-id), [:predicate], <path of ids>, [a, b],
/// {k: v}.
std::string text_of(const graph::Graph& graph, const query::Value& value);

/// Every row as "cell | cell", in result order.
std::vector<std::string> rows_of(const graph::Graph& graph, const query::ResultTable& table);

/// Prepares and runs `text`; rows as rows_of shows them.
std::vector<std::string> query(const graph::Graph& graph, const std::string& text, const Parameters& parameters = {},
                               const RunOptions& options = {});

/// The same rows, sorted (for results whose order Cypher leaves open).
std::vector<std::string> sorted_query(const graph::Graph& graph, const std::string& text,
                                      const Parameters& parameters = {}, const RunOptions& options = {});

/// The message of the graph::InputError that preparing and running `text` throws ("" when none): location and
/// message, as `query:1:8: unknown variable ...`.
std::string error_of(const graph::Graph& graph, const std::string& text, const Parameters& parameters = {});

}  // namespace kg::cypher::test

namespace kg::cypher::test {

/// `RETURN <expression>` on an empty graph, as text_of shows the value.
inline std::string eval(const std::string& expression, const Parameters& parameters = {}) {
  static const graph::Graph empty;
  const std::vector<std::string> rows = query(empty, "RETURN " + expression, parameters);
  REQUIRE(rows.size() == 1);
  return rows[0];
}

/// The error `RETURN <expression>` gives on an empty graph.
inline std::string eval_error(const std::string& expression) {
  static const graph::Graph empty;
  return error_of(empty, "RETURN " + expression);
}

}  // namespace kg::cypher::test

namespace kg::cypher::test {

/// a, b, c (Person; a.age 30, b.age 40) in a `knows` triangle a->b->c->a with a self-loop c->c, and a -funds-> o
/// (Organization). a->b: 0.9, 2010-01, s1; b->c: 0.5, 2011, s2; a->o: 0.7, 2010-08-22, s1; the others undated and
/// without confidence.
inline const graph::Graph& triangle() {
  static const graph::Graph graph = make_graph({{"a", "Person", {{"age", std::int64_t{30}}}},
                                                {"b", "Person", {{"age", std::int64_t{40}}}},
                                                {"c", "Person"},
                                                {"o", "Organization"}},
                                               {{"a", "knows", "b", 0.9f, "2010-01", "s1", "a met b"},
                                                {"b", "knows", "c", 0.5f, "2011", "s2"},
                                                {"c", "knows", "a"},
                                                {"c", "knows", "c"},
                                                {"a", "funds", "o", 0.7f, "2010-08-22", "s1"}});
  return graph;
}

}  // namespace kg::cypher::test
