#pragma once
// Shared by the query tests: random graphs built with GraphBuilder, random filters, and brute-force references
// (written for clarity, not speed) that the algorithms are checked against.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <queue>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/builder.h"
#include "kg/graph/graph.h"
#include "kg/query/filter.h"
#include "kg/query/result.h"

namespace kg::query::test {

inline const std::vector<std::string> kTypes = {"Person", "Organization", "Event"};
inline const std::vector<std::string> kPredicates = {"knows", "funds", "met", "member_of"};

/// A random multigraph: `nodes` entities `n0`..., `facts` facts between random entities (repeats merge into one
/// edge with several records; parallel edges, reverse edges and a few self-loops occur), random partial dates
/// (some undated), random confidences (some missing), random sources (three declared ones, some statements
/// citing none), random grades and a few quotes shared between statements.
inline graph::Graph random_graph(std::mt19937& rng, std::uint32_t nodes, std::uint32_t facts) {
  graph::GraphBuilder builder;
  std::uint32_t file = builder.add_file("random.json");
  builder.add_source({.id = "s1", .title = "First source", .url = "", .date = {}}, {file, 1, 1});
  builder.add_source({.id = "s2", .title = "Second source", .url = "", .date = {}}, {file, 2, 1});
  builder.add_source({.id = "s3", .title = "Third source", .url = "", .date = {}, .reliability = {2, 0}}, {file, 2, 1});
  std::vector<std::string> ids(nodes), names(nodes);
  auto pick = [&](std::uint32_t n) { return std::uniform_int_distribution<std::uint32_t>(0, n - 1)(rng); };
  for (std::uint32_t i = 0; i < nodes; ++i) {
    ids[i] = "n" + std::to_string(i);
    names[i] = "Node " + std::to_string(i);
    builder.add_entity(
        {.id = ids[i], .type = kTypes[pick(3)], .name = names[i], .aliases = {}, .props = {}, .at = {file, i + 3, 1}});
  }
  for (std::uint32_t f = 0; f < facts; ++f) {
    graph::FactRecord fact;
    std::uint32_t subject = pick(nodes);
    std::uint32_t object = pick(20) == 0 ? subject : pick(nodes);
    fact.subject.text = ids[subject];
    fact.object.text = ids[object];
    fact.predicate = kPredicates[pick(static_cast<std::uint32_t>(kPredicates.size()))];
    if (pick(10) >= 3) {
      std::int32_t year = 2008 + static_cast<std::int32_t>(pick(5));
      std::uint32_t precision = pick(3);
      std::int32_t month = precision == 0 ? 0 : 1 + static_cast<std::int32_t>(pick(12));
      std::int32_t day = precision < 2 ? 0 : 1 + static_cast<std::int32_t>(pick(28));
      fact.date = graph::PartialDate{year * 10000 + month * 100 + day};
      // One date in four is an interval: to a later year, or open at its end or its start.
      switch (pick(8)) {
        case 0:
          fact.date.end = (year + 1 + static_cast<std::int32_t>(pick(3))) * 10000;
          break;
        case 1:
          fact.date.end = graph::PartialDate::kOpen;
          break;
        case 2:
          fact.date.end = fact.date.packed, fact.date.packed = graph::PartialDate::kOpen;
          break;
        default:
          break;
      }
    }
    if (pick(10) >= 3) fact.confidence = static_cast<float>(1 + pick(10)) / 10.0f;
    static constexpr std::string_view kSources[] = {"", "s1", "s2", "s3"};
    fact.source = kSources[pick(4)];
    static constexpr std::string_view kQuotes[] = {"", "", "q1", "q2", "q3", "q4"};
    fact.quote = kQuotes[pick(6)];
    if (pick(3) != 0) fact.grade = {static_cast<std::uint8_t>(pick(7)), static_cast<std::uint8_t>(pick(7))};
    fact.at = {file, nodes + 3 + f, 1};
    builder.add_fact(fact);
  }
  return builder.build();
}

/// A random filter over `graph`; about half of the conditions are set each time.
inline Filter random_filter(std::mt19937& rng, const graph::Graph& graph) {
  auto chance = [&](int percent) { return std::uniform_int_distribution<int>(0, 99)(rng) < percent; };
  Filter filter;
  filter.direction = chance(50) ? Direction::both : chance(50) ? Direction::out : Direction::in;
  for (std::uint16_t p = 0; p < graph.predicate_count(); ++p) {
    if (chance(15)) filter.predicates.push_back(graph::PredicateId{p});
    if (chance(10)) filter.excluded_predicates.push_back(graph::PredicateId{p});
  }
  for (std::uint16_t t = 0; t < graph.type_count(); ++t) {
    if (chance(10)) filter.node_types.push_back(graph::TypeId{t});
    if (chance(10)) filter.excluded_node_types.push_back(graph::TypeId{t});
  }
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
    if (chance(5)) filter.avoid.push_back(graph::NodeId{n});
  }
  if (chance(25)) filter.from = graph::PartialDate{2009'00'00 + (chance(50) ? 600 : 0)};
  if (chance(25)) filter.to = graph::PartialDate{2011'00'00 + (chance(50) ? 315 : 0)};
  filter.dated_only = chance(10);
  filter.dates_within = chance(30);
  if (chance(25)) filter.min_confidence = static_cast<float>(std::uniform_int_distribution<int>(1, 9)(rng)) / 10.0f;
  if (chance(20)) filter.missing_confidence = 0.5f;
  for (std::uint32_t s = 1; s < graph.source_count(); ++s) {
    if (chance(15)) filter.sources.push_back(graph::SourceId{s});
    if (chance(10)) filter.excluded_sources.push_back(graph::SourceId{s});
  }
  if (chance(20)) filter.min_sources = std::uniform_int_distribution<std::uint32_t>(1, 3)(rng);
  if (chance(20)) {
    std::uniform_int_distribution<int> part(0, 6);
    filter.min_grade = {static_cast<std::uint8_t>(part(rng)), static_cast<std::uint8_t>(part(rng))};
  }
  return filter;
}

