#include "../../cypher/lexer.h"

#include <catch2/catch.hpp>

using namespace kg::cypher::detail;

namespace {

std::vector<Token> lex(std::string_view text) { return tokenize(Source{text}); }

std::string error_of(std::string_view text) {
  try {
    lex(text);
  } catch (const kg::graph::InputError& error) {
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("The lexer gives each token its kind, text and byte offset", "[cypher]") {
  const auto tokens = lex("MATCH (n:`Odd name`)-->($who) RETURN 'it''s'");
  REQUIRE(tokens.size() == 16);
  CHECK(tokens[0].kind == TokenKind::identifier);
  CHECK(tokens[0].is_keyword("match"));
  CHECK(tokens[1].is_symbol("("));
  CHECK(tokens[1].offset == 6);
  CHECK(tokens[4].kind == TokenKind::quoted);
  CHECK(tokens[4].text == "Odd name");
  CHECK(tokens[6].is_symbol("-"));
  CHECK(tokens[7].is_symbol("-"));
  CHECK(tokens[8].is_symbol(">"));
  CHECK(tokens[10].kind == TokenKind::parameter);
  CHECK(tokens[10].text == "who");
  CHECK(tokens[13].kind == TokenKind::string);
  CHECK(tokens[13].text == "it");  // '' is two strings in Cypher, not an escape
  CHECK(tokens.back().kind == TokenKind::end);
}

TEST_CASE("Numbers: integers, floats, hexadecimal and octal, and ranges that are not floats", "[cypher]") {
  const auto tokens = lex("1 1.5 .5 1e3 2E-2 0x1F 0o17 1..3");
  CHECK(tokens[0].kind == TokenKind::integer);
  CHECK(tokens[1].kind == TokenKind::real);
  CHECK(tokens[2].kind == TokenKind::real);
  CHECK(tokens[3].kind == TokenKind::real);
  CHECK(tokens[4].kind == TokenKind::real);
  CHECK(tokens[5].kind == TokenKind::integer);
  CHECK(tokens[5].text == "0x1F");
  CHECK(tokens[6].text == "0o17");
  CHECK(tokens[7].text == "1");
  CHECK(tokens[8].is_symbol(".."));
  CHECK(tokens[9].text == "3");
}

TEST_CASE("String escapes are decoded, unicode escapes as UTF-8", "[cypher]") {
  const auto tokens = lex(R"('a\tb\\c\'d' "\u00e9\U0001F600\n")");
  CHECK(tokens[0].text == "a\tb\\c'd");
  CHECK(tokens[1].text == "\xc3\xa9\xf0\x9f\x98\x80\n");
}

TEST_CASE("Comments are skipped and two-character symbols are one token", "[cypher]") {
  const auto tokens = lex("a // to the end\n<> /* block\n */ <= >= =~ != += ..");
  CHECK(tokens[1].is_symbol("<>"));
  CHECK(tokens[2].is_symbol("<="));
  CHECK(tokens[3].is_symbol(">="));
  CHECK(tokens[4].is_symbol("=~"));
  CHECK(tokens[5].is_symbol("!="));
  CHECK(tokens[6].is_symbol("+="));
  CHECK(tokens[7].is_symbol(".."));
}

TEST_CASE("Lexical errors name the position and what is wrong", "[cypher]") {
  CHECK(error_of("RETURN 'open") == "query:1:8: unterminated string: expected '");
  CHECK(error_of("RETURN 1 /* open") == "query:1:10: unterminated comment: expected */");
  CHECK(error_of("RETURN 'a\\qb'") ==
        "query:1:10: invalid escape in a string: expected \\\\, \\', \\\", \\b, \\f, \\n, \\r, \\t, \\uXXXX or "
        "\\UXXXXXXXX");
  CHECK(error_of("RETURN '\\u12'") == "query:1:9: invalid unicode escape: expected 4 hexadecimal digits");
  CHECK(error_of("RETURN 1 # 2") == "query:1:10: unexpected character '#'");
  CHECK(error_of("RETURN 12abc") == "query:1:8: invalid number \"12abc\"");
  CHECK(error_of("RETURN $") == "query:1:8: expected a parameter name after $");
  CHECK(error_of("MATCH\n  (n:`x") == "query:2:6: unterminated `name`: expected `");
}

TEST_CASE("Locations count lines and columns from where the statement starts in its file", "[cypher]") {
  const Source source{"RETURN\n  'x", "script.cypher", 4, 10};
  try {
    tokenize(source);
    FAIL("no error");
  } catch (const kg::graph::InputError& error) {
    CHECK(std::string(error.what()) == "script.cypher:5:3: unterminated string: expected '");
  }
  CHECK(source.location(2).to_string() == "script.cypher:4:12");
}

TEST_CASE("Tokens are described in messages as a reader sees them", "[cypher]") {
  const auto tokens = lex("MATCH 12 1.5 'x' $p `q`");
  CHECK(describe(tokens[0]) == "'MATCH'");
  CHECK(describe(tokens[1]) == "the integer 12");
  CHECK(describe(tokens[2]) == "the number 1.5");
  CHECK(describe(tokens[3]) == "a string");
  CHECK(describe(tokens[4]) == "the parameter $p");
  CHECK(describe(tokens[5]) == "`q`");
  CHECK(describe(tokens[6]) == "end of input");
}
