#include "../../cypher/binder.h"

#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::error_of;
using kg::cypher::test::example;

namespace {

std::vector<std::string> warnings_of(const std::string& text) {
  std::vector<std::string> out;
  const kg::cypher::PreparedQuery prepared = kg::cypher::prepare(example(), text);
  for (const auto& warning : prepared.warnings()) {
    out.push_back(warning.where.to_string() + ": " + warning.message);
  }
  return out;
}

std::vector<std::string> columns_of(const std::string& text) { return kg::cypher::prepare(example(), text).columns(); }

}  // namespace

TEST_CASE("Unknown variables are errors before running, with the closest names in scope", "[cypher]") {
  const auto& graph = example();
  CHECK(error_of(graph, "MATCH (person) RETURN persn.name") ==
        "query:1:23: unknown variable `persn`; did you mean person?");
  CHECK(error_of(graph, "MATCH (a) WITH a.name AS name RETURN a") == "query:1:38: unknown variable `a`");
  CHECK(error_of(graph, "RETURN x") == "query:1:8: unknown variable `x`");
}

TEST_CASE("Reading a property of a path, a relationship list or a plain value is an error before running", "[cypher]") {
  const auto& graph = example();
  const std::string why = ": only nodes, relationships and maps have properties";
  CHECK(error_of(graph, "MATCH p = (n)-->() WHERE p.name = 'x' RETURN p") ==
        "query:1:26: cannot read the property `name` of the path `p`" + why);
  CHECK(error_of(graph, "MATCH (n)-[r*]->() RETURN r.confidence") ==
        "query:1:27: cannot read the property `confidence` of the list of relationships `r`" + why);
  CHECK(error_of(graph, "WITH 123 AS x RETURN x.num") ==
        "query:1:22: cannot read the property `num` of `x`, which is not a map" + why);
  CHECK(error_of(graph, "RETURN [1, 2].size") == "query:1:8: cannot read the property `size` of a list" + why);
  CHECK(kg::cypher::test::query(graph, "WITH {num: 1} AS m, null AS z RETURN m.num, z.num") ==
        std::vector<std::string>{"1 | null"});
}

TEST_CASE("Suggestions measure names in characters, not bytes", "[cypher]") {
  // (Columns count bytes.) Seven Cyrillic letters are 14 bytes: three edits are beyond a third of the characters (2),
  // not of the bytes (4).
  CHECK(error_of(example(), "MATCH (`абвгдеж`) RETURN `абвгдеz`") ==
        "query:1:33: unknown variable `абвгдеz`; did you mean абвгдеж?");
  CHECK(error_of(example(), "MATCH (`абвгдеж`) RETURN `абвгxyz`") == "query:1:33: unknown variable `абвгxyz`");
}

TEST_CASE("A variable keeps one kind: node, relationship or path", "[cypher]") {
  const auto& graph = example();
  CHECK(error_of(graph, "MATCH (a)-[a]->() RETURN a") == "query:1:10: `a` is already defined as a node");
  CHECK(error_of(graph, "MATCH ()-[r]->() MATCH (r) RETURN r") == "query:1:24: `r` is a relationship, not a node");
  CHECK(error_of(graph, "MATCH p = (a)-->() MATCH (p) RETURN p") == "query:1:26: `p` is a path, not a node");
  CHECK(error_of(graph, "MATCH ()-[r]->(), ()-[r]->() RETURN r")
            .find("the relationship variable `r` is used twice in one MATCH") != std::string::npos);
  CHECK(error_of(graph, "MATCH (a) UNWIND [1] AS a RETURN a") == "query:1:25: the variable `a` is already defined");
  CHECK(error_of(graph, "WITH 123 AS n MATCH (n) RETURN n") == "query:1:21: `n` is a value, not a node");
  CHECK(error_of(graph, "WITH [1] AS r MATCH ()-[r]->() RETURN r") == "query:1:23: `r` is already defined as a value");
}

TEST_CASE("Aggregation misuse is caught before running", "[cypher]") {
  const auto& graph = example();
  CHECK(error_of(graph, "MATCH (n) WHERE count(*) > 1 RETURN n") ==
        "query:1:17: the aggregate count(*) is not allowed in WHERE");
  CHECK(error_of(graph, "MATCH (n) RETURN count(count(*))") == "query:1:24: aggregates cannot be nested: count(*)");
  CHECK(error_of(graph, "MATCH (n) RETURN n.name, count(*) + n.age") ==
        "query:1:26: `n` is used beside an aggregate but is not a grouping key: add it as its own column of RETURN");
  CHECK(error_of(graph, "MATCH (n) RETURN n, count(*) ORDER BY sum(n.age)") ==
        "query:1:39: ORDER BY can only use an aggregate that is also a column of the projection");
  CHECK(error_of(graph, "MATCH (n) RETURN sum(*)") == "query:1:18: sum(*) is not an aggregate: only count(*) takes *");
  CHECK(error_of(graph, "MATCH (n) RETURN percentileCont(n.age)") ==
        "query:1:18: percentileCont takes 2 arguments, got 1");
}

