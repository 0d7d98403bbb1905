#pragma once
// How every command prints a diagnostic: `file:line:column: severity: message`, then the source line and a caret.
#include <string_view>

#include "kg/graph/diagnostics.h"
#include "kg/ingest/source_lines.h"

namespace kg::cli {

/// Prints to stderr a diagnostic about an input file, quoting the line from the file when it can be read again.
void print_diagnostic(std::string_view severity, const graph::SourceLocation& where, std::string_view message);

/// The same, quoting the line from `lines` (what the reader kept as it passed), or from the file when null.
void print_diagnostic(std::string_view severity, const graph::SourceLocation& where, std::string_view message,
                      ingest::SourceLines* lines);

/// Prints to stderr a diagnostic about `text` (a query or script held in memory), quoting the line from it.
void print_diagnostic(std::string_view severity, const graph::SourceLocation& where, std::string_view message,
                      std::string_view text);

/// A WarningSink that prints each warning with print_diagnostic, or nothing when `quiet`.
graph::WarningSink warning_printer(bool quiet);

}  // namespace kg::cli
