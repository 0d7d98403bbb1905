#pragma once
/// Typed values of text cells (CSV and TSV property columns).
#include <optional>
#include <string_view>

#include "kg/graph/property.h"

namespace kg::ingest::detail {

/// `true`/`false` → bool, a decimal integer that fits 64 bits → integer, a decimal number → double, anything else
/// (including numbers with a leading zero such as `007`, which are usually codes) → the text itself.
kg::graph::PropertyValue typed_cell(std::string_view text);

/// The number `text` denotes, if all of it is a decimal number.
std::optional<double> parse_number(std::string_view text);

}  // namespace kg::ingest::detail
