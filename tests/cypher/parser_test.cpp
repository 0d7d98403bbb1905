#include "../../cypher/parser.h"

#include <fmt/format.h>
#include <catch2/catch.hpp>

using namespace kg::cypher::detail;

namespace {

// An expression as an s-expression, to check precedence and shape.
std::string sexp(const Expr& e) {
  std::vector<std::string> parts;
  for (const ExprPtr& child : e.children) parts.push_back(child ? sexp(*child) : "_");
  const std::string inner = fmt::format("{}", fmt::join(parts, " "));
  switch (e.kind) {
    case ExprKind::literal:
      if (e.value.kind() == kg::query::Value::Kind::integer) return fmt::format("{}", e.value.as_integer());
      if (e.value.kind() == kg::query::Value::Kind::string) return fmt::format("'{}'", e.value.as_string());
      if (e.value.kind() == kg::query::Value::Kind::real) return fmt::format("{}f", e.value.as_real());
      if (e.value.is_null()) return "null";
      return e.value.as_boolean() ? "true" : "false";
    case ExprKind::parameter:
      return "$" + e.name;
    case ExprKind::variable:
      return e.name;
    case ExprKind::property:
      return fmt::format("(. {} {})", inner, e.name);
    case ExprKind::unary:
    case ExprKind::binary:
      return fmt::format("({} {})", op_text(e.op), inner);
    case ExprKind::comparison: {
      std::string text = "(cmp " + sexp(*e.children[0]);
      for (std::size_t i = 0; i < e.ops.size(); ++i)
        text += fmt::format(" {} {}", op_text(e.ops[i]), sexp(*e.children[i + 1]));
      return text + ")";
    }
    case ExprKind::call:
      return fmt::format("({}{}{} {})", e.name, e.distinct ? " distinct" : "", e.star ? " *" : "", inner);
    case ExprKind::has_labels:
      return fmt::format("(labels {} {})", inner, fmt::join(e.names, ":"));
    case ExprKind::is_null:
      return fmt::format("(is-null {})", inner);
    case ExprKind::is_not_null:
      return fmt::format("(not-null {})", inner);
    case ExprKind::list:
      return fmt::format("[{}]", inner);
    case ExprKind::map:
      return fmt::format("{{{} = {}}}", fmt::join(e.names, ","), inner);
    case ExprKind::index:
      return fmt::format("(index {})", inner);
    case ExprKind::slice:
      return fmt::format("(slice {})", inner);
    case ExprKind::case_when:
      return fmt::format("(case{} {})", e.has_else ? "-else" : "", inner);
    case ExprKind::list_comprehension:
      return fmt::format("(comprehension {} {})", e.name, inner);
    case ExprKind::quantifier:
      return fmt::format("({} {} {})", op_text(e.op), e.name, inner);
    case ExprKind::reduce:
      return fmt::format("(reduce {} {} {})", e.names[0], e.name, inner);
    case ExprKind::pattern:
      return fmt::format("(pattern {} rels)", e.pattern->rels.size());
    case ExprKind::pattern_comprehension:
      return fmt::format("(pattern-comprehension {} {})", e.pattern->rels.size(), inner);
  }
  return "?";
}

Statement parse_text(std::string_view text) { return parse(Source{text}); }

std::string expression(std::string_view text) {
  const std::string query = "RETURN " + std::string(text);
  const Statement statement = parse_text(query);
  const auto& projection = std::get<ProjectionClause>(statement.parts[0].clauses[0]);
  return sexp(*projection.items[0].expr);
}

// The error as the CLI shows it: location, message, the line and a caret.
std::string error_of(std::string_view text) {
  try {
    parse_text(text);
  } catch (const kg::graph::InputError& error) {
    return kg::graph::render_diagnostic("error", error.where(), error.message(),
                                        kg::graph::line_of(text, error.where().line));
  }
  return "";
}

}  // namespace

TEST_CASE("Operators bind as openCypher 9 says: OR < XOR < AND < NOT < comparison < IN < + < * < ^ < unary",
          "[cypher]") {
  CHECK(expression("a OR b XOR c AND NOT d") == "(OR a (XOR b (AND c (NOT d))))");
  CHECK(expression("NOT a = b") == "(NOT (cmp a = b))");
  CHECK(expression("1 + 2 * 3 ^ 2") == "(+ 1 (* 2 (^ 3 2)))");
  CHECK(expression("-2 ^ 2") == "(^ -2 2)");
  CHECK(expression("- x ^ 2") == "(^ (- x) 2)");
  CHECK(expression("2 ^ 3 ^ 2") == "(^ (^ 2 3) 2)");
  CHECK(expression("10 - 4 - 3") == "(- (- 10 4) 3)");
  CHECK(expression("a + 1 IN [2]") == "(IN (+ a 1) [2])");
  CHECK(expression("1 < x <= 3 = y") == "(cmp 1 < x <= 3 = y)");
  CHECK(expression("x IS NOT NULL AND y IS NULL") == "(AND (not-null x) (is-null y))");
  CHECK(expression("n.name STARTS WITH 'Ab' OR n.name =~ 'K.*'") ==
        "(OR (STARTS WITH (. n name) 'Ab') (=~ (. n name) 'K.*'))");
}

