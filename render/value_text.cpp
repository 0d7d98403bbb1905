#include "value_text.h"

#include <fmt/format.h>

#include <cmath>
#include <iterator>

namespace kg::render::detail {
namespace {

void append_quoted(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
}

void append_node(std::string& out, const graph::Graph& graph, graph::NodeId node) {
  fmt::format_to(std::back_inserter(out), "{} ({})", graph.node_name(node), graph.type_name(graph.node_type(node)));
}

void append_hop(std::string& out, const graph::Graph& graph, const query::Hop& hop) {
  const std::string_view predicate = graph.predicate_name(graph.edge_predicate(hop.edge));
  if (hop.direction == query::HopDirection::forward) {
    fmt::format_to(std::back_inserter(out), " —{}→ ", predicate);
  } else {
    fmt::format_to(std::back_inserter(out), " ←{}— ", predicate);
  }
}

void append_value(std::string& out, const graph::Graph& graph, const query::Value& value, bool nested) {
  using Kind = query::Value::Kind;
  switch (value.kind()) {
    case Kind::null:
      out += "null";
      return;
    case Kind::boolean:
      out += value.as_boolean() ? "true" : "false";
      return;
    case Kind::integer:
      fmt::format_to(std::back_inserter(out), "{}", value.as_integer());
      return;
    case Kind::real:
      out += float_text(value.as_real());
      return;
    case Kind::string:
      if (nested) {
        append_quoted(out, value.as_string());
      } else {
        out += value.as_string();
      }
      return;
    case Kind::list: {
      out += '[';
      const char* separator = "";
      for (const query::Value& item : value.as_list()) {
        out += separator;
        separator = ", ";
        append_value(out, graph, item, true);
      }
      out += ']';
      return;
    }
    case Kind::map: {
      out += '{';
      const char* separator = "";
      for (const auto& [key, item] : value.as_map()) {
        fmt::format_to(std::back_inserter(out), "{}{}: ", separator, key);
        separator = ", ";
        append_value(out, graph, item, true);
      }
      out += '}';
      return;
    }
    case Kind::node:
      append_node(out, graph, value.as_node());
      return;
    case Kind::relationship: {
      const graph::EdgeId edge = value.as_relationship();
      out += graph.node_name(graph.edge_source(edge));
      append_hop(out, graph, {edge, query::HopDirection::forward});
      out += graph.node_name(graph.edge_target(edge));
      return;
    }
    case Kind::path: {
      const query::Path& path = value.as_path();
      out += graph.node_name(path.nodes.front());
      for (std::size_t h = 0; h < path.hops.size(); ++h) {
        append_hop(out, graph, path.hops[h]);
        out += graph.node_name(path.nodes[h + 1]);
      }
      return;
    }
  }
}

}  // namespace

std::string float_text(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  std::string text = fmt::format("{}", value);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

std::string value_text(const graph::Graph& graph, const query::Value& value) {
  std::string out;
  append_value(out, graph, value, false);
  return out;
}

}  // namespace kg::render::detail
