#pragma once
// Warnings that scale: the first few of each kind are printed, the rest only counted, then one line per kind.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "kg/graph/diagnostics.h"
#include "kg/ingest/source_lines.h"

namespace kg::cli {

/// A warning's kind: its message without its suggestions ("; did you mean ...") and with every quoted name ("...")
/// replaced by "…", so `unknown entity "A": ...` and `unknown entity "B": ...` are one kind.
std::string warning_kind(std::string_view message);

/// Prints (print_diagnostic, quoting the line from `lines` when given) the first `shown_per_kind` warnings of each kind
/// and counts the rest; `print_summary` then prints one line per kind that had more. shown_per_kind 0 means every
/// warning.
class WarningLimit {
 public:
  explicit WarningLimit(std::size_t shown_per_kind) : shown_per_kind_(shown_per_kind) {}
  void warn(const graph::SourceLocation& where, std::string_view message, ingest::SourceLines* lines = nullptr);
  /// `kg: N more warnings like "<kind>" (--warnings all shows every one)` for each kind over the limit.
  void print_summary() const;
  std::size_t count() const { return count_; }

 private:
  struct Kind {
    std::size_t seen = 0;
    std::size_t order = 0;  // first seen, for a stable summary
  };
  std::size_t shown_per_kind_;
  std::size_t count_ = 0;
  std::map<std::string, Kind, std::less<>> kinds_;
};

}  // namespace kg::cli