TEST_CASE("Postfix operators: properties, indexes, slices and label tests chain left to right", "[cypher]") {
  CHECK(expression("a.b.c") == "(. (. a b) c)");
  CHECK(expression("l[0][1..][..2]") == "(slice (slice (index l 0) 1 _) _ 2)");
  CHECK(expression("n:Person:Group") == "(labels n Person:Group)");
  CHECK(expression("{a: 1, `b c`: 'x'}.a") == "(. {a,b c = 1 'x'} a)");
}

TEST_CASE("Literals: integers at the limits, floats, strings, null, booleans, lists", "[cypher]") {
  CHECK(expression("9223372036854775807") == "9223372036854775807");
  CHECK(expression("-9223372036854775808") == "-9223372036854775808");
  CHECK(expression("0x10 + 0o10") == "(+ 16 8)");
  CHECK(expression("1.5") == "1.5f");
  CHECK(expression("[true, false, null, 'x']") == "[true false null 'x']");
  CHECK(error_of("RETURN 9223372036854775808") ==
        "query:1:8: error: the integer 9223372036854775808 does not fit in 64 bits\n"
        "RETURN 9223372036854775808\n"
        "       ^\n");
  CHECK(error_of("RETURN 1e999").find("too large for a float") != std::string::npos);
  CHECK(error_of("RETURN 0xZZ").find("invalid hexadecimal integer 0xZZ") != std::string::npos);
}

TEST_CASE("Calls, count(*), DISTINCT, CASE, comprehensions, quantifiers and reduce", "[cypher]") {
  CHECK(expression("count(*)") == "(count * )");
  CHECK(expression("count(DISTINCT n.x)") == "(count distinct (. n x))");
  CHECK(expression("date.truncate('x')") == "(date.truncate 'x')");
  CHECK(expression("CASE WHEN a THEN 1 ELSE 2 END") == "(case-else a 1 2)");
  CHECK(expression("CASE x WHEN 1 THEN 'a' END") == "(case x 1 'a')");
  CHECK(expression("[x IN l WHERE x > 1 | x * 2]") == "(comprehension x l (cmp x > 1) (* x 2))");
  CHECK(expression("[x IN l]") == "(comprehension x l _ _)");
  CHECK(expression("all(x IN l WHERE x > 0)") == "(all x l (cmp x > 0))");
  CHECK(expression("reduce(s = 0, x IN l | s + x)") == "(reduce s x 0 l (+ s x))");
}

TEST_CASE("A parenthesised pattern is a pattern predicate, other parentheses group", "[cypher]") {
  CHECK(expression("(a)-[:T]->(b)") == "(pattern 1 rels)");
  CHECK(expression("(a)<--()--(c)") == "(pattern 2 rels)");
  CHECK(expression("(a) - 1") == "(- a 1)");
  CHECK(expression("(a:Person)") == "(labels a Person)");
  CHECK(expression("[(a)-->(b) WHERE b.x | b.name]") == "(pattern-comprehension 1 (. b x) (. b name))");
}

TEST_CASE("Patterns: variables, labels, types, directions, lengths, properties and path variables", "[cypher]") {
  const Statement statement = parse_text(
      "MATCH p = (a:Person {name: 'X'})-[r:knows|:funds*2..5]->(b)<-[*]-(), (c)-[*3]-(d), (e)-[*..4]-(f)"
      " RETURN p");
  const auto& match = std::get<MatchClause>(statement.parts[0].clauses[0]);
  REQUIRE(match.paths.size() == 3);
  const PathPattern& first = match.paths[0];
  CHECK(first.variable == "p");
  REQUIRE(first.nodes.size() == 3);
  CHECK(first.nodes[0].labels == std::vector<std::string>{"Person"});
  CHECK(first.nodes[0].properties != nullptr);
  const RelPattern& r = first.rels[0];
  CHECK(r.variable == "r");
  CHECK(r.types == std::vector<std::string>{"knows", "funds"});
  CHECK(r.direction == PatternDirection::right);
  CHECK(r.min_hops == 2u);
  CHECK(r.max_hops == 5u);
  CHECK(first.rels[1].direction == PatternDirection::left);
  CHECK(first.rels[1].variable_length);
  CHECK(!first.rels[1].min_hops);
  CHECK(!first.rels[1].max_hops);
  CHECK(match.paths[1].rels[0].min_hops == 3u);
  CHECK(match.paths[1].rels[0].max_hops == 3u);
  CHECK(match.paths[1].rels[0].direction == PatternDirection::both);
  CHECK(!match.paths[2].rels[0].min_hops);
  CHECK(match.paths[2].rels[0].max_hops == 4u);
}

TEST_CASE("A relationship pattern pointing both ways, <-->, matches either way as -- does", "[cypher]") {
  const Statement statement = parse_text("MATCH (a)<-->(b), (a)<-[r:knows*2]->(c) RETURN a");
  const auto& match = std::get<MatchClause>(statement.parts[0].clauses[0]);
  CHECK(match.paths[0].rels[0].direction == PatternDirection::both);
  CHECK(match.paths[1].rels[0].direction == PatternDirection::both);
  CHECK(match.paths[1].rels[0].variable == "r");
}

