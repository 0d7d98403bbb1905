#include "element_attributes.h"

#include <fmt/format.h>

#include <algorithm>

namespace kg::io::detail {

EdgeDates edge_dates(const graph::Graph& graph, graph::EdgeId edge) {
  EdgeDates dates;
  for (graph::ProvenanceId p : graph.provenance(edge)) {
    const graph::PartialDate date = graph.provenance_date(p);
    if (!date.dated()) continue;
    if (!dates.first.dated() || date.earliest() < dates.first.earliest()) dates.first = date;
    if (!dates.last.dated() || date.latest() > dates.last.latest()) dates.last = date;
  }
  return dates;
}

void ElementAttributes::collect_provenance(graph::EdgeId edge) {
  list_.clear();
  quotes_.clear();
  std::vector<graph::Grade> grades;
  for (graph::ProvenanceId p : graph_.provenance(edge)) {
    const graph::Grade grade = graph_.provenance_grade(p);
    if (grade.graded() && std::find(grades.begin(), grades.end(), grade) == grades.end()) grades.push_back(grade);
    const graph::SourceId source = graph_.provenance_source(p);
    if (source.value != 0) {
      const std::string_view key = graph_.source_key(source);
      if (std::find(list_.begin(), list_.end(), key) == list_.end()) list_.push_back(key);
    }
    const std::string_view quote = graph_.provenance_quote(p);
    if (!quote.empty() && std::find(quotes_.begin(), quotes_.end(), quote) == quotes_.end()) {
      quotes_.push_back(quote);
    }
  }
  // Best first: A before F and 1 before 6 (an ungraded part last).
  const auto rank = [](std::uint8_t part) { return part == 0 ? 7 : part; };
  std::sort(grades.begin(), grades.end(), [&](graph::Grade a, graph::Grade b) {
    return std::pair(rank(a.reliability), rank(a.credibility)) < std::pair(rank(b.reliability), rank(b.credibility));
  });
  grades_.clear();
  for (graph::Grade grade : grades) grades_.push_back(grade.to_string());
  grade_views_.assign(grades_.begin(), grades_.end());
  weight_ = std::max<std::int64_t>(1, static_cast<std::int64_t>(list_.size()));
  dates_ = edge_dates(graph_, edge);
  if (dates_.first.dated()) {
    first_date_ = dates_.first.to_string();
    last_date_ = dates_.last.to_string();
  }
}

void write_value(Output& out, const AttrValue& value, AttrType type, const EscapeTable& escapes) {
  if (const auto* text = std::get_if<std::string_view>(&value)) return out.escaped(*text, escapes);
  if (const auto* list = std::get_if<TextList>(&value)) {
    for (std::size_t i = 0; i < list->items.size(); ++i) {
      if (i != 0) out.append(kListSeparator);
      out.escaped(list->items[i], escapes);
    }
    return;
  }
  if (const auto* flag = std::get_if<bool>(&value)) return out.append(*flag ? "true" : "false");
  if (const auto* number = std::get_if<std::int64_t>(&value)) {
    return type == AttrType::real ? out.real(static_cast<double>(*number)) : out.integer(*number);
  }
  out.real(std::get<double>(value));
}

}  // namespace kg::io::detail
