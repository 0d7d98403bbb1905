// k shortest loopless paths: Yen's algorithm over cheapest_path, for hop counts or credibility. The paths found
// form a prefix tree, so the edges to block at a deviation are one lookup; candidates sit in a heap and a hash
// set, so neither choosing the next path nor refusing a duplicate scans every candidate.
#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <absl/hash/hash.h>

#include <algorithm>
#include <functional>
#include <queue>
#include <tuple>

#include "cheapest_path.h"

namespace kg::query {
namespace {

/// The paths found so far as a prefix tree over their hops: node 0 is the common start; a node's `edges` are the
/// edges of the hops that leave it, sorted (what a deviation there must not take again).
class FoundPrefixes {
 public:
  FoundPrefixes() : edges_(1) {}

  void add(const Path& path) {
    std::uint32_t node = 0;
    for (const Hop& hop : path.hops) {
      const auto [it, inserted] = children_.try_emplace(Key{node, hop}, static_cast<std::uint32_t>(edges_.size()));
      if (inserted) {
        std::vector<graph::EdgeId>& edges = edges_[node];
        edges.insert(std::upper_bound(edges.begin(), edges.end(), hop.edge), hop.edge);
        edges_.emplace_back();
      }
      node = it->second;
    }
  }
  /// The tree node one `hop` below `node` (on a path that was added).
  std::uint32_t child(std::uint32_t node, const Hop& hop) const { return children_.at(Key{node, hop}); }
  const std::vector<graph::EdgeId>& edges_from(std::uint32_t node) const { return edges_[node]; }

 private:
  struct Key {
    std::uint32_t node;
    Hop hop;
    friend bool operator==(const Key&, const Key&) = default;
    template <class H>
    friend H AbslHashValue(H h, const Key& key) {
      return H::combine(std::move(h), key.node, key.hop.edge.value, key.hop.direction);
    }
  };
  absl::flat_hash_map<Key, std::uint32_t> children_;
  std::vector<std::vector<graph::EdgeId>> edges_;
};

/// Every path found or proposed, each once: Yen's candidates, ordered by cost, then hops, then age.
class Candidates {
 public:
  Candidates() : known_(0, PathHash{&pool_}, PathEqual{&pool_}) {}

  /// Adds `path` unless it was found or proposed before.
  void propose(Path path) {
    pool_.push_back(std::move(path));
    const auto index = static_cast<std::uint32_t>(pool_.size() - 1);
    if (!known_.insert(index).second) {
      pool_.pop_back();
      return;
    }
    heap_.emplace(pool_[index].cost, pool_[index].length(), index);
  }
  bool empty() const { return heap_.empty(); }
  /// Removes and returns the cheapest candidate (a copy: the pool keeps it, so it is never proposed again).
  Path take() {
    const std::uint32_t index = std::get<2>(heap_.top());
    heap_.pop();
    return pool_[index];
  }

 private:
  struct PathHash {
    const std::vector<Path>* pool;
    std::size_t operator()(std::uint32_t index) const {
      const Path& path = (*pool)[index];
      std::size_t hash = absl::Hash<std::uint32_t>{}(path.nodes.front().value);
      for (const Hop& hop : path.hops) {
        hash =
            absl::Hash<std::tuple<std::size_t, std::uint32_t, HopDirection>>{}({hash, hop.edge.value, hop.direction});
      }
      return hash;
    }
  };
  struct PathEqual {
    const std::vector<Path>* pool;
    bool operator()(std::uint32_t a, std::uint32_t b) const { return (*pool)[a] == (*pool)[b]; }
  };
  using Entry = std::tuple<double, std::size_t, std::uint32_t>;  // cost, hops, age

  std::vector<Path> pool_;
  absl::flat_hash_set<std::uint32_t, PathHash, PathEqual> known_;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap_;
};

/// Proposes every deviation of `previous` (the last path found): for each prefix, the cheapest spur that leaves
/// it by an edge no found path with that prefix took, avoiding the prefix's nodes.
void add_deviations(const graph::Graph& graph, const CompiledFilter& filter, const Path& previous,
                    const FoundPrefixes& found, Weight weight, std::uint32_t max_hops, detail::Scratch& s,
                    detail::WorkMeter& meter, Candidates& candidates) {
  graph::NodeId to = previous.nodes.back();
  double root_cost = 0;
  std::uint32_t prefix = 0;
  s.blocked.clear(graph.node_count());  // the nodes of the prefix before the spur node
  for (std::size_t i = 0; i < previous.length(); ++i) {
    auto root_hops = static_cast<std::uint32_t>(i);
    std::uint32_t spur_bound = max_hops == kUnboundedHops ? kUnboundedHops : max_hops - root_hops;
    std::optional<Path> spur = detail::cheapest_path(graph, filter, previous.nodes[i], to, weight, spur_bound,
                                                     found.edges_from(prefix), s, meter);
    if (spur) {
      meter.add(i + spur->length());
      Path candidate;
      candidate.nodes.assign(previous.nodes.begin(), previous.nodes.begin() + static_cast<std::ptrdiff_t>(i));
      candidate.nodes.insert(candidate.nodes.end(), spur->nodes.begin(), spur->nodes.end());
      candidate.hops.assign(previous.hops.begin(), previous.hops.begin() + static_cast<std::ptrdiff_t>(i));
      candidate.hops.insert(candidate.hops.end(), spur->hops.begin(), spur->hops.end());
      candidate.cost = root_cost + spur->cost;
      candidates.propose(std::move(candidate));
    }
    root_cost += detail::edge_cost(filter, previous.hops[i].edge, weight);
    prefix = found.child(prefix, previous.hops[i]);
    s.blocked.insert(previous.nodes[i]);
  }
}

}  // namespace

std::vector<Path> k_shortest_paths(const graph::Graph& graph, graph::NodeId from, graph::NodeId to, std::size_t k,
                                   Weight weight, const PathOptions& options, Workspace& workspace) {
  std::vector<Path> found;
  if (k == 0) return found;
  if (from == to) return {Path{{from}, {}, 0}};
  detail::Scratch& s = workspace.scratch();
  detail::WorkMeter meter(options.work);
  CompiledFilter filter(graph, options.filter, {from, to});
  std::uint32_t max_hops = weight == Weight::hops ? options.max_hops : kUnboundedHops;
  s.blocked.clear(graph.node_count());
  std::optional<Path> first = detail::cheapest_path(graph, filter, from, to, weight, max_hops, {}, s, meter);
  if (!first) return found;
  FoundPrefixes prefixes;
  Candidates candidates;
  candidates.propose(std::move(*first));
  while (found.size() < k && !candidates.empty()) {
    found.push_back(candidates.take());
    prefixes.add(found.back());
    meter.set_paths(found.size());
    if (found.size() < k) {
      add_deviations(graph, filter, found.back(), prefixes, weight, max_hops, s, meter, candidates);
    }
  }
  return found;
}

}  // namespace kg::query
