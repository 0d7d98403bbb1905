#include "kg/graph/name_fold.h"

#include <algorithm>
#include <vector>

#include "kg/graph/text.h"

namespace kg::graph {
namespace {

// Length of the white-space character at `i` (ASCII space, tab, CR, LF, or UTF-8 NBSP), 0 if none.
std::size_t space_length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
  return 0;
}

}  // namespace

void fold_name_into(std::string_view text, std::string& out) {
  bool pending_space = false;
  const std::size_t start = out.size();
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t skip = space_length(text, i); skip != 0) {
      pending_space = out.size() != start;
      i += skip;
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    const char c = text[i++];
    out.push_back(ascii_lower(c));
  }
}

std::string fold_name(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  fold_name_into(text, out);
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance) {
  const std::size_t length_gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (length_gap > max_distance) return max_distance + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t row_best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      row_best = std::min(row_best, row[j]);
    }
    if (row_best > max_distance) return max_distance + 1;
  }
  return row[b.size()];
}

}  // namespace kg::graph
