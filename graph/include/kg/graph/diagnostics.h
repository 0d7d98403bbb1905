#pragma once
/// Where a problem in user input is, and the errors and warnings that cite it.
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::graph {

/// A position in an input file; line and column count from 1 (column in bytes). Line 0 means "the whole file".
struct SourceLocation {
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  /// `file:line:column`, `file:line` or `file`, whichever is known.
  std::string to_string() const;
};

/// Bad user input: an expected outcome, reported with its location. what() is `file:line:column: message`.
class InputError : public std::runtime_error {
 public:
  InputError(SourceLocation where, std::string message);
  const SourceLocation& where() const { return where_; }
  const std::string& message() const { return message_; }

 private:
  SourceLocation where_;
  std::string message_;
};

/// Receives warnings (unknown field, unresolved reference created as Entity, ...) as they are found.
using WarningSink = std::function<void(const SourceLocation& where, std::string_view message)>;

/// Renders a diagnostic as ninja does: `file:line:column: error: message`, then `source_line` (the text of line
/// `where.line`, as the reader or the query held it) with a caret under the column. Without a source line, or with
/// one the column does not fit, the diagnostic is the first line only. `severity` is "error" or "warning".
///
///   render_diagnostic("error", {"query", 1, 8}, "expected a pattern", line_of(query_text, 1));
std::string render_diagnostic(std::string_view severity, const SourceLocation& where, std::string_view message,
                              std::optional<std::string_view> source_line);

/// Line `number` (from 1) of `text` without its line break (`\n` or `\r\n`); nullopt when `text` has fewer lines.
std::optional<std::string_view> line_of(std::string_view text, std::uint32_t number);

}  // namespace kg::graph
