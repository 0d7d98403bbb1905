// Louvain's and Leiden's shared steps over one aggregation level.
#include "community_level.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace kg::analytics::detail {
namespace {

constexpr std::uint32_t kNone = ~0U;
constexpr double kTolerance = 1e-12;

/// Sums weights per neighbouring label, in the order labels were first touched.
class LabelWeights {
 public:
  explicit LabelWeights(std::uint32_t labels) : weight_(labels, 0.0), seen_(labels, 0) {}
  void add(std::uint32_t label, double weight) {
    if (!seen_[label]) {
      seen_[label] = 1;
      weight_[label] = 0;
      touched_.push_back(label);
    }
    weight_[label] += weight;
  }
  double operator[](std::uint32_t label) const { return seen_[label] ? weight_[label] : 0.0; }
  const std::vector<std::uint32_t>& touched() const { return touched_; }
  void clear() {
    for (std::uint32_t label : touched_) seen_[label] = 0;
    touched_.clear();
  }

 private:
  std::vector<double> weight_;
  std::vector<std::uint8_t> seen_;
  std::vector<std::uint32_t> touched_;
};

}  // namespace

std::vector<std::uint32_t> shuffled_nodes(std::uint32_t n, std::mt19937_64& random) {
  std::vector<std::uint32_t> order(n);
  for (std::uint32_t v = 0; v < n; ++v) order[v] = v;
  for (std::uint32_t i = n; i > 1; --i) std::swap(order[i - 1], order[random() % i]);
  return order;
}

LevelGraph level_graph(const Adjacency& links) {
  LevelGraph graph;
  graph.offsets = links.offsets;
  graph.targets = links.targets;
  graph.weights = links.weights;
  const std::uint32_t n = static_cast<std::uint32_t>(links.offsets.size() - 1);
  graph.self.assign(n, 0.0);
  graph.strength.assign(n, 0.0);
  for (std::uint32_t v = 0; v < n; ++v) {
    for (double weight : links.weights_of(v)) graph.strength[v] += weight;
    graph.total += graph.strength[v];
  }
  return graph;
}

LevelGraph aggregate(const LevelGraph& graph, const std::vector<std::uint32_t>& group, std::uint32_t groups) {
  const std::uint32_t n = graph.node_count();
  std::vector<std::uint32_t> start(groups + 1, 0), members(n);
  for (std::uint32_t v = 0; v < n; ++v) ++start[group[v] + 1];
  for (std::uint32_t c = 0; c < groups; ++c) start[c + 1] += start[c];
  {
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (std::uint32_t v = 0; v < n; ++v) members[next[group[v]]++] = v;
  }
  LevelGraph merged;
  merged.offsets.assign(groups + 1, 0);
  merged.self.assign(groups, 0.0);
  merged.strength.assign(groups, 0.0);
  merged.total = graph.total;
  LabelWeights between(groups);
  for (std::uint32_t c = 0; c < groups; ++c) {
    for (std::uint32_t i = start[c]; i < start[c + 1]; ++i) {
      const std::uint32_t v = members[i];
      merged.self[c] += graph.self[v];
      merged.strength[c] += graph.strength[v];
      for (std::uint32_t k = graph.offsets[v]; k < graph.offsets[v + 1]; ++k) {
        const std::uint32_t d = group[graph.targets[k]];
        if (d == c) {
          merged.self[c] += graph.weights[k];
        } else {
          between.add(d, graph.weights[k]);
        }
      }
    }
    for (std::uint32_t d : between.touched()) {
      merged.targets.push_back(d);
      merged.weights.push_back(between[d]);
    }
    between.clear();
    merged.offsets[c + 1] = static_cast<std::uint32_t>(merged.targets.size());
  }
  return merged;
}

