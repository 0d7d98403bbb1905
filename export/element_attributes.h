#pragma once
// ElementAttributes: the attribute values of one node or edge (built-ins computed from the graph, then its
// properties), walked column by column so every writer formats the same values.
#include <cmath>
#include <cstdint>
#include <span>
#include <string_view>
#include <variant>
#include <vector>

#include "attribute_schema.h"
#include "kg/graph/graph.h"
#include "kg/graph/text.h"
#include "output.h"

namespace kg::io::detail {

/// A list attribute (aliases, sources, quotes): written as one string joined by kListSeparator, or as a JSON array.
struct TextList {
  std::span<const std::string_view> items;
};
inline constexpr std::string_view kListSeparator = "; ";

using AttrValue = std::variant<std::string_view, std::int64_t, double, bool, TextList>;

/// The first and last date an edge's statements give; undated when none is dated.
struct EdgeDates {
  graph::PartialDate first;  ///< the statement date with the earliest first day
  graph::PartialDate last;   ///< the statement date with the latest last day
};
EdgeDates edge_dates(const graph::Graph& graph, graph::EdgeId edge);

class ElementAttributes {
 public:
  ElementAttributes(const graph::Graph& graph, const AttributeSchema& schema) : graph_(graph), schema_(schema) {}

  /// Calls visit(column index, value) for every attribute node `node` has: built-ins in NodeColumn order (aliases
  /// and merged_from only when it has them), then the computed attributes (those not NaN for it), then its
  /// properties.
  template <class Visit>
  void node(graph::NodeId node, Visit&& visit) {
    visit(kEntityId, AttrValue(graph_.node_key(node)));
    visit(kNodeLabel, AttrValue(graph_.node_name(node)));
    visit(kNodeName, AttrValue(graph_.node_name(node)));
    visit(kNodeType, AttrValue(graph_.type_name(graph_.node_type(node))));
    list_ = graph_.node_aliases(node);
    if (!list_.empty()) visit(kAliases, AttrValue(TextList{list_}));
    merge_note_ = graph::merge_note(graph_, node);
    if (!merge_note_.empty()) visit(kMergedFrom, AttrValue(std::string_view(merge_note_)));
    for (std::uint32_t i = 0; i < schema_.computed.size(); ++i) {
      const NodeAttribute& attribute = schema_.computed[i];
      const double value = attribute.values[node.value];
      if (std::isnan(value)) continue;
      visit(schema_.computed_first + i,
            attribute.type == AttributeType::integer ? AttrValue(static_cast<std::int64_t>(value)) : AttrValue(value));
    }
    for (const graph::Property& property : graph_.node_properties(node)) {
      visit(schema_.nodes.column_of(property.key), to_value(property.value));
    }
  }

  /// Calls visit(column index, value) for every attribute edge `edge` has: built-ins in EdgeColumn order (those
  /// it has: confidence, dates, sources and quotes may be missing), then its properties.
  template <class Visit>
  void edge(graph::EdgeId edge, Visit&& visit) {
    const std::string_view predicate = graph_.predicate_name(graph_.edge_predicate(edge));
    visit(kEdgeLabel, AttrValue(predicate));
    visit(kPredicate, AttrValue(predicate));
    collect_provenance(edge);
    visit(kWeight, AttrValue(std::int64_t{weight_}));
    if (const auto confidence = graph_.edge_confidence(edge))
      visit(kConfidence, AttrValue(graph::shortest_double(*confidence)));
    if (dates_.first.dated()) {
      visit(kFirstDate, AttrValue(std::string_view(first_date_)));
      visit(kLastDate, AttrValue(std::string_view(last_date_)));
    }
    if (!list_.empty()) visit(kSources, AttrValue(TextList{list_}));
    if (!quotes_.empty()) visit(kQuotes, AttrValue(TextList{quotes_}));
    if (!grades_.empty()) visit(kGrades, AttrValue(TextList{grade_views_}));
    for (const graph::Property& property : graph_.edge_properties(edge)) {
      visit(schema_.edges.column_of(property.key), to_value(property.value));
    }
  }

 private:
  static AttrValue to_value(const graph::PropertyValue& value) {
    return std::visit([](auto v) { return AttrValue(v); }, value);
  }
  // Fills weight_, dates_, first_date_/last_date_, list_ (distinct source ids), quotes_ (distinct quotes) and
  // grades_ (distinct statement grades, best first).
  void collect_provenance(graph::EdgeId edge);

  const graph::Graph& graph_;
  const AttributeSchema& schema_;
  std::vector<std::string_view> list_;
  std::vector<std::string_view> quotes_;
  std::vector<std::string> grades_;
  std::vector<std::string_view> grade_views_;
  std::int64_t weight_ = 1;
  EdgeDates dates_;
  std::string first_date_, last_date_;
  std::string merge_note_;
};

/// Writes `value` as the text of a `type` column: an int in a double column as 3.0, anything in a string column
/// as its text, lists joined by kListSeparator, strings escaped by `escapes`.
void write_value(Output& out, const AttrValue& value, AttrType type, const EscapeTable& escapes);

}  // namespace kg::io::detail
