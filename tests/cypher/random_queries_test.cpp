// Property test: random MATCH patterns on random multigraphs (self-loops, parallel and reverse edges), answered by
// the engine and by a brute-force matcher written from openCypher's definition: every assignment of nodes to the
// pattern's nodes and of trails to its relationships, all relationships of the MATCH distinct.
#include <fmt/format.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <optional>
#include <random>
#include <set>

#include "cypher_fixtures.h"
#include "query/query_fixtures.h"

namespace {

using kg::graph::EdgeId;
using kg::graph::Graph;
using kg::graph::NodeId;

struct RelSpec {
  int direction = 0;  // 0: ->, 1: <-, 2: --
  std::vector<std::string> types;
  bool variable = false;
  int min = 1, max = 1;
};

struct PatternSpec {
  std::vector<int> sequence;                       // node variables along the path (repeats close cycles)
  std::vector<std::optional<std::string>> labels;  // per variable
  std::vector<RelSpec> rels;                       // rels[i] joins sequence[i] and sequence[i + 1]
  std::optional<std::string> seed;                 // WHERE n0.id = seed
  std::optional<float> min_confidence;             // the run's evidence option
};

PatternSpec random_pattern(std::mt19937& rng) {
  auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  PatternSpec spec;
  const int rels = 1 + pick(3);
  int variables = 1;
  spec.sequence.push_back(0);
  for (int i = 0; i < rels; ++i) {
    if (pick(10) < 7 || variables == 1) {
      spec.sequence.push_back(variables++);
    } else {
      spec.sequence.push_back(pick(variables));
    }
    RelSpec rel;
    rel.direction = pick(3);
    for (const std::string& type : kg::query::test::kPredicates) {
      if (pick(4) == 0) rel.types.push_back(type);
    }
    rel.variable = pick(3) == 0;
    if (rel.variable) {
      rel.min = pick(3);
      rel.max = rel.min + pick(3);
      if (rel.max == 0) rel.max = 1;
    }
    spec.rels.push_back(rel);
  }
  for (int v = 0; v < variables; ++v) {
    spec.labels.push_back(pick(4) == 0 ? std::optional(kg::query::test::kTypes[static_cast<std::size_t>(pick(3))])
                                       : std::nullopt);
  }
  if (pick(4) == 0) spec.seed = fmt::format("n{}", pick(8));
  if (pick(4) == 0) spec.min_confidence = static_cast<float>(1 + pick(9)) / 10.0f;
  return spec;
}

std::string pattern_text(const PatternSpec& spec) {
  std::set<int> written;
  const auto node = [&](int v) {
    std::string text = fmt::format("(n{}", v);
    if (written.insert(v).second && spec.labels[static_cast<std::size_t>(v)]) {
      text += ":" + *spec.labels[static_cast<std::size_t>(v)];
    }
    return text + ")";
  };
  std::string text = node(spec.sequence[0]);
  for (std::size_t i = 0; i < spec.rels.size(); ++i) {
    const RelSpec& rel = spec.rels[i];
    std::string inside;
    if (!rel.types.empty()) inside += ":" + fmt::format("{}", fmt::join(rel.types, "|"));
    if (rel.variable) inside += fmt::format("*{}..{}", rel.min, rel.max);
    const std::string body = inside.empty() ? "--" : "-[" + inside + "]-";
    text += (rel.direction == 1 ? "<" : "") + body + (rel.direction == 0 ? ">" : "") + node(spec.sequence[i + 1]);
  }
  return text;
}

/// The brute-force matcher.
class BruteForce {
 public:
  BruteForce(const Graph& graph, const PatternSpec& spec) : graph_(graph), spec_(spec) {}

  /// Every match: the node of each variable.
  std::vector<std::vector<NodeId>> matches() {
    found_.clear();
    assignment_.assign(spec_.labels.size(), std::nullopt);
    used_.clear();
    extend(0);
    return found_;
  }

