// Variable-length patterns: every trail within the bounds, the relationship list in pattern order, paths.
#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::query;
using kg::cypher::test::sorted_query;
using kg::cypher::test::triangle;
using Rows = std::vector<std::string>;

TEST_CASE("Every trail (no relationship twice) within the hop bounds is one row", "[cypher]") {
  // From a along knows: a->b, a->b->c, a->b->c->a, a->b->c->c, a->b->c->c->a.
  CHECK(sorted_query(triangle(), "MATCH ({id: 'a'})-[:knows*]->(y) RETURN y.id") ==
        Rows{"'a'", "'a'", "'b'", "'c'", "'c'"});
  CHECK(sorted_query(triangle(), "MATCH ({id: 'a'})-[:knows*0..1]->(y) RETURN y.id") == Rows{"'a'", "'b'"});
  CHECK(sorted_query(triangle(), "MATCH ({id: 'a'})-[:knows*2]->(y) RETURN y.id") == Rows{"'c'"});
  CHECK(sorted_query(triangle(), "MATCH ({id: 'a'})-[:knows*..2]->(y) RETURN y.id") == Rows{"'b'", "'c'"});
  CHECK(sorted_query(triangle(), "MATCH ({id: 'a'})-[:knows*3..]->(y) RETURN y.id") == Rows{"'a'", "'a'", "'c'"});
  CHECK(sorted_query(triangle(), "MATCH ({id: 'a'})-[:knows*5..]->(y) RETURN y.id").empty());
}

TEST_CASE("The relationship list and the path are in pattern order, whichever end the search starts from", "[cypher]") {
  CHECK(query(triangle(), "MATCH (y)<-[rs:knows*2]-(x {id: 'a'}) RETURN [r IN rs | startNode(r).id], y.id") ==
        Rows{"['b', 'a'] | 'c'"});
  CHECK(query(triangle(), "MATCH p = (x {id: 'a'})-[:knows*2]->(y) RETURN p, length(p)") == Rows{"<a,b,c> | 2"});
  CHECK(query(triangle(), "MATCH p = (y)<-[:knows*2]-(x {id: 'a'}) RETURN p") == Rows{"<c,b,a>"});
  CHECK(query(triangle(), "MATCH p = ({id: 'a'})-[*0]-() RETURN p, length(p)") == Rows{"<a> | 0"});
}

TEST_CASE("Both ends bound: the trails between them", "[cypher]") {
  CHECK(sorted_query(triangle(), "MATCH (x {id: 'a'}), (y {id: 'c'}) MATCH (x)-[rs:knows*]-(y) RETURN size(rs)") ==
        Rows{"1", "2", "2", "3"});
}

TEST_CASE("A property map applies to every relationship of a variable-length pattern", "[cypher]") {
  CHECK(sorted_query(triangle(), "MATCH ({id: 'a'})-[:knows*1..3 {source_count: 1}]->(y) RETURN y.id") ==
        Rows{"'b'", "'c'"});
}

TEST_CASE("Variable-length relationships are distinct from the pattern's other relationships", "[cypher]") {
  CHECK(sorted_query(triangle(), "MATCH ({id: 'a'})-[r:knows]->()-[:knows*1..5]->(z) RETURN z.id") ==
        Rows{"'a'", "'a'", "'c'", "'c'"});
}

TEST_CASE("An unbounded * stops at the default bound and says so", "[cypher]") {
  std::vector<std::string> warnings;
  kg::cypher::RunOptions options;
  options.warn = [&](const kg::graph::SourceLocation& where, std::string_view message) {
    warnings.push_back(where.to_string() + ": " + std::string(message));
  };
  const kg::graph::Graph chain = kg::cypher::test::make_graph(
      {}, {{"n0", "next", "n1"}, {"n1", "next", "n2"}, {"n2", "next", "n3"}, {"n3", "next", "n4"}});
  const auto prepared = kg::cypher::prepare(chain, "MATCH ({id: 'n0'})-[*]->(y) RETURN count(*)", {.max_hops = 2});
  CHECK(kg::cypher::test::rows_of(chain, prepared.run({}, options)) == Rows{"2"});
  CHECK(warnings == Rows{"query:1:19: this variable-length pattern has no upper bound: paths longer than 2 hops were "
                         "not followed (write *..N, or raise --max-hops)"});
  warnings.clear();
  kg::cypher::prepare(chain, "MATCH ({id: 'n0'})-[*..2]->(y) RETURN count(*)").run({}, options);
  CHECK(warnings.empty());
}
