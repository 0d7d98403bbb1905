// The example case's twelve questions, as its README asks them: each query is checked to appear in the README
// verbatim, then run on the case.
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "cypher_fixtures.h"
#include "kg/query/neighbourhood.h"
#include "kg/query/resolve.h"

using kg::cypher::test::example;
using kg::cypher::test::query;
using Rows = std::vector<std::string>;

namespace {

const std::string& readme() {
  static const std::string text = kg::test::read_file(kg::test::source_dir() / "examples/tajikistan-2010/README.md");
  return text;
}

// The query as the README's command line writes it (inside double quotes).
std::vector<std::string> asked(const std::string& text, const kg::cypher::RunOptions& options = {}) {
  INFO(text);
  REQUIRE(readme().find("\"" + text + "\"") != std::string::npos);
  return query(example(), text, {}, options);
}

kg::cypher::RunOptions min_confidence(float minimum) {
  REQUIRE(readme().find(fmt::format("--min-confidence {}", minimum)) != std::string::npos);
  kg::cypher::RunOptions options;
  options.evidence.min_confidence = minimum;
  return options;
}

}  // namespace

TEST_CASE("Example case: who Ziyoev is, by the alias the report uses", "[cypher]") {
  CHECK(asked("MATCH (n) WHERE n = entity('Ziyoev') RETURN n.id, labels(n)[0] AS type, n.name, n.aliases, n.role") ==
        Rows{"'mirzo-ziyoev' | 'Person' | 'Mirzo Ziyoev' | ['Ziyoev'] | 'former top United Tajik Opposition "
             "commander'"});
  CHECK_THAT(kg::cypher::test::error_of(example(), "MATCH (n) WHERE n = entity('Ziyeov') RETURN n"),
             Catch::Contains("did you mean \"Mirzo Ziyoev\""));
}

TEST_CASE("Example case: how Akhmedov is connected to Ziyoev, with and without hedged statements", "[cypher]") {
  const std::string text =
      "MATCH p = allShortestPaths((a)-[*]-(b)) WHERE a = entity('Magomed Akhmedov') AND b = entity('Mirzo Ziyoev') "
      "RETURN [n IN nodes(p) | n.name] AS path, length(p) AS hops, round(credibility(p) * 100) / 100 AS credibility "
      "ORDER BY credibility DESC, path";
  CHECK(asked(text) == Rows{"['Magomed Akhmedov', 'Raid on the Dushanbe prison', 'Dushanbe prison escapees', "
                            "'Ziyoev's sons', 'Mirzo Ziyoev'] | 4 | 0.38",
                            "['Magomed Akhmedov', 'Raid on the Dushanbe prison', 'Dushanbe prison escapees', "
                            "'Ziyoev's supporters', 'Mirzo Ziyoev'] | 4 | 0.36"});
  CHECK(asked(text, min_confidence(0.7f)) ==
        Rows{"['Magomed Akhmedov', 'Kasym Gafarov', 'Ibragim Nasriddinov', 'Tajikistan', 'Tajik civil war', "
             "'Mirzo Ziyoev'] | 5 | 0.69",
             "['Magomed Akhmedov', 'Kasym Gafarov', 'Khikmat Azizov', 'Tajikistan', 'Tajik civil war', "
             "'Mirzo Ziyoev'] | 5 | 0.69"});
}

TEST_CASE("Example case: the persons within two hops of the prison", "[cypher]") {
  CHECK(asked("MATCH (p:Person)-[*1..2]-(prison) WHERE prison = entity('the prison') RETURN DISTINCT p.name ORDER BY "
              "p.name") ==
        Rows{"'Ibragim Nasriddinov'", "'Imomali Rahmon'", "'Kasym Gafarov'", "'Khikmat Azizov'", "'Magomed Akhmedov'"});
}

TEST_CASE("Example case: what surrounds the prison, by type, is kg neighbours' depth-2 neighbourhood", "[cypher]") {
  const Rows rows = asked(
      "MATCH (x)-[*1..2]-(prison) WHERE prison = entity('the prison') RETURN labels(x)[0] AS type, count(DISTINCT x) "
      "AS entities ORDER BY entities DESC, type");
  CHECK(rows ==
        Rows{"'Event' | 7", "'Group' | 7", "'Organization' | 5", "'Person' | 5", "'Location' | 4", "'Facility' | 1"});
  // The same counts from the query layer's breadth-first neighbourhood, without the prison itself.
  const kg::graph::Graph& graph = example();
  const kg::graph::NodeId prison = kg::query::resolve_node(graph, "the prison", "test");
  kg::query::Workspace workspace;
  const kg::query::Neighbourhood around =
      kg::query::neighbourhood(graph, std::span(&prison, 1), {.depth = 2, .edges = false}, workspace);
  std::map<std::string, int> by_type;
  for (const kg::query::Reached& reached : around.nodes)
    if (reached.node != prison) ++by_type[std::string(graph.type_name(graph.node_type(reached.node)))];
  Rows expected;
  for (const auto& [type, count] : by_type) expected.push_back(fmt::format("'{}' | {}", type, count));
  Rows sorted = rows;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == expected);
}

TEST_CASE("Example case: who hunts the fugitives, and on whose authority", "[cypher]") {
  CHECK(asked("MATCH (x)-[:pursues]->(f) WHERE f = entity('fugitives') OPTIONAL MATCH "
              "(boss:Person)-[:appointed|heads*1..2]->(x) RETURN x.name AS pursuer, collect(DISTINCT boss.name) AS "
              "authority ORDER BY pursuer") ==
        Rows{"'Government task force to recapture the fugitives' | ['Abdurakhim Kakharov', 'Imomali Rahmon']",
             "'Tajik border patrols' | []", "'Tajik special services' | []"});
}

