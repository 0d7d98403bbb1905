// The statement, clause and pattern levels of the parser; expressions are in parse_expression.cpp.
#include "parser.h"

#include <fmt/format.h>

#include <charconv>

namespace kg::cypher::detail {
namespace {

constexpr std::string_view kClauseStart = "MATCH, OPTIONAL MATCH, UNWIND, WITH or RETURN";

// Clauses and commands kg query refuses, with the reason.
struct Refused {
  std::string_view keyword;
  std::string_view reason;
};
constexpr Refused kRefused[] = {
    {"CREATE", "a write clause"},  {"MERGE", "a write clause"},  {"SET", "a write clause"},
    {"DELETE", "a write clause"},  {"DETACH", "a write clause"}, {"REMOVE", "a write clause"},
    {"FOREACH", "a write clause"}, {"LOAD", "an import clause"}, {"CALL", "a procedure call"},
    {"DROP", "a schema command"},  {"START", "a legacy clause"}, {"USE", "a multi-graph clause"},
    {"SHOW", "an admin command"},  {"EXPLAIN", "not supported"}, {"PROFILE", "not supported"},
};

}  // namespace

Parser::Parser(const Source& source) : source_(source), tokens_(tokenize(source)) {}

Statement parse(const Source& source) { return Parser(source).statement(); }

const Token& Parser::peek(std::size_t ahead) const { return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)]; }

const Token& Parser::take() {
  const Token& token = tokens_[pos_];
  if (pos_ + 1 < tokens_.size()) ++pos_;
  return token;
}

bool Parser::accept(std::string_view symbol) {
  if (!peek().is_symbol(symbol)) return false;
  take();
  return true;
}

bool Parser::accept_keyword(std::string_view keyword) {
  if (!peek().is_keyword(keyword)) return false;
  take();
  return true;
}

void Parser::expect(std::string_view symbol, std::string_view what) {
  if (!accept(symbol)) unexpected(what);
}

void Parser::expect_keyword(std::string_view keyword) {
  if (!accept_keyword(keyword)) unexpected(keyword);
}

bool Parser::at_name() const { return peek().kind == TokenKind::identifier || peek().kind == TokenKind::quoted; }

std::string Parser::name(std::string_view what) {
  if (!at_name()) unexpected(what);
  return take().text;
}

void Parser::unexpected(std::string_view expected) const {
  source_.fail(peek().offset, fmt::format("expected {}, got {}", expected, describe(peek())));
}

std::uint32_t Parser::last_end() const {
  if (pos_ == 0) return 0;
  const Token& previous = tokens_[pos_ - 1];
  return previous.offset + previous.length;
}

void Parser::refuse_clause() {
  const Token& token = peek();
  for (const Refused& refused : kRefused) {
    if (token.is_keyword(refused.keyword)) {
      std::string shown = token.text;
      for (char& c : shown) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      source_.fail(token.offset,
                   refused.reason == "not supported"
                       ? fmt::format("{} is not supported by kg query", shown)
                       : fmt::format("{} is {}: kg query is read-only (graphs are built from fact files by kg build)",
                                     shown, refused.reason));
    }
  }
  unexpected(kClauseStart);
}

Statement Parser::statement() {
  Statement statement;
  statement.parts.push_back(single_query());
  while (peek().is_keyword("UNION")) {
    statement.union_offsets.push_back(take().offset);
    statement.union_all.push_back(accept_keyword("ALL"));
    statement.parts.push_back(single_query());
  }
  accept(";");
  if (peek().kind != TokenKind::end) {
    unexpected(statement.parts.back().clauses.empty() ? kClauseStart : "a clause, UNION, ';' or the end");
  }
  return statement;
}

SingleQuery Parser::single_query() {
  SingleQuery query;
  query.offset = peek().offset;
  for (;;) {
    const Token& token = peek();
    if (token.is_keyword("MATCH")) {
      take();
      query.clauses.emplace_back(match_clause(false));
    } else if (token.is_keyword("OPTIONAL")) {
      take();
      expect_keyword("MATCH");
      query.clauses.emplace_back(match_clause(true));
    } else if (token.is_keyword("UNWIND")) {
      take();
      query.clauses.emplace_back(unwind_clause());
    } else if (token.is_keyword("WITH")) {
      take();
      query.clauses.emplace_back(projection_clause(false));
    } else if (token.is_keyword("RETURN")) {
      take();
      query.clauses.emplace_back(projection_clause(true));
      if (peek().kind == TokenKind::end || peek().is_symbol(";") || peek().is_keyword("UNION")) return query;
      if (peek().kind == TokenKind::identifier) {
        source_.fail(peek().offset, fmt::format("RETURN must be the last clause, got {}", describe(peek())));
      }
      unexpected("UNION, ';' or the end after RETURN");
    } else if (token.kind == TokenKind::end || token.is_symbol(";") || token.is_keyword("UNION")) {
      if (query.clauses.empty()) unexpected(kClauseStart);
      source_.fail(token.offset, "a query must end with RETURN (kg query only reads)");
    } else {
      refuse_clause();
    }
  }
}

MatchClause Parser::match_clause(bool optional) {
  MatchClause match;
  match.offset = tokens_[pos_ - 1].offset;
  match.optional = optional;
  do {
    match.paths.push_back(path_pattern());
  } while (accept(","));
  if (accept_keyword("WHERE")) match.where = expression();
  return match;
}

UnwindClause Parser::unwind_clause() {
  UnwindClause unwind;
  unwind.offset = tokens_[pos_ - 1].offset;
  unwind.list = expression();
  expect_keyword("AS");
  unwind.variable_offset = peek().offset;
  unwind.variable = name("a variable name");
  return unwind;
}

