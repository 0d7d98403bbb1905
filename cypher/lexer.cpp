#include "lexer.h"

#include <fmt/format.h>

#include <cctype>
#include "kg/graph/text.h"

namespace kg::cypher::detail {
namespace {

bool starts_name(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
bool continues_name(char c) { return starts_name(c) || std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

void append_utf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

class Lexer {
 public:
  explicit Lexer(const Source& source) : source_(source), text_(source.text) {}

  std::vector<Token> run() {
    std::vector<Token> tokens;
    for (;;) {
      skip_space_and_comments();
      if (pos_ >= text_.size()) {
        tokens.push_back({TokenKind::end, static_cast<std::uint32_t>(text_.size()), 0, {}});
        return tokens;
      }
      tokens.push_back(next());
    }
  }

 private:
  char peek(std::size_t ahead = 0) const { return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0'; }
  std::uint32_t at() const { return static_cast<std::uint32_t>(pos_); }

  void skip_space_and_comments() {
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (std::isspace(static_cast<unsigned char>(c)) != 0) {
        ++pos_;
      } else if (c == '/' && peek(1) == '/') {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      } else if (c == '/' && peek(1) == '*') {
        const std::size_t close = text_.find("*/", pos_ + 2);
        if (close == std::string_view::npos) source_.fail(at(), "unterminated comment: expected */");
        pos_ = close + 2;
      } else {
        return;
      }
    }
  }

  Token make(TokenKind kind, std::size_t start, std::string text) const {
    return {kind, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos_ - start), std::move(text)};
  }

  Token next() {
    const std::size_t start = pos_;
    const char c = text_[pos_];
    if (starts_name(c)) {
      while (pos_ < text_.size() && continues_name(text_[pos_])) ++pos_;
      return make(TokenKind::identifier, start, std::string(text_.substr(start, pos_ - start)));
    }
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return number(start);
    if (c == '\'' || c == '"') return string_literal(start, c);
    if (c == '`') return make(TokenKind::quoted, start, quoted_name(start));
    if (c == '$') return parameter(start);
    return symbol(start);
  }

  std::string quoted_name(std::size_t start) {
    std::string name;
    ++pos_;
    for (;;) {
      if (pos_ >= text_.size()) source_.fail(static_cast<std::uint32_t>(start), "unterminated `name`: expected `");
      if (text_[pos_] == '`') {
        if (peek(1) != '`') break;
        ++pos_;
      }
      name.push_back(text_[pos_++]);
    }
    ++pos_;
    return name;
  }

  Token parameter(std::size_t start) {
    ++pos_;
    if (peek() == '`') return make(TokenKind::parameter, start, quoted_name(pos_));
    const std::size_t name_start = pos_;
    if (is_digit(peek())) {
      while (is_digit(peek())) ++pos_;
    } else {
      while (pos_ < text_.size() && continues_name(text_[pos_])) ++pos_;
    }
    if (pos_ == name_start) source_.fail(static_cast<std::uint32_t>(start), "expected a parameter name after $");
    return make(TokenKind::parameter, start, std::string(text_.substr(name_start, pos_ - name_start)));
  }

  Token number(std::size_t start) {
    if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O')) {
      pos_ += 2;
      while (pos_ < text_.size() && std::isalnum(static_cast<unsigned char>(text_[pos_])) != 0) ++pos_;
      return make(TokenKind::integer, start, std::string(text_.substr(start, pos_ - start)));
    }
    bool real = false;
    while (is_digit(peek())) ++pos_;
    if (peek() == '.' && is_digit(peek(1))) {
      real = true;
      ++pos_;
      while (is_digit(peek())) ++pos_;
    }
    if ((peek() == 'e' || peek() == 'E') &&
        (is_digit(peek(1)) || ((peek(1) == '-' || peek(1) == '+') && is_digit(peek(2))))) {
      real = true;
      pos_ += 2;
      while (is_digit(peek())) ++pos_;
    }
    if (continues_name(peek())) {
      while (pos_ < text_.size() && continues_name(text_[pos_])) ++pos_;
      source_.fail(static_cast<std::uint32_t>(start),
                   fmt::format("invalid number \"{}\"", text_.substr(start, pos_ - start)));
    }
    return make(real ? TokenKind::real : TokenKind::integer, start, std::string(text_.substr(start, pos_ - start)));
  }

  std::uint32_t hex_digits(std::size_t count, std::size_t escape_at) {
    std::uint32_t code = 0;
    for (std::size_t i = 0; i < count; ++i) {
      const char h = peek();
      if (std::isxdigit(static_cast<unsigned char>(h)) == 0) {
        source_.fail(static_cast<std::uint32_t>(escape_at),
                     fmt::format("invalid unicode escape: expected {} hexadecimal digits", count));
      }
      code = code * 16 + static_cast<std::uint32_t>(is_digit(h) ? h - '0' : std::tolower(h) - 'a' + 10);
      ++pos_;
    }
    if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      source_.fail(static_cast<std::uint32_t>(escape_at), "invalid unicode escape: not a character");
    }
    return code;
  }