TEST_CASE("Example case: where the suspected ringleaders come from", "[cypher]") {
  CHECK(asked("MATCH (p:Person)-[:suspected_ringleader_of]->() OPTIONAL MATCH (p)-[c:comes_from]->(l) RETURN p.name, "
              "p.age, l.name AS origin, c.confidence ORDER BY p.name") ==
        Rows{"'Ibragim Nasriddinov' | 36 | 'Tajikistan' | 0.9", "'Khikmat Azizov' | 17 | 'Tajikistan' | 0.9",
             "'Magomed Akhmedov' | 17 | 'Dagestan' | 0.6"});
}

TEST_CASE("Example case: where the fugitives are believed to be heading, on what words", "[cypher]") {
  CHECK(asked("MATCH (f)-[r:headed_for]->(l) WHERE f = entity('fugitives') RETURN l.name, r.confidence, r.quotes "
              "ORDER BY r.confidence DESC") ==
        Rows{"'Rasht Valley' | 0.6 | ['The fugitives were believed to be headed for the Rasht Valley']",
             "'Afghanistan' | 0.3 | ['keep the fugitives from crossing into Afghanistan']"});
}

TEST_CASE("Example case: the entities in the most relationships", "[cypher]") {
  CHECK(asked("MATCH (n)-[r]-() RETURN n.name, count(r) AS degree ORDER BY degree DESC, n.name LIMIT 5") ==
        Rows{"'Dushanbe prison escapees' | 14", "'Raid on the Dushanbe prison' | 7", "'Dushanbe' | 5",
             "'Dushanbe maximum-security prison' | 5", "'Dushanbe prison break' | 5"});
  // Degrees as the graph counts them (a self-loop would count twice in both).
  const kg::graph::Graph& graph = example();
  const kg::graph::NodeId escapees = kg::query::resolve_node(graph, "escapees", "test");
  CHECK(graph.out_degree(escapees) + graph.in_degree(escapees) == 14);
}

TEST_CASE("Example case: what rests on one source and hedged wording", "[cypher]") {
  const Rows rows = asked(
      "MATCH (a)-[r]->(b) WHERE r.source_count = 1 AND r.confidence < 0.7 RETURN a.name, type(r), "
      "b.name, r.confidence ORDER BY r.confidence, a.name");
  REQUIRE(rows.size() == 10);
  CHECK(rows.front() == "'Dushanbe prison escapees' | 'headed_for' | 'Afghanistan' | 0.3");
  CHECK(rows.back() == "'Magomed Akhmedov' | 'comes_from' | 'Dagestan' | 0.6");
  CHECK(query(example(), "MATCH ()-[r]->() WHERE r.source_count = 1 RETURN count(*)") == Rows{"70"});
}

TEST_CASE("Example case: the facts the report states twice, with both quotes", "[cypher]") {
  const Rows rows = asked(
      "MATCH (a)-[r]->(b) WHERE size(r.statements) >= 2 RETURN a.name, type(r), b.name, r.quotes ORDER BY a.name");
  REQUIRE(rows.size() == 4);
  CHECK(rows[2] ==
        "'Mirzo Ziyoev' | 'father_of' | 'Ziyoev's sons' | ['sons and supporters of Mirzo Ziyoev', 'His "
        "two sons were jailed in July']");
  CHECK(rows[0].rfind("'Dushanbe prison escapees' | 'escaped_from' |", 0) == 0);
  CHECK(rows[1].rfind("'IMU members among the escapees' | 'member_of' |", 0) == 0);
  CHECK(rows[3].rfind("'Six guards killed in the prison break' | 'killed_in' |", 0) == 0);
}

TEST_CASE("Example case: what happened on 22-23 August", "[cypher]") {
  kg::cypher::RunOptions window;
  window.evidence.dated_only = true;
  window.evidence.from = kg::graph::parse_partial_date("2010-08-22");
  window.evidence.to = kg::graph::parse_partial_date("2010-08-23");
  REQUIRE(readme().find("--dated-only --from 2010-08-22 --to 2010-08-23") != std::string::npos);
  const Rows rows = asked(
      "MATCH (a)-[r]->(b) RETURN r.first_date AS date, a.name, type(r), b.name ORDER BY date, "
      "a.name",
      window);
  REQUIRE(rows.size() == 38);
  CHECK(std::count_if(rows.begin(), rows.end(),
                      [](const std::string& row) { return row.rfind("'2010-08' |", 0) == 0; }) == 16);
  CHECK(
      std::find(rows.begin(), rows.end(),
                "'2010-08-22' | 'Attackers on the Dushanbe prison' | 'carried_out' | 'Raid on the Dushanbe prison'") !=
      rows.end());
}

TEST_CASE("Example case: what links the government and the escapees", "[cypher]") {
  CHECK(asked("MATCH p = allShortestPaths((g)-[*]-(e)) WHERE g = entity('Government of Tajikistan') AND e = "
              "entity('escapees') RETURN [n IN nodes(p)[1..-1] | n.name] AS via, round(credibility(p) * 100) / 100 AS "
              "credibility ORDER BY credibility DESC") == Rows{"['Imomali Rahmon'] | 0.76",
                                                               "['2009 security sweep in the Rasht Valley'] | 0.72",
                                                               "['Ziyoev's sons'] | 0.36"});
}
