#include "kg/cypher/schema.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace kg::cypher {
namespace {

struct Entry {
  std::string name;
  std::uint32_t count;
};

void add(query::ResultTable& table, std::string_view kind, std::vector<Entry> entries) {
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return std::tie(b.count, a.name) < std::tie(a.count, b.name); });
  for (Entry& entry : entries) {
    table.add_row({query::Value::string(std::string(kind)), query::Value::string(std::move(entry.name)),
                   query::Value::integer(entry.count)});
  }
}

}  // namespace

query::ResultTable schema(const graph::Graph& graph) {
  query::ResultTable table({"kind", "name", "count"});
  std::vector<std::uint32_t> types(graph.type_count(), 0), predicates(graph.predicate_count(), 0);
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) ++types[graph.node_type(graph::NodeId{n}).value];
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) ++predicates[graph.edge_predicate(graph::EdgeId{e}).value];
  std::vector<Entry> labels, relationship_types, node_keys, relationship_keys;
  for (std::uint32_t t = 0; t < graph.type_count(); ++t) {
    if (types[t] > 0)
      labels.push_back({std::string(graph.type_name(graph::TypeId{static_cast<std::uint16_t>(t)})), types[t]});
  }
  for (std::uint32_t p = 0; p < graph.predicate_count(); ++p) {
    if (predicates[p] > 0) {
      relationship_types.push_back(
          {std::string(graph.predicate_name(graph::PredicateId{static_cast<std::uint16_t>(p)})), predicates[p]});
    }
  }
  for (const char* key : {"id", "name", "aliases"}) node_keys.push_back({key, graph.node_count()});
  for (const auto& key : graph.node_property_keys()) node_keys.push_back({std::string(key.key), key.count});
  for (const char* key : {"confidence", "sources", "quotes", "first_date", "last_date", "source_count", "statements"}) {
    relationship_keys.push_back({key, graph.edge_count()});
  }
  for (const auto& key : graph.edge_property_keys()) relationship_keys.push_back({std::string(key.key), key.count});
  add(table, "label", std::move(labels));
  add(table, "relationship type", std::move(relationship_types));
  add(table, "node property", std::move(node_keys));
  add(table, "relationship property", std::move(relationship_keys));
  return table;
}

}  // namespace kg::cypher
