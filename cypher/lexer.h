#pragma once
// Lexer: Cypher text to tokens, each with its byte offset. Keywords are identifiers (the parser compares them
// case-insensitively); punctuation is one token per symbol, arrows are assembled by the parser.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "source.h"

namespace kg::cypher::detail {

enum class TokenKind : std::uint8_t {
  end,         ///< end of text
  identifier,  ///< a name or keyword as written
  quoted,      ///< a `backticked` name (text holds it unescaped)
  integer,     ///< decimal, 0x hexadecimal or 0o octal digits (text as written)
  real,        ///< a decimal number with a fraction or exponent
  string,      ///< '...' or "..." (text holds it unescaped)
  parameter,   ///< $name or $0 (text holds the name)
  symbol,      ///< punctuation: one of ( ) [ ] { } , . .. : ; | + - * / % ^ = <> != < > <= >= =~ += $
};

struct Token {
  TokenKind kind = TokenKind::end;
  std::uint32_t offset = 0;  ///< first byte in the source text
  std::uint32_t length = 0;  ///< bytes in the source text
  std::string text;

  bool is_symbol(std::string_view symbol) const { return kind == TokenKind::symbol && text == symbol; }
  /// An identifier equal to `keyword` ignoring ASCII case.
  bool is_keyword(std::string_view keyword) const;
};

/// Tokenizes the whole statement; the last token is `end`. Throws graph::InputError on an unterminated string or
/// comment, an invalid escape or a character that starts no token.
std::vector<Token> tokenize(const Source& source);

/// How a token is described in "expected ..., got ..." messages: `'MATCH'`, `an integer`, `end of input`.
std::string describe(const Token& token);

}  // namespace kg::cypher::detail
