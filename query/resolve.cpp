// Resolution of the user's words: entity references, predicate and type names, dates and directions.
#include "kg/query/resolve.h"

#include <fmt/format.h>

#include <algorithm>

#include "kg/graph/diagnostics.h"
#include "kg/graph/name_fold.h"
#include "kg/graph/text.h"

namespace kg::query {
namespace {

[[noreturn]] void fail(std::string_view context, std::string message) {
  throw graph::InputError(graph::SourceLocation{std::string(context), 0, 0}, std::move(message));
}

std::string describe(const graph::Graph& graph, graph::NodeId node) {
  return fmt::format("\"{}\" ({}, id {})", graph.node_name(node), graph.type_name(graph.node_type(node)),
                     graph.node_key(node));
}

/// Resolves names of a vocabulary (predicates or node types): `find` looks one up, `name_of(i)` lists entry i of
/// `count`. An unknown name is an error suggesting the entries within edit distance 3.
template <class Id, class Find, class NameOf>
std::vector<Id> resolve_names(const std::vector<std::string>& names, std::string_view what, std::uint32_t count,
                              Find&& find, NameOf&& name_of, std::string_view context) {
  std::vector<Id> ids;
  for (const std::string& name : names) {
    if (std::optional<Id> id = find(name)) {
      ids.push_back(*id);
      continue;
    }
    std::string folded = graph::fold_name(name);
    std::vector<std::string> near;
    for (std::uint32_t i = 0; i < count; ++i) {
      std::string_view candidate = name_of(i);
      if (graph::edit_distance(folded, graph::fold_name(candidate), 3) <= 3)
        near.push_back(fmt::format("\"{}\"", candidate));
    }
    fail(context, fmt::format("unknown {} \"{}\"{}", what, name,
                              near.empty() ? std::string() : fmt::format("; did you mean {}?", fmt::join(near, ", "))));
  }
  return ids;
}

/// Up to five suggestions: names near `reference` (edit distance), then names or ids containing it ("prison").
std::vector<graph::NodeId> suggestions(const graph::Graph& graph, std::string_view reference) {
  constexpr std::size_t kSuggestions = 5;
  std::vector<graph::NodeId> near = graph.suggest_nodes(reference, kSuggestions);
  std::string folded = graph::fold_name(reference);
  for (std::uint32_t n = 0; n < graph.node_count() && near.size() < kSuggestions && !folded.empty(); ++n) {
    graph::NodeId node{n};
    bool contains = graph::fold_name(graph.node_name(node)).find(folded) != std::string::npos ||
                    graph::fold_name(graph.node_key(node)).find(folded) != std::string::npos;
    if (contains && std::find(near.begin(), near.end(), node) == near.end()) near.push_back(node);
  }
  return near;
}

}  // namespace

graph::NodeId resolve_node(const graph::Graph& graph, std::string_view reference, std::string_view context) {
  std::vector<graph::NodeId> matches = graph.find_nodes(reference);
  if (matches.size() == 1) return matches.front();
  std::vector<std::string> listed;
  if (matches.empty()) {
    for (graph::NodeId node : suggestions(graph, reference)) listed.push_back(describe(graph, node));
    fail(context, fmt::format("unknown entity \"{}\"{}", reference,
                              listed.empty() ? "" : fmt::format("; did you mean {}?", fmt::join(listed, ", "))));
  }
  // The first few candidates and how many more: a name shared by 100,000 entities must not print them all.
  constexpr std::size_t kListed = 5;
  for (std::size_t i = 0; i < std::min(matches.size(), kListed); ++i) listed.push_back(describe(graph, matches[i]));
  const std::string more = matches.size() > kListed
                               ? fmt::format(" or {} others ({} entities)", matches.size() - kListed, matches.size())
                               : std::string();
  fail(context,
       fmt::format("ambiguous entity \"{}\": it may be {}{}; give an id", reference, fmt::join(listed, ", "), more));
}

graph::SourceId resolve_source(const graph::Graph& graph, std::string_view key, std::string_view context) {
  const auto id_of = [](std::uint32_t i) { return graph::SourceId{i}; };
  for (std::uint32_t i = 1; i < graph.source_count(); ++i) {
    if (graph.source_key(id_of(i)) == key) return id_of(i);
  }
  const auto found = resolve_names<graph::SourceId>(
      {std::string(key)}, "source", graph.source_count() - 1,
      [&](std::string_view name) -> std::optional<graph::SourceId> {
        for (std::uint32_t i = 1; i < graph.source_count(); ++i) {
          if (graph::equals_ascii_folded(graph.source_key(id_of(i)), name)) return id_of(i);
        }
        return std::nullopt;
      },
      [&](std::uint32_t i) { return graph.source_key(id_of(i + 1)); }, context);
  return found.front();
}

std::vector<graph::TypeId> resolve_types(const graph::Graph& graph, const std::vector<std::string>& names,
                                         std::string_view context) {
  return resolve_names<graph::TypeId>(
      names, "node type", graph.type_count(), [&](std::string_view name) { return graph.find_type(name); },
      [&](std::uint32_t i) { return graph.type_name(graph::TypeId{static_cast<std::uint16_t>(i)}); }, context);
}

Filter resolve_filter(const graph::Graph& graph, const FilterSpec& spec, std::string_view context) {
  Filter filter;
  if (spec.direction == "out") {
    filter.direction = Direction::out;
  } else if (spec.direction == "in") {
    filter.direction = Direction::in;
  } else if (spec.direction != "both") {
    fail(context, fmt::format("unknown direction \"{}\": expected out, in or both", spec.direction));
  }
  auto predicates = [&](const std::vector<std::string>& names) {
    return resolve_names<graph::PredicateId>(
        names, "predicate", graph.predicate_count(), [&](std::string_view name) { return graph.find_predicate(name); },
        [&](std::uint32_t i) { return graph.predicate_name(graph::PredicateId{static_cast<std::uint16_t>(i)}); },
        context);
  };
  filter.predicates = predicates(spec.predicates);
  filter.excluded_predicates = predicates(spec.excluded_predicates);
  filter.node_types = resolve_types(graph, spec.node_types, context);
  filter.excluded_node_types = resolve_types(graph, spec.excluded_node_types, context);
  for (const std::string& reference : spec.avoid) filter.avoid.push_back(resolve_node(graph, reference, context));

  auto date = [&](const std::string& text, const char* end) -> std::optional<graph::PartialDate> {
    if (text.empty()) return std::nullopt;
    std::optional<graph::PartialDate> parsed = graph::parse_partial_date(text);
    if (!parsed) fail(context, fmt::format("invalid {} date \"{}\": expected YYYY, YYYY-MM or YYYY-MM-DD", end, text));
    return parsed;
  };
  filter.from = date(spec.from, "start");
  filter.to = date(spec.to, "end");
  if (filter.from && filter.to && filter.to->latest() < filter.from->earliest()) {
    fail(context, fmt::format("the date window ends ({}) before it starts ({})", spec.to, spec.from));
  }
  filter.dated_only = spec.dated_only;
  if (spec.dates != "overlaps" && spec.dates != "within") {
    fail(context, fmt::format("unknown date match \"{}\": expected overlaps or within", spec.dates));
  }
  filter.dates_within = spec.dates == "within";
  if (spec.min_confidence && !(*spec.min_confidence >= 0 && *spec.min_confidence <= 1)) {
    fail(context, fmt::format("minimum confidence {} is outside 0..1", *spec.min_confidence));
  }
  filter.min_confidence = spec.min_confidence;
  for (const std::string& key : spec.sources) filter.sources.push_back(resolve_source(graph, key, context));
  for (const std::string& key : spec.excluded_sources) {
    filter.excluded_sources.push_back(resolve_source(graph, key, context));
  }
  filter.min_sources = spec.min_sources;
  if (!spec.min_grade.empty()) {
    const std::optional<graph::Grade> grade = graph::parse_grade(spec.min_grade);
    if (!grade) {
      fail(context,
           fmt::format("invalid minimum grade \"{}\": expected a reliability letter A to F and/or a credibility "
                       "digit 1 to 6, as in B3",
                       spec.min_grade));
    }
    filter.min_grade = *grade;
  }
  return filter;
}

}  // namespace kg::query
