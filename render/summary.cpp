// kg info's output: counts by type and predicate (a table, largest first), or JSON with the byte counts.
#include "kg/render/summary.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "cell_text.h"
#include "json_elements.h"
#include "kg/graph/text.h"

namespace kg::render {
namespace {

void summary_json(const query::GraphSummary& summary, Output& out) {
  detail::write_document(out, [&](detail::PrettyJson& json) {
    json.Key("nodes");
    json.Uint(summary.nodes);
    json.Key("edges");
    json.Uint(summary.edges);
    json.Key("statements");
    json.Uint(summary.statements);
    json.Key("sources");
    json.Uint(summary.sources);
    json.Key("node_types");
    json.StartObject();
    for (const query::TypeCount& type : summary.types) {
      detail::write_key(json, type.type);
      json.Uint64(type.nodes);
    }
    json.EndObject();
    json.Key("predicates");
    json.StartObject();
    for (const query::PredicateCount& predicate : summary.predicates) {
      detail::write_key(json, predicate.predicate);
      json.Uint64(predicate.edges);
    }
    json.EndObject();
    json.Key("bytes");
    json.StartObject();
    json.Key("structure");
    json.Uint64(summary.memory.structure);
    json.Key("strings");
    json.Uint64(summary.memory.strings);
    json.Key("provenance");
    json.Uint64(summary.memory.provenance);
    json.Key("properties");
    json.Uint64(summary.memory.properties);
    json.EndObject();
  });
}

/// Rows sorted by count, largest first; equal counts keep their order (by name).
template <class Row, class CountOf>
std::vector<Row> by_count(std::vector<Row> rows, CountOf count_of) {
  std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return count_of(a) > count_of(b); });
  return rows;
}

void summary_table(std::string_view name, const query::GraphSummary& summary, Output& out) {
  out.write(fmt::format("{}: {}, {}, {} from {}\n\n", detail::one_line(name), detail::plural(summary.nodes, "node"),
                        detail::plural(summary.edges, "edge"), detail::plural(summary.statements, "statement"),
                        detail::plural(summary.sources, "source")));
  std::size_t width = 9;
  for (const query::TypeCount& type : summary.types) {
    width = std::max(width, graph::utf8_length(detail::one_line(type.type)));
  }
  for (const query::PredicateCount& predicate : summary.predicates) {
    width = std::max(width, graph::utf8_length(detail::one_line(predicate.predicate)));
  }
  out.write(fmt::format("  {}  {:>8}\n", detail::padded("Node type", width), "Nodes"));
  for (const query::TypeCount& type : by_count(summary.types, [](const query::TypeCount& t) { return t.nodes; })) {
    out.write(fmt::format("  {}  {:>8}\n", detail::padded(detail::one_line(type.type), width), type.nodes));
  }
  out.write(fmt::format("\n  {}  {:>8}  {:>10}\n", detail::padded("Predicate", width), "Edges", "Statements"));
  for (const query::PredicateCount& predicate :
       by_count(summary.predicates, [](const query::PredicateCount& p) { return p.edges; })) {
    out.write(fmt::format("  {}  {:>8}  {:>10}\n", detail::padded(detail::one_line(predicate.predicate), width),
                          predicate.edges, predicate.statements));
  }
}

}  // namespace

void render_summary(std::string_view name, const query::GraphSummary& summary, const RenderOptions& options,
                    Output& out) {
  switch (options.style) {
    case Style::table:
      return summary_table(name, summary, out);
    case Style::json:
      return summary_json(summary, out);
    case Style::csv:
      throw std::invalid_argument("a graph summary has no CSV rendering");
  }
}

}  // namespace kg::render