/// One way to walk an edge from a node.
struct Step {
  graph::NodeId next;
  graph::EdgeId edge;
  HopDirection direction;
};

/// The filter's semantics restated directly from its documentation, over a plain edge list.
class Reference {
 public:
  Reference(const graph::Graph& graph, Filter filter, std::vector<graph::NodeId> endpoints)
      : graph_(graph), filter_(std::move(filter)), endpoints_(std::move(endpoints)) {
    for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
      for (auto [next, edge] : graph.out(graph::NodeId{n})) edges_.push_back({graph::NodeId{n}, next, edge});
    }
    steps_.resize(graph.node_count());
    for (const auto& [from, to, edge] : edges_) {
      if (from == to || !edge_ok(edge)) continue;
      if (filter_.direction != Direction::in && node_ok(to))
        steps_[from.value].push_back({to, edge, HopDirection::forward});
      if (filter_.direction != Direction::out && node_ok(from)) {
        steps_[to.value].push_back({from, edge, HopDirection::backward});
      }
    }
  }

  /// Every edge of the graph with its endpoints.
  struct ListedEdge {
    graph::NodeId from, to;
    graph::EdgeId edge;
  };
  const std::vector<ListedEdge>& edges() const { return edges_; }

  const graph::Graph& graph() const { return graph_; }
  const Filter& filter() const { return filter_; }

  bool node_ok(graph::NodeId node) const {
    if (contains(endpoints_, node)) return true;
    graph::TypeId type = graph_.node_type(node);
    if (!filter_.node_types.empty() && !contains(filter_.node_types, type)) return false;
    return !contains(filter_.excluded_node_types, type) && !contains(filter_.avoid, node);
  }
  bool record_ok(graph::ProvenanceId record) const {
    graph::SourceId source = graph_.provenance_source(record);
    if (!filter_.sources.empty() && !contains(filter_.sources, source)) return false;
    if (contains(filter_.excluded_sources, source)) return false;
    graph::Grade grade = graph_.provenance_grade(record);
    if (filter_.min_grade.reliability != 0 &&
        (grade.reliability == 0 || grade.reliability > filter_.min_grade.reliability))
      return false;
    if (filter_.min_grade.credibility != 0 &&
        (grade.credibility == 0 || grade.credibility > filter_.min_grade.credibility))
      return false;
    graph::PartialDate date = graph_.provenance_date(record);
    if (!date.dated() && filter_.dated_only) return false;
    if (date.dated() && filter_.from &&
        (filter_.dates_within ? date.earliest() : date.latest()) < filter_.from->earliest())
      return false;
    if (date.dated() && filter_.to && (filter_.dates_within ? date.latest() : date.earliest()) > filter_.to->latest())
      return false;
    float confidence = graph_.provenance_confidence(record).value_or(filter_.missing_confidence);
    return !filter_.min_confidence || confidence >= *filter_.min_confidence;
  }
  bool edge_ok(graph::EdgeId edge) const {
    graph::PredicateId predicate = graph_.edge_predicate(edge);
    if (!filter_.predicates.empty() && !contains(filter_.predicates, predicate)) return false;
    if (contains(filter_.excluded_predicates, predicate)) return false;
    bool any = false;
    std::vector<graph::SourceId> distinct;
    for (graph::ProvenanceId p : graph_.provenance(edge)) {
      if (!record_ok(p)) continue;
      any = true;
      graph::SourceId source = graph_.provenance_source(p);
      if (source.value != 0 && !contains(distinct, source)) distinct.push_back(source);
    }
    return any && distinct.size() >= filter_.min_sources;
  }
  /// Best stated confidence among passing records, else missing_confidence.
  double confidence(graph::EdgeId edge) const {
    double best = -1;
    for (graph::ProvenanceId p : graph_.provenance(edge)) {
      auto stated = graph_.provenance_confidence(p);
      if (stated && record_ok(p)) best = std::max(best, static_cast<double>(*stated));
    }
    return best < 0 ? filter_.missing_confidence : best;
  }

  /// Usable steps from `node` (self-loops excluded), in the filter's direction.
  const std::vector<Step>& steps(graph::NodeId node) const { return steps_[node.value]; }

  /// Hop distances from `sources` (unreachable: max).
  std::vector<std::uint32_t> distances(const std::vector<graph::NodeId>& sources) const {
    std::vector<std::uint32_t> distance(graph_.node_count(), kUnreached);
    std::queue<graph::NodeId> queue;
    for (graph::NodeId s : sources) {
      if (distance[s.value] == kUnreached) queue.push(s);
      distance[s.value] = 0;
    }
    while (!queue.empty()) {
      graph::NodeId node = queue.front();
      queue.pop();
      for (const Step& step : steps(node)) {
        if (distance[step.next.value] != kUnreached) continue;
        distance[step.next.value] = distance[node.value] + 1;
        queue.push(step.next);
      }
    }
    return distance;
  }

  /// Every simple path from `from` to `to` of at most `max_hops` hops, by exhaustive search.
  std::vector<Path> simple_paths(graph::NodeId from, graph::NodeId to, std::uint32_t max_hops) const {
    std::vector<Path> found;
    Path path{{from}, {}, 0};
    extend(path, to, max_hops, found);
    return found;
  }

  /// The sum of -log(confidence) over the path's edges (confidence 0 gives infinity).
  double credibility_cost(const Path& path) const {
    double cost = 0;
    for (const Hop& hop : path.hops) cost += -std::log(confidence(hop.edge));
    return cost;
  }

  /// Checks that `path` is a simple walk from `from` to `to` the filter allows.
  void check_path(const Path& path, graph::NodeId from, graph::NodeId to) const {
    REQUIRE(path.nodes.size() == path.hops.size() + 1);
    CHECK(path.nodes.front() == from);
    CHECK(path.nodes.back() == to);
    std::vector<graph::NodeId> sorted = path.nodes;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
    for (std::size_t i = 0; i < path.hops.size(); ++i) {
      std::vector<Step> allowed = steps(path.nodes[i]);
      const Hop& hop = path.hops[i];
      CHECK(std::any_of(allowed.begin(), allowed.end(), [&](const Step& step) {
        return step.next == path.nodes[i + 1] && step.edge == hop.edge && step.direction == hop.direction;
      }));
    }
  }

  static constexpr std::uint32_t kUnreached = std::numeric_limits<std::uint32_t>::max();

 private:
  template <class T>
  static bool contains(const std::vector<T>& values, T value) {
    return std::find(values.begin(), values.end(), value) != values.end();
  }
  void extend(Path& path, graph::NodeId to, std::uint32_t max_hops, std::vector<Path>& found) const {
    if (path.nodes.back() == to) {
      found.push_back(path);
      return;
    }
    if (path.length() == max_hops) return;
    for (const Step& step : steps(path.nodes.back())) {
      if (contains(path.nodes, step.next)) continue;
      path.nodes.push_back(step.next);
      path.hops.push_back({step.edge, step.direction});
      extend(path, to, max_hops, found);
      path.nodes.pop_back();
      path.hops.pop_back();
    }
  }

  const graph::Graph& graph_;
  Filter filter_;
  std::vector<graph::NodeId> endpoints_;
  std::vector<ListedEdge> edges_;
  std::vector<std::vector<Step>> steps_;
};

