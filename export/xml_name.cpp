#include "xml_name.h"

#include <algorithm>
#include <iterator>

#include "kg/graph/text.h"

namespace kg::io::detail {
namespace {

// The code point of the valid UTF-8 sequence of `length` bytes at text[i].
char32_t code_point(std::string_view text, std::size_t i, std::size_t length) {
  static constexpr unsigned char kLeadMask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t point = static_cast<unsigned char>(text[i]) & kLeadMask[length];
  for (std::size_t k = 1; k < length; ++k) point = (point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  return point;
}

// A non-ASCII character that every XML name validator accepts in an NMTOKEN: XML 1.0's (fifth edition) name
// characters in the Basic Multilingual Plane, less the blocks of symbols and punctuation that older validators
// (libxml2's, by the fourth edition's tables) refuse: letters and digits of any script, combining marks, `·`.
bool is_name_character(char32_t c) {
  struct Range {
    char32_t first, last;
  };
  static constexpr Range kRanges[] = {{0xB7, 0xB7},     {0xC0, 0xD6},     {0xD8, 0xF6},     {0xF8, 0x37D},
                                      {0x37F, 0x1FFF},  {0x200C, 0x200D}, {0x203F, 0x2040}, {0x3041, 0xD7FF},
                                      {0xF900, 0xFDCF}, {0xFDF0, 0xFEFE}};
  return std::any_of(std::begin(kRanges), std::end(kRanges),
                     [c](const Range& range) { return c >= range.first && c <= range.last; });
}

bool is_plain(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

// Calls keep(i, length) for each name character of `text` and replace(i) once for every other character.
template <class Keep, class Replace>
void scan(std::string_view text, Keep&& keep, Replace&& replace) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = graph::utf8_sequence_length(text, i);
    if (is_plain(text[i]) || (length > 1 && is_name_character(code_point(text, i, length)))) {
      keep(i, length);
    } else {
      replace(i);
    }
    i += length == 0 ? 1 : length;
    while (length == 0 && i < text.size() && graph::is_utf8_continuation(text[i])) ++i;
  }
}

}  // namespace

bool is_name_token(std::string_view text) {
  bool valid = !text.empty();
  scan(
      text, [](std::size_t, std::size_t) {}, [&](std::size_t) { valid = false; });
  return valid;
}

std::string to_name_token(std::string_view text) {
  std::string name;
  scan(
      text, [&](std::size_t i, std::size_t length) { name.append(text.substr(i, length)); },
      [&](std::size_t) { name += '_'; });
  return name;
}

}  // namespace kg::io::detail
