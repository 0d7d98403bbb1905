#include "kg/query/neighbourhood.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "query_fixtures.h"

using namespace kg::query;
using kg::graph::EdgeId;
using kg::graph::NodeId;
using test::Reference;

namespace {

std::vector<NodeId> random_starts(std::mt19937& rng, const kg::graph::Graph& graph) {
  std::uniform_int_distribution<std::uint32_t> node(0, graph.node_count() - 1);
  std::vector<NodeId> start(std::uniform_int_distribution<int>(1, 3)(rng));
  for (NodeId& s : start) s = NodeId{node(rng)};
  return start;
}

/// The edges of the graph between two of `nodes` that pass the filter, self-loops included.
std::set<EdgeId> edges_among(const Reference& reference, const std::set<NodeId>& nodes) {
  std::set<EdgeId> edges;
  for (const auto& listed : reference.edges()) {
    if (nodes.count(listed.from) && nodes.count(listed.to) && reference.edge_ok(listed.edge)) edges.insert(listed.edge);
  }
  return edges;
}

}  // namespace

TEST_CASE("Neighbourhoods hold exactly the nodes within the depth, at BFS distance, and the edges among them",
          "[query]") {
  std::mt19937 rng(23);
  Workspace workspace;
  for (const auto& shapes : {test::kSmallShapes, test::kLargerShapes}) {
    for (const test::Shape& shape : shapes) {
      for (int round = 0; round < 15; ++round) {
        kg::graph::Graph graph = test::random_graph(rng, shape.nodes, shape.facts);
        Filter filter = round % 3 == 0 ? Filter{} : test::random_filter(rng, graph);
        std::vector<NodeId> start = random_starts(rng, graph);
        std::uint32_t depth = std::uniform_int_distribution<std::uint32_t>(0, 3)(rng);
        Reference reference(graph, filter, start);
        std::vector<std::uint32_t> distance = reference.distances(start);
        std::set<std::pair<NodeId, std::uint32_t>> expected;
        std::set<NodeId> expected_nodes;
        for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
          if (distance[n] <= depth) {
            expected.insert({NodeId{n}, distance[n]});
            expected_nodes.insert(NodeId{n});
          }
        }
        INFO("nodes " << shape.nodes << ", facts " << shape.facts << ", round " << round << ", depth " << depth);
        Neighbourhood result = neighbourhood(graph, start, {.filter = filter, .depth = depth}, workspace);
        std::set<std::pair<NodeId, std::uint32_t>> found;
        for (const Reached& reached : result.nodes) found.insert({reached.node, reached.distance});
        CHECK(found == expected);
        CHECK(result.nodes.size() == expected.size());  // no duplicates
        CHECK(std::is_sorted(result.nodes.begin(), result.nodes.end(),
                             [](const Reached& a, const Reached& b) { return a.distance < b.distance; }));
        CHECK(std::set<EdgeId>(result.edges.begin(), result.edges.end()) == edges_among(reference, expected_nodes));
        CHECK(result.edges.size() == edges_among(reference, expected_nodes).size());
        CHECK_FALSE(result.truncated);
        Neighbourhood bare = neighbourhood(graph, start, {.filter = filter, .depth = depth, .edges = false}, workspace);
        CHECK(bare.nodes == result.nodes);
        CHECK(bare.edges.empty());

        std::size_t limit = std::uniform_int_distribution<std::size_t>(1, 6)(rng);
        Neighbourhood limited =
            neighbourhood(graph, start, {.filter = filter, .depth = depth, .limit = limit}, workspace);
        std::set<NodeId> distinct_starts(start.begin(), start.end());
        CHECK(limited.nodes.size() == std::max(distinct_starts.size(), std::min(limit, expected.size())));
        CHECK(limited.truncated == (expected.size() > std::max(limit, distinct_starts.size())));
        std::uint32_t farthest = 0;
        std::set<NodeId> kept;
        for (const Reached& reached : limited.nodes) {
          CHECK(expected.count({reached.node, reached.distance}) == 1);
          farthest = std::max(farthest, reached.distance);
          kept.insert(reached.node);
        }
        for (const auto& [node, d] : expected) {  // nearest first: nothing left out is nearer than what was kept
          if (!kept.count(node)) CHECK(d >= farthest);
        }
        CHECK(std::set<EdgeId>(limited.edges.begin(), limited.edges.end()) == edges_among(reference, kept));
      }
    }
  }
}

