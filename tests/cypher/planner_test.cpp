// The planner's choices, as explain() shows them.
#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::example;

namespace {

std::string plan_of(const std::string& text) { return kg::cypher::prepare(example(), text).explain(); }

}  // namespace

TEST_CASE("A plan starts at the seek, then follows relationships from bound nodes", "[cypher]") {
  const auto escapees = example().find_nodes("escapees").front().value;
  CHECK(plan_of("MATCH (p:Person)-[:father_of]->(g)-[:member_of]->(e) WHERE e = entity('escapees') RETURN p") ==
        "Project p\n"
        "  Expand (g)<-[:father_of]-(p:Person)\n"
        "    Expand (e)<-[:member_of]-(g)\n"
        "      NodeSeek (e) by node(#" +
            std::to_string(escapees) +
            ")\n"
            "        Argument\n");
}

TEST_CASE("Without a seek the rarest label starts, and WHERE conjuncts apply as soon as they can", "[cypher]") {
  CHECK(plan_of("MATCH (e:Event)<-[r]-(p:Person) WHERE p.age > 20 AND r.confidence > 0.5 RETURN p") ==
        "Project p\n"
        "  Filter r.confidence > 0.5\n"
        "    Expand (p)-[r]->(e:Event)\n"
        "      Filter p.age > 20\n"
        "        NodeScan (p:Person)\n"
        "          Argument\n");
}

TEST_CASE("A cycle is closed with ExpandInto, a second component is a new scan", "[cypher]") {
  const std::string plan = plan_of("MATCH (a:Person)-->(b)-->(c)-->(a), (x:Location) RETURN a, x");
  CHECK(plan.find("ExpandInto") != std::string::npos);
  CHECK(plan.find("NodeScan (x:Location)") != std::string::npos);
}

TEST_CASE("Variable-length patterns whose paths nobody reads search for distinct endpoints", "[cypher]") {
  CHECK(plan_of("MATCH (a)-[*1..2]-(b) WHERE a = entity('Ziyoev') RETURN count(DISTINCT b)").find("ReachExpand") !=
        std::string::npos);
  CHECK(plan_of("MATCH (a)-[*1..2]-(b) WHERE a = entity('Ziyoev') RETURN DISTINCT b.name").find("ReachExpand") !=
        std::string::npos);
  // Every path counts here, so every trail is enumerated.
  CHECK(plan_of("MATCH (a)-[*1..2]-(b) WHERE a = entity('Ziyoev') RETURN count(b)").find("VarExpand") !=
        std::string::npos);
  CHECK(plan_of("MATCH p = (a)-[*1..2]-(b) WHERE a = entity('Ziyoev') RETURN DISTINCT b").find("VarExpand") !=
        std::string::npos);
  CHECK(plan_of("MATCH (a)-[*2..3]-(b) WHERE a = entity('Ziyoev') RETURN DISTINCT b").find("VarExpand") !=
        std::string::npos);
  CHECK(plan_of("MATCH (x:Person) WHERE (x)-[*1..3]->(:Event) RETURN x").find("ReachExpand") != std::string::npos);
}

TEST_CASE("OPTIONAL MATCH plans its pattern over the input row", "[cypher]") {
  CHECK(plan_of("MATCH (a:Person) OPTIONAL MATCH (a)-[:heads]->(o) RETURN a, o") ==
        "Project a, o\n"
        "  OptionalApply\n"
        "      Expand (a)-[:heads]->(o)\n"
        "        Argument\n"
        "    NodeScan (a:Person)\n"
        "      Argument\n");
}
