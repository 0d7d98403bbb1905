#include "warning_limit.h"

#include <fmt/core.h>

#include <algorithm>
#include <vector>

#include "diagnostics.h"
#include "kg/graph/text.h"

namespace kg::cli {

std::string warning_kind(std::string_view message) {
  message = message.substr(0, message.find("; did you mean"));  // the suggestions differ from one name to the next
  std::string kind;
  bool quoted = false;
  for (char c : message) {
    if (c == '"') {
      if (!quoted) kind += "\"…\"";
      quoted = !quoted;
    } else if (!quoted) {
      kind += c;
    }
  }
  return kind;
}

void WarningLimit::warn(const graph::SourceLocation& where, std::string_view message, ingest::SourceLines* lines) {
  ++count_;
  std::string kind = warning_kind(message);
  auto found = kinds_.find(kind);
  if (found == kinds_.end()) found = kinds_.emplace(std::move(kind), Kind{0, kinds_.size()}).first;
  if (shown_per_kind_ == 0 || found->second.seen++ < shown_per_kind_)
    print_diagnostic("warning", where, message, lines);
}

void WarningLimit::print_summary() const {
  if (shown_per_kind_ == 0) return;
  std::vector<const std::pair<const std::string, Kind>*> over;
  for (const auto& entry : kinds_) {
    if (entry.second.seen > shown_per_kind_) over.push_back(&entry);
  }
  std::sort(over.begin(), over.end(), [](auto* a, auto* b) { return a->second.order < b->second.order; });
  for (const auto* entry : over) {
    const std::size_t more = entry->second.seen - shown_per_kind_;
    fmt::print(stderr, "kg: {} more warning{} like '{}' (--warnings all shows every one)\n", more, more == 1 ? "" : "s",
               graph::escape_controls(entry->first));
  }
}

}  // namespace kg::cli
