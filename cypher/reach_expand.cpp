// Distinct endpoints of a variable-length relationship (min 0 or 1 hops), when no one reads its paths and the
// rows' multiplicity does not matter. One breadth-first search per start node instead of every trail:
//  - a node other than the start is reachable by a trail of 1..max hops iff its BFS distance is at most max (a
//    shortest walk is a path);
//  - the start itself (with min 1) iff a closed trail of at most max hops passes through it: a self-loop, or, for
//    a directed pattern, an edge back to the start from a node within max-1 hops, or, undirected, an edge joining
//    two BFS branches (first edges from the start) u and v with dist(u) + dist(v) + 1 <= max (or a second edge
//    between the start and a neighbour).
#include <fmt/format.h>

#include "node_marks.h"
#include "operators.h"

namespace kg::cypher::detail {
namespace {

struct Visit {
  std::uint32_t distance = 0;
  graph::EdgeId parent;      // the edge the search reached the node by
  std::uint32_t branch = 0;  // the first edge of its BFS path from the start
};

class ReachExpand final : public Operator {
 public:
  ReachExpand(OperatorPtr child, VarExpandSpec spec) : Operator(std::move(child)), spec_(std::move(spec)) {}

  void open(Row& row, ExecContext& ctx) override {
    Operator::open(row, ctx);
    reached_.clear();
    position_ = 0;
  }

  bool next(Row& row, ExecContext& ctx) override {
    const ExpandSpec& base = spec_.base;
    for (;;) {
      while (position_ < reached_.size()) {
        const graph::NodeId node = reached_[position_++];
        if (base.into ? node == *start_.target : base.target.accepts(ctx.graph, node)) {
          if (!base.into) row[base.to] = Value::node(node);
          return true;
        }
      }
      if (!search_next(row, ctx)) return false;
    }
  }

  std::string describe() const override {
    return fmt::format("ReachExpand{} {} *{}..{} (distinct endpoints)", spec_.base.into ? "Into" : "", spec_.base.text,
                       spec_.min_hops, spec_.max_hops);
  }

 private:
  bool search_next(Row& row, ExecContext& ctx) {
    if (!next_search_start(*child_, row, ctx, spec_, start_)) return false;
    search(start_.from, ctx);
    return true;
  }

  bool usable(ExecContext& ctx, graph::EdgeId edge) const {
    return spec_.base.hop.allows(ctx, edge) && start_.wanted_by(ctx, edge);
  }

  template <class Fn>
  void for_each_step(ExecContext& ctx, graph::NodeId node, Fn&& fn) {
    const query::Direction direction = spec_.base.hop.direction;
    if (direction != query::Direction::in) {
      for (auto [next, edge] : ctx.graph.out(node)) {
        ctx.tick();
        if (usable(ctx, edge)) fn(next, edge);
      }
    }
    if (direction != query::Direction::out) {
      for (auto [next, edge] : ctx.graph.in(node)) {
        ctx.tick();
        if ((direction == query::Direction::in || next != node) && usable(ctx, edge)) fn(next, edge);
      }
    }
  }

  void search(graph::NodeId start, ExecContext& ctx) {
    reached_.clear();
    position_ = 0;
    visits_.clear(ctx.graph.node_count());
    visits_.set(start) = {0, graph::EdgeId{}, 0};
    const bool undirected = spec_.base.hop.direction == query::Direction::both;
    const std::uint32_t max = spec_.max_hops;
    bool start_qualifies = spec_.min_hops == 0;
    frontier_.assign(1, start);
    for (std::uint32_t depth = 0; depth < max && !frontier_.empty(); ++depth) {
      next_frontier_.clear();
      for (graph::NodeId node : frontier_) {
        const Visit here = visits_.get(node);
        for_each_step(ctx, node, [&](graph::NodeId next, graph::EdgeId edge) {
          if (next == start) {
            // Back at the start: a closed trail when it is a self-loop or, undirected, not the edge we came by.
            if (!start_qualifies && depth + 1 <= max && (node == start || !undirected || here.parent != edge)) {
              start_qualifies = true;
            }
            return;
          }
          if (!visits_.has(next)) {
            visits_.set(next) = {depth + 1, edge, node == start ? edge.value : here.branch};
            next_frontier_.push_back(next);
            reached_.push_back(next);
            return;
          }
          // Two branches meet (or, from the start, a second edge to a neighbour): a cycle through the start of
          // dist(node) + dist(next) + 1 hops.
          const Visit& there = visits_.get(next);
          const bool other_branch = node == start ? there.parent != edge : there.branch != here.branch;
          if (undirected && !start_qualifies && other_branch && here.distance + there.distance + 1 <= max) {
            start_qualifies = true;
          }
        });
      }
      frontier_.swap(next_frontier_);
    }
    if (start_qualifies) reached_.insert(reached_.begin(), start);
  }

  VarExpandSpec spec_;
  NodeMarks<Visit> visits_;
  std::vector<graph::NodeId> frontier_, next_frontier_, reached_;
  std::size_t position_ = 0;
  SearchStart start_;
};

}  // namespace

OperatorPtr make_reach_expand(OperatorPtr child, VarExpandSpec spec) {
  return std::make_unique<ReachExpand>(std::move(child), std::move(spec));
}

}  // namespace kg::cypher::detail
