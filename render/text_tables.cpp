// Tables for people: a path reads like an analyst's note, each hop followed by its sources and quotes.
#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "cell_text.h"
#include "evidence.h"
#include "kg/graph/decision.h"
#include "kg/graph/text.h"
#include "renderers.h"

namespace kg::render::detail {
namespace {

constexpr std::size_t kShownRecords = 3;   // per hop, without --full
constexpr std::size_t kQuoteLength = 100;  // characters, without --full

std::string name_of(const graph::Graph& graph, graph::NodeId node) { return one_line(graph.node_name(node)); }

std::string arrow(const graph::Graph& graph, const query::Hop& hop) {
  const std::string predicate = one_line(graph.predicate_name(graph.edge_predicate(hop.edge)));
  return hop.direction == query::HopDirection::forward ? fmt::format("—{}→", predicate)
                                                       : fmt::format("←{}—", predicate);
}

std::string node_label(const graph::Graph& graph, graph::NodeId node) {
  return fmt::format("{} ({})", name_of(graph, node), one_line(graph.type_name(graph.node_type(node))));
}

/// "  Name: merged from a, b: reason" for each node of `nodes` that same_as decisions made of several entities.
template <class Nodes, class NodeOf>
void write_merge_notes(Output& out, const graph::Graph& graph, const Nodes& nodes, NodeOf&& node_of) {
  for (const auto& item : nodes) {
    const graph::NodeId node = node_of(item);
    const std::string note = graph::merge_note(graph, node);
    if (!note.empty()) out.write(fmt::format("  {}: {}\n", name_of(graph, node), one_line(note)));
  }
}

}  // namespace

void write_records(Output& out, const graph::Graph& graph, const query::CompiledFilter& filter, graph::EdgeId edge,
                   const RenderOptions& options, std::string_view indent) {
  const std::vector<graph::ProvenanceId> records = shown_records(graph, filter, edge);
  const std::size_t shown = options.full ? records.size() : std::min(records.size(), kShownRecords);
  std::vector<std::string> sources, grades, dates;
  std::size_t source_width = 0, date_width = 0;
  bool graded = false;
  for (std::size_t i = 0; i < shown; ++i) {
    const graph::SourceId source = graph.provenance_source(records[i]);
    sources.emplace_back(source.value == 0 ? "(no source)" : one_line(graph.source_key(source)));
    grades.push_back(graph.provenance_grade(records[i]).to_string());
    graded = graded || !grades.back().empty();
    dates.push_back(graph.provenance_date(records[i]).dated() ? graph.provenance_date(records[i]).to_string()
                                                              : "undated");
    source_width = std::max(source_width, graph::utf8_length(sources.back()));
    date_width = std::max(date_width, dates.back().size());
  }
  for (std::size_t i = 0; i < shown; ++i) {
    const std::optional<float> confidence = graph.provenance_confidence(records[i]);
    const std::string grade = graded ? padded(grades[i].empty() ? "-" : grades[i], 2) + "  " : std::string();
    std::string line =
        fmt::format("{}{}  {}{}  {:<4}", indent, padded(sources[i], source_width), grade, padded(dates[i], date_width),
                    confidence ? fmt::format("{}", *confidence) : std::string("-"));
    const std::string_view quote = graph.provenance_quote(records[i]);
    if (!quote.empty()) {
      line += fmt::format("  \"{}\"", one_line(options.full ? quote : truncated(quote, kQuoteLength)));
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out.write(line);
    out.put('\n');
  }
  if (shown < records.size())
    out.write(fmt::format("{}(+{} more; --full shows all)\n", indent, records.size() - shown));
}

void paths_table(const graph::Graph& graph, std::span<const query::Path> paths, const query::CompiledFilter& filter,
                 const RenderOptions& options, Output& out) {
  for (std::size_t p = 0; p < paths.size(); ++p) {
    const query::Path& path = paths[p];
    if (p != 0) out.put('\n');
    out.write(fmt::format("Path {} of {}: {} hop{}, confidence {}\n", p + 1, paths.size(), path.length(),
                          path.length() == 1 ? "" : "s", path_confidence(filter, path)));
    std::string chain = name_of(graph, path.nodes[0]);
    for (std::size_t h = 0; h < path.hops.size(); ++h) {
      chain += fmt::format(" {} {}", arrow(graph, path.hops[h]), name_of(graph, path.nodes[h + 1]));
    }
    out.write(fmt::format("  {}\n", chain));
    write_merge_notes(out, graph, path.nodes, [](graph::NodeId node) { return node; });
    out.write(fmt::format("\n  {}\n", node_label(graph, path.nodes[0])));
    for (std::size_t h = 0; h < path.hops.size(); ++h) {
      out.write(fmt::format("    {} {}\n", arrow(graph, path.hops[h]), node_label(graph, path.nodes[h + 1])));
      write_records(out, graph, filter, path.hops[h].edge, options, "        ");
    }
  }
}

void neighbourhood_table(const graph::Graph& graph, const query::Neighbourhood& neighbourhood,
                         const query::CompiledFilter& filter, const RenderOptions& options, Output& out) {
  std::size_t name_width = 4, type_width = 4;
  for (const query::Reached& reached : neighbourhood.nodes) {
    name_width = std::max(name_width, graph::utf8_length(name_of(graph, reached.node)));
    type_width = std::max(type_width, graph::utf8_length(one_line(graph.type_name(graph.node_type(reached.node)))));
  }
  const std::size_t nodes = neighbourhood.nodes.size(), edges = neighbourhood.edges.size();
  out.write(fmt::format("{}, {}{}\n\n", plural(nodes, "node"), plural(edges, "edge"),
                        neighbourhood.truncated ? " (truncated by --limit)" : ""));
  out.write(fmt::format("  hops  {}  {}  id\n", padded("name", name_width), padded("type", type_width)));
  for (const query::Reached& reached : neighbourhood.nodes) {
    out.write(fmt::format("  {:>4}  {}  {}  {}\n", reached.distance, padded(name_of(graph, reached.node), name_width),
                          padded(one_line(graph.type_name(graph.node_type(reached.node))), type_width),
                          one_line(graph.node_key(reached.node))));
  }
  write_merge_notes(out, graph, neighbourhood.nodes, [](const query::Reached& reached) { return reached.node; });
  if (!neighbourhood.edges.empty()) out.put('\n');
  for (graph::EdgeId edge : neighbourhood.edges) {
    out.write(fmt::format("  {} —{}→ {}\n", name_of(graph, graph.edge_source(edge)),
                          one_line(graph.predicate_name(graph.edge_predicate(edge))),
                          name_of(graph, graph.edge_target(edge))));
    write_records(out, graph, filter, edge, options, "      ");
  }
}

}  // namespace kg::render::detail
