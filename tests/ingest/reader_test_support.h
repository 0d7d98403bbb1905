#pragma once
/// Helpers for the ingest tests: a canonical text form of a graph (so a test can compare a whole graph at once and
/// three formats can be shown to give the same graph), the text of the InputError a reader throws, and a warning
/// collector.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <variant>
#include <vector>

#include "kg/graph/builder.h"
#include "kg/graph/diagnostics.h"
#include "kg/graph/graph.h"
#include "kg/ingest/read_options.h"

namespace kg::ingest::test {

inline std::string property_text(const kg::graph::Property& property) {
  return std::visit(
      [&](const auto& value) -> std::string {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, std::string_view>) return fmt::format("{}=\"{}\"", property.key, value);
        if constexpr (std::is_same_v<T, bool>) return fmt::format("{}={}", property.key, value ? "true" : "false");
        if constexpr (std::is_same_v<T, double>) return fmt::format("{}={}d", property.key, value);
        if constexpr (std::is_same_v<T, std::int64_t>) return fmt::format("{}={}", property.key, value);
      },
      property.value);
}

inline std::string properties_text(const std::vector<kg::graph::Property>& properties) {
  std::vector<std::string> parts;
  for (const auto& property : properties) parts.push_back(property_text(property));
  std::sort(parts.begin(), parts.end());
  return parts.empty() ? "" : fmt::format(" {{{}}}", fmt::join(parts, ", "));
}

/// One line per node (sorted by key), then one per edge with its provenance records indented below it.
inline std::string graph_text(const kg::graph::Graph& graph) {
  using namespace kg::graph;
  std::vector<std::string> nodes;
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
    const NodeId node{n};
    std::vector<std::string_view> aliases = graph.node_aliases(node);
    std::sort(aliases.begin(), aliases.end());
    nodes.push_back(fmt::format("node {} \"{}\" {}{}{}\n", graph.node_key(node), graph.node_name(node),
                                graph.type_name(graph.node_type(node)),
                                aliases.empty() ? "" : fmt::format(" aka [{}]", fmt::join(aliases, "; ")),
                                properties_text(graph.node_properties(node))));
  }
  std::sort(nodes.begin(), nodes.end());
  std::vector<std::string> edges;
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    const EdgeId edge{e};
    std::string text =
        fmt::format("edge {} -{}-> {}{}\n", graph.node_key(graph.edge_source(edge)),
                    graph.predicate_name(graph.edge_predicate(edge)), graph.node_key(graph.edge_target(edge)),
                    properties_text(graph.edge_properties(edge)));
    for (ProvenanceId p : graph.provenance(edge)) {
      const SourceId source = graph.provenance_source(p);
      const auto confidence = graph.provenance_confidence(p);
      text += fmt::format("  from {}{}{}{}\n", source.value == 0 ? "-" : graph.source_key(source),
                          graph.provenance_date(p).dated() ? " " + graph.provenance_date(p).to_string() : "",
                          confidence ? fmt::format(" c={}", *confidence) : "",
                          graph.provenance_quote(p).empty() ? "" : fmt::format(" \"{}\"", graph.provenance_quote(p)));
    }
    edges.push_back(std::move(text));
  }
  std::sort(edges.begin(), edges.end());
  std::string out;
  for (const auto& line : nodes) out += line;
  for (const auto& line : edges) out += line;
  for (std::uint32_t s = 1; s < graph.source_count(); ++s) {
    const SourceId source{s};
    out += fmt::format("source {} \"{}\" {} {}\n", graph.source_key(source), graph.source_title(source),
                       graph.source_url(source), graph.source_date(source).to_string());
  }
  return out;
}

/// The what() of the kg::graph::InputError that `call` throws, or "" when it throws none.
template <class Call>
std::string input_error(Call call) {
  try {
    call();
  } catch (const kg::graph::InputError& error) {
    return error.what();
  }
  return "";
}

/// The error text of reading `text` as `display_name` with `reader` (read_json, read_json_lines, ...) and building
/// the graph, or "" when both succeed.
template <class Reader>
std::string read_error(Reader reader, std::string_view text, std::string_view display_name) {
  return input_error([&] {
    kg::graph::GraphBuilder builder;
    reader(text, display_name, builder, ReadOptions{});
    builder.build();
  });
}

/// Collects warnings as `file:line:column: message`.
struct Warnings {
  std::vector<std::string> list;
  ReadOptions options() {
    ReadOptions options;
    options.warn = [this](const kg::graph::SourceLocation& where, std::string_view message) {
      list.push_back(where.to_string() + ": " + std::string(message));
    };
    return options;
  }
};

}  // namespace kg::ingest::test