/// Paths in a canonical order, for comparing sets of paths.
inline std::vector<Path> canonical(std::vector<Path> paths) {
  auto key = [](const Path& p) {
    std::vector<std::uint64_t> k;
    for (graph::NodeId n : p.nodes) k.push_back(n.value);
    for (const Hop& h : p.hops)
      k.push_back((std::uint64_t{h.edge.value} << 1) | static_cast<std::uint64_t>(h.direction));
    return k;
  };
  std::sort(paths.begin(), paths.end(), [&](const Path& a, const Path& b) { return key(a) < key(b); });
  return paths;
}

/// One random query: a graph, a filter (empty unless `filtered`) and two nodes of it.
struct RandomQuery {
  graph::Graph graph;
  Filter filter;
  graph::NodeId from, to;
};

inline RandomQuery random_query(std::mt19937& rng, std::uint32_t nodes, std::uint32_t facts, bool filtered) {
  RandomQuery query{random_graph(rng, nodes, facts), {}, {}, {}};
  if (filtered) query.filter = random_filter(rng, query.graph);
  std::uniform_int_distribution<std::uint32_t> node(0, query.graph.node_count() - 1);
  query.from = graph::NodeId{node(rng)};
  query.to = graph::NodeId{node(rng)};
  return query;
}

/// Graph shapes the property tests sweep: small and larger, sparse and dense.
struct Shape {
  std::uint32_t nodes, facts;
};
inline const std::vector<Shape> kSmallShapes = {{2, 2}, {5, 4}, {6, 10}, {7, 16}, {8, 12}, {8, 24}};
inline const std::vector<Shape> kLargerShapes = {{20, 15}, {30, 60}, {60, 90}, {60, 300}, {150, 400}};

