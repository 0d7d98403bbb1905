// Neo4j bulk-import CSV (neo4j-admin database import, Memgraph LOAD CSV): nodes.csv with `:ID`, `:LABEL` and
// typed property columns, relationships.csv with `:START_ID`, `:END_ID` and `:TYPE`. Strings are always quoted;
// a missing value is an empty unquoted field. Lists are `string[]` columns whose elements, like labels, are
// separated by U+001F: import with --array-delimiter=U+001F, so a type `Org;Front` stays one label.
#include <optional>
#include <string_view>
#include <vector>

#include "element_attributes.h"
#include "writers.h"

namespace kg::io::detail {
namespace {

// The header's property columns, from `first` on (one per column; the entity id column also names the :ID).
void write_header(Output& out, const Domain& domain, std::uint32_t first) {
  for (std::uint32_t i = first; i < domain.columns.size(); ++i) {
    out.put(',');
    out.append(domain.columns[i].name);
    out.append(domain.columns[i].list ? ":string[]" : type_names(domain.columns[i].type).neo4j);
  }
  out.put('\n');
}

// Collects an element's values by column, then writes them in column order.
class Row {
 public:
  explicit Row(const Domain& domain) : domain_(domain), values_(domain.columns.size()) {}
  void clear() { std::fill(values_.begin(), values_.end(), std::nullopt); }
  void operator()(std::uint32_t column, const AttrValue& value) { values_[column] = value; }
  void write(Output& out, std::uint32_t first) const {
    for (std::uint32_t i = first; i < values_.size(); ++i) {
      out.put(',');
      if (!values_[i]) continue;
      const AttrType type = domain_.columns[i].type;
      if (type == AttrType::text) out.put('"');
      if (const auto* list = std::get_if<TextList>(&*values_[i])) {
        for (std::size_t k = 0; k < list->items.size(); ++k) {
          if (k != 0) out.put(kNeo4jArrayDelimiter);
          out.escaped(list->items[k], kCsvListEscapes);
        }
      } else {
        write_value(out, *values_[i], type, kCsvEscapes);
      }
      if (type == AttrType::text) out.put('"');
    }
    out.put('\n');
  }

 private:
  const Domain& domain_;
  std::vector<std::optional<AttrValue>> values_;
};

}  // namespace

void write_neo4j_nodes(const WriteContext& context, Output& out) {
  const graph::Graph& graph = context.graph;
  const Domain& domain = context.schema.nodes;
  out.append("entity_id:ID,:LABEL");
  write_header(out, domain, kNodeLabel);
  ElementAttributes attributes(graph, context.schema);
  Row row(domain);
  for (const graph::NodeId node : context.selection.nodes()) {
    row.clear();
    attributes.node(node, [&](std::uint32_t column, const AttrValue& value) { row(column, value); });
    out.quoted(graph.node_key(node), kCsvEscapes);
    out.put(',');
    out.quoted(graph.type_name(graph.node_type(node)), kCsvListEscapes);  // one label, even for a type `Org;Front`
    row.write(out, kNodeLabel);
    out.flush_if_full();
  }
}

void write_neo4j_relationships(const WriteContext& context, Output& out) {
  const graph::Graph& graph = context.graph;
  const Selection& selection = context.selection;
  out.append(":START_ID,:END_ID,:TYPE");
  write_header(out, context.schema.edges, 0);
  ElementAttributes attributes(graph, context.schema);
  Row row(context.schema.edges);
  for (std::size_t i = 0; i < selection.edges().size(); ++i) {
    const graph::EdgeId edge = selection.edges()[i];
    row.clear();
    attributes.edge(edge, [&](std::uint32_t column, const AttrValue& value) { row(column, value); });
    out.quoted(graph.node_key(selection.edge_source(i)), kCsvEscapes);
    out.put(',');
    out.quoted(graph.node_key(graph.edge_target(edge)), kCsvEscapes);
    out.put(',');
    out.quoted(graph.predicate_name(graph.edge_predicate(edge)), kCsvEscapes);
    row.write(out, 0);
    out.flush_if_full();
  }
}

}  // namespace kg::io::detail
