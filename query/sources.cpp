// list_sources: every source with the statements citing it and the entities those statements are about.
#include "kg/query/sources.h"

#include <algorithm>
#include <vector>

namespace kg::query {
namespace {

Value text_or_null(std::string_view text) { return text.empty() ? Value() : Value::graph_string(text); }

}  // namespace

ResultTable list_sources(const graph::Graph& graph) {
  const std::uint32_t count = graph.source_count();
  std::vector<std::uint32_t> statements(count, 0);
  std::vector<std::vector<graph::NodeId>> entities(count);
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    const graph::EdgeId edge{e};
    for (graph::ProvenanceId record : graph.provenance(edge)) {
      const std::uint32_t source = graph.provenance_source(record).value;
      ++statements[source];
      entities[source].push_back(graph.edge_source(edge));
      entities[source].push_back(graph.edge_target(edge));
    }
  }
  const auto distinct = [](std::vector<graph::NodeId>& nodes) {
    std::sort(nodes.begin(), nodes.end());
    return static_cast<std::int64_t>(std::unique(nodes.begin(), nodes.end()) - nodes.begin());
  };
  ResultTable table({"id", "title", "date", "reliability", "statements", "entities"});
  for (std::uint32_t s = 1; s < count; ++s) {
    const graph::SourceId source{s};
    table.add_row({Value::graph_string(graph.source_key(source)), text_or_null(graph.source_title(source)),
                   graph.source_date(source).dated() ? Value::string(graph.source_date(source).to_string()) : Value(),
                   graph.source_reliability(source).graded()
                       ? Value::string(graph.source_reliability(source).to_string().substr(0, 1))
                       : Value(),
                   Value::integer(statements[s]), Value::integer(distinct(entities[s]))});
  }
  if (statements[0] != 0) {
    table.add_row({Value(), Value::graph_string("(statements citing no source)"), Value(), Value(),
                   Value::integer(statements[0]), Value::integer(distinct(entities[0]))});
  }
  return table;
}

}  // namespace kg::query
