#pragma once
// CSV fields and rows (RFC 4180 quoting: a field holding a comma, quote or line break is quoted, quotes doubled).
#include <initializer_list>
#include <string_view>

#include "kg/render/output.h"

namespace kg::render::detail {

void write_csv_field(Output& out, std::string_view text);

/// The fields separated by commas, then a line break.
void write_csv_row(Output& out, std::initializer_list<std::string_view> fields);

}  // namespace kg::render::detail