ProjectionClause Parser::projection_clause(bool is_return) {
  ProjectionClause clause;
  clause.offset = tokens_[pos_ - 1].offset;
  clause.is_return = is_return;
  clause.distinct = accept_keyword("DISTINCT");
  if (accept("*")) {
    clause.star = true;
    if (!accept(",")) goto after_items;
  }
  do {
    ProjectionItem item;
    const std::uint32_t begin = peek().offset;
    item.expr = expression();
    item.text = std::string(source_.text.substr(begin, last_end() - begin));
    if (accept_keyword("AS")) item.alias = name("a name after AS");
    clause.items.push_back(std::move(item));
  } while (accept(","));
after_items:
  if (!is_return && accept_keyword("WHERE")) {
    // openCypher puts WHERE after ORDER BY/SKIP/LIMIT, but people write it here too; both are accepted.
    clause.where = expression();
  }
  if (accept_keyword("ORDER")) {
    expect_keyword("BY");
    do {
      SortItem item;
      item.expr = expression();
      if (accept_keyword("DESC") || accept_keyword("DESCENDING")) {
        item.descending = true;
      } else if (!accept_keyword("ASC")) {
        accept_keyword("ASCENDING");
      }
      clause.order.push_back(std::move(item));
    } while (accept(","));
  }
  if (accept_keyword("SKIP")) clause.skip = expression();
  if (accept_keyword("LIMIT")) clause.limit = expression();
  if (!is_return && !clause.where && accept_keyword("WHERE")) clause.where = expression();
  return clause;
}

PathPattern Parser::path_pattern() {
  PathPattern path;
  path.offset = peek().offset;
  if (at_name() && peek(1).is_symbol("=")) {
    path.variable_offset = peek().offset;
    path.variable = take().text;
    take();
  }
  const Token& start = peek();
  const bool shortest = start.is_keyword("shortestPath");
  const bool all = start.is_keyword("allShortestPaths");
  if ((shortest || all) && peek(1).is_symbol("(")) {
    take();
    take();
    path.kind = shortest ? PathKind::shortest : PathKind::all_shortest;
    pattern_chain(path);
    expect(")", "')' closing the shortest-path pattern");
    if (path.rels.size() != 1) {
      source_.fail(start.offset, fmt::format("{} needs a pattern of exactly one relationship, like (a)-[*]-(b)",
                                             shortest ? "shortestPath" : "allShortestPaths"));
    }
    return path;
  }
  pattern_chain(path);
  return path;
}

void Parser::pattern_chain(PathPattern& path) {
  path.nodes.push_back(node_pattern());
  while (peek().is_symbol("-") || (peek().is_symbol("<") && peek(1).is_symbol("-"))) {
    path.rels.push_back(rel_pattern());
    path.nodes.push_back(node_pattern());
  }
}

NodePattern Parser::node_pattern() {
  NodePattern node;
  node.offset = peek().offset;
  expect("(", "'(' starting a node pattern");
  if (at_name()) node.variable = take().text;
  while (accept(":")) {
    node.label_offsets.push_back(peek().offset);
    node.labels.push_back(name("a label name after ':'"));
  }
  if (peek().is_symbol("{") || peek().kind == TokenKind::parameter) node.properties = properties();
  expect(")", node.properties ? "')' closing the node pattern" : "':', '{' or ')' in the node pattern");
  return node;
}

RelPattern Parser::rel_pattern() {
  RelPattern rel;
  rel.offset = peek().offset;
  const bool left = accept("<");
  expect("-", "'-'");
  if (accept("[")) {
    if (at_name()) rel.variable = take().text;
    if (accept(":")) {
      do {
        accept(":");
        rel.type_offsets.push_back(peek().offset);
        rel.types.push_back(name("a relationship type"));
      } while (accept("|"));
    }
    if (peek().is_symbol("*")) range(rel);
    if (peek().is_symbol("{") || peek().kind == TokenKind::parameter) rel.properties = properties();
    expect("]", "']' closing the relationship pattern");
  }
  expect("-", "'-' ending the relationship pattern");
  const bool right = accept(">");
  // `<-->` points both ways, which openCypher reads as either way, like `--`.
  rel.direction = left == right ? PatternDirection::both : left ? PatternDirection::left : PatternDirection::right;
  return rel;
}

std::optional<std::uint32_t> Parser::range_bound() {
  if (peek().kind != TokenKind::integer) return std::nullopt;
  const Token& token = take();
  std::uint32_t value = 0;
  auto [end, error] = std::from_chars(token.text.data(), token.text.data() + token.text.size(), value);
  if (error != std::errc{} || end != token.text.data() + token.text.size()) {
    source_.fail(token.offset, fmt::format("invalid hop count {}: expected a decimal number up to {}", token.text,
                                           std::numeric_limits<std::uint32_t>::max()));
  }
  return value;
}

void Parser::range(RelPattern& rel) {
  rel.range_offset = take().offset;
  rel.variable_length = true;
  rel.min_hops = range_bound();
  if (accept("..")) {
    rel.max_hops = range_bound();
  } else if (rel.min_hops) {
    rel.max_hops = rel.min_hops;  // *n is exactly n hops
  }
  if (rel.min_hops && rel.max_hops && *rel.max_hops < *rel.min_hops) {
    source_.fail(rel.range_offset, fmt::format("the hop range *{}..{} is empty: the upper bound is below the lower",
                                               *rel.min_hops, *rel.max_hops));
  }
}

ExprPtr Parser::properties() {
  if (peek().kind == TokenKind::parameter) {
    ExprPtr parameter = make(ExprKind::parameter, peek().offset);
    parameter->name = take().text;
    return finish(std::move(parameter));
  }
  return map_literal();
}

}  // namespace kg::cypher::detail
