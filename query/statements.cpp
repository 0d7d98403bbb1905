// find_statements: the statements behind the facts, chosen and ordered for evidence review; statement_table.
#include "kg/query/statements.h"

#include <absl/container/flat_hash_map.h>

#include <algorithm>
#include <limits>
#include <string_view>

#include "kg/graph/text.h"
#include "kg/query/traverse.h"

namespace kg::query {
namespace {

bool touches(const graph::Graph& graph, graph::EdgeId edge, graph::NodeId about, Direction direction) {
  const bool as_subject = graph.edge_source(edge) == about;
  const bool as_object = graph.edge_target(edge) == about;
  return direction == Direction::out ? as_subject : direction == Direction::in ? as_object : as_subject || as_object;
}

/// The passing statements of the facts the query keeps, in graph order.
std::vector<Statement> passing_statements(const graph::Graph& graph, const StatementQuery& query) {
  std::vector<graph::NodeId> exempt;
  if (query.about) exempt.push_back(*query.about);
  const CompiledFilter filter(graph, query.filter, exempt);
  std::vector<Statement> statements;
  std::vector<graph::SourceId> sources;
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    const graph::EdgeId edge{e};
    if (query.about && !touches(graph, edge, *query.about, query.filter.direction)) continue;
    if (!filter.edge_allowed(edge) || !filter.node_allowed(graph.edge_source(edge)) ||
        !filter.node_allowed(graph.edge_target(edge))) {
      continue;
    }
    if (query.max_confidence && filter.edge_confidence(edge) > *query.max_confidence) continue;
    const std::size_t first = statements.size();
    sources.clear();
    for (graph::ProvenanceId record : graph.provenance(edge)) {
      if (!filter.record_passes(record)) continue;
      statements.push_back({edge, record});
      const graph::SourceId source = graph.provenance_source(record);
      if (source.value != 0 && std::find(sources.begin(), sources.end(), source) == sources.end()) {
        sources.push_back(source);
      }
    }
    if (query.single_source && sources.size() > 1) statements.resize(first);
  }
  return statements;
}

void sort_statements(const graph::Graph& graph, StatementOrder order, std::vector<Statement>& statements) {
  constexpr auto kLast = std::numeric_limits<std::int64_t>::max();
  const auto by = [&](auto&& key) {
    std::stable_sort(statements.begin(), statements.end(),
                     [&](const Statement& a, const Statement& b) { return key(a.record) < key(b.record); });
  };
  switch (order) {
    case StatementOrder::graph:
      return;
    case StatementOrder::date:
      return by([&](graph::ProvenanceId record) {
        const auto date = graph.provenance_date(record);
        return date.dated() ? std::pair<std::int64_t, std::int64_t>(date.earliest(), date.latest())
                            : std::pair(kLast, kLast);
      });
    case StatementOrder::confidence:
      return by([&](graph::ProvenanceId record) {
        const std::optional<float> confidence = graph.provenance_confidence(record);
        return std::pair(!confidence.has_value(), confidence.value_or(0));
      });
    case StatementOrder::source:
      return by([&](graph::ProvenanceId record) {
        const graph::SourceId source = graph.provenance_source(record);
        return std::pair(source.value == 0, graph.source_key(source));
      });
  }
}

/// Keeps the statements whose quote also supports another listed fact, grouped by quote in order of first
/// appearance.
void keep_shared_quotes(const graph::Graph& graph, std::vector<Statement>& statements) {
  struct Group {
    std::size_t order;
    graph::EdgeId first_edge;
    bool shared = false;
  };
  absl::flat_hash_map<std::string_view, Group> groups;
  for (const Statement& statement : statements) {
    const std::string_view quote = graph.provenance_quote(statement.record);
    if (quote.empty()) continue;
    auto [it, inserted] = groups.try_emplace(quote, Group{groups.size(), statement.edge});
    if (!inserted && it->second.first_edge != statement.edge) it->second.shared = true;
  }
  std::erase_if(statements, [&](const Statement& statement) {
    const auto found = groups.find(graph.provenance_quote(statement.record));
    return found == groups.end() || !found->second.shared;
  });
  std::stable_sort(statements.begin(), statements.end(), [&](const Statement& a, const Statement& b) {
    return groups.at(graph.provenance_quote(a.record)).order < groups.at(graph.provenance_quote(b.record)).order;
  });
}

Value text_or_null(std::string_view text) { return text.empty() ? Value() : Value::graph_string(text); }

}  // namespace

std::vector<Statement> find_statements(const graph::Graph& graph, const StatementQuery& query) {
  std::vector<Statement> statements = passing_statements(graph, query);
  sort_statements(graph, query.order, statements);
  if (query.quote_shared) keep_shared_quotes(graph, statements);
  return statements;
}

ResultTable statement_table(const graph::Graph& graph, const std::vector<Statement>& statements) {
  ResultTable table(
      {"subject", "predicate", "object", "source", "grade", "date", "confidence", "quote", "subject_id", "object_id"});
  for (const auto& [edge, record] : statements) {
    const graph::NodeId subject = graph.edge_source(edge), object = graph.edge_target(edge);
    const graph::SourceId source = graph.provenance_source(record);
    const graph::Grade grade = graph.provenance_grade(record);
    const auto date = graph.provenance_date(record);
    const std::optional<float> confidence = graph.provenance_confidence(record);
    table.add_row({Value::graph_string(graph.node_name(subject)),
                   Value::graph_string(graph.predicate_name(graph.edge_predicate(edge))),
                   Value::graph_string(graph.node_name(object)),
                   source.value == 0 ? Value() : Value::graph_string(graph.source_key(source)),
                   grade.graded() ? Value::string(grade.to_string()) : Value(),
                   date.dated() ? Value::string(date.to_string()) : Value(),
                   confidence ? Value::real(graph::shortest_double(*confidence)) : Value(),
                   text_or_null(graph.provenance_quote(record)), Value::graph_string(graph.node_key(subject)),
                   Value::graph_string(graph.node_key(object))});
  }
  return table;
}

ResultTable list_statements(const graph::Graph& graph, const StatementQuery& query) {
  return statement_table(graph, find_statements(graph, query));
}

}  // namespace kg::query