bool move_nodes(const LevelGraph& graph, std::vector<std::uint32_t>& community, double resolution,
                std::mt19937_64& random) {
  const std::uint32_t n = graph.node_count();
  if (graph.total <= 0) return false;
  const double scale = resolution / graph.total;
  std::vector<double> total(n, 0.0);
  std::vector<std::uint32_t> members(n, 0), empty;
  for (std::uint32_t v = 0; v < n; ++v) {
    total[community[v]] += graph.strength[v];
    ++members[community[v]];
  }
  for (std::uint32_t c = 0; c < n; ++c) {
    if (members[c] == 0) empty.push_back(c);
  }
  // A ring of the nodes still to visit, each at most once.
  std::vector<std::uint32_t> queue = shuffled_nodes(n, random);
  std::vector<std::uint8_t> queued(n, 1);
  std::size_t head = 0, waiting = n;
  LabelWeights towards(n);
  bool moved = false;
  while (waiting > 0) {
    const std::uint32_t v = queue[head];
    head = head + 1 == n ? 0 : head + 1;
    --waiting;
    queued[v] = 0;
    const std::uint32_t own = community[v];
    const double strength = graph.strength[v];
    for (std::uint32_t k = graph.offsets[v]; k < graph.offsets[v + 1]; ++k) {
      towards.add(community[graph.targets[k]], graph.weights[k]);
    }
    total[own] -= strength;
    --members[own];
    // Gain of joining c, up to a constant factor: links to c minus the null model's expectation.
    const double stay = towards[own] - strength * total[own] * scale;
    std::uint32_t best = own;
    double best_gain = stay;
    for (std::uint32_t c : towards.touched()) {
      const double gain = towards[c] - strength * total[c] * scale;
      if (gain > best_gain) best = c, best_gain = gain;
    }
    if (best_gain < 0 && members[own] > 0) {  // alone is better than anywhere (an empty community gains 0)
      best = empty.back();
      best_gain = 0;
    }
    // Moves must gain more than rounding could, or two nodes might swap places forever.
    if (best_gain <= stay + kTolerance * (1 + strength)) best = own;
    if (best != own && members[best] == 0) empty.pop_back();
    towards.clear();
    if (members[own] == 0 && best != own) empty.push_back(own);
    total[best] += strength;
    ++members[best];
    community[v] = best;
    if (best == own) continue;
    moved = true;
    for (std::uint32_t k = graph.offsets[v]; k < graph.offsets[v + 1]; ++k) {
      const std::uint32_t w = graph.targets[k];
      if (queued[w] || community[w] == best) continue;
      queued[w] = 1;
      queue[(head + waiting) % n] = w;
      ++waiting;
    }
  }
  return moved;
}

std::vector<std::uint32_t> refine(const LevelGraph& graph, const std::vector<std::uint32_t>& community,
                                  double resolution, std::mt19937_64& random) {
  const std::uint32_t n = graph.node_count();
  std::vector<std::uint32_t> sub(n), size(n, 1);
  std::vector<double> total(graph.strength), community_total(n, 0.0), outside(n, 0.0);
  for (std::uint32_t v = 0; v < n; ++v) {
    sub[v] = v;
    community_total[community[v]] += graph.strength[v];
    for (std::uint32_t k = graph.offsets[v]; k < graph.offsets[v + 1]; ++k) {
      if (community[graph.targets[k]] == community[v]) outside[v] += graph.weights[k];
    }
  }
  if (graph.total <= 0) return sub;
  const double scale = resolution / graph.total;
  // outside[s]: the weight between subcommunity s and the rest of its community. s is well connected when that
  // is at least what the null model expects between them.
  const auto well_connected = [&](std::uint32_t s, std::uint32_t c) {
    return outside[s] >= total[s] * (community_total[c] - total[s]) * scale;
  };
  LabelWeights towards(n);
  for (std::uint32_t v : shuffled_nodes(n, random)) {
    const std::uint32_t c = community[v];
    if (size[sub[v]] != 1 || !well_connected(v, c)) continue;
    for (std::uint32_t k = graph.offsets[v]; k < graph.offsets[v + 1]; ++k) {
      const std::uint32_t w = graph.targets[k];
      if (community[w] == c) towards.add(sub[w], graph.weights[k]);
    }
    std::uint32_t best = kNone;
    double best_gain = 0;
    for (std::uint32_t s : towards.touched()) {
      if (s == sub[v] || !well_connected(s, c)) continue;
      const double gain = towards[s] - graph.strength[v] * total[s] * scale;
      if (gain > best_gain) best = s, best_gain = gain;
    }
    if (best != kNone) {
      outside[best] += outside[v] - 2 * towards[best];
      total[best] += graph.strength[v];
      ++size[best];
      size[sub[v]] = 0;
      sub[v] = best;
    }
    towards.clear();
  }
  return sub;
}

std::uint32_t renumber(std::vector<std::uint32_t>& labels) {
  std::uint32_t most = 0;
  for (std::uint32_t label : labels) most = std::max(most, label + 1);
  std::vector<std::uint32_t> dense(most, kNone);
  std::uint32_t count = 0;
  for (std::uint32_t& label : labels) {
    if (dense[label] == kNone) dense[label] = count++;
    label = dense[label];
  }
  return count;
}

