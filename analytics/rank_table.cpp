// rank_table: a measure's values sorted into the rows `kg rank` prints.
#include <algorithm>

#include "kg/analytics/tables.h"

namespace kg::analytics {

RankResult rank_table(const Snapshot& snapshot, const RankOptions& options) {
  RankResult result;
  result.values = compute_measure(snapshot, options.measure, options.options);
  const graph::Graph& graph = snapshot.graph();
  std::vector<std::uint32_t> ranked;
  for (std::uint32_t v = 0; v < snapshot.node_count(); ++v) {
    const graph::TypeId type = graph.node_type(snapshot.node(v));
    if (options.types.empty() || std::find(options.types.begin(), options.types.end(), type) != options.types.end()) {
      ranked.push_back(v);
    }
  }
  result.candidates = ranked.size();
  const std::vector<double>& values = result.values.values;
  const auto higher = [&](std::uint32_t a, std::uint32_t b) { return values[a] > values[b]; };
  const std::size_t shown = options.top == 0 ? ranked.size() : std::min(options.top, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(shown), ranked.end(),
                    [&](std::uint32_t a, std::uint32_t b) { return higher(a, b) || (!higher(b, a) && a < b); });
  const MeasureInfo& info = measure_info(options.measure);
  result.table = query::ResultTable({"rank", "id", "name", "type", std::string(info.name)});
  for (std::size_t i = 0; i < shown; ++i) {
    const graph::NodeId node = snapshot.node(ranked[i]);
    const double value = values[ranked[i]];
    result.table.add_row(
        {query::Value::integer(static_cast<std::int64_t>(i + 1)), query::Value::graph_string(graph.node_key(node)),
         query::Value::graph_string(graph.node_name(node)),
         query::Value::graph_string(graph.type_name(graph.node_type(node))),
         info.integer ? query::Value::integer(static_cast<std::int64_t>(value)) : query::Value::real(value)});
  }
  return result;
}

}  // namespace kg::analytics
