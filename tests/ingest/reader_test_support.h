#pragma once
/// Helpers for the ingest tests: a canonical text form of a graph (so a test can compare a whole graph at once and
/// three formats can be shown to give the same graph), the text of the InputError a reader throws, and a warning
/// collector.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "kg/graph/builder.h"
#include "kg/graph/diagnostics.h"
#include "kg/graph/graph.h"
#include "kg/ingest/read_options.h"
#include "support/test_support.h"

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
    const std::vector<std::string_view> merged = graph.node_merged_ids(node);
    nodes.push_back(fmt::format("node {}{} \"{}\" {}{}{}\n", graph.node_key(node),
                                merged.empty() ? "" : fmt::format(" +[{}]", fmt::join(merged, "; ")),
                                graph.node_name(node), graph.type_name(graph.node_type(node)),
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
      const Grade grade = graph.provenance_grade(p);
      text += fmt::format("  from {}{}{}{}{}\n", source.value == 0 ? "-" : graph.source_key(source),
                          graph.provenance_date(p).dated() ? " " + graph.provenance_date(p).to_string() : "",
                          confidence ? fmt::format(" c={}", *confidence) : "",
                          grade.graded() ? " g=" + grade.to_string() : "",
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
    const Grade reliability = graph.source_reliability(source);
    out += fmt::format("source {} \"{}\" {} {}{}\n", graph.source_key(source), graph.source_title(source),
                       graph.source_url(source), graph.source_date(source).to_string(),
                       reliability.graded() ? " r=" + reliability.to_string().substr(0, 1) : "");
  }
  for (std::uint32_t d = 0; d < graph.decision_count(); ++d) {
    const Decision decision = graph.decision(DecisionId{d});
    out += fmt::format("decision {} [{}] \"{}\" {} {}\n", decision_kind_name(decision.kind),
                       fmt::join(decision.ids, "; "), decision.reason, decision.author, decision.date.to_string());
  }
  return out;
}

/// A graph in the form tests/ingest/write_foreign_graph.py prints what kg must read from a NetworkX or igraph file:
/// `node ID NAME TYPE [props]`, `edge SOURCE PREDICATE TARGET STATEMENTS [props]` (endpoints sorted when
/// `directed` is false), sorted, after a `directed` or `undirected` line.
inline std::string foreign_graph_text(const kg::graph::Graph& graph, bool directed) {
  using namespace kg::graph;
  const auto props = [](const std::vector<Property>& properties) {
    std::vector<std::string> parts;
    for (const Property& property : properties) {
      parts.push_back(std::visit(
          [&](const auto& value) -> std::string {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, bool>) return fmt::format("{}={}", property.key, value ? "true" : "false");
            if constexpr (std::is_same_v<T, double>) return fmt::format("{}={:.17g}", property.key, value);
            if constexpr (!std::is_same_v<T, bool> && !std::is_same_v<T, double>) {
              return fmt::format("{}={}", property.key, value);
            }
          },
          property.value));
    }
    std::sort(parts.begin(), parts.end());
    return fmt::format("[{}]", fmt::join(parts, ", "));
  };
  std::vector<std::string> lines;
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
    const NodeId node{n};
    lines.push_back(fmt::format("node {} {} {} {}", graph.node_key(node), graph.node_name(node),
                                graph.type_name(graph.node_type(node)), props(graph.node_properties(node))));
  }
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    const EdgeId edge{e};
    std::string_view source = graph.node_key(graph.edge_source(edge));
    std::string_view target = graph.node_key(graph.edge_target(edge));
    if (!directed && target < source) std::swap(source, target);
    lines.push_back(fmt::format("edge {} {} {} {} {}", source, graph.predicate_name(graph.edge_predicate(edge)), target,
                                graph.provenance_count(edge), props(graph.edge_properties(edge))));
  }
  std::sort(lines.begin(), lines.end());
  return fmt::format("{}\n{}\n", directed ? "directed" : "undirected", fmt::join(lines, "\n"));
}

/// Runs tests/ingest/write_foreign_graph.py to write `file` as `writer` (networkx-graphml, networkx-gexf,
/// igraph-graphml) writes `graph_case`, and returns what kg must read from it. A missing module fails the test.
inline std::string write_foreign_graph(const std::string& writer, const std::string& graph_case,
                                       const std::filesystem::path& file) {
  kg::test::require_checker(kg::test::have_python_module("networkx"), "python3-networkx");
  kg::test::require_checker(kg::test::have_python_module("igraph"), "python3-igraph");
  const kg::test::Command run = kg::test::run_command(fmt::format(
      "/usr/bin/python3 '{}' {} {} '{}'", (kg::test::source_dir() / "tests/ingest/write_foreign_graph.py").string(),
      writer, graph_case, file.string()));
  INFO(run.output);
  REQUIRE(run.status == 0);
  return run.output;
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
