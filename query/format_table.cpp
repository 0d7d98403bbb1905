// Table rendering for people: a path reads like an analyst's note, each hop followed by its sources and quotes.
#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "format_detail.h"
#include "kg/graph/text.h"
#include "kg/query/format.h"

namespace kg::query {
using detail::path_confidence;
using detail::shown_records;

namespace {

constexpr std::size_t kShownRecords = 3;   // per hop, without --full
constexpr std::size_t kQuoteLength = 100;  // code points, without --full

/// `text` cut to `limit` code points (never inside a UTF-8 sequence), with `…` when cut.
std::string truncated(std::string_view text, std::size_t limit) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!graph::is_utf8_continuation(text[i]) && seen++ == limit) {
      return std::string(text.substr(0, i)) + "…";
    }
  }
  return std::string(text);
}

/// `text` on one line: tabs, carriage returns and line feeds become spaces, so that columns stay aligned.
std::string one_line(std::string_view text) {
  std::string line(text);
  std::replace_if(
      line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return line;
}

std::string name_of(const graph::Graph& graph, graph::NodeId node) { return one_line(graph.node_name(node)); }

/// `text` padded with spaces to `width` code points.
std::string padded(std::string_view text, std::size_t width) {
  std::size_t length = graph::utf8_length(text);
  return std::string(text) + std::string(width > length ? width - length : 0, ' ');
}

std::string arrow(const graph::Graph& graph, const Hop& hop) {
  std::string_view predicate = graph.predicate_name(graph.edge_predicate(hop.edge));
  return hop.direction == HopDirection::forward ? fmt::format("—{}→", predicate) : fmt::format("←{}—", predicate);
}

std::string node_label(const graph::Graph& graph, graph::NodeId node) {
  return fmt::format("{} ({})", name_of(graph, node), graph.type_name(graph.node_type(node)));
}

/// The records of one edge, one per line, with aligned source and date columns.
void write_records(std::string& out, const graph::Graph& graph, const CompiledFilter& filter, graph::EdgeId edge,
                   const TableOptions& options, std::string_view indent) {
  std::vector<graph::ProvenanceId> records = shown_records(graph, filter, edge);
  std::size_t shown = options.full ? records.size() : std::min(records.size(), kShownRecords);
  std::vector<std::string> sources, dates;
  std::size_t source_width = 0, date_width = 0;
  for (std::size_t i = 0; i < shown; ++i) {
    graph::SourceId source = graph.provenance_source(records[i]);
    sources.emplace_back(source.value == 0 ? "(no source)" : graph.source_key(source));
    dates.push_back(graph.provenance_date(records[i]).dated() ? graph.provenance_date(records[i]).to_string()
                                                              : "undated");
    source_width = std::max(source_width, graph::utf8_length(sources.back()));
    date_width = std::max(date_width, dates.back().size());
  }
  for (std::size_t i = 0; i < shown; ++i) {
    std::optional<float> confidence = graph.provenance_confidence(records[i]);
    std::string line =
        fmt::format("{}{}  {}  {:<4}", indent, padded(sources[i], source_width), padded(dates[i], date_width),
                    confidence ? fmt::format("{}", *confidence) : std::string("-"));
    std::string_view quote = graph.provenance_quote(records[i]);
    if (!quote.empty())
      line += fmt::format("  \"{}\"", one_line(options.full ? quote : truncated(quote, kQuoteLength)));
    line.erase(line.find_last_not_of(' ') + 1);
    out += line;
    out += '\n';
  }
  if (shown < records.size()) out += fmt::format("{}(+{} more; --full shows all)\n", indent, records.size() - shown);
}

}  // namespace

std::string paths_table(const graph::Graph& graph, std::span<const Path> paths, const Filter& user_filter,
                        const TableOptions& options) {
  CompiledFilter filter(graph, user_filter, {});
  std::string out;
  for (std::size_t p = 0; p < paths.size(); ++p) {
    const Path& path = paths[p];
    if (p != 0) out += '\n';
    out += fmt::format("Path {} of {}: {} hop{}, confidence {}\n", p + 1, paths.size(), path.length(),
                       path.length() == 1 ? "" : "s", path_confidence(filter, path));
    std::string chain = name_of(graph, path.nodes[0]);
    for (std::size_t h = 0; h < path.hops.size(); ++h) {
      chain += fmt::format(" {} {}", arrow(graph, path.hops[h]), name_of(graph, path.nodes[h + 1]));
    }
    out += fmt::format("  {}\n\n  {}\n", chain, node_label(graph, path.nodes[0]));
    for (std::size_t h = 0; h < path.hops.size(); ++h) {
      out += fmt::format("    {} {}\n", arrow(graph, path.hops[h]), node_label(graph, path.nodes[h + 1]));
      write_records(out, graph, filter, path.hops[h].edge, options, "        ");
    }
  }
  return out;
}

std::string neighbourhood_table(const graph::Graph& graph, const Neighbourhood& result, const Filter& user_filter,
                                const TableOptions& options) {
  CompiledFilter filter(graph, user_filter, {});
  std::size_t name_width = 4, type_width = 4;
  for (const Reached& reached : result.nodes) {
    name_width = std::max(name_width, graph::utf8_length(graph.node_name(reached.node)));  // one_line keeps the length
    type_width = std::max(type_width, graph::utf8_length(graph.type_name(graph.node_type(reached.node))));
  }
  std::string out = fmt::format("{} node{}, {} edge{}{}\n\n", result.nodes.size(), result.nodes.size() == 1 ? "" : "s",
                                result.edges.size(), result.edges.size() == 1 ? "" : "s",
                                result.truncated ? " (truncated by --limit)" : "");
  out += fmt::format("  hops  {}  {}  id\n", padded("name", name_width), padded("type", type_width));
  for (const Reached& reached : result.nodes) {
    out +=
        fmt::format("  {:>4}  {}  {}  {}\n", reached.distance, padded(name_of(graph, reached.node), name_width),
                    padded(graph.type_name(graph.node_type(reached.node)), type_width), graph.node_key(reached.node));
  }
  if (!result.edges.empty()) out += "\n";
  for (graph::EdgeId edge : result.edges) {
    out += fmt::format("  {} —{}→ {}\n", name_of(graph, graph.edge_source(edge)),
                       graph.predicate_name(graph.edge_predicate(edge)), name_of(graph, graph.edge_target(edge)));
    write_records(out, graph, filter, edge, options, "      ");
  }
  return out;
}

}  // namespace kg::query
