#pragma once
// Escaping text for each output syntax, and making it valid UTF-8 on the way (shared by every writer).
#include <fmt/format.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kg::io::detail {

/// What happens to one input byte: copied, replaced by its escape, replaced by U+FFFD (counted), or the start of
/// a multi-byte UTF-8 sequence to check.
enum class ByteAction : std::uint8_t { copy, escape, replace, multibyte };

/// How one syntax writes text. Invalid UTF-8 always becomes U+FFFD; `allow_nonchars` says whether U+FFFE and
/// U+FFFF may be written (XML 1.0 forbids them).
struct EscapeTable {
  std::array<ByteAction, 256> action{};
  std::array<std::string_view, 128> escape{};
  bool allow_nonchars = true;
};

/// XML 1.0 attribute values and text: & < > " ' as entities, tab/LF/CR as character references, other control
/// characters, U+FFFE/U+FFFF and invalid UTF-8 replaced.
extern const EscapeTable kXmlEscapes;
/// The inside of a JSON string (RFC 8259): quote, backslash and control characters escaped.
extern const EscapeTable kJsonEscapes;
/// The inside of a Graphviz double-quoted label: quote and backslash escaped, newline as \n, CR as \r.
extern const EscapeTable kDotEscapes;
/// The inside of a double-quoted CSV field: quotes doubled.
extern const EscapeTable kCsvEscapes;
/// The Neo4j array delimiter (and label separator) kg uses, U+001F (unit separator): a control character, so no
/// text kg writes with kCsvListEscapes ever contains it.
inline constexpr char kNeo4jArrayDelimiter = '\x1f';
/// A CSV field that is an element of a Neo4j array or a label: as kCsvEscapes, and kNeo4jArrayDelimiter replaced.
extern const EscapeTable kCsvListEscapes;

/// Appends `text` to `out` escaped by `table`; returns how many characters were replaced by U+FFFD.
std::size_t append_escaped(fmt::memory_buffer& out, std::string_view text, const EscapeTable& table);

}  // namespace kg::io::detail
