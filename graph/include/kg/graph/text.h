#pragma once
/// Small text helpers every layer shares: ASCII case, UTF-8 character counting, the shortest text of a float.
#include <cstddef>
#include <string>
#include <string_view>

namespace kg::graph {

/// `c` lower-cased if it is an ASCII capital letter; any other byte unchanged (UTF-8 safe).
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// `text` with its ASCII letters lower-cased.
std::string ascii_lowercase(std::string_view text);

/// True when `a` and `b` are equal once their ASCII letters are lower-cased.
bool equals_ascii_folded(std::string_view a, std::string_view b);

/// True when `text` is empty or holds only ASCII white space (space, tab, CR, LF, form feed, vertical tab).
constexpr bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

/// True for a UTF-8 continuation byte (10xxxxxx): a byte that does not start a character.
constexpr bool is_utf8_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

/// The length of the valid UTF-8 sequence that starts at text[i]: 1 for ASCII, 2 to 4 for a well-formed
/// multi-byte character, 0 when it is invalid (a stray continuation byte, an overlong form, a UTF-16 surrogate, a
/// code point above U+10FFFF, or a sequence cut short by the end of `text`). `i` must be below text.size().
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

/// The index of the first byte of the first invalid UTF-8 sequence in `text`, or std::string_view::npos (the
/// rules of utf8_sequence_length; ASCII is skipped eight bytes at a time).
std::size_t find_invalid_utf8(std::string_view text);

/// The number of characters (code points) of UTF-8 `text`: its bytes that are not continuation bytes.
std::size_t utf8_length(std::string_view text);

/// `text` safe to show on a terminal: every control character is written as an escape — `\n`, `\t`, `\r`,
/// `\x1b` for the other C0 characters and DEL, `\u009b` for C1 (U+0080–U+009F) — and so is every byte of invalid
/// UTF-8 (`\xff`), so that text from an input can never move the cursor, recolour or retitle a terminal. Line feeds
/// and tabs stay as they are when `keep_line_breaks`. For human output only: JSON and CSV stay exact.
std::string escape_controls(std::string_view text, bool keep_line_breaks = false);

/// The double whose shortest decimal text is the float's shortest text (0.7f → 0.7, not 0.699999988079071), so a
/// confidence stated as 0.7 is written as 0.7 in JSON and every export.
double shortest_double(float value);

}  // namespace kg::graph
