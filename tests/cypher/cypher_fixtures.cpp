#include "cypher_fixtures.h"

#include <fmt/format.h>

#include <algorithm>

namespace kg::cypher::test {

std::string text_of(const graph::Graph& graph, const query::Value& value) {
  using Kind = query::Value::Kind;
  switch (value.kind()) {
    case Kind::null:
      return "null";
    case Kind::boolean:
      return value.as_boolean() ? "true" : "false";
    case Kind::integer:
      return fmt::format("{}", value.as_integer());
    case Kind::real: {
      std::string text = fmt::format("{}", value.as_real());
      if (text.find_first_of(".einf") == std::string::npos) text += ".0";
      return text;
    }
    case Kind::string:
      return fmt::format("'{}'", value.as_string());
    case Kind::node:
      return fmt::format("({})", graph.node_key(value.as_node()));
    case Kind::relationship:
      return fmt::format("[:{}]", graph.predicate_name(graph.edge_predicate(value.as_relationship())));
    case Kind::path: {
      std::vector<std::string> ids;
      for (graph::NodeId node : value.as_path().nodes) ids.emplace_back(graph.node_key(node));
      return fmt::format("<{}>", fmt::join(ids, ","));
    }
    case Kind::list: {
      std::vector<std::string> items;
      for (const query::Value& item : value.as_list()) items.push_back(text_of(graph, item));
      return fmt::format("[{}]", fmt::join(items, ", "));
    }
    case Kind::map: {
      std::vector<std::string> entries;
      for (const auto& [key, item] : value.as_map()) entries.push_back(key + ": " + text_of(graph, item));
      return fmt::format("{{{}}}", fmt::join(entries, ", "));
    }
  }
  return "?";
}

std::vector<std::string> rows_of(const graph::Graph& graph, const query::ResultTable& table) {
  std::vector<std::string> rows;
  for (std::size_t i = 0; i < table.row_count(); ++i) {
    std::vector<std::string> cells;
    for (const query::Value& value : table.row(i)) cells.push_back(text_of(graph, value));
    rows.push_back(fmt::format("{}", fmt::join(cells, " | ")));
  }
  return rows;
}

std::vector<std::string> query(const graph::Graph& graph, const std::string& text, const Parameters& parameters,
                               const RunOptions& options) {
  const PreparedQuery prepared = prepare(graph, text);
  return rows_of(graph, prepared.run(parameters, options));
}

std::vector<std::string> sorted_query(const graph::Graph& graph, const std::string& text, const Parameters& parameters,
                                      const RunOptions& options) {
  std::vector<std::string> rows = query(graph, text, parameters, options);
  std::sort(rows.begin(), rows.end());
  return rows;
}

std::string error_of(const graph::Graph& graph, const std::string& text, const Parameters& parameters) {
  try {
    prepare(graph, text).run(parameters);
  } catch (const graph::InputError& error) {
    return error.what();
  }
  return "";
}

}  // namespace kg::cypher::test
