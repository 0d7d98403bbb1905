// One hop of a relationship pattern: from the bound node over every usable edge (out-edges, then in-edges; a
// self-loop is one relationship even when the pattern has no direction), to a node the pattern accepts.
#include <fmt/format.h>

#include <algorithm>

#include "operators.h"

namespace kg::cypher::detail {
namespace {

class Expand final : public Operator {
 public:
  Expand(OperatorPtr child, ExpandSpec spec) : Operator(std::move(child)), spec_(std::move(spec)) {}

  void open(Row& row, ExecContext& ctx) override {
    Operator::open(row, ctx);
    active_ = false;
  }

  bool next(Row& row, ExecContext& ctx) override {
    for (;;) {
      if (!active_ && !start(row, ctx)) return false;
      if (step(row, ctx)) return true;
      active_ = false;
    }
  }

  std::string describe() const override {
    return fmt::format("Expand{} {}", spec_.into ? "Into" : spec_.rel_bound ? "Bound" : "", spec_.text);
  }

 private:
  // Pulls input rows until one has a node to leave from.
  bool start(Row& row, ExecContext& ctx) {
    while (child_->next(row, ctx)) {
      const std::optional<graph::NodeId> from = node_in(row, spec_.from, spec_.offset, ctx);
      if (!from || spec_.hop.impossible || spec_.target.impossible) continue;
      if (spec_.into) {
        target_ = node_in(row, spec_.to, spec_.offset, ctx);
        if (!target_) continue;
      }
      from_ = *from;
      const query::Direction direction = spec_.hop.direction;
      phase_ = direction == query::Direction::in ? 1 : 0;
      last_phase_ = direction == query::Direction::out ? 0 : 1;
      if (spec_.rel_bound) {
        const Value& bound = row[spec_.rel];
        if (bound.kind() != Value::Kind::relationship) continue;
        bound_done_ = false;
      } else {
        load_phase(ctx);
      }
      active_ = true;
      return true;
    }
    return false;
  }

  void load_phase(ExecContext& ctx) {
    range_ = phase_ == 0 ? ctx.graph.out(from_) : ctx.graph.in(from_);
    it_ = range_->begin();
  }

  bool unique(const Row& row, graph::EdgeId edge) const {
    for (std::uint32_t slot : spec_.distinct_from) {
      if (row[slot].kind() == Value::Kind::relationship && row[slot].as_relationship() == edge) return false;
    }
    for (std::uint32_t slot : spec_.distinct_from_lists) {
      if (row[slot].kind() != Value::Kind::list) continue;
      for (const Value& item : row[slot].as_list()) {
        if (item.as_relationship() == edge) return false;
      }
    }
    return true;
  }

  bool accept(Row& row, ExecContext& ctx, graph::NodeId next, graph::EdgeId edge) const {
    if (!spec_.hop.allows(ctx, edge) || !spec_.target.accepts(ctx.graph, next)) return false;
    if (spec_.into && next != *target_) return false;
    if (!unique(row, edge)) return false;
    if (!spec_.rel_bound) row[spec_.rel] = Value::relationship(edge);
    if (!spec_.into) row[spec_.to] = Value::node(next);
    return true;
  }

  bool step(Row& row, ExecContext& ctx) {
    if (spec_.rel_bound) return step_bound(row, ctx);
    for (;;) {
      while (it_ != range_->end()) {
        const graph::Adjacent adjacent = *it_;
        ++it_;
        ctx.tick();
        // An undirected pattern meets a self-loop twice (as out- and in-edge): keep the first.
        if (phase_ == 1 && last_phase_ == 1 && spec_.hop.direction == query::Direction::both &&
            adjacent.node == from_) {
          continue;
        }
        if (accept(row, ctx, adjacent.node, adjacent.edge)) return true;
      }
      if (phase_ >= last_phase_) return false;
      ++phase_;
      load_phase(ctx);
    }
  }

  // The relationship is bound: it matches when it joins from_ to a node in a direction the pattern allows.
  bool step_bound(Row& row, ExecContext& ctx) {
    if (bound_done_) return false;
    const graph::EdgeId edge = row[spec_.rel].as_relationship();
    const graph::NodeId source = ctx.graph.edge_source(edge);
    const graph::NodeId target = ctx.graph.edge_target(edge);
    while (phase_ <= last_phase_) {
      const int phase = phase_++;
      if (phase == 0 && source == from_ && accept(row, ctx, target, edge)) return true;
      if (phase == 1 && target == from_ &&
          (source != from_ || last_phase_ == 0 || spec_.hop.direction != query::Direction::both) &&
          accept(row, ctx, source, edge)) {
        return true;
      }
    }
    bound_done_ = true;
    return false;
  }

  ExpandSpec spec_;
  bool active_ = false;
  graph::NodeId from_;
  std::optional<graph::NodeId> target_;
  int phase_ = 0, last_phase_ = 1;
  std::optional<graph::AdjacencyRange> range_;
  graph::AdjacencyRange::iterator it_;
  bool bound_done_ = false;
};

}  // namespace

OperatorPtr make_expand(OperatorPtr child, ExpandSpec spec) {
  return std::make_unique<Expand>(std::move(child), std::move(spec));
}

}  // namespace kg::cypher::detail