 private:
  bool label_ok(int variable, NodeId node) const {
    const auto& label = spec_.labels[static_cast<std::size_t>(variable)];
    return !label || graph_.type_name(graph_.node_type(node)) == *label;
  }
  bool edge_ok(const RelSpec& rel, EdgeId edge) const {
    const std::string predicate(graph_.predicate_name(graph_.edge_predicate(edge)));
    if (!rel.types.empty() && std::find(rel.types.begin(), rel.types.end(), predicate) == rel.types.end()) {
      return false;
    }
    if (!spec_.min_confidence) return true;
    for (const kg::graph::ProvenanceId p : graph_.provenance(edge)) {
      if (graph_.provenance_confidence(p).value_or(1.0f) >= *spec_.min_confidence) return true;
    }
    return false;
  }
  // The steps a relationship of `direction` may take from `node`: (next node, edge), a self-loop once.
  std::vector<std::pair<NodeId, EdgeId>> steps(const RelSpec& rel, NodeId node) const {
    std::vector<std::pair<NodeId, EdgeId>> out;
    for (EdgeId e{0}; e.value < graph_.edge_count(); ++e.value) {
      const NodeId source = graph_.edge_source(e), target = graph_.edge_target(e);
      if (!edge_ok(rel, e)) continue;
      if ((rel.direction == 0 || rel.direction == 2) && source == node)
        out.emplace_back(target, e);
      else if ((rel.direction == 1 || rel.direction == 2) && target == node)
        out.emplace_back(source, e);
    }
    return out;
  }
  void trails(const RelSpec& rel, NodeId at, std::vector<EdgeId>& path,
              std::vector<std::pair<NodeId, std::vector<EdgeId>>>& out) const {
    const int min = rel.variable ? rel.min : 1, max = rel.variable ? rel.max : 1;
    if (static_cast<int>(path.size()) >= min) out.emplace_back(at, path);
    if (static_cast<int>(path.size()) == max) return;
    for (auto [next, edge] : steps(rel, at)) {
      if (std::find(path.begin(), path.end(), edge) != path.end()) continue;
      path.push_back(edge);
      trails(rel, next, path, out);
      path.pop_back();
    }
  }
  void extend(std::size_t i) {
    if (i == spec_.rels.size()) {
      std::vector<NodeId> nodes;
      for (const auto& node : assignment_) nodes.push_back(*node);
      found_.push_back(nodes);
      return;
    }
    const int left = spec_.sequence[i], right = spec_.sequence[i + 1];
    std::vector<NodeId> starts;
    if (assignment_[static_cast<std::size_t>(left)]) {
      starts.push_back(*assignment_[static_cast<std::size_t>(left)]);
    } else {
      for (NodeId n{0}; n.value < graph_.node_count(); ++n.value) {
        const bool seeded = left == 0 && spec_.seed;
        if (label_ok(left, n) && (!seeded || graph_.node_key(n) == *spec_.seed)) starts.push_back(n);
      }
    }
    for (NodeId start : starts) {
      const bool left_new = !assignment_[static_cast<std::size_t>(left)];
      if (left_new) assignment_[static_cast<std::size_t>(left)] = start;
      std::vector<EdgeId> path;
      std::vector<std::pair<NodeId, std::vector<EdgeId>>> options;
      trails(spec_.rels[i], start, path, options);
      for (const auto& [end, edges] : options) {
        if (std::any_of(edges.begin(), edges.end(), [&](EdgeId e) { return used_.count(e.value) > 0; })) continue;
        const auto& bound = assignment_[static_cast<std::size_t>(right)];
        if (bound && *bound != end) continue;
        if (!bound && !label_ok(right, end)) continue;
        if (!bound && right == 0 && spec_.seed && graph_.node_key(end) != *spec_.seed) continue;
        const bool right_new = !bound;
        if (right_new) assignment_[static_cast<std::size_t>(right)] = end;
        for (EdgeId e : edges) used_.insert(e.value);
        extend(i + 1);
        for (EdgeId e : edges) used_.erase(e.value);
        if (right_new) assignment_[static_cast<std::size_t>(right)] = std::nullopt;
      }
      if (left_new) assignment_[static_cast<std::size_t>(left)] = std::nullopt;
    }
  }

  const Graph& graph_;
  const PatternSpec& spec_;
  std::vector<std::optional<NodeId>> assignment_;
  std::multiset<std::uint32_t> used_;
  std::vector<std::vector<NodeId>> found_;
};

}  // namespace

TEST_CASE("Random patterns on random graphs match what brute force finds", "[cypher]") {
  std::mt19937 rng(20240611);
  int checked = 0;
  for (int round = 0; round < 400; ++round) {
    const auto& shape =
        kg::query::test::kSmallShapes[static_cast<std::size_t>(round) % kg::query::test::kSmallShapes.size()];
    const Graph graph = kg::query::test::random_graph(rng, shape.nodes, shape.facts);
    const PatternSpec spec = random_pattern(rng);
    const int variables = static_cast<int>(spec.labels.size());
    const int target = std::uniform_int_distribution<int>(0, variables - 1)(rng);
    const std::string match = "MATCH " + pattern_text(spec) + (spec.seed ? " WHERE n0.id = '" + *spec.seed + "'" : "");
    kg::cypher::RunOptions options;
    options.evidence.min_confidence = spec.min_confidence;
    INFO(match << " (min confidence " << spec.min_confidence.value_or(0) << ", target n" << target << ")");

    BruteForce brute(graph, spec);
    const auto matches = brute.matches();
    std::set<std::string> distinct;
    for (const auto& nodes : matches)
      distinct.insert(std::string(graph.node_key(nodes[static_cast<std::size_t>(target)])));

    const auto count = kg::cypher::test::query(graph, match + " RETURN count(*)", {}, options);
    CHECK(count == std::vector<std::string>{std::to_string(matches.size())});
    const auto distinct_count =
        kg::cypher::test::query(graph, match + fmt::format(" RETURN count(DISTINCT n{})", target), {}, options);
    CHECK(distinct_count == std::vector<std::string>{std::to_string(distinct.size())});
    std::vector<std::string> expected;
    for (const std::string& id : distinct) expected.push_back("'" + id + "'");
    CHECK(kg::cypher::test::query(graph, match + fmt::format(" RETURN DISTINCT n{0}.id ORDER BY n{0}.id", target), {},
                                  options) == expected);
    ++checked;
  }
  CHECK(checked == 400);
}
