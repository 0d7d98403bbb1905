#pragma once
/// How names, aliases and ids are compared: as a reader would, whatever the case, the Unicode form, the kind of
/// apostrophe, quote or dash and the white space they were typed with.
#include <string>
#include <string_view>

namespace kg::graph {

/// Folds `text` for matching:
/// - NFKC normalisation and Unicode full case folding (utf8proc): `Мирзо` = `мирзо`, `Straße` = `STRASSE`,
///   `ΟΔΥΣΣΕΥΣ` = `οδυσσευς`, `é` precomposed = `e` + combining acute, full-width `ＡＢＣ` = `abc`;
///   Turkish dotted capital `İ` folds to `i` like `I` does, while dotless `ı` stays a letter of its own;
/// - default-ignorable characters (soft hyphen, zero-width space, ...) dropped;
/// - apostrophes and single quotes (’ ‘ ʼ ʻ ` ´ ′ ‹ › ...) made `'`, double quotes (“ ” „ « » ″ ...) `"`, dashes
///   (every Unicode dash, and the minus sign) `-`;
/// - leading and trailing white space dropped, inner runs of white space (any Unicode space, tab, line breaks)
///   made one space.
/// ASCII text takes a fast path (lower-casing, ` as ', white space). Text that is not valid UTF-8 is folded as
/// ASCII only, its other bytes kept. Folding is idempotent: fold_name(fold_name(x)) == fold_name(x).
std::string fold_name(std::string_view text);

/// Appends the folded form of `text` to `out` (the allocation-free form of fold_name for hot loops).
void fold_name_into(std::string_view text, std::string& out);

/// Levenshtein distance between two folded names in characters (code points), for "did you mean" suggestions;
/// max_distance + 1 when it is larger than `max_distance`. Bytes of invalid UTF-8 count as one character each.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance);

/// How far (in edit distance) a name may be from the folded `reference` to be suggested for it: a third of its
/// characters, at least 2. Shared by every "did you mean".
std::size_t suggestion_radius(std::string_view folded_reference);

}  // namespace kg::graph
