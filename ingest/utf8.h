#pragma once
/// UTF-8 validation for readers that do not get it from their parser (CSV).
#include <cstddef>
#include <string_view>

namespace kg::ingest::detail {

/// The index of the first byte of the first invalid UTF-8 sequence in `text`, or std::string_view::npos.
/// Overlong forms, surrogates and code points above U+10FFFF are invalid.
std::size_t find_invalid_utf8(std::string_view text);

}  // namespace kg::ingest::detail
