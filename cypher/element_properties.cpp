#include "element_properties.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "kg/graph/text.h"

namespace kg::cypher::detail {
namespace {

constexpr std::array<std::string_view, 3> kNodeBuiltins = {"id", "name", "aliases"};
constexpr std::array<std::string_view, 7> kRelationshipBuiltins = {
    "confidence", "sources", "quotes", "first_date", "last_date", "source_count", "statements"};

Value date_value(graph::PartialDate date) { return date.dated() ? Value::string(date.to_string()) : Value(); }

Value statement_map(const graph::Graph& graph, graph::ProvenanceId record) {
  const graph::SourceId source = graph.provenance_source(record);
  const std::optional<float> confidence = graph.provenance_confidence(record);
  const std::string_view quote = graph.provenance_quote(record);
  const graph::Grade grade = graph.provenance_grade(record);
  return Value::map({
      {"source", source.value == 0 ? Value() : Value::graph_string(graph.source_key(source))},
      {"grade", grade.graded() ? Value::string(grade.to_string()) : Value()},
      {"date", date_value(graph.provenance_date(record))},
      {"confidence", confidence ? Value::real(graph::shortest_double(*confidence)) : Value()},
      {"quote", quote.empty() ? Value() : Value::graph_string(quote)},
  });
}

Value evidence(const ExecContext& ctx, graph::EdgeId edge, std::string_view key) {
  const graph::Graph& graph = ctx.graph;
  if (key == "confidence") {
    std::optional<float> best;
    for (const graph::ProvenanceId record : graph.provenance(edge)) {
      const std::optional<float> stated = graph.provenance_confidence(record);
      if (stated && ctx.statement_passes(record) && (!best || *stated > *best)) best = stated;
    }
    return best ? Value::real(graph::shortest_double(*best)) : Value();
  }
  if (key == "first_date" || key == "last_date") {
    const bool earliest = key == "first_date";
    std::optional<graph::PartialDate> chosen;
    for (const graph::ProvenanceId record : graph.provenance(edge)) {
      const graph::PartialDate date = graph.provenance_date(record);
      if (!date.dated() || !ctx.statement_passes(record)) continue;
      if (!chosen || (earliest ? date.earliest() < chosen->earliest() : date.latest() > chosen->latest())) {
        chosen = date;
      }
    }
    return chosen ? date_value(*chosen) : Value();
  }
  if (key == "sources" || key == "source_count") {
    std::vector<graph::SourceId> seen;
    query::ValueList sources;
    for (const graph::ProvenanceId record : graph.provenance(edge)) {
      const graph::SourceId source = graph.provenance_source(record);
      if (source.value == 0 || !ctx.statement_passes(record)) continue;
      if (std::find(seen.begin(), seen.end(), source) != seen.end()) continue;
      seen.push_back(source);
      sources.push_back(Value::graph_string(graph.source_key(source)));
    }
    if (key == "source_count") return Value::integer(static_cast<std::int64_t>(seen.size()));
    return Value::list(std::move(sources));
  }
  query::ValueList items;
  for (const graph::ProvenanceId record : graph.provenance(edge)) {
    if (!ctx.statement_passes(record)) continue;
    if (key == "statements") {
      items.push_back(statement_map(graph, record));
    } else if (const std::string_view quote = graph.provenance_quote(record); !quote.empty()) {
      items.push_back(Value::graph_string(quote));
    }
  }
  return Value::list(std::move(items));
}

Value aliases(const graph::Graph& graph, graph::NodeId node) {
  query::ValueList list;
  for (std::string_view alias : graph.node_aliases(node)) list.push_back(Value::graph_string(alias));
  return Value::list(std::move(list));
}

}  // namespace

Value from_property(const graph::PropertyValue& value) {
  if (const auto* text = std::get_if<std::string_view>(&value)) return Value::graph_string(*text);
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return Value::integer(*integer);
  if (const auto* real = std::get_if<double>(&value)) return Value::real(*real);
  return Value::boolean(std::get<bool>(value));
}

bool is_node_builtin(std::string_view key) {
  return std::find(kNodeBuiltins.begin(), kNodeBuiltins.end(), key) != kNodeBuiltins.end();
}

bool is_relationship_builtin(std::string_view key) {
  return std::find(kRelationshipBuiltins.begin(), kRelationshipBuiltins.end(), key) != kRelationshipBuiltins.end();
}

Value node_property(const graph::Graph& graph, graph::NodeId node, std::string_view key) {
  if (key == "name") return Value::graph_string(graph.node_name(node));
  if (key == "id") return Value::graph_string(graph.node_key(node));
  if (key == "aliases") return aliases(graph, node);
  const std::optional<graph::PropertyValue> value = graph.node_property(node, key);
  return value ? from_property(*value) : Value();
}

Value relationship_property(const ExecContext& ctx, graph::EdgeId edge, std::string_view key) {
  if (is_relationship_builtin(key)) return evidence(ctx, edge, key);
  const std::optional<graph::PropertyValue> value = ctx.graph.edge_property(edge, key);
  return value ? from_property(*value) : Value();
}

query::ValueMap node_properties(const graph::Graph& graph, graph::NodeId node) {
  query::ValueMap map;
  for (std::string_view key : kNodeBuiltins) map.emplace_back(std::string(key), node_property(graph, node, key));
  for (const graph::Property& property : graph.node_properties(node)) {
    if (!is_node_builtin(property.key)) map.emplace_back(std::string(property.key), from_property(property.value));
  }
  return map;
}

query::ValueMap relationship_properties(const ExecContext& ctx, graph::EdgeId edge) {
  query::ValueMap map;
  for (std::string_view key : kRelationshipBuiltins) map.emplace_back(std::string(key), evidence(ctx, edge, key));
  for (const graph::Property& property : ctx.graph.edge_properties(edge)) {
    if (!is_relationship_builtin(property.key)) {
      map.emplace_back(std::string(property.key), from_property(property.value));
    }
  }
  return map;
}

double relationship_confidence(const ExecContext& ctx, graph::EdgeId edge) {
  return graph::shortest_double(ctx.evidence.edge_confidence(edge));
}

}  // namespace kg::cypher::detail