TEST_CASE("WITH items need names, columns cannot repeat", "[cypher]") {
  const auto& graph = example();
  CHECK(error_of(graph, "MATCH (n) WITH n.name RETURN 1") ==
        "query:1:16: the expression `n.name` in WITH must be named with AS");
  CHECK(error_of(graph, "MATCH (n) RETURN n.name AS x, n.id AS x") ==
        "query:1:31: the column `x` is defined twice in RETURN");
  CHECK(error_of(graph, "RETURN *") == "query:1:1: RETURN * needs at least one variable in scope");
}

TEST_CASE("After DISTINCT or aggregation, ORDER BY sees only the projected columns", "[cypher]") {
  const auto& graph = example();
  CHECK(error_of(graph, "MATCH (n) RETURN DISTINCT n.name ORDER BY n.age") ==
        "query:1:43: `n` cannot be used here: after DISTINCT or an aggregation, ORDER BY sees only the projected "
        "columns");
  // null sorts after every value: first when descending.
  CHECK(kg::cypher::test::query(graph, "MATCH (n:Person) RETURN n.name ORDER BY n.age DESC, n.name LIMIT 2") ==
        std::vector<std::string>{"'Abdurakhim Kakharov'", "'Imomali Rahmon'"});
  CHECK(kg::cypher::test::query(graph, "MATCH (n:Person) RETURN DISTINCT n.age ORDER BY n.age") ==
        std::vector<std::string>{"17", "36", "null"});
}

TEST_CASE("SKIP and LIMIT take constants or parameters", "[cypher]") {
  const auto& graph = example();
  CHECK(error_of(graph, "MATCH (n) RETURN n LIMIT n.age") == "query:1:26: unknown variable `n`");
  CHECK(error_of(graph, "MATCH (n) RETURN n LIMIT -1") == "query:1:26: LIMIT expects a non-negative integer, got -1");
  CHECK(error_of(graph, "MATCH (n) RETURN n SKIP 1.5") == "query:1:25: SKIP expects a non-negative integer, got FLOAT");
}

TEST_CASE("A parameter cannot stand for a pattern's property map", "[cypher]") {
  CHECK(error_of(example(), "MATCH (n $props) RETURN n") ==
        "query:1:10: a parameter cannot stand for a pattern's properties: write {key: $props.key}");
}

TEST_CASE("Pattern predicates cannot introduce variables", "[cypher]") {
  CHECK(error_of(example(), "MATCH (a) WHERE (a)-->(b) RETURN a") ==
        "query:1:23: a pattern predicate cannot introduce the variable `b`: use one bound before, or leave the node "
        "anonymous");
}

TEST_CASE("Unknown labels, types and property keys warn with the closest names, the query matches nothing",
          "[cypher]") {
  CHECK(warnings_of("MATCH (n:person) RETURN n") ==
        std::vector<std::string>{"query:1:10: unknown label `person`: no node has this type, so the pattern matches "
                                 "nothing; did you mean Person?"});
  CHECK(warnings_of("MATCH ()-[:father]->() RETURN 1") ==
        std::vector<std::string>{"query:1:12: unknown relationship type `father`: no relationship has this "
                                 "predicate; did you mean father_of?"});
  CHECK(warnings_of("MATCH (n) RETURN n.nmae") ==
        std::vector<std::string>{"query:1:18: unknown property key `nmae`: no node has it, so `n.nmae` is always "
                                 "null; did you mean name, note?"});
  CHECK(warnings_of("MATCH ()-[r]->() RETURN r.confidnce").size() == 1);
  CHECK(warnings_of("MATCH (n:Person:Group) RETURN n").front().find("a kg node has exactly one label") !=
        std::string::npos);
  CHECK(warnings_of("MATCH (n:Person)-[:father_of|heads]->() RETURN n.age, n.name").empty());
  CHECK(kg::cypher::test::query(example(), "MATCH (n:person) RETURN n").empty());
  CHECK(kg::cypher::test::query(example(), "MATCH ()-[:father|father_of]->(b) RETURN b.id") ==
        std::vector<std::string>{"'ziyoev-sons'"});
}

TEST_CASE("Columns are named by their alias or as written", "[cypher]") {
  CHECK(columns_of("MATCH (n) RETURN n.name, count(*), n.age AS age") ==
        std::vector<std::string>{"n.name", "count(*)", "age"});
  CHECK(columns_of("MATCH (b)<--(a) RETURN *") == std::vector<std::string>{"a", "b"});
  CHECK(columns_of("MATCH (a) WITH a AS x, 1 AS y RETURN *, x.name") == std::vector<std::string>{"x", "y", "x.name"});
}

TEST_CASE("UNION parts must return the same columns, and UNION cannot mix with UNION ALL", "[cypher]") {
  const auto& graph = example();
  CHECK(error_of(graph, "RETURN 1 AS a UNION RETURN 2 AS b") ==
        "query:1:15: the queries joined by UNION must return the same columns: a and b");
  CHECK(error_of(graph, "RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a") ==
        "query:1:15: UNION and UNION ALL cannot be mixed in one statement");
  CHECK(kg::cypher::test::query(graph, "RETURN 1 AS a UNION RETURN 1 AS a UNION RETURN 2 AS a") ==
        std::vector<std::string>{"1", "2"});
  CHECK(kg::cypher::test::query(graph, "RETURN 1 AS a UNION ALL RETURN 1 AS a") == std::vector<std::string>{"1", "1"});
}
