// Snapshot: a Filter compiled once into CSR arrays over the nodes that pass it.
#include "kg/analytics/snapshot.h"

#include <algorithm>

namespace kg::analytics {
namespace {

bool has_fact_conditions(const query::Filter& filter) {
  return filter.from || filter.to || filter.dated_only || filter.min_confidence;
}

std::size_t view_slot(query::Direction direction) {
  return direction == query::Direction::out ? 0 : direction == query::Direction::in ? 1 : 2;
}

/// The number of distinct named sources among the edge's statements that pass, at least 1.
double source_count(const graph::Graph& graph, const query::CompiledFilter& filter, graph::EdgeId edge) {
  std::vector<graph::SourceId> seen;
  for (const graph::ProvenanceId record : graph.provenance(edge)) {
    const graph::SourceId source = graph.provenance_source(record);
    if (source.value == 0 || !filter.record_passes(record)) continue;
    if (std::find(seen.begin(), seen.end(), source) == seen.end()) seen.push_back(source);
  }
  return static_cast<double>(std::max<std::size_t>(seen.size(), 1));
}

}  // namespace

Snapshot::Snapshot(const graph::Graph& graph, const SnapshotOptions& options)
    : graph_(graph), options_(options), filter_(graph_, options_.filter, {}) {
  index_.assign(graph_.node_count(), kAbsent);
  for (std::uint32_t n = 0; n < graph_.node_count(); ++n) {
    if (!filter_.node_allowed(graph::NodeId{n})) continue;
    index_[n] = static_cast<std::uint32_t>(nodes_.size());
    nodes_.push_back(graph::NodeId{n});
  }
  if (!has_fact_conditions(options_.filter) && options_.weight == EdgeWeight::none) return;
  edge_value_.resize(graph_.edge_count());
  for (std::uint32_t e = 0; e < graph_.edge_count(); ++e) {
    const graph::EdgeId edge{e};
    double value = -1;
    if (filter_.edge_allowed(edge)) {
      switch (options_.weight) {
        case EdgeWeight::none:
          value = 1;
          break;
        case EdgeWeight::sources:
          value = source_count(graph_, filter_, edge);
          break;
        case EdgeWeight::confidence:
          value = filter_.edge_confidence(edge);
          break;
      }
    }
    edge_value_[e] = static_cast<float>(value);
  }
}

Snapshot::~Snapshot() = default;

const Adjacency& Snapshot::arcs(query::Direction direction) const {
  LazyAdjacency& view = views_[view_slot(direction)];
  std::call_once(view.built, [&] { build(direction, view.adjacency); });
  return view.adjacency;
}

const Adjacency& Snapshot::backward() const { return arcs(query::reversed(direction())); }

std::uint64_t Snapshot::edge_count() const {
  std::uint64_t count = 0;
  for (graph::NodeId node : nodes_) {
    for (auto [next, edge] : graph_.out(node)) {
      if (next != node && index_[next.value] != kAbsent && edge_value(edge) >= 0) ++count;
    }
  }
  return count;
}

void Snapshot::build(query::Direction direction, Adjacency& adjacency) const {
  const std::uint32_t n = node_count();
  adjacency.offsets.assign(n + 1, 0);
  // slot_of[w]: where the arc v->w sits in targets while v is being listed (valid when owner[w] == v).
  std::vector<std::uint32_t> owner(n, kAbsent), slot_of(n, 0);
  const auto add = [&](std::uint32_t v, graph::NodeId next, graph::EdgeId edge) {
    const std::uint32_t w = index_[next.value];
    if (w == kAbsent || w == v) return;
    const double weight = edge_value(edge);
    if (weight < 0) return;
    if (owner[w] == v) {
      adjacency.weights[slot_of[w]] += weight;
      return;
    }
    owner[w] = v;
    slot_of[w] = static_cast<std::uint32_t>(adjacency.targets.size());
    adjacency.targets.push_back(w);
    adjacency.weights.push_back(weight);
  };
  const std::uint64_t reserve = direction == query::Direction::both ? 2ULL * graph_.edge_count() : graph_.edge_count();
  adjacency.targets.reserve(reserve);
  adjacency.weights.reserve(reserve);
  for (std::uint32_t v = 0; v < n; ++v) {
    const graph::NodeId node = nodes_[v];
    if (direction != query::Direction::in) {
      for (auto [next, edge] : graph_.out(node)) add(v, next, edge);
    }
    if (direction != query::Direction::out) {
      for (auto [next, edge] : graph_.in(node)) add(v, next, edge);
    }
    adjacency.offsets[v + 1] = static_cast<std::uint32_t>(adjacency.targets.size());
  }
  adjacency.unit_weights =
      std::all_of(adjacency.weights.begin(), adjacency.weights.end(), [](double w) { return w == 1.0; });
}

}  // namespace kg::analytics
