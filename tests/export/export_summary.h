#pragma once
// exported_summary: what kg's GraphML and GEXF carry of a graph, as text, so a graph and the graph kg builds back
// from its export can be compared: every node (id, name, type, aliases, properties) and every edge (ends,
// predicate, properties and the provenance summary: weight, best confidence, first and last date, sources,
// quotes), sorted. With `unify_kinds`, each property key's values are shown as docs/EXPORT.md says the export
// types them: integers beside floats as floats, any other mix as text.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <bit>
#include <string>
#include <variant>
#include <vector>

#include "kg/graph/builder.h"
#include "kg/graph/graph.h"
#include "kg/graph/text.h"
#include "kg/ingest/json_reader.h"
#include "random_case.h"
#include "support/test_support.h"

namespace kg::test {

/// A key's kinds over a set of elements: bit 1 << PropertyKind.
using KeyKinds = std::vector<std::pair<std::string_view, unsigned>>;

inline unsigned kinds_of(const KeyKinds& kinds, std::string_view key) {
  for (const auto& [name, bits] : kinds) {
    if (name == key) return bits;
  }
  return 0;
}

/// `value` as the export types a key whose values take the `kinds`.
inline graph::PropertyValue as_exported(const graph::PropertyValue& value, unsigned kinds, std::string& text) {
  constexpr unsigned kInteger = 1U << static_cast<unsigned>(graph::PropertyKind::integer);
  constexpr unsigned kReal = 1U << static_cast<unsigned>(graph::PropertyKind::real);
  if (std::has_single_bit(kinds)) return value;
  if ((kinds & ~(kInteger | kReal)) == 0) {
    return std::holds_alternative<double>(value) ? value : graph::PropertyValue(double(std::get<std::int64_t>(value)));
  }
  text = std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, bool>) return v ? "true" : "false";
        if constexpr (!std::is_same_v<T, bool>) return fmt::format("{}", v);
      },
      value);
  return std::string_view(text);
}

inline std::string exported_summary(const graph::Graph& graph, bool unify_kinds = false) {
  KeyKinds node_kinds, edge_kinds;
  const auto collect = [](KeyKinds& kinds, const std::vector<graph::Property>& properties) {
    for (const graph::Property& property : properties) {
      const unsigned bit = 1U << static_cast<unsigned>(property.value.index());
      const auto same =
          std::find_if(kinds.begin(), kinds.end(), [&](const auto& k) { return k.first == property.key; });
      if (same == kinds.end()) {
        kinds.emplace_back(property.key, bit);
      } else {
        same->second |= bit;
      }
    }
  };
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) collect(node_kinds, graph.node_properties(graph::NodeId{n}));
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) collect(edge_kinds, graph.edge_properties(graph::EdgeId{e}));
  const auto props = [&](const std::vector<graph::Property>& properties, const KeyKinds& kinds) {
    std::vector<std::string> parts;
    for (graph::Property property : properties) {
      std::string text;
      if (unify_kinds) property.value = as_exported(property.value, kinds_of(kinds, property.key), text);
      parts.push_back(std::visit(
          [&](const auto& value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::string_view>) return fmt::format("{}=\"{}\"", property.key, value);
            if constexpr (std::is_same_v<T, double>) return fmt::format("{}={}d", property.key, value);
            if constexpr (!std::is_same_v<T, std::string_view> && !std::is_same_v<T, double>) {
              return fmt::format("{}={}", property.key, value);
            }
          },
          property.value));
    }
    std::sort(parts.begin(), parts.end());
    return fmt::format("{{{}}}", fmt::join(parts, ", "));
  };
  std::vector<std::string> lines;
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
    const graph::NodeId node{n};
    std::vector<std::string_view> aliases = graph.node_aliases(node);
    std::sort(aliases.begin(), aliases.end());
    lines.push_back(fmt::format("node {} \"{}\" {} [{}] {}", graph.node_key(node), graph.node_name(node),
                                graph.type_name(graph.node_type(node)), fmt::join(aliases, "; "),
                                props(graph.node_properties(node), node_kinds)));
  }
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    const graph::EdgeId edge{e};
    std::vector<std::string_view> sources, quotes;
    graph::PartialDate first, last;
    for (const graph::ProvenanceId p : graph.provenance(edge)) {
      const graph::SourceId source = graph.provenance_source(p);
      if (source.value != 0 && std::find(sources.begin(), sources.end(), graph.source_key(source)) == sources.end()) {
        sources.push_back(graph.source_key(source));
      }
      const std::string_view quote = graph.provenance_quote(p);
      if (!quote.empty() && std::find(quotes.begin(), quotes.end(), quote) == quotes.end()) quotes.push_back(quote);
      const graph::PartialDate date = graph.provenance_date(p);
      if (!date.dated()) continue;
      if (!first.dated() || date.earliest() < first.earliest()) first = date;
      if (!last.dated() || date.latest() > last.latest()) last = date;
    }
    const auto confidence = graph.edge_confidence(edge);
    lines.push_back(
        fmt::format("edge {} -{}-> {} {} weight={} confidence={} dates={}..{} sources=[{}] quotes=[{}]",
                    graph.node_key(graph.edge_source(edge)), graph.predicate_name(graph.edge_predicate(edge)),
                    graph.node_key(graph.edge_target(edge)), props(graph.edge_properties(edge), edge_kinds),
                    std::max<std::size_t>(1, sources.size()),
                    confidence ? fmt::format("{}", graph::shortest_double(*confidence)) : "-", first.to_string(),
                    last.to_string(), fmt::join(sources, "; "), fmt::join(quotes, " | ")));
  }
  std::sort(lines.begin(), lines.end());
  return fmt::format("{}\n", fmt::join(lines, "\n"));
}

/// The graphs the GraphML and GEXF round trips are checked on: the example case and 30 random graphs of what those
/// formats carry.
inline std::vector<graph::Graph> round_trip_graphs() {
  std::vector<graph::Graph> graphs;
  graph::GraphBuilder example;
  ingest::read_json_file(source_dir() / "examples/tajikistan-2010/case.json", example);
  graphs.push_back(example.build());
  for (std::uint64_t seed = 1; seed <= 30; ++seed) graphs.push_back(RandomCase(seed, RandomValues::exportable).build());
  return graphs;
}

/// A graph with what kg's GraphML and GEXF cannot carry back: a key with a space, integers beside floats, `;` in
/// an alias.
inline graph::Graph lossy_case() {
  graph::GraphBuilder builder;
  builder.add_entity({.id = "a",
                      .name = "A; B",
                      .aliases = {"x;y"},
                      .props = {{"first name", std::string_view("Ana")}, {"n", std::int64_t{2}}},
                      .at = {}});
  builder.add_entity({.id = "b", .props = {{"n", 2.5}}, .at = {}});
  return builder.build();
}

}  // namespace kg::test
