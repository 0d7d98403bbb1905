#pragma once
/// Where a problem in user input is, and the errors and warnings that cite it.
#include <cstdint>
#include <functional>
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

/// Renders a diagnostic as ninja does: `file:line:column: error: message`, then the source line and a caret under
/// the column when the file can be read. `severity` is "error" or "warning".
std::string render_diagnostic(std::string_view severity, const SourceLocation& where, std::string_view message);

}  // namespace kg::graph
