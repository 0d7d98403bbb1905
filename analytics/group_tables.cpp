// component_table, community_table, broker_table and bridge_table: partitions and brokers as the rows the CLI
// prints.
#include <algorithm>
#include <string>

#include "kg/analytics/brokers.h"
#include "kg/analytics/components.h"
#include "kg/analytics/tables.h"

namespace kg::analytics {
namespace {

query::Value text(std::string_view borrowed) { return query::Value::graph_string(borrowed); }

query::ResultTable members_table(const Snapshot& snapshot, const Partition& partition, std::string column,
                                 std::size_t top) {
  const graph::Graph& graph = snapshot.graph();
  const std::uint32_t shown = top == 0 ? partition.count() : std::min<std::uint32_t>(top, partition.count());
  std::vector<std::vector<std::uint32_t>> members(shown);
  for (std::uint32_t v = 0; v < snapshot.node_count(); ++v) {
    if (partition.group[v] < shown) members[partition.group[v]].push_back(v);
  }
  query::ResultTable table({std::move(column), "size", "id", "name", "type"});
  for (std::uint32_t group = 0; group < shown; ++group) {
    for (std::uint32_t v : members[group]) {
      const graph::NodeId node = snapshot.node(v);
      table.add_row({query::Value::integer(group), query::Value::integer(partition.sizes[group]),
                     text(graph.node_key(node)), text(graph.node_name(node)),
                     text(graph.type_name(graph.node_type(node)))});
    }
  }
  return table;
}

}  // namespace

GroupsResult component_table(const Snapshot& snapshot, bool strong, std::size_t top) {
  GroupsResult result;
  result.partition = strong ? strong_components(snapshot) : weak_components(snapshot);
  result.table = members_table(snapshot, result.partition, "component", top);
  return result;
}

GroupsResult community_table(const Snapshot& snapshot, CommunityMethod method, const CommunityOptions& options,
                             std::size_t top) {
  const Communities found = method == CommunityMethod::leiden ? leiden(snapshot, options) : louvain(snapshot, options);
  GroupsResult result;
  result.partition = found.partition;
  result.modularity = found.modularity;
  result.table = members_table(snapshot, result.partition, "community", top);
  return result;
}

query::ResultTable broker_table(const Snapshot& snapshot, std::size_t top) {
  const Brokers found = brokers(snapshot);
  std::vector<std::int64_t> bridges(snapshot.node_count(), 0);
  for (const Bridge& bridge : found.bridges) ++bridges[bridge.from], ++bridges[bridge.to];
  std::vector<Broker> order = found.entities;
  std::stable_sort(order.begin(), order.end(), [](const Broker& a, const Broker& b) { return a.parts > b.parts; });
  if (top != 0 && order.size() > top) order.resize(top);
  const graph::Graph& graph = snapshot.graph();
  query::ResultTable table({"id", "name", "type", "parts", "bridges"});
  for (const Broker& broker : order) {
    const graph::NodeId node = snapshot.node(broker.node);
    table.add_row({text(graph.node_key(node)), text(graph.node_name(node)),
                   text(graph.type_name(graph.node_type(node))), query::Value::integer(broker.parts),
                   query::Value::integer(bridges[broker.node])});
  }
  return table;
}

query::ResultTable bridge_table(const Snapshot& snapshot, std::size_t top) {
  std::vector<Bridge> bridges = brokers(snapshot).bridges;
  if (top != 0 && bridges.size() > top) bridges.resize(top);
  const graph::Graph& graph = snapshot.graph();
  query::ResultTable table({"from", "from_name", "to", "to_name", "predicates"});
  for (const Bridge& bridge : bridges) {
    const graph::NodeId from = snapshot.node(bridge.from), to = snapshot.node(bridge.to);
    std::vector<std::string_view> predicates;
    for (const auto& [start, end] : {std::pair{from, to}, std::pair{to, from}}) {
      for (const graph::Adjacent step : graph.out(start)) {
        if (step.node == end && snapshot.uses(step.edge)) {
          predicates.push_back(graph.predicate_name(graph.edge_predicate(step.edge)));
        }
      }
    }
    std::sort(predicates.begin(), predicates.end());
    predicates.erase(std::unique(predicates.begin(), predicates.end()), predicates.end());
    query::ValueList names;
    for (std::string_view predicate : predicates) names.push_back(text(predicate));
    table.add_row({text(graph.node_key(from)), text(graph.node_name(from)), text(graph.node_key(to)),
                   text(graph.node_name(to)), query::Value::list(std::move(names))});
  }
  return table;
}

}  // namespace kg::analytics
