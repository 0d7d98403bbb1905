#include "kg/query/result_table.h"

#include <fmt/format.h>

#include <iterator>
#include <stdexcept>

namespace kg::query {

void ResultTable::add_row(std::vector<Value> row) {
  if (columns_.empty() || row.size() != columns_.size()) {
    throw std::invalid_argument(fmt::format("a row of {} values for {} columns", row.size(), columns_.size()));
  }
  cells_.insert(cells_.end(), std::make_move_iterator(row.begin()), std::make_move_iterator(row.end()));
}

}  // namespace kg::query