double level_modularity(const LevelGraph& graph, const std::vector<std::uint32_t>& community, double resolution) {
  if (graph.total <= 0) return 0;
  const std::uint32_t n = graph.node_count();
  std::vector<double> inside(n, 0.0), total(n, 0.0);
  for (std::uint32_t v = 0; v < n; ++v) {
    const std::uint32_t c = community[v];
    total[c] += graph.strength[v];
    inside[c] += graph.self[v];
    for (std::uint32_t k = graph.offsets[v]; k < graph.offsets[v + 1]; ++k) {
      if (community[graph.targets[k]] == c) inside[c] += graph.weights[k];
    }
  }
  double quality = 0;
  for (std::uint32_t c = 0; c < n; ++c) {
    const double share = total[c] / graph.total;
    quality += inside[c] / graph.total - resolution * share * share;
  }
  return quality;
}

std::vector<std::uint32_t> split_disconnected(const Adjacency& links, const std::vector<std::uint32_t>& group) {
  const std::uint32_t n = static_cast<std::uint32_t>(group.size());
  std::vector<std::uint32_t> part(n, kNone), stack;
  std::uint32_t parts = 0;
  for (std::uint32_t start = 0; start < n; ++start) {
    if (part[start] != kNone) continue;
    part[start] = parts;
    stack.push_back(start);
    while (!stack.empty()) {
      const std::uint32_t v = stack.back();
      stack.pop_back();
      for (std::uint32_t w : links.neighbours(v)) {
        if (part[w] == kNone && group[w] == group[v]) {
          part[w] = parts;
          stack.push_back(w);
        }
      }
    }
    ++parts;
  }
  return part;
}

std::vector<std::uint32_t> run_levels(const LevelGraph& base, std::vector<std::uint32_t> start, bool with_refinement,
                                      double resolution, std::mt19937_64& random, std::uint32_t& levels) {
  std::vector<std::uint32_t> community = std::move(start);
  std::vector<std::uint32_t> node_of(base.node_count());  // each base node's node at the current level
  for (std::uint32_t v = 0; v < base.node_count(); ++v) node_of[v] = v;
  LevelGraph current;
  const LevelGraph* graph = &base;
  levels = 0;
  while (true) {
    move_nodes(*graph, community, resolution, random);
    const std::uint32_t communities = renumber(community);
    if (communities == graph->node_count()) break;
    std::vector<std::uint32_t> merge = community;
    std::uint32_t merged = communities;
    if (with_refinement) {
      std::vector<std::uint32_t> sub = refine(*graph, community, resolution, random);
      const std::uint32_t subs = renumber(sub);
      if (subs < graph->node_count()) merge = std::move(sub), merged = subs;  // else no subcommunity formed
    }
    std::vector<std::uint32_t> next_community(merged);
    for (std::uint32_t v = 0; v < graph->node_count(); ++v) next_community[merge[v]] = community[v];
    for (std::uint32_t& node : node_of) node = merge[node];
    current = aggregate(*graph, merge, merged);
    graph = &current;
    community = std::move(next_community);
    ++levels;
  }
  std::vector<std::uint32_t> result(base.node_count());
  for (std::uint32_t v = 0; v < base.node_count(); ++v) result[v] = community[node_of[v]];
  return result;
}

Communities find_communities(const Snapshot& snapshot, const CommunityOptions& options, bool with_refinement) {
  if (!(options.resolution > 0)) throw std::invalid_argument("the resolution must be positive");
  const Adjacency& links = snapshot.arcs(query::Direction::both);
  const LevelGraph base = level_graph(links);
  std::vector<std::uint32_t> partition(snapshot.node_count());
  for (std::uint32_t v = 0; v < snapshot.node_count(); ++v) partition[v] = v;
  std::mt19937_64 random(options.seed);
  Communities result;
  double quality = level_modularity(base, partition, options.resolution);
  for (std::uint32_t pass = 0; pass < std::max(options.passes, 1U); ++pass) {
    std::vector<std::uint32_t> next =
        run_levels(base, partition, with_refinement, options.resolution, random, result.levels);
    renumber(next);
    const double next_quality = level_modularity(base, next, options.resolution);
    if (next_quality < quality) break;  // a pass that lost modularity is not kept
    const bool stable = next == partition || next_quality < quality + options.tolerance;
    partition = std::move(next);
    quality = next_quality;
    if (stable) break;
  }
  result.partition = make_partition(split_disconnected(links, partition));
  result.modularity = level_modularity(base, result.partition.group, options.resolution);
  return result;
}

}  // namespace kg::analytics::detail