TEST_CASE("End types list only the reached nodes of those types, at their distance through any node the walk may use",
          "[query]") {
  std::mt19937 rng(29);
  Workspace workspace;
  for (const test::Shape& shape : test::kLargerShapes) {
    for (int round = 0; round < 15; ++round) {
      kg::graph::Graph graph = test::random_graph(rng, shape.nodes, shape.facts);
      Filter filter = round % 2 == 0 ? Filter{} : test::random_filter(rng, graph);
      std::vector<NodeId> start = random_starts(rng, graph);
      std::uint32_t depth = std::uniform_int_distribution<std::uint32_t>(1, 3)(rng);
      std::vector<kg::graph::TypeId> end_types, excluded;
      for (std::uint16_t t = 0; t < graph.type_count(); ++t) {
        const int pick = std::uniform_int_distribution<int>(0, 2)(rng);
        if (pick == 0) end_types.push_back(kg::graph::TypeId{t});
        if (pick == 1 && round % 3 == 0) excluded.push_back(kg::graph::TypeId{t});
      }
      const auto listed_type = [&](NodeId node) {
        const kg::graph::TypeId type = graph.node_type(node);
        const auto in = [&](const std::vector<kg::graph::TypeId>& types) {
          return std::find(types.begin(), types.end(), type) != types.end();
        };
        return (end_types.empty() || in(end_types)) && !in(excluded);
      };
      Reference reference(graph, filter, start);
      const std::vector<std::uint32_t> distance = reference.distances(start);  // the walk ignores end types
      std::set<std::pair<NodeId, std::uint32_t>> expected;
      std::set<NodeId> expected_nodes;
      for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
        const NodeId node{n};
        const bool is_start = std::find(start.begin(), start.end(), node) != start.end();
        if (distance[n] <= depth && (is_start || listed_type(node))) {
          expected.insert({node, distance[n]});
          expected_nodes.insert(node);
        }
      }
      INFO("nodes " << shape.nodes << ", facts " << shape.facts << ", round " << round << ", depth " << depth);
      const NeighbourhoodOptions options{
          .filter = filter, .depth = depth, .end_types = end_types, .excluded_end_types = excluded};
      const Neighbourhood result = neighbourhood(graph, start, options, workspace);
      std::set<std::pair<NodeId, std::uint32_t>> found;
      for (const Reached& reached : result.nodes) found.insert({reached.node, reached.distance});
      CHECK(found == expected);
      CHECK(result.nodes.size() == expected.size());
      CHECK(std::set<EdgeId>(result.edges.begin(), result.edges.end()) == edges_among(reference, expected_nodes));
      CHECK_FALSE(result.truncated);

      NeighbourhoodOptions limited_options = options;
      limited_options.limit = std::uniform_int_distribution<std::size_t>(1, 4)(rng);
      const Neighbourhood limited = neighbourhood(graph, start, limited_options, workspace);
      const std::set<NodeId> distinct_starts(start.begin(), start.end());
      CHECK(limited.nodes.size() == std::max(distinct_starts.size(), std::min(limited_options.limit, expected.size())));
      CHECK(limited.truncated == (expected.size() > std::max(limited_options.limit, distinct_starts.size())));
      for (const Reached& reached : limited.nodes) CHECK(expected.count({reached.node, reached.distance}) == 1);
    }
  }
}
