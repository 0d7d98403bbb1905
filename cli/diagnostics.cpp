#include "diagnostics.h"

#include <fmt/core.h>

#include "kg/ingest/source_lines.h"

namespace kg::cli {

void print_diagnostic(std::string_view severity, const graph::SourceLocation& where, std::string_view message) {
  const std::optional<std::string> line = ingest::read_source_line(where.file, where.line);
  fmt::print(stderr, "{}", graph::render_diagnostic(severity, where, message, line));
}

void print_diagnostic(std::string_view severity, const graph::SourceLocation& where, std::string_view message,
                      ingest::SourceLines* lines) {
  if (lines == nullptr) return print_diagnostic(severity, where, message);
  fmt::print(stderr, "{}", graph::render_diagnostic(severity, where, message, lines->line(where.line)));
}

void print_diagnostic(std::string_view severity, const graph::SourceLocation& where, std::string_view message,
                      std::string_view text) {
  fmt::print(stderr, "{}", graph::render_diagnostic(severity, where, message, graph::line_of(text, where.line)));
}

graph::WarningSink warning_printer(bool quiet) {
  if (quiet) return {};
  return
      [](const graph::SourceLocation& where, std::string_view message) { print_diagnostic("warning", where, message); };
}

}  // namespace kg::cli
