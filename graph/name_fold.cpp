#include "kg/graph/name_fold.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <vector>

#include "kg/graph/text.h"

namespace kg::graph {
namespace {

constexpr bool is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// True when every byte of `text` is ASCII; eight bytes at a time.
bool is_ascii(std::string_view text) {
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, 8);
    if ((word & 0x8080808080808080ULL) != 0) return false;
  }
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0x80) != 0) return false;
  }
  return true;
}

/// Appends ASCII-folded bytes: letters lower-cased, ` as ', runs of ASCII white space as one inner space. Other
/// bytes (only in the fallback for invalid UTF-8) are kept.
void fold_ascii(std::string_view text, std::string& out) {
  const std::size_t start = out.size();
  bool pending_space = false;
  for (const char c : text) {
    if (is_ascii_space(static_cast<unsigned char>(c))) {
      pending_space = out.size() != start;
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    out.push_back(c == '`' ? '\'' : ascii_lower(c));
  }
}

// Punctuation variants and the ASCII mark each folds to, sorted by code point. Dashes not listed here are found by
// their Unicode category (Pd).
struct PunctuationFold {
  utf8proc_int32_t from;
  char to;
};
constexpr PunctuationFold kPunctuation[] = {
    {0x0060, '\''}, {0x00AB, '"'},  {0x00B4, '\''}, {0x00BB, '"'},  {0x02B9, '\''}, {0x02BA, '"'},  {0x02BB, '\''},
    {0x02BC, '\''}, {0x02BD, '\''}, {0x02BE, '\''}, {0x02BF, '\''}, {0x02C8, '\''}, {0x02CA, '\''}, {0x02CB, '\''},
    {0x02DD, '"'},  {0x0374, '\''}, {0x055A, '\''}, {0x1FBD, '\''}, {0x1FBF, '\''}, {0x1FEF, '\''}, {0x1FFD, '\''},
    {0x1FFE, '\''}, {0x2018, '\''}, {0x2019, '\''}, {0x201A, '\''}, {0x201B, '\''}, {0x201C, '"'},  {0x201D, '"'},
    {0x201E, '"'},  {0x201F, '"'},  {0x2032, '\''}, {0x2033, '"'},  {0x2035, '\''}, {0x2036, '"'},  {0x2039, '\''},
    {0x203A, '\''}, {0x2212, '-'},  {0x301D, '"'},  {0x301E, '"'},  {0x301F, '"'},  {0xA78B, '\''}, {0xA78C, '\''},
    {0xFF02, '"'},  {0xFF07, '\''}, {0xFF40, '\''},
};

/// The ASCII mark a punctuation variant folds to (', " or -), or `c` itself.
utf8proc_int32_t fold_punctuation(utf8proc_int32_t c) {
  if (c < 0x60) return c;
  const auto* found =
      std::lower_bound(std::begin(kPunctuation), std::end(kPunctuation), c,
                       [](const PunctuationFold& entry, utf8proc_int32_t key) { return entry.from < key; });
  if (found != std::end(kPunctuation) && found->from == c) return found->to;
  return c >= 0x80 && utf8proc_category(c) == UTF8PROC_CATEGORY_PD ? '-' : c;
}

bool is_space(utf8proc_int32_t c) {
  if (c < 0x80) return is_ascii_space(static_cast<unsigned char>(c));
  return c == 0x85 || c == 0x2028 || c == 0x2029 || utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}

// Called by utf8proc on each code point before decomposition: punctuation that compatibility decomposition would
// otherwise turn into a space and a combining mark (´ → " ́") is made ASCII first.
utf8proc_int32_t fold_before_decomposition(utf8proc_int32_t c, void*) { return fold_punctuation(c); }

constexpr auto kDecompose = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                                           UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
constexpr auto kCompose = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);

