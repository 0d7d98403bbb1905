// Planning one MATCH pattern: where to start, which relationship to follow next, where each predicate goes, when
// path values are assembled.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <limits>

#include "kg/query/paths.h"
#include "operators.h"
#include "path_expression.h"
#include "pattern_expression.h"
#include "planner_state.h"

namespace kg::cypher::detail {
namespace {

struct Seed {
  std::size_t predicate = 0;
  SeekKind kind = SeekKind::node;
  const Expression* value = nullptr;
};

class MatchPlanner {
 public:
  MatchPlanner(const graph::Graph& graph, std::function<const std::vector<std::uint32_t>&()> type_counts,
               BoundMatch& match, std::vector<ExpressionPtr>& expressions)
      : graph_(graph), type_counts_(std::move(type_counts)), match_(match), expressions_(expressions) {
    for (const BoundNode& node : match.nodes) {
      if (!node.bound_before) own_.push_back(node.slot);
    }
    for (const BoundRel& rel : match.rels) {
      if (!rel.bound_before) own_.push_back(rel.slot);
    }
    for (const BoundPath& path : match.paths) own_.push_back(path.slot);
    node_done_.assign(match.nodes.size(), false);
    rel_done_.assign(match.rels.size(), false);
    path_done_.assign(match.paths.size(), false);
    predicate_done_.assign(match.predicates.size(), false);
  }

  OperatorPtr plan(OperatorPtr op) {
    op_ = std::move(op);
    for (std::size_t i = 0; i < match_.nodes.size(); ++i) {
      const BoundNode& node = match_.nodes[i];
      if (!node.bound_before) continue;
      node_done_[i] = true;
      if (node.type || node.impossible) op_ = make_node_check(std::move(op_), node.slot, spec(node), node.offset);
    }
    settle();
    for (;;) {
      if (const std::optional<std::size_t> rel = next_rel()) {
        expand(*rel);
      } else if (const std::optional<std::size_t> node = next_start()) {
        start(*node);
      } else {
        break;
      }
      settle();
    }
    for (std::size_t i = 0; i < match_.predicates.size(); ++i) {
      if (!predicate_done_[i]) op_ = make_filter(std::move(op_), match_.predicates[i].get());
    }
    return std::move(op_);
  }

 private:
  static NodeSpec spec(const BoundNode& node) { return {node.type, node.impossible}; }

  std::string name_of(const BoundNode& node) const {
    std::string name = node.name.empty() ? "_" : node.name;
    if (node.impossible) return name + ":?";
    return node.type ? fmt::format("{}:{}", name, graph_.type_name(*node.type)) : name;
  }

  bool own(std::uint32_t slot) const { return std::find(own_.begin(), own_.end(), slot) != own_.end(); }
  bool bound(std::uint32_t slot) const {
    return !own(slot) || std::find(bound_.begin(), bound_.end(), slot) != bound_.end();
  }
  bool ready(const Expression& expression) const {
    const std::vector<std::uint32_t> slots = slots_read(expression);
    return std::all_of(slots.begin(), slots.end(), [&](std::uint32_t slot) { return bound(slot); });
  }

  // Applies every predicate that can be, and assembles every path whose parts are bound.
  void settle() {
    for (std::size_t p = 0; p < match_.paths.size(); ++p) {
      const BoundPath& path = match_.paths[p];
      if (path_done_[p]) continue;
      const bool complete =
          std::all_of(path.nodes.begin(), path.nodes.end(), [&](std::size_t n) { return node_done_[n]; }) &&
          std::all_of(path.rels.begin(), path.rels.end(), [&](std::size_t r) { return rel_done_[r]; });
      if (!complete) continue;
      std::vector<PathElement> elements;
      for (std::size_t i = 0; i < path.nodes.size(); ++i) {
        elements.push_back({PathElement::Kind::node, match_.nodes[path.nodes[i]].slot});
        if (i < path.rels.size()) {
          const BoundRel& rel = match_.rels[path.rels[i]];
          elements.push_back(
              {rel.variable_length ? PathElement::Kind::relationships : PathElement::Kind::relationship, rel.slot});
        }
      }
      expressions_.push_back(make_path_build(path.offset, std::move(elements)));
      op_ = make_project(std::move(op_), {{path.slot, expressions_.back().get()}});
      path_done_[p] = true;
      bound_.push_back(path.slot);
    }
    for (std::size_t i = 0; i < match_.predicates.size(); ++i) {
      if (predicate_done_[i] || !ready(*match_.predicates[i])) continue;
      op_ = make_filter(std::move(op_), match_.predicates[i].get());
      predicate_done_[i] = true;
    }
  }

