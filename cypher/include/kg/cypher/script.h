#pragma once
/// Scripts: several statements separated by `;` (in a file for `kg query -f`, or typed into `kg shell`), split
/// where a `;` ends a statement (not inside a string, a `name` or a comment), each with where it starts, so that
/// prepare() can cite `script.cypher:LINE:COL`.
///
///   for (const auto& statement : kg::cypher::split_statements(text, "script.cypher"))
///     auto query = kg::cypher::prepare(graph, statement.text, {.source_name = "script.cypher",
///                                                              .line = statement.line, .column = statement.column});
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cypher {

struct ScriptStatement {
  std::string_view text;  ///< the statement without its `;`, a view into the script
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

/// The statements of `script` in order; blank ones (white space and comments only) are skipped. Throws
/// graph::InputError located in `source_name` on an unterminated string, name or comment.
std::vector<ScriptStatement> split_statements(std::string_view script, std::string_view source_name);

/// True when `text` ends with a `;` that closes a statement (for a shell reading line by line), false while a
/// string, name or comment is still open or no `;` ends it.
bool statement_complete(std::string_view text);

}  // namespace kg::cypher