TEST_CASE("Clauses: OPTIONAL MATCH, UNWIND, WITH ... WHERE, ORDER BY, SKIP, LIMIT, UNION", "[cypher]") {
  const Statement statement = parse_text(
      "MATCH (a) OPTIONAL MATCH (a)-->(b) WHERE b.x > 1 UNWIND [1] AS i WITH DISTINCT a, i AS j WHERE j > 0 "
      "RETURN a ORDER BY a.name DESC, j SKIP 1 LIMIT 2 UNION ALL RETURN 1 AS a;");
  REQUIRE(statement.parts.size() == 2);
  CHECK(statement.union_all == std::vector<bool>{true});
  const auto& clauses = statement.parts[0].clauses;
  REQUIRE(clauses.size() == 5);
  CHECK(std::get<MatchClause>(clauses[1]).optional);
  CHECK(std::get<UnwindClause>(clauses[2]).variable == "i");
  const auto& with = std::get<ProjectionClause>(clauses[3]);
  CHECK(with.distinct);
  CHECK(with.items[1].alias == "j");
  CHECK(with.items[0].text == "a");
  CHECK(with.where != nullptr);
  const auto& ret = std::get<ProjectionClause>(clauses[4]);
  CHECK(ret.order.size() == 2);
  CHECK(ret.order[0].descending);
  CHECK(ret.skip != nullptr);
  CHECK(ret.limit != nullptr);
}

TEST_CASE("Column names keep the expression as written", "[cypher]") {
  const Statement statement = parse_text("MATCH (n) RETURN n.name, count( * ), n.x+1 AS y");
  const auto& ret = std::get<ProjectionClause>(statement.parts[0].clauses[1]);
  CHECK(ret.items[0].text == "n.name");
  CHECK(ret.items[1].text == "count( * )");
  CHECK(ret.items[2].text == "n.x+1");
}

TEST_CASE("Syntax errors show the position, the line, a caret and what was expected", "[cypher]") {
  CHECK(error_of("MATCH (n RETURN n") ==
        "query:1:10: error: expected ':', '{' or ')' in the node pattern, got 'RETURN'\n"
        "MATCH (n RETURN n\n"
        "         ^\n");
  CHECK(error_of("MATCH (n)\nRETURN n.") ==
        "query:2:10: error: expected a property name after '.', got end of input\n"
        "RETURN n.\n"
        "         ^\n");
  CHECK(error_of("MATCH (n)") ==
        "query:1:10: error: a query must end with RETURN (kg query only reads)\n"
        "MATCH (n)\n"
        "         ^\n");
  CHECK(error_of("FOO (n) RETURN n")
            .find("query:1:1: error: expected MATCH, OPTIONAL MATCH, UNWIND, WITH or "
                  "RETURN, got 'FOO'") == 0);
  CHECK(error_of("RETURN 1 MATCH (n)").find("RETURN must be the last clause, got 'MATCH'") != std::string::npos);
  CHECK(error_of("RETURN [1, 2").find("expected ',' or ']' in the list, got end of input") != std::string::npos);
  CHECK(error_of("MATCH (a)-[*3..2]->(b) RETURN a").find("the hop range *3..2 is empty") != std::string::npos);
  CHECK(error_of("MATCH p = shortestPath((a)-->()-->(b)) RETURN p")
            .find("shortestPath needs a pattern of exactly one relationship") != std::string::npos);
  CHECK(error_of("RETURN CASE WHEN 1 THEN 2").find("expected WHEN, ELSE or END, got end of input") !=
        std::string::npos);
}

TEST_CASE("Write clauses and procedure calls are refused by name", "[cypher]") {
  CHECK(error_of("CREATE (n:Person)") ==
        "query:1:1: error: CREATE is a write clause: kg query is read-only (graphs are built from fact files by kg "
        "build)\n"
        "CREATE (n:Person)\n"
        "^\n");
  CHECK(error_of("MATCH (n) DETACH DELETE n").find("query:1:11: error: DETACH is a write clause") == 0);
  CHECK(error_of("MATCH (n) set n.x = 1").find("query:1:11: error: SET is a write clause") == 0);
  CHECK(error_of("MERGE (n)").find("MERGE is a write clause") != std::string::npos);
  CHECK(error_of("CALL db.labels()").find("CALL is a procedure call") != std::string::npos);
  CHECK(error_of("LOAD CSV FROM 'x' AS l RETURN l").find("LOAD is an import clause") != std::string::npos);
}

TEST_CASE("Deep nesting is an error, not a stack overflow", "[cypher]") {
  const std::string deep = "RETURN " + std::string(5000, '(') + "1" + std::string(5000, ')');
  CHECK(error_of(deep).find("the query nests deeper than 200 levels") != std::string::npos);
  const std::string negations = "RETURN " + std::string(5000, '-') + "1";
  CHECK(error_of(negations).find("nests deeper") != std::string::npos);
}
