#pragma once
/// ResultTable: a query's answer as named columns and rows of Values: what `kg query`, the evidence listings and
/// the analytics tables return, and what render/ prints as a table, JSON or CSV.
///
///   kg::query::ResultTable table({"n.name", "count(*)"});
///   table.add_row({kg::query::Value::graph_string(graph.node_name(n)), kg::query::Value::integer(3)});
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "kg/query/value.h"

namespace kg::query {

class ResultTable {
 public:
  explicit ResultTable(std::vector<std::string> columns = {}) : columns_(std::move(columns)) {}

  const std::vector<std::string>& columns() const { return columns_; }
  std::size_t column_count() const { return columns_.size(); }
  std::size_t row_count() const { return columns_.empty() ? 0 : cells_.size() / columns_.size(); }
  bool empty() const { return row_count() == 0; }
  /// Row `i`: one Value per column.
  std::span<const Value> row(std::size_t i) const { return {cells_.data() + i * columns_.size(), columns_.size()}; }
  /// Appends a row; it must hold one Value per column, and the table at least one column (throws
  /// std::invalid_argument otherwise).
  void add_row(std::vector<Value> row);

 private:
  std::vector<std::string> columns_;
  std::vector<Value> cells_;  // row-major
};

}  // namespace kg::query
