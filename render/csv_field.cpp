#include "csv_field.h"

namespace kg::render::detail {

void write_csv_field(Output& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.write(text);
    return;
  }
  out.put('"');
  for (char c : text) {
    if (c == '"') out.put('"');
    out.put(c);
  }
  out.put('"');
}

void write_csv_row(Output& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view text : fields) {
    if (!first) out.put(',');
    first = false;
    write_csv_field(out, text);
  }
  out.put('\n');
}

}  // namespace kg::render::detail