  // The next relationship to follow: one that closes a cycle (both ends bound) first, then single hops, then
  // variable-length ones; shortest paths wait for both ends.
  std::optional<std::size_t> next_rel() const {
    std::optional<std::size_t> best;
    int best_score = std::numeric_limits<int>::max();
    for (std::size_t r = 0; r < match_.rels.size(); ++r) {
      if (rel_done_[r]) continue;
      const BoundRel& rel = match_.rels[r];
      const bool left = node_done_[rel.left];
      const bool right = node_done_[rel.right];
      if (!left && !right) continue;
      if (rel.shortest != PathKind::plain && !(left && right)) continue;
      const int score = left && right ? 0 : rel.variable_length ? 2 : 1;
      if (score < best_score) {
        best = r;
        best_score = score;
      }
    }
    return best;
  }

  std::optional<Seed> seed_for(const BoundNode& node) const {
    std::optional<Seed> best;
    for (std::size_t i = 0; i < match_.predicates.size(); ++i) {
      const Expression& predicate = *match_.predicates[i];
      if (predicate_done_[i] || predicate.kind() != ExpressionKind::equals) continue;
      for (int side = 0; side < 2; ++side) {
        const Expression& target = *predicate.children()[side];
        const Expression& value = *predicate.children()[1 - side];
        const std::vector<std::uint32_t> value_slots = slots_read(value);
        if (std::find(value_slots.begin(), value_slots.end(), node.slot) != value_slots.end() || !ready(value)) {
          continue;
        }
        const auto on_node = [&](const Expression& e) {
          return e.kind() == ExpressionKind::slot && static_cast<const SlotRef&>(e).slot() == node.slot;
        };
        std::optional<SeekKind> kind;
        if (on_node(target)) {
          kind = SeekKind::node;
        } else if (target.kind() == ExpressionKind::call && target.function_name() == "id" &&
                   on_node(*target.children()[0])) {
          kind = SeekKind::id;
        } else if (target.kind() == ExpressionKind::property && on_node(*target.children()[0]) &&
                   (*target.property_name() == "name" || *target.property_name() == "id")) {
          kind = SeekKind::name;
        }
        if (kind && (!best || *kind < best->kind)) best = Seed{i, *kind, &value};
      }
    }
    return best;
  }

  // The unbound node to start from: the first with a seek, else the rarest label; among equals, the first written.
  std::optional<std::size_t> next_start() const {
    for (std::size_t n = 0; n < match_.nodes.size(); ++n) {
      if (!node_done_[n] && seed_for(match_.nodes[n])) return n;
    }
    std::optional<std::size_t> best;
    std::uint64_t best_cost = std::numeric_limits<std::uint64_t>::max();
    for (std::size_t n = 0; n < match_.nodes.size(); ++n) {
      if (node_done_[n]) continue;
      const BoundNode& node = match_.nodes[n];
      const std::uint64_t cost = node.impossible ? 0
                                 : node.type     ? type_counts_()[node.type->value]
                                                 : graph_.node_count();
      if (!best || cost < best_cost) {
        best = n;
        best_cost = cost;
      }
    }
    return best;
  }

  void start(std::size_t n) {
    const BoundNode& node = match_.nodes[n];
    if (const std::optional<Seed> seed = seed_for(node)) {
      op_ = make_node_seek(std::move(op_), node.slot, spec(node), seed->kind, seed->value, name_of(node));
      if (seed->kind == SeekKind::node) {
        predicate_done_[seed->predicate] = true;  // the seek is the predicate
      }
    } else {
      op_ = make_node_scan(std::move(op_), node.slot, spec(node), name_of(node));
    }
    node_done_[n] = true;
    bound_.push_back(node.slot);
  }

  HopSpec hop_of(const BoundRel& rel, bool from_left) const {
    HopSpec hop;
    if (rel.direction == PatternDirection::both) {
      hop.direction = query::Direction::both;
    } else {
      const bool along = (rel.direction == PatternDirection::right) == from_left;
      hop.direction = along ? query::Direction::out : query::Direction::in;
    }
    if (!rel.types.empty()) {
      hop.type_allowed.assign(graph_.predicate_count(), 0);
      for (graph::PredicateId p : rel.types) hop.type_allowed[p.value] = 1;
    }
    hop.impossible = rel.impossible;
    return hop;
  }

