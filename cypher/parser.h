#pragma once
// Parser: tokens to the syntax tree, by recursive descent over openCypher 9's read-only grammar. Errors name the
// position, what was expected and what was found; write clauses are refused by name.
#include <cstddef>
#include <string_view>
#include <vector>

#include "ast.h"
#include "lexer.h"
#include "source.h"

namespace kg::cypher::detail {

/// Parses one statement (a trailing `;` is allowed). Throws graph::InputError.
Statement parse(const Source& source);

class Parser {
 public:
  explicit Parser(const Source& source);
  Statement statement();

  // Expressions (parse_expression.cpp).
  ExprPtr expression();

 private:
  // Clauses and patterns (parser.cpp).
  SingleQuery single_query();
  MatchClause match_clause(bool optional);
  UnwindClause unwind_clause();
  ProjectionClause projection_clause(bool is_return);
  PathPattern path_pattern();
  void pattern_chain(PathPattern& path);
  NodePattern node_pattern();
  RelPattern rel_pattern();
  void range(RelPattern& rel);
  std::optional<std::uint32_t> range_bound();
  ExprPtr properties();
  [[noreturn]] void refuse_clause();

  // Expression levels (parse_expression.cpp).
  ExprPtr or_expression();
  ExprPtr xor_expression();
  ExprPtr and_expression();
  ExprPtr not_expression();
  ExprPtr comparison();
  ExprPtr predicates();
  ExprPtr additive();
  ExprPtr multiplicative();
  ExprPtr power();
  ExprPtr unary();
  ExprPtr postfix();
  ExprPtr atom();
  ExprPtr literal_number(bool negated);
  ExprPtr list_or_comprehension();
  ExprPtr map_literal();
  ExprPtr case_expression();
  ExprPtr function_call(std::uint32_t begin, std::string name);
  ExprPtr quantifier(Op op);
  ExprPtr reduce_expression();
  ExprPtr parenthesized_or_pattern();
  bool looks_like_pattern() const;
  bool looks_like_call() const;
  ExprPtr make(ExprKind kind, std::uint32_t begin);
  ExprPtr finish(ExprPtr expr);

  // Tokens.
  const Token& peek(std::size_t ahead = 0) const;
  const Token& take();
  bool accept(std::string_view symbol);
  bool accept_keyword(std::string_view keyword);
  void expect(std::string_view symbol, std::string_view what);
  void expect_keyword(std::string_view keyword);
  std::string name(std::string_view what);  ///< an identifier or `quoted` name
  bool at_name() const;
  [[noreturn]] void unexpected(std::string_view expected) const;
  std::uint32_t last_end() const;

  const Source& source_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::size_t depth_ = 0;
  friend class DepthGuard;
};

}  // namespace kg::cypher::detail