/// n0 → n1 → ... → n`hops`: one path of `hops` hops, deeper than any call stack could recurse.
inline graph::Graph chain_graph(std::uint32_t hops) {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("chain.jsonl");
  std::vector<std::string> ids;
  for (std::uint32_t i = 0; i <= hops; ++i) ids.push_back("n" + std::to_string(i));
  for (std::uint32_t i = 0; i < hops; ++i) {
    graph::FactRecord fact;
    fact.subject.text = ids[i];
    fact.object.text = ids[i + 1];
    fact.predicate = "next";
    fact.at = {file, i + 1, 1};
    builder.add_fact(fact);
  }
  return builder.build();
}

/// Every node joined to every other: more simple paths than any search can list.
inline graph::Graph complete_graph(std::uint32_t nodes) {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("complete.jsonl");
  std::vector<std::string> ids;
  for (std::uint32_t i = 0; i < nodes; ++i) ids.push_back("n" + std::to_string(i));
  for (std::uint32_t i = 0; i < nodes; ++i) {
    for (std::uint32_t j = i + 1; j < nodes; ++j) {
      graph::FactRecord fact;
      fact.subject.text = ids[i];
      fact.object.text = ids[j];
      fact.predicate = "knows";
      fact.at = {file, i + 1, j + 1};
      builder.add_fact(fact);
    }
  }
  return builder.build();
}

}  // namespace kg::query::test