/// Folds non-ASCII UTF-8: decomposed with compatibility mappings and case folding, then the punctuation, the
/// Turkish dot and the white space, then composed again (NFKC) and encoded. False when `text` is not valid UTF-8.
bool fold_unicode(std::string_view text, std::string& out) {
  thread_local std::vector<utf8proc_int32_t> buffer;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto length = static_cast<utf8proc_ssize_t>(text.size());
  if (buffer.size() < text.size() + 8) buffer.resize(text.size() + 8);
  utf8proc_ssize_t count = 0;
  for (;;) {
    count = utf8proc_decompose_custom(bytes, length, buffer.data(), static_cast<utf8proc_ssize_t>(buffer.size()),
                                      kDecompose, fold_before_decomposition, nullptr);
    if (count < 0) return false;
    if (static_cast<std::size_t>(count) <= buffer.size()) break;
    buffer.resize(static_cast<std::size_t>(count));
  }
  // In place: spaces collapsed and trimmed, punctuation made ASCII, U+0307 dropped after i (İ casefolds to i̇).
  utf8proc_ssize_t kept = 0;
  bool pending_space = false;
  for (utf8proc_ssize_t i = 0; i < count; ++i) {
    const utf8proc_int32_t c = buffer[static_cast<std::size_t>(i)];
    if (is_space(c)) {
      pending_space = kept != 0;
      continue;
    }
    if (c == 0x0307 && kept != 0 && buffer[static_cast<std::size_t>(kept - 1)] == 'i' && !pending_space) continue;
    if (pending_space) {
      buffer[static_cast<std::size_t>(kept++)] = ' ';
      pending_space = false;
    }
    buffer[static_cast<std::size_t>(kept++)] = fold_punctuation(c);
  }
  kept = utf8proc_normalize_utf32(buffer.data(), kept, kCompose);
  if (kept < 0) return false;
  for (utf8proc_ssize_t i = 0; i < kept; ++i) {
    utf8proc_uint8_t encoded[4];
    const utf8proc_ssize_t size = utf8proc_encode_char(buffer[static_cast<std::size_t>(i)], encoded);
    out.append(reinterpret_cast<const char*>(encoded), static_cast<std::size_t>(size));
  }
  return true;
}

/// `text` as code points; a byte of invalid UTF-8 is one code point of its own (its value plus 0x110000).
void decode(std::string_view text, std::vector<std::int32_t>& out) {
  out.clear();
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    utf8proc_int32_t c = 0;
    const utf8proc_ssize_t size = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &c);
    if (size <= 0) {
      out.push_back(0x110000 + bytes[i]);
      ++i;
    } else {
      out.push_back(c);
      i += static_cast<std::size_t>(size);
    }
  }
}

template <class Char>
std::size_t levenshtein(const Char* a, std::size_t a_size, const Char* b, std::size_t b_size,
                        std::size_t max_distance) {
  const std::size_t length_gap = a_size > b_size ? a_size - b_size : b_size - a_size;
  if (length_gap > max_distance) return max_distance + 1;
  thread_local std::vector<std::size_t> row;
  row.resize(b_size + 1);
  for (std::size_t j = 0; j <= b_size; ++j) row[j] = j;
  for (std::size_t i = 1; i <= a_size; ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t row_best = row[0];
    for (std::size_t j = 1; j <= b_size; ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      row_best = std::min(row_best, row[j]);
    }
    if (row_best > max_distance) return max_distance + 1;
  }
  return std::min(row[b_size], max_distance + 1);
}

}  // namespace

void fold_name_into(std::string_view text, std::string& out) {
  if (is_ascii(text)) return fold_ascii(text, out);
  const std::size_t start = out.size();
  if (!fold_unicode(text, out)) {
    out.resize(start);
    fold_ascii(text, out);
  }
}

std::string fold_name(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  fold_name_into(text, out);
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance) {
  if (is_ascii(a) && is_ascii(b)) return levenshtein(a.data(), a.size(), b.data(), b.size(), max_distance);
  thread_local std::vector<std::int32_t> a_chars, b_chars;
  decode(a, a_chars);
  decode(b, b_chars);
  return levenshtein(a_chars.data(), a_chars.size(), b_chars.data(), b_chars.size(), max_distance);
}

std::size_t suggestion_radius(std::string_view folded_reference) {
  return std::max<std::size_t>(2, utf8_length(folded_reference) / 3);
}

}  // namespace kg::graph
