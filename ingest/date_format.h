#pragma once
/// Dates as foreign CSV files write them (`12-SEP-2006`, `09/12/2006`), read by a strptime-like format.
#include <optional>
#include <string_view>

#include "kg/graph/date.h"

namespace kg::ingest::detail {

/// Parses all of `text` by `format`: `%Y` (four digits), `%m` and `%d` (one or two digits), `%b` (Jan ... Dec),
/// `%B` (January ... December), `%%`, and other characters as themselves; month names in any case. A format
/// without `%d` (or `%m`) gives a partial date. nullopt when the text does not fit or the date is impossible.
std::optional<kg::graph::PartialDate> parse_date_with_format(std::string_view text, std::string_view format);

}  // namespace kg::ingest::detail
