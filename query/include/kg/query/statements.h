#pragma once
/// Statements as first-class output (what `kg facts` prints): each provenance record of each fact, chosen by the
/// usual Filter and a few evidence questions (about an entity, resting on one source, weakly held, sharing a
/// quote with another fact), in graph, date, confidence or source order.
///
///   kg::query::ResultTable chronology =
///       kg::query::list_statements(graph, {.filter = {.from = august}, .order = kg::query::StatementOrder::date});
#include <optional>
#include <vector>

#include "kg/graph/graph.h"
#include "kg/query/filter.h"
#include "kg/query/result_table.h"

namespace kg::query {

/// How listed statements are ordered. Ties keep graph order (facts by subject, a fact's statements as stated).
enum class StatementOrder {
  graph,       ///< facts in graph order (by subject), each fact's statements in input order
  date,        ///< the case chronology: by the first day a statement's date may denote, then its last; undated last
  confidence,  ///< weakest first; statements stating no confidence last
  source,      ///< by source id; statements citing no source last
};

struct StatementQuery {
  /// Statements must pass its statement conditions (sources, dates, confidence, grade) and their fact its edge
  /// conditions (predicates, min_sources) and node conditions on both ends (`about` exempt).
  Filter filter{};
  /// Only facts with this entity as subject or object; the filter's direction says which (`out`: as subject).
  std::optional<graph::NodeId> about{};
  /// Only facts whose passing statements cite at most one distinct source (what rests on one source only).
  bool single_source = false;
  /// Only facts whose confidence (the best of their passing statements, filter.missing_confidence when none states
  /// one) is at most this: what rests on low confidence.
  std::optional<float> max_confidence{};
  /// Only statements whose quote (the same text, not empty) also supports another fact among those listed; they
  /// come grouped by quote, each group in `order`.
  bool quote_shared = false;
  StatementOrder order = StatementOrder::graph;
};

/// One listed statement: the fact (edge) it states and its provenance record.
struct Statement {
  graph::EdgeId edge{};
  graph::ProvenanceId record{};
  friend bool operator==(const Statement&, const Statement&) = default;
};

/// The statements `query` asks for, in its order.
std::vector<Statement> find_statements(const graph::Graph& graph, const StatementQuery& query);

/// `statements` as a table with columns subject, predicate, object, source, grade, date, confidence, quote,
/// subject_id, object_id (subject and object by name, then by id; null where a statement states nothing).
ResultTable statement_table(const graph::Graph& graph, const std::vector<Statement>& statements);

/// statement_table(graph, find_statements(graph, query)).
ResultTable list_statements(const graph::Graph& graph, const StatementQuery& query);

}  // namespace kg::query
