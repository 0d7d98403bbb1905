// kg info GRAPH [--format table|json]: node counts by type, edge counts by predicate, provenance and memory.
#include <fmt/format.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <map>
#include <memory>

#include "commands/command.h"
#include "kg/graph/graph_file.h"
#include "output.h"

namespace kg::cli {
namespace {

struct InfoOptions {
  std::string graph_path;
  OutputFormat format = OutputFormat::table;
};

struct Counts {
  std::map<std::string, std::uint64_t> node_types;                            // by name, for stable JSON
  std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> predicates;  // edges, statements
};

Counts count(const graph::Graph& graph) {
  Counts counts;
  std::vector<std::uint64_t> per_type(graph.type_count(), 0);
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) ++per_type[graph.node_type(graph::NodeId{n}).value];
  for (std::uint16_t t = 0; t < graph.type_count(); ++t) {
    if (per_type[t] != 0) counts.node_types[std::string(graph.type_name(graph::TypeId{t}))] = per_type[t];
  }
  std::vector<std::pair<std::uint64_t, std::uint64_t>> per_predicate(graph.predicate_count());
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    auto& [edges, statements] = per_predicate[graph.edge_predicate(graph::EdgeId{e}).value];
    ++edges;
    statements += graph.provenance_count(graph::EdgeId{e});
  }
  for (std::uint16_t p = 0; p < graph.predicate_count(); ++p) {
    counts.predicates[std::string(graph.predicate_name(graph::PredicateId{p}))] = per_predicate[p];
  }
  return counts;
}

void print_json(const graph::Graph& graph, const Counts& counts) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> json(buffer);
  json.SetIndent(' ', 2);
  json.StartObject();
  json.Key("nodes");
  json.Uint(graph.node_count());
  json.Key("edges");
  json.Uint(graph.edge_count());
  json.Key("statements");
  json.Uint(graph.provenance_count());
  json.Key("sources");
  json.Uint(graph.source_count() - 1);
  json.Key("node_types");
  json.StartObject();
  for (const auto& [name, n] : counts.node_types) {
    json.Key(name.c_str(), static_cast<rapidjson::SizeType>(name.size()));
    json.Uint64(n);
  }
  json.EndObject();
  json.Key("predicates");
  json.StartObject();
  for (const auto& [name, n] : counts.predicates) {
    json.Key(name.c_str(), static_cast<rapidjson::SizeType>(name.size()));
    json.Uint64(n.first);
  }
  json.EndObject();
  const graph::MemoryUsage memory = graph.memory_usage();
  json.Key("bytes");
  json.StartObject();
  json.Key("structure");
  json.Uint64(memory.structure);
  json.Key("strings");
  json.Uint64(memory.strings);
  json.Key("provenance");
  json.Uint64(memory.provenance);
  json.Key("properties");
  json.Uint64(memory.properties);
  json.EndObject();
  json.EndObject();
  fmt::print("{}\n", buffer.GetString());
}

// Rows sorted by count (largest first), then name.
template <class Map, class CountOf>
std::vector<std::pair<std::string, typename Map::mapped_type>> by_count(const Map& map, CountOf count_of) {
  std::vector<std::pair<std::string, typename Map::mapped_type>> rows(map.begin(), map.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [&](const auto& a, const auto& b) { return count_of(a.second) > count_of(b.second); });
  return rows;
}

void print_table(const std::string& path, const graph::Graph& graph, const Counts& counts) {
  const std::uint32_t sources = graph.source_count() - 1;
  fmt::print("{}: {} nodes, {} edges, {} statements from {} source{}\n\n", path, graph.node_count(), graph.edge_count(),
             graph.provenance_count(), sources, sources == 1 ? "" : "s");
  std::size_t width = 9;
  for (const auto& [name, n] : counts.node_types) width = std::max(width, name.size());
  for (const auto& [name, n] : counts.predicates) width = std::max(width, name.size());
  fmt::print("  {:<{}}  {:>8}\n", "Node type", width, "Nodes");
  for (const auto& [name, n] : by_count(counts.node_types, [](std::uint64_t c) { return c; })) {
    fmt::print("  {:<{}}  {:>8}\n", name, width, n);
  }
  fmt::print("\n  {:<{}}  {:>8}  {:>10}\n", "Predicate", width, "Edges", "Statements");
  for (const auto& [name, n] : by_count(counts.predicates, [](const auto& c) { return c.first; })) {
    fmt::print("  {:<{}}  {:>8}  {:>10}\n", name, width, n.first, n.second);
  }
}

}  // namespace

void add_info_command(CLI::App& app) {
  auto options = std::make_shared<InfoOptions>();
  CLI::App* command = app.add_subcommand("info", "Print node counts by type and edge counts by predicate");
  command->add_option("graph", options->graph_path, "Graph file written by kg build")->required();
  add_format_option(*command, options->format, false);
  command->callback([options] {
    const graph::Graph graph = graph::load_graph_file(options->graph_path);
    const Counts counts = count(graph);
    if (options->format == OutputFormat::json) {
      print_json(graph, counts);
    } else {
      print_table(options->graph_path, graph, counts);
    }
  });
}

}  // namespace kg::cli
