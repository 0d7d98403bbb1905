#pragma once
/// How names, aliases and ids are compared: case-insensitively, with runs of white space folded to one space.
#include <string>
#include <string_view>

namespace kg::graph {

/// Folds `text` for matching: ASCII letters lower-cased, leading/trailing white space dropped, inner runs of white
/// space (space, tab, newline, CR, NBSP) made one space. Non-ASCII letters are compared as written.
std::string fold_name(std::string_view text);

/// Appends the folded form of `text` to `out` (the allocation-free form of fold_name for hot loops).
void fold_name_into(std::string_view text, std::string& out);

/// Levenshtein distance between two folded names, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance);

}  // namespace kg::graph
