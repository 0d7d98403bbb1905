// A variable-length relationship, as Cypher defines it: every trail (a walk that uses no relationship twice) of
// min..max hops from the bound node, one row each, found depth first so that memory stays one trail deep.
#include <fmt/format.h>

#include <algorithm>

#include "operators.h"

namespace kg::cypher::detail {
namespace {

/// The edges around one node that a direction lets a walk use: out-edges, then in-edges (self-loops once).
class Steps {
 public:
  Steps(const graph::Graph& graph, graph::NodeId node, query::Direction direction)
      : out_(graph.out(node)), in_(graph.in(node)), node_(node), direction_(direction) {
    phase_ = direction == query::Direction::in ? 1 : 0;
    it_ = phase_ == 0 ? out_.begin() : in_.begin();
  }
  /// The next edge, or false at the end.
  bool next(graph::Adjacent& step) {
    for (;;) {
      const graph::AdjacencyRange& range = phase_ == 0 ? out_ : in_;
      if (it_ != range.end()) {
        step = *it_;
        ++it_;
        if (phase_ == 1 && direction_ == query::Direction::both && step.node == node_) continue;
        return true;
      }
      if (phase_ == 1 || direction_ == query::Direction::out) return false;
      phase_ = 1;
      it_ = in_.begin();
    }
  }

 private:
  graph::AdjacencyRange out_, in_;
  graph::AdjacencyRange::iterator it_;
  graph::NodeId node_;
  query::Direction direction_;
  int phase_ = 0;
};

class VarExpand final : public Operator {
 public:
  VarExpand(OperatorPtr child, VarExpandSpec spec) : Operator(std::move(child)), spec_(std::move(spec)) {}

  void open(Row& row, ExecContext& ctx) override {
    Operator::open(row, ctx);
    stack_.clear();
    edges_.clear();
  }

  bool next(Row& row, ExecContext& ctx) override {
    const ExpandSpec& base = spec_.base;
    for (;;) {
      if (stack_.empty()) {
        if (!start(row, ctx)) return false;
        if (spec_.min_hops == 0 && accepts(row, ctx, stack_.back().node)) return emit(row);
      }
      Frame& top = stack_.back();
      if (edges_.size() == spec_.max_hops) {
        if (spec_.implicit_max && !warned_) check_truncated(row, ctx, top);
        pop();
        continue;
      }
      graph::Adjacent step;
      if (!top.steps.next(step)) {
        pop();
        continue;
      }
      ctx.tick();
      if (!usable(row, ctx, step.edge)) continue;
      stack_.push_back({step.node, Steps(ctx.graph, step.node, base.hop.direction)});
      edges_.push_back(step.edge);
      if (edges_.size() >= spec_.min_hops && accepts(row, ctx, step.node)) return emit(row);
    }
  }

  std::string describe() const override {
    return fmt::format("VarExpand{} {} *{}..{}", spec_.base.into ? "Into" : "", spec_.base.text, spec_.min_hops,
                       spec_.max_hops);
  }

 private:
  struct Frame {
    graph::NodeId node;
    Steps steps;
  };

  bool start(Row& row, ExecContext& ctx) {
    if (!next_search_start(*child_, row, ctx, spec_, start_)) return false;
    stack_.push_back({start_.from, Steps(ctx.graph, start_.from, spec_.base.hop.direction)});
    edges_.clear();
    return true;
  }

  void pop() {
    stack_.pop_back();
    if (!edges_.empty() && edges_.size() >= stack_.size()) edges_.pop_back();
  }

  bool usable(const Row& row, ExecContext& ctx, graph::EdgeId edge) const {
    if (!spec_.base.hop.allows(ctx, edge)) return false;
    if (std::find(edges_.begin(), edges_.end(), edge) != edges_.end()) return false;
    if (!start_.wanted_by(ctx, edge)) return false;
    for (std::uint32_t slot : spec_.base.distinct_from) {
      if (row[slot].kind() == Value::Kind::relationship && row[slot].as_relationship() == edge) return false;
    }
    for (std::uint32_t slot : spec_.base.distinct_from_lists) {
      if (row[slot].kind() != Value::Kind::list) continue;
      for (const Value& item : row[slot].as_list()) {
        if (item.as_relationship() == edge) return false;
      }
    }
    return true;
  }

  bool accepts(const Row&, ExecContext& ctx, graph::NodeId node) const {
    if (spec_.base.into) return node == *start_.target;
    return spec_.base.target.accepts(ctx.graph, node);
  }

  bool emit(Row& row) {
    const ExpandSpec& base = spec_.base;
    if (!base.into) row[base.to] = Value::node(stack_.back().node);
    if (spec_.write_list) {
      query::ValueList list;
      list.reserve(edges_.size());
      for (graph::EdgeId edge : edges_) list.push_back(Value::relationship(edge));
      if (spec_.reverse) std::reverse(list.begin(), list.end());
      row[base.rel] = Value::list(std::move(list));
    }
    return true;
  }

  // At the default bound: would the trail go on? Then say once that longer paths were not followed.
  void check_truncated(const Row& row, ExecContext& ctx, Frame& top) {
    Steps steps(ctx.graph, top.node, spec_.base.hop.direction);
    graph::Adjacent step;
    while (steps.next(step)) {
      if (usable(row, ctx, step.edge)) {
        warned_ = true;
        ctx.warn_once(spec_.base.offset,
                      fmt::format("this variable-length pattern has no upper bound: paths longer than {} hops were "
                                  "not followed (write *..N, or raise --max-hops)",
                                  spec_.max_hops));
        return;
      }
    }
  }

  VarExpandSpec spec_;
  std::vector<Frame> stack_;
  std::vector<graph::EdgeId> edges_;
  SearchStart start_;
  bool warned_ = false;
};

}  // namespace

OperatorPtr make_var_expand(OperatorPtr child, VarExpandSpec spec) {
  return std::make_unique<VarExpand>(std::move(child), std::move(spec));
}

}  // namespace kg::cypher::detail
