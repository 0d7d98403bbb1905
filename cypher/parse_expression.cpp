// The expression levels of the parser, from OR down to atoms, in openCypher 9's precedence.
#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <limits>

#include "parser.h"

namespace kg::cypher::detail {

/// Bounds the parser's recursion, so that a hostile query cannot exhaust the stack.
class DepthGuard {
 public:
  explicit DepthGuard(Parser& parser) : parser_(parser) {
    constexpr std::size_t kMaxDepth = 200;
    if (++parser_.depth_ > kMaxDepth) {
      parser_.source_.fail(parser_.peek().offset, fmt::format("the query nests deeper than {} levels", kMaxDepth));
    }
  }
  ~DepthGuard() { --parser_.depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  Parser& parser_;
};

namespace {

ExprPtr binary(Op op, ExprPtr left, ExprPtr right) {
  auto expr = std::make_unique<Expr>();
  expr->kind = ExprKind::binary;
  expr->op = op;
  expr->begin = left->begin;
  expr->end = right->end;
  expr->children.push_back(std::move(left));
  expr->children.push_back(std::move(right));
  return expr;
}

}  // namespace

ExprPtr Parser::make(ExprKind kind, std::uint32_t begin) {
  auto expr = std::make_unique<Expr>();
  expr->kind = kind;
  expr->begin = begin;
  return expr;
}

ExprPtr Parser::finish(ExprPtr expr) {
  expr->end = last_end();
  return expr;
}

ExprPtr Parser::expression() {
  DepthGuard guard(*this);
  return or_expression();
}

ExprPtr Parser::or_expression() {
  ExprPtr left = xor_expression();
  while (accept_keyword("OR")) left = binary(Op::or_, std::move(left), xor_expression());
  return left;
}

ExprPtr Parser::xor_expression() {
  ExprPtr left = and_expression();
  while (accept_keyword("XOR")) left = binary(Op::xor_, std::move(left), and_expression());
  return left;
}

ExprPtr Parser::and_expression() {
  ExprPtr left = not_expression();
  while (accept_keyword("AND")) left = binary(Op::and_, std::move(left), not_expression());
  return left;
}

ExprPtr Parser::not_expression() {
  if (!peek().is_keyword("NOT")) return comparison();
  DepthGuard guard(*this);
  ExprPtr expr = make(ExprKind::unary, take().offset);
  expr->op = Op::not_;
  expr->children.push_back(not_expression());
  return finish(std::move(expr));
}

ExprPtr Parser::comparison() {
  ExprPtr chain = predicates();  // the first operand, until a comparison makes it the first of a chain
  static constexpr std::pair<std::string_view, Op> kComparisons[] = {
      {"=", Op::eq}, {"<>", Op::ne}, {"!=", Op::ne}, {"<", Op::lt}, {">", Op::gt}, {"<=", Op::le}, {">=", Op::ge}};
  bool chained = false;
  for (;;) {
    Op op = Op::none;
    for (const auto& [symbol, candidate] : kComparisons) {
      if (peek().is_symbol(symbol)) op = candidate;
    }
    if (op == Op::none) break;
    take();
    if (!chained) {
      ExprPtr first = std::move(chain);
      chain = make(ExprKind::comparison, first->begin);
      chain->children.push_back(std::move(first));
      chained = true;
    }
    chain->ops.push_back(op);
    chain->children.push_back(predicates());
  }
  if (chained) chain->end = chain->children.back()->end;
  return chain;
}

ExprPtr Parser::predicates() {
  ExprPtr left = additive();
  for (;;) {
    if (accept_keyword("IN")) {
      left = binary(Op::in, std::move(left), additive());
    } else if (peek().is_keyword("STARTS") && peek(1).is_keyword("WITH")) {
      pos_ += 2;
      left = binary(Op::starts_with, std::move(left), additive());
    } else if (peek().is_keyword("ENDS") && peek(1).is_keyword("WITH")) {
      pos_ += 2;
      left = binary(Op::ends_with, std::move(left), additive());
    } else if (accept_keyword("CONTAINS")) {
      left = binary(Op::contains, std::move(left), additive());
    } else if (accept("=~")) {
      left = binary(Op::regex, std::move(left), additive());
    } else if (peek().is_keyword("IS")) {
      take();
      const bool negated = accept_keyword("NOT");
      expect_keyword("NULL");
      ExprPtr test = make(negated ? ExprKind::is_not_null : ExprKind::is_null, left->begin);
      test->children.push_back(std::move(left));
      left = finish(std::move(test));
    } else {
      return left;
    }
  }
}

ExprPtr Parser::additive() {
  ExprPtr left = multiplicative();
  for (;;) {
    if (accept("+")) {
      left = binary(Op::add, std::move(left), multiplicative());
    } else if (accept("-")) {
      left = binary(Op::subtract, std::move(left), multiplicative());
    } else {
      return left;
    }
  }
}

ExprPtr Parser::multiplicative() {
  ExprPtr left = power();
  for (;;) {
    if (accept("*")) {
      left = binary(Op::multiply, std::move(left), power());
    } else if (accept("/")) {
      left = binary(Op::divide, std::move(left), power());
    } else if (accept("%")) {
      left = binary(Op::modulo, std::move(left), power());
    } else {
      return left;
    }
  }
}

ExprPtr Parser::power() {
  ExprPtr left = unary();
  while (accept("^")) left = binary(Op::power, std::move(left), unary());
  return left;
}

ExprPtr Parser::unary() {
  if (!peek().is_symbol("-") && !peek().is_symbol("+")) return postfix();
  DepthGuard guard(*this);
  const Token& sign = take();
  if (sign.text == "-" && peek().kind == TokenKind::integer) {
    // -9223372036854775808 is an integer literal: negate while reading it.
    ExprPtr literal = literal_number(true);
    literal->begin = sign.offset;
    return literal;
  }
  ExprPtr expr = make(ExprKind::unary, sign.offset);
  expr->op = sign.text == "-" ? Op::negate : Op::plus;
  expr->children.push_back(unary());
  return finish(std::move(expr));
}

ExprPtr Parser::postfix() {
  ExprPtr expr = atom();
  for (;;) {
    if (peek().is_symbol(".") && (peek(1).kind == TokenKind::identifier || peek(1).kind == TokenKind::quoted)) {
      take();
      ExprPtr property = make(ExprKind::property, expr->begin);
      property->name = take().text;
      property->children.push_back(std::move(expr));
      expr = finish(std::move(property));
    } else if (peek().is_symbol(".")) {
      take();
      unexpected("a property name after '.'");
    } else if (accept("[")) {
      ExprPtr from = peek().is_symbol("..") ? nullptr : expression();
      if (accept("..")) {
        ExprPtr to = peek().is_symbol("]") ? nullptr : expression();
        expect("]", "']' closing the slice");
        ExprPtr slice = make(ExprKind::slice, expr->begin);
        slice->children.push_back(std::move(expr));
        slice->children.push_back(std::move(from));
        slice->children.push_back(std::move(to));
        expr = finish(std::move(slice));
      } else {
        if (!from) unexpected("an index or a slice");
        expect("]", "']' closing the index");
        ExprPtr index = make(ExprKind::index, expr->begin);
        index->children.push_back(std::move(expr));
        index->children.push_back(std::move(from));
        expr = finish(std::move(index));
      }
    } else if (peek().is_symbol(":") && (peek(1).kind == TokenKind::identifier || peek(1).kind == TokenKind::quoted)) {
      ExprPtr labels = make(ExprKind::has_labels, expr->begin);
      while (accept(":")) labels->names.push_back(name("a label name after ':'"));
      labels->children.push_back(std::move(expr));
      expr = finish(std::move(labels));
    } else {
      return expr;
    }
  }
}

ExprPtr Parser::literal_number(bool negated) {
  const Token& token = take();
  ExprPtr literal = make(ExprKind::literal, token.offset);
  if (token.kind == TokenKind::real) {
    double value = 0;
    auto [end, error] = std::from_chars(token.text.data(), token.text.data() + token.text.size(), value);
    if (error != std::errc{} || !std::isfinite(value)) {
      source_.fail(token.offset, fmt::format("the number {} is too large for a float", token.text));
    }
    literal->value = query::Value::real(value);
    return finish(std::move(literal));
  }
  int base = 10;
  std::string_view digits = token.text;
  if (digits.size() > 1 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) base = 16;
  if (digits.size() > 1 && digits[0] == '0' && (digits[1] == 'o' || digits[1] == 'O')) base = 8;
  if (base != 10) digits.remove_prefix(2);
  std::uint64_t magnitude = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude, base);
  if (digits.empty() || end != digits.data() + digits.size()) {
    source_.fail(token.offset, fmt::format("invalid {} integer {}", base == 16 ? "hexadecimal" : "octal", token.text));
  }
  const std::uint64_t limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + (negated ? 1 : 0);
  if (error != std::errc{} || magnitude > limit) {
    source_.fail(token.offset, fmt::format("the integer {}{} does not fit in 64 bits", negated ? "-" : "", token.text));
  }
  literal->value = !negated             ? query::Value::integer(static_cast<std::int64_t>(magnitude))
                   : magnitude == limit ? query::Value::integer(std::numeric_limits<std::int64_t>::min())
                                        : query::Value::integer(-static_cast<std::int64_t>(magnitude));
  return finish(std::move(literal));
}

ExprPtr Parser::atom() {
  DepthGuard guard(*this);
  const Token& token = peek();
  switch (token.kind) {
    case TokenKind::integer:
    case TokenKind::real:
      return literal_number(false);
    case TokenKind::string: {
      ExprPtr literal = make(ExprKind::literal, token.offset);
      literal->value = query::Value::string(take().text);
      return finish(std::move(literal));
    }
    case TokenKind::parameter: {
      ExprPtr parameter = make(ExprKind::parameter, token.offset);
      parameter->name = take().text;
      return finish(std::move(parameter));
    }
    case TokenKind::symbol:
      if (token.is_symbol("[")) return list_or_comprehension();
      if (token.is_symbol("{")) return map_literal();
      if (token.is_symbol("(")) return parenthesized_or_pattern();
      unexpected("an expression");
    case TokenKind::end:
      unexpected("an expression");
    case TokenKind::quoted:
    case TokenKind::identifier:
      break;
  }
  const std::uint32_t begin = token.offset;
  if (token.kind == TokenKind::identifier) {
    if (token.is_keyword("true") || token.is_keyword("false") || token.is_keyword("null")) {
      ExprPtr literal = make(ExprKind::literal, begin);
      literal->value = token.is_keyword("null") ? query::Value() : query::Value::boolean(token.is_keyword("true"));
      take();
      return finish(std::move(literal));
    }
    if (token.is_keyword("CASE")) return case_expression();
    if (peek(1).is_symbol("(")) {
      if (token.is_keyword("all")) return quantifier(Op::all);
      if (token.is_keyword("any")) return quantifier(Op::any);
      if (token.is_keyword("none")) return quantifier(Op::none_of);
      if (token.is_keyword("single")) return quantifier(Op::single);
      if (token.is_keyword("reduce")) return reduce_expression();
    }
  }
  if (looks_like_call()) {
    std::string function = take().text;
    while (accept(".")) function += "." + name("a function name");
    return function_call(begin, std::move(function));
  }
  ExprPtr variable = make(ExprKind::variable, begin);
  variable->name = take().text;
  return finish(std::move(variable));
}

bool Parser::looks_like_call() const {
  std::size_t ahead = 0;
  for (;;) {
    const Token& part = peek(ahead);
    if (part.kind != TokenKind::identifier && part.kind != TokenKind::quoted) return false;
    if (peek(ahead + 1).is_symbol("(")) return true;
    if (!peek(ahead + 1).is_symbol(".")) return false;
    ahead += 2;
  }
}

ExprPtr Parser::function_call(std::uint32_t begin, std::string function) {
  ExprPtr call = make(ExprKind::call, begin);
  call->name = std::move(function);
  expect("(", "'('");
  if (peek().is_symbol("*") && peek(1).is_symbol(")")) {
    take();
    call->star = true;
  } else {
    call->distinct = accept_keyword("DISTINCT");
    if (!peek().is_symbol(")")) {
      do {
        call->children.push_back(expression());
      } while (accept(","));
    }
  }
  expect(")", "',' or ')' in the argument list");
  return finish(std::move(call));
}

ExprPtr Parser::quantifier(Op op) {
  ExprPtr expr = make(ExprKind::quantifier, take().offset);
  expr->op = op;
  take();  // (
  expr->name = name("a variable name");
  expect_keyword("IN");
  expr->children.push_back(expression());
  expr->children.push_back(accept_keyword("WHERE") ? expression() : nullptr);
  expect(")", "WHERE or ')'");
  return finish(std::move(expr));
}

ExprPtr Parser::reduce_expression() {
  ExprPtr expr = make(ExprKind::reduce, take().offset);
  take();  // (
  expr->names.push_back(name("an accumulator name"));
  expect("=", "'=' after the accumulator");
  expr->children.push_back(expression());
  expect(",", "','");
  expr->name = name("a variable name");
  expect_keyword("IN");
  expr->children.push_back(expression());
  expect("|", "'|'");
  expr->children.push_back(expression());
  expect(")", "')' closing reduce");
  return finish(std::move(expr));
}

ExprPtr Parser::list_or_comprehension() {
  const std::uint32_t begin = take().offset;
  if (at_name() && peek(1).is_keyword("IN")) {
    ExprPtr expr = make(ExprKind::list_comprehension, begin);
    expr->name = take().text;
    take();
    expr->children.push_back(expression());
    expr->children.push_back(accept_keyword("WHERE") ? expression() : nullptr);
    expr->children.push_back(accept("|") ? expression() : nullptr);
    expect("]", "WHERE, '|' or ']'");
    return finish(std::move(expr));
  }
  if ((peek().is_symbol("(") && looks_like_pattern()) || (at_name() && peek(1).is_symbol("="))) {
    ExprPtr expr = make(ExprKind::pattern_comprehension, begin);
    expr->pattern = std::make_shared<PathPattern>(path_pattern());
    if (expr->pattern->rels.empty())
      source_.fail(expr->pattern->offset, "a pattern comprehension needs a relationship");
    expr->children.push_back(accept_keyword("WHERE") ? expression() : nullptr);
    expect("|", "WHERE or '|' in the pattern comprehension");
    expr->children.push_back(expression());
    expect("]", "']' closing the pattern comprehension");
    return finish(std::move(expr));
  }
  ExprPtr list = make(ExprKind::list, begin);
  if (!peek().is_symbol("]")) {
    do {
      list->children.push_back(expression());
    } while (accept(","));
  }
  expect("]", "',' or ']' in the list");
  return finish(std::move(list));
}

ExprPtr Parser::map_literal() {
  ExprPtr map = make(ExprKind::map, peek().offset);
  expect("{", "'{'");
  if (!peek().is_symbol("}")) {
    do {
      map->names.push_back(name("a property name"));
      expect(":", "':' after the property name");
      map->children.push_back(expression());
    } while (accept(","));
  }
  expect("}", "',' or '}' in the map");
  return finish(std::move(map));
}

ExprPtr Parser::case_expression() {
  ExprPtr expr = make(ExprKind::case_when, take().offset);
  if (!peek().is_keyword("WHEN")) {
    expr->has_subject = true;
    expr->children.push_back(expression());
  }
  if (!peek().is_keyword("WHEN")) unexpected("WHEN");
  while (accept_keyword("WHEN")) {
    expr->children.push_back(expression());
    expect_keyword("THEN");
    expr->children.push_back(expression());
  }
  if (accept_keyword("ELSE")) {
    expr->has_else = true;
    expr->children.push_back(expression());
  }
  if (!accept_keyword("END")) unexpected(expr->has_else ? "END" : "WHEN, ELSE or END");
  return finish(std::move(expr));
}

bool Parser::looks_like_pattern() const {
  // A pattern predicate is a node pattern followed by a relationship: find the ')' matching this '('.
  std::size_t ahead = 1;
  for (int depth = 1; depth > 0; ++ahead) {
    const Token& token = peek(ahead);
    if (token.kind == TokenKind::end) return false;
    if (token.is_symbol("(")) ++depth;
    if (token.is_symbol(")")) --depth;
  }
  return peek(ahead).is_symbol("-") || (peek(ahead).is_symbol("<") && peek(ahead + 1).is_symbol("-"));
}

ExprPtr Parser::parenthesized_or_pattern() {
  const std::uint32_t begin = peek().offset;
  if (looks_like_pattern()) {
    const std::size_t saved = pos_;
    try {
      auto pattern = std::make_shared<PathPattern>();
      pattern->offset = begin;
      pattern_chain(*pattern);
      ExprPtr expr = make(ExprKind::pattern, begin);
      expr->pattern = std::move(pattern);
      return finish(std::move(expr));
    } catch (const graph::InputError&) {
      pos_ = saved;  // not a pattern after all: an arithmetic expression such as (a) - 1
    }
  }
  take();
  ExprPtr inner = expression();
  expect(")", "')'");
  inner->begin = begin;
  inner->end = last_end();
  return inner;
}

}  // namespace kg::cypher::detail
