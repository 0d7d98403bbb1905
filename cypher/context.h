#pragma once
// ExecContext: what one run of a prepared query reads and counts: the graph, parameter values, the evidence
// filter, the limits (rows, deadline, cancellation) and the warnings found while running.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "kg/graph/diagnostics.h"
#include "kg/graph/graph.h"
#include "kg/query/traverse.h"
#include "kg/query/value.h"
#include "source.h"

namespace kg::cypher::detail {

using query::Value;
/// One row of slots: every variable, projection and aggregate of the query has a fixed slot.
using Row = std::vector<Value>;

class ExecContext {
 public:
  /// `evidence` must hold fact conditions only (see RunOptions::evidence).
  ExecContext(const graph::Graph& on, const Source& text, const query::Filter& facts)
      : graph(on), source(text), evidence_filter(facts), evidence(on, facts, {}) {}

  const graph::Graph& graph;
  const Source& source;
  std::vector<Value> parameters;   ///< by the binder's parameter index
  query::Filter evidence_filter;   ///< fact conditions only (its other conditions are empty)
  query::CompiledFilter evidence;  ///< the same, compiled
  std::size_t max_rows = 0;
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  const std::atomic<bool>* cancel = nullptr;
  graph::WarningSink warn;
  std::vector<std::uint32_t> warned;  ///< offsets already warned about (one warning per pattern)
  /// Graph measures the query called, by analytics::Measure, each per graph node (NaN: not measured); computed on
  /// first use over the graph under the evidence conditions, then kept for the run.
  std::vector<std::vector<double>> measures;

  /// An edge passes the evidence conditions (at least one statement does).
  bool edge_passes(graph::EdgeId edge) const { return evidence.edge_allowed(edge); }
  /// A statement passes them.
  bool statement_passes(graph::ProvenanceId record) const { return evidence.record_passes(record); }

  /// Counts work; every few thousand steps checks the deadline and the cancellation flag.
  void tick() {
    if ((++ticks_ & 0xFFF) == 0) check();
  }
  void check() const;

  [[noreturn]] void fail(std::uint32_t offset, std::string message) const { source.fail(offset, std::move(message)); }
  /// Reports a warning at `offset` once per run.
  void warn_once(std::uint32_t offset, const std::string& message);
  /// rand(): uniform in [0, 1), from a generator seeded on first use (so a run that never calls it pays nothing).
  double random_unit();

 private:
  std::uint64_t ticks_ = 0;
  std::optional<std::mt19937_64> random_;
};

}  // namespace kg::cypher::detail
