// Escape tables for XML, JSON, DOT and CSV, and the one loop that applies them while checking UTF-8.
#include "text_escape.h"

#include "kg/graph/text.h"

namespace kg::io::detail {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Every byte below 0x80 is copied, every byte above starts a sequence to check; callers then set the exceptions.
constexpr EscapeTable base_table(ByteAction control) {
  EscapeTable table;
  for (std::size_t byte = 0; byte < 256; ++byte) {
    table.action[byte] = byte >= 0x80 ? ByteAction::multibyte : byte < 0x20 ? control : ByteAction::copy;
  }
  return table;
}

constexpr void set_escape(EscapeTable& table, char byte, std::string_view escape) {
  const auto index = static_cast<unsigned char>(byte);
  table.action[index] = ByteAction::escape;
  table.escape[index] = escape;
}

constexpr EscapeTable make_xml() {
  EscapeTable table = base_table(ByteAction::replace);
  set_escape(table, '&', "&amp;");
  set_escape(table, '<', "&lt;");
  set_escape(table, '>', "&gt;");
  set_escape(table, '"', "&quot;");
  set_escape(table, '\'', "&apos;");
  set_escape(table, '\t', "&#9;");
  set_escape(table, '\n', "&#10;");
  set_escape(table, '\r', "&#13;");
  table.allow_nonchars = false;
  return table;
}

constexpr EscapeTable make_json() {
  constexpr std::string_view kControl[32] = {
      "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
      "\\b",     "\\t",     "\\n",     "\\u000b", "\\f",     "\\r",     "\\u000e", "\\u000f",
      "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
      "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f"};
  EscapeTable table = base_table(ByteAction::escape);
  for (std::size_t byte = 0; byte < 32; ++byte) table.escape[byte] = kControl[byte];
  set_escape(table, '"', "\\\"");
  set_escape(table, '\\', "\\\\");
  return table;
}

constexpr EscapeTable make_dot() {
  EscapeTable table = base_table(ByteAction::replace);
  set_escape(table, '"', "\\\"");
  set_escape(table, '\\', "\\\\");
  set_escape(table, '\n', "\\n");
  set_escape(table, '\r', "\\r");
  table.action['\t'] = ByteAction::copy;
  return table;
}

constexpr EscapeTable make_csv() {
  EscapeTable table = base_table(ByteAction::copy);
  set_escape(table, '"', "\"\"");
  return table;
}

constexpr EscapeTable make_csv_list() {
  EscapeTable table = make_csv();
  table.action[static_cast<unsigned char>(kNeo4jArrayDelimiter)] = ByteAction::replace;
  return table;
}

bool is_nonchar(std::string_view text, std::size_t i) {  // U+FFFE or U+FFFF, encoded EF BF BE / EF BF BF
  return text[i] == '\xEF' && text[i + 1] == '\xBF' && (text[i + 2] == '\xBE' || text[i + 2] == '\xBF');
}

}  // namespace

const EscapeTable kXmlEscapes = make_xml();
const EscapeTable kJsonEscapes = make_json();
const EscapeTable kDotEscapes = make_dot();
const EscapeTable kCsvEscapes = make_csv();
const EscapeTable kCsvListEscapes = make_csv_list();

std::size_t append_escaped(fmt::memory_buffer& out, std::string_view text, const EscapeTable& table) {
  std::size_t replaced = 0;
  std::size_t run = 0;  // start of the bytes not yet appended that are copied as they are
  std::size_t i = 0;
  const auto flush_run = [&] { out.append(text.data() + run, text.data() + i); };
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    switch (table.action[byte]) {
      case ByteAction::copy:
        ++i;
        continue;
      case ByteAction::multibyte: {
        const std::size_t length = graph::utf8_sequence_length(text, i);
        if (length != 0 && (table.allow_nonchars || length != 3 || !is_nonchar(text, i))) {
          i += length;
          continue;
        }
        flush_run();
        out.append(kReplacement.data(), kReplacement.data() + kReplacement.size());
        ++replaced;
        i += length != 0 ? length : 1;
        break;
      }
      case ByteAction::escape:
        flush_run();
        out.append(table.escape[byte].data(), table.escape[byte].data() + table.escape[byte].size());
        ++i;
        break;
      case ByteAction::replace:
        flush_run();
        out.append(kReplacement.data(), kReplacement.data() + kReplacement.size());
        ++replaced;
        ++i;
        break;
    }
    run = i;
  }
  flush_run();
  return replaced;
}

}  // namespace kg::io::detail
