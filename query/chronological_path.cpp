// The shortest chronological path: a BFS by hops over (node, earliest date) labels, where a label survives only if
// it reaches its node earlier than every label with fewer hops did.
#include <algorithm>
#include <limits>
#include <vector>

#include "kg/query/paths.h"
#include "kg/query/traverse.h"
#include "work_meter.h"

namespace kg::query {
namespace {

constexpr std::int32_t kNever = std::numeric_limits<std::int32_t>::max();
constexpr std::int32_t kAnyTime = std::numeric_limits<std::int32_t>::min();

/// A node reached at a BFS level, at the earliest day a chronological walk can be there, and how.
struct Label {
  graph::NodeId node;
  std::int32_t day;      // yyyymmdd
  std::uint32_t parent;  // index into the previous level
  Hop hop;
};

/// The earliest day on or after `after` that one of the edge's dated statements passing the filter may denote
/// (a partial date is the interval of its days); kNever when none reaches that far.
std::int32_t earliest_hop_day(const graph::Graph& graph, const CompiledFilter& filter, graph::EdgeId edge,
                              std::int32_t after) {
  std::int32_t best = kNever;
  for (graph::ProvenanceId p : graph.provenance(edge)) {
    const graph::PartialDate date = graph.provenance_date(p);
    if (!date.dated() || date.latest() < after || !filter.record_passes(p)) continue;
    best = std::min(best, std::max(after, date.earliest()));
  }
  return best;
}

}  // namespace

std::optional<Path> chronological_path(const graph::Graph& graph, graph::NodeId from, graph::NodeId to,
                                       const PathOptions& options, Workspace&) {
  if (from == to) return Path{{from}, {}, 0};
  detail::WorkMeter meter(options.work);
  CompiledFilter filter(graph, options.filter, {from, to});
  // The earliest day any label has reached each node: a later label with more hops is dominated.
  std::vector<std::int32_t> earliest(graph.node_count(), kNever);
  std::vector<std::vector<Label>> levels{{Label{from, kAnyTime, 0, {}}}};
  earliest[from.value] = kAnyTime;
  std::vector<std::uint32_t> slot(graph.node_count(), UINT32_MAX);  // a node's label in the level being built
  for (std::uint32_t hops = 1; hops <= options.max_hops && !levels.back().empty(); ++hops) {
    std::vector<Label> next;
    const std::vector<Label>& level = levels.back();
    for (std::uint32_t i = 0; i < level.size(); ++i) {
      const Label& label = level[i];
      meter.add(step_degree(graph, label.node, filter.direction()));
      for_each_step(graph, filter, label.node, filter.direction(),
                    [&](graph::NodeId node, graph::EdgeId edge, HopDirection direction) {
                      const std::int32_t day = earliest_hop_day(graph, filter, edge, label.day);
                      if (day == kNever || day >= earliest[node.value]) return;
                      earliest[node.value] = day;
                      if (slot[node.value] == UINT32_MAX) {
                        slot[node.value] = static_cast<std::uint32_t>(next.size());
                        next.push_back({node, day, i, {edge, direction}});
                      } else {
                        next[slot[node.value]] = {node, day, i, {edge, direction}};
                      }
                    });
    }
    for (const Label& label : next) slot[label.node.value] = UINT32_MAX;
    levels.push_back(std::move(next));
    const std::vector<Label>& reached = levels.back();
    const auto found = std::find_if(reached.begin(), reached.end(), [&](const Label& l) { return l.node == to; });
    if (found == reached.end()) continue;
    Path path;
    path.nodes.resize(hops + 1);
    path.hops.resize(hops);
    std::uint32_t index = static_cast<std::uint32_t>(found - reached.begin());
    for (std::uint32_t at = hops; at > 0; --at) {
      const Label& step = levels[at][index];
      path.nodes[at] = step.node;
      path.hops[at - 1] = step.hop;
      index = step.parent;
    }
    path.nodes[0] = from;
    path.cost = hops;
    return path;
  }
  return std::nullopt;
}

}  // namespace kg::query
