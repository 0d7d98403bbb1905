#pragma once
/// kg::cypher: a read-only openCypher 9 engine over a kg graph. prepare() parses, checks and plans a statement
/// once; PreparedQuery::run() executes it with parameters and returns a result table.
///
///   auto query = kg::cypher::prepare(graph, "MATCH (a)-[r]->(b) WHERE a = entity($who) RETURN type(r), b.name");
///   kg::query::ResultTable table = query.run({{"who", kg::query::Value::string("Ziyoev")}});
///
/// Errors in the text (syntax, unknown variables, aggregation misuse, write clauses) are graph::InputError located
/// at `query:LINE:COL`, thrown by prepare(); errors while running (a type mismatch, an integer overflow, a
/// missing parameter, too many rows) are graph::InputError too, thrown by run(). See docs/QUERY.md.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/diagnostics.h"
#include "kg/graph/graph.h"
#include "kg/query/filter.h"
#include "kg/query/result_table.h"
#include "kg/query/value.h"

namespace kg::cypher {

/// Values of `$name` parameters.
using Parameters = query::ValueMap;

/// Something suspicious but legal in a query (an unknown label, type or property key: Cypher then matches nothing).
struct Warning {
  graph::SourceLocation where;
  std::string message;
};

/// The default bound on the hops of a variable-length pattern written without an upper bound (`*`, `*2..`).
inline constexpr std::uint32_t kDefaultMaxHops = 10;
/// The default bound on the rows of a result.
inline constexpr std::size_t kDefaultMaxRows = 100000;

struct PrepareOptions {
  std::string source_name = "query";  ///< what error locations call the text (a script file's name)
  std::uint32_t line = 1;             ///< where the text starts in that source (a script's statement)
  std::uint32_t column = 1;
  std::uint32_t max_hops = kDefaultMaxHops;  ///< upper bound for `*` and `*n..`
};

struct RunOptions {
  /// Conditions on the statements of every relationship, applied while matching: a relationship is matched when at
  /// least one of its statements passes, and its evidence properties (confidence, sources, statements, ...) show
  /// the passing statements only. Only the filter's fact conditions are used (date window, dated_only,
  /// min_confidence, missing_confidence, and the source conditions kg::query::Filter gains); its direction,
  /// predicates, node types and avoided nodes are what patterns say, and are ignored here.
  query::Filter evidence{};
  std::size_t max_rows = kDefaultMaxRows;     ///< more rows is an error (add LIMIT, or raise it)
  std::chrono::milliseconds timeout{0};       ///< 0: no time limit
  const std::atomic<bool>* cancel = nullptr;  ///< when it becomes true the run stops with QueryInterrupted
  graph::WarningSink warn;                    ///< warnings found while running (a pattern cut at max_hops)
};

/// A run stopped by RunOptions::cancel or its timeout.
class QueryInterrupted : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

namespace detail {
struct Prepared;
}

/// A statement parsed, checked and planned against one graph (which must outlive it). run() may be called any
/// number of times, with different parameters; it is const but not thread-safe.
class PreparedQuery {
 public:
  PreparedQuery(PreparedQuery&&) noexcept;
  PreparedQuery& operator=(PreparedQuery&&) noexcept;
  ~PreparedQuery();

  /// The result's column names: each item's alias, or the expression as written (`n.name`, `count(*)`).
  const std::vector<std::string>& columns() const;
  /// Warnings found while preparing (unknown labels, types, property keys, with the closest known names).
  const std::vector<Warning>& warnings() const;
  /// The names of the `$parameters` the statement uses, in order of first use.
  const std::vector<std::string>& parameters() const;
  /// Executes the statement. Throws graph::InputError on a run-time error, QueryInterrupted when stopped.
  query::ResultTable run(const Parameters& parameters = {}, const RunOptions& options = {}) const;
  /// The plan as indented text, one operator a line (for EXPLAIN-like inspection and tests).
  std::string explain() const;

 private:
  friend PreparedQuery prepare(const graph::Graph&, std::string_view, const PrepareOptions&);
  explicit PreparedQuery(std::unique_ptr<detail::Prepared> prepared);
  std::unique_ptr<detail::Prepared> prepared_;
};

/// Parses, checks and plans one statement (a trailing `;` is allowed). Throws graph::InputError.
PreparedQuery prepare(const graph::Graph& graph, std::string_view text, const PrepareOptions& options = {});

}  // namespace kg::cypher