  Token string_literal(std::size_t start, char quote) {
    std::string value;
    ++pos_;
    for (;;) {
      if (pos_ >= text_.size()) {
        source_.fail(static_cast<std::uint32_t>(start), fmt::format("unterminated string: expected {}", quote));
      }
      const char c = text_[pos_];
      if (c == quote) break;
      if (c != '\\') {
        value.push_back(c);
        ++pos_;
        continue;
      }
      const std::size_t escape_at = pos_;
      pos_ += 2;
      switch (text_.size() > escape_at + 1 ? text_[escape_at + 1] : '\0') {
        case '\\':
          value.push_back('\\');
          break;
        case '\'':
          value.push_back('\'');
          break;
        case '"':
          value.push_back('"');
          break;
        case 'b':
          value.push_back('\b');
          break;
        case 'f':
          value.push_back('\f');
          break;
        case 'n':
          value.push_back('\n');
          break;
        case 'r':
          value.push_back('\r');
          break;
        case 't':
          value.push_back('\t');
          break;
        case 'u':
          append_utf8(value, hex_digits(4, escape_at));
          break;
        case 'U':
          append_utf8(value, hex_digits(8, escape_at));
          break;
        default:
          source_.fail(static_cast<std::uint32_t>(escape_at),
                       "invalid escape in a string: expected \\\\, \\', \\\", \\b, \\f, \\n, \\r, \\t, \\uXXXX or "
                       "\\UXXXXXXXX");
      }
    }
    ++pos_;
    return make(TokenKind::string, start, std::move(value));
  }

  Token symbol(std::size_t start) {
    static constexpr std::string_view kTwo[] = {"..", "<>", "!=", "<=", ">=", "=~", "+="};
    for (std::string_view two : kTwo) {
      if (text_.substr(pos_, 2) == two) {
        pos_ += 2;
        return make(TokenKind::symbol, start, std::string(two));
      }
    }
    static constexpr std::string_view kOne = "()[]{},.:;|+-*/%^=<>";
    const char c = text_[pos_];
    if (kOne.find(c) == std::string_view::npos) {
      const auto byte = static_cast<unsigned char>(c);
      source_.fail(at(), std::isprint(byte) != 0 ? fmt::format("unexpected character '{}'", c)
                                                 : fmt::format("unexpected character (byte 0x{:02x})", byte));
    }
    ++pos_;
    return make(TokenKind::symbol, start, std::string(1, c));
  }

  const Source& source_;
  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

bool Token::is_keyword(std::string_view keyword) const {
  return kind == TokenKind::identifier && graph::equals_ascii_folded(text, keyword);
}

std::vector<Token> tokenize(const Source& source) { return Lexer(source).run(); }

std::string describe(const Token& token) {
  switch (token.kind) {
    case TokenKind::end:
      return "end of input";
    case TokenKind::identifier:
    case TokenKind::symbol:
      return fmt::format("'{}'", token.text);
    case TokenKind::quoted:
      return fmt::format("`{}`", token.text);
    case TokenKind::integer:
      return fmt::format("the integer {}", token.text);
    case TokenKind::real:
      return fmt::format("the number {}", token.text);
    case TokenKind::string:
      return "a string";
    case TokenKind::parameter:
      return fmt::format("the parameter ${}", token.text);
  }
  return "a token";
}

}  // namespace kg::cypher::detail