  void expand(std::size_t r) {
    const BoundRel& rel = match_.rels[r];
    const bool from_left = node_done_[rel.left];
    const BoundNode& from = match_.nodes[from_left ? rel.left : rel.right];
    const BoundNode& to = match_.nodes[from_left ? rel.right : rel.left];
    const std::size_t to_index = from_left ? rel.right : rel.left;
    ExpandSpec base;
    base.from = from.slot;
    base.rel = rel.slot;
    base.to = to.slot;
    base.hop = hop_of(rel, from_left);
    base.target = spec(to);
    base.into = node_done_[to_index];
    base.rel_bound = rel.bound_before;
    base.offset = rel.offset;
    for (std::size_t other = 0; other < match_.rels.size(); ++other) {
      if (!rel_done_[other]) continue;
      const BoundRel& done = match_.rels[other];
      (done.variable_length ? base.distinct_from_lists : base.distinct_from).push_back(done.slot);
    }
    const std::string arrow_in = base.hop.direction == query::Direction::in ? "<-" : "-";
    const std::string arrow_out = base.hop.direction == query::Direction::out ? "->" : "-";
    std::string types;
    for (graph::PredicateId p : rel.types) types += (types.empty() ? ":" : "|") + std::string(graph_.predicate_name(p));
    base.text = fmt::format("({}){}[{}{}]{}({})", from.name.empty() ? "_" : from.name, arrow_in, rel.name, types,
                            arrow_out, name_of(to));

    if (rel.shortest != PathKind::plain) {
      ShortestSpec shortest;
      const BoundNode& left = match_.nodes[rel.left];
      const BoundNode& right = match_.nodes[rel.right];
      shortest.from = left.slot;
      shortest.to = right.slot;
      shortest.hop = hop_of(rel, true);
      shortest.predicates = rel.types;
      shortest.min_hops = rel.min_hops;
      shortest.max_hops = rel.max_hops;
      shortest.all = rel.shortest == PathKind::all_shortest;
      shortest.offset = rel.offset;
      if (!rel.name.empty()) shortest.list_slot = rel.slot;
      for (std::size_t p = 0; p < match_.paths.size(); ++p) {
        const auto& rels = match_.paths[p].rels;
        if (std::find(rels.begin(), rels.end(), r) != rels.end()) {
          shortest.path_slot = match_.paths[p].slot;
          path_done_[p] = true;
          bound_.push_back(match_.paths[p].slot);
        }
      }
      op_ = make_shortest_path(std::move(op_), std::move(shortest));
    } else if (rel.variable_length) {
      VarExpandSpec var;
      var.base = std::move(base);
      var.write_list = !rel.anonymous_list || match_.rels.size() > 1;
      var.reverse = !from_left;
      var.min_hops = rel.min_hops;
      var.max_hops = rel.max_hops;
      var.implicit_max = rel.implicit_max;
      for (const auto& [key, value] : rel.each_properties) var.each_properties.emplace_back(key, value.get());
      const bool endpoints = match_.endpoints_only && match_.rels.size() == 1 && rel.anonymous_list &&
                             rel.min_hops <= 1 && !rel.bound_before;
      op_ = endpoints ? make_reach_expand(std::move(op_), std::move(var))
                      : make_var_expand(std::move(op_), std::move(var));
    } else {
      op_ = make_expand(std::move(op_), std::move(base));
    }
    rel_done_[r] = true;
    bound_.push_back(rel.slot);
    node_done_[to_index] = true;
    bound_.push_back(to.slot);
  }

  const graph::Graph& graph_;
  std::function<const std::vector<std::uint32_t>&()> type_counts_;
  BoundMatch& match_;
  std::vector<ExpressionPtr>& expressions_;
  OperatorPtr op_;
  std::vector<std::uint32_t> own_, bound_;
  std::vector<bool> node_done_, rel_done_, path_done_, predicate_done_;
};

}  // namespace

OperatorPtr Planner::plan_match(OperatorPtr op, BoundMatch& match) {
  for (ExpressionPtr& predicate : match.predicates) plan_patterns(*predicate);
  for (BoundRel& rel : match.rels) {
    for (auto& entry : rel.each_properties) plan_patterns(*entry.second);
  }
  return MatchPlanner(
             graph_, [this]() -> const std::vector<std::uint32_t>& { return type_counts(); }, match, expressions)
      .plan(std::move(op));
}

}  // namespace kg::cypher::detail
