#pragma once
// Text for aligned columns: one line, cut to a number of characters, padded to a width (UTF-8 aware).
#include <cstddef>
#include <string>
#include <string_view>

namespace kg::render::detail {

/// `text` on one line and safe for a terminal: tabs, carriage returns and line feeds become spaces, so that columns
/// stay aligned, and every other control character is shown escaped (`\x1b`; graph::escape_controls).
std::string one_line(std::string_view text);

/// `text` cut to `limit` characters (never inside a UTF-8 sequence), with `…` when cut.
std::string truncated(std::string_view text, std::size_t limit);

/// `count` and `word`, in the plural unless count is 1: "1 edge", "70 edges".
std::string plural(std::size_t count, std::string_view word);

/// `text` padded with spaces to `width` characters (left-aligned), or right-aligned when `right`.
std::string padded(std::string_view text, std::size_t width, bool right = false);

}  // namespace kg::render::detail
