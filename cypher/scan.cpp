// Where a pattern starts: every node (of a type), a seek by node value, id or name, and the check of a node
// bound by an earlier clause.
#include <fmt/format.h>

#include <cmath>

#include "operators.h"

namespace kg::cypher::detail {
namespace {

class NodeScan final : public Operator {
 public:
  NodeScan(OperatorPtr child, std::uint32_t slot, NodeSpec spec, std::string name)
      : Operator(std::move(child)), slot_(slot), spec_(spec), name_(std::move(name)) {}
  void open(Row& row, ExecContext& ctx) override {
    Operator::open(row, ctx);
    next_ = count_ = 0;
  }
  bool next(Row& row, ExecContext& ctx) override {
    for (;;) {
      while (next_ < count_) {
        const graph::NodeId node{next_++};
        ctx.tick();
        if (spec_.accepts(ctx.graph, node)) {
          row[slot_] = Value::node(node);
          return true;
        }
      }
      if (spec_.impossible || !child_->next(row, ctx)) return false;
      next_ = 0;
      count_ = ctx.graph.node_count();
    }
  }
  std::string describe() const override { return fmt::format("NodeScan ({})", name_); }

 private:
  std::uint32_t slot_;
  NodeSpec spec_;
  std::string name_;
  std::uint32_t next_ = 0, count_ = 0;
};

class NodeSeek final : public Operator {
 public:
  NodeSeek(OperatorPtr child, std::uint32_t slot, NodeSpec spec, SeekKind kind, const Expression* value,
           std::string name)
      : Operator(std::move(child)), slot_(slot), spec_(spec), kind_(kind), value_(value), name_(std::move(name)) {}
  bool next(Row& row, ExecContext& ctx) override {
    for (;;) {
      while (position_ < candidates_.size()) {
        const graph::NodeId node = candidates_[position_++];
        if (spec_.accepts(ctx.graph, node)) {
          row[slot_] = Value::node(node);
          return true;
        }
      }
      if (!child_->next(row, ctx)) return false;
      candidates_.clear();
      position_ = 0;
      const Value value = value_->eval(row, ctx);
      if (kind_ == SeekKind::node && value.kind() == Value::Kind::node) candidates_.push_back(value.as_node());
      if (kind_ == SeekKind::id && value.is_number()) {
        const double id = value.as_number();  // id(n) = 3.0 holds too
        if (id >= 0 && id < ctx.graph.node_count() && id == std::floor(id)) {
          candidates_.push_back(graph::NodeId{static_cast<std::uint32_t>(id)});
        }
      }
      if (kind_ == SeekKind::name && value.kind() == Value::Kind::string) {
        candidates_ = ctx.graph.find_nodes_folded(value.as_string());
      }
    }
  }
  std::string describe() const override {
    const char* by = kind_ == SeekKind::node ? "" : kind_ == SeekKind::id ? "id " : "name index ";
    return fmt::format("NodeSeek ({}) by {}{}", name_, by, value_->describe());
  }

 private:
  std::uint32_t slot_;
  NodeSpec spec_;
  SeekKind kind_;
  const Expression* value_;
  std::string name_;
  std::vector<graph::NodeId> candidates_;
  std::size_t position_ = 0;
};

class NodeCheck final : public Operator {
 public:
  NodeCheck(OperatorPtr child, std::uint32_t slot, NodeSpec spec, std::uint32_t offset)
      : Operator(std::move(child)), slot_(slot), spec_(spec), offset_(offset) {}
  bool next(Row& row, ExecContext& ctx) override {
    while (child_->next(row, ctx)) {
      const std::optional<graph::NodeId> node = node_in(row, slot_, offset_, ctx);
      if (node && spec_.accepts(ctx.graph, *node)) return true;
    }
    return false;
  }
  std::string describe() const override { return "NodeCheck (labels of a bound node)"; }

 private:
  std::uint32_t slot_;
  NodeSpec spec_;
  std::uint32_t offset_;
};

}  // namespace

OperatorPtr make_node_scan(OperatorPtr child, std::uint32_t slot, NodeSpec spec, std::string name) {
  return std::make_unique<NodeScan>(std::move(child), slot, spec, std::move(name));
}

OperatorPtr make_node_seek(OperatorPtr child, std::uint32_t slot, NodeSpec spec, SeekKind kind, const Expression* value,
                           std::string name) {
  return std::make_unique<NodeSeek>(std::move(child), slot, spec, kind, value, std::move(name));
}

OperatorPtr make_node_check(OperatorPtr child, std::uint32_t slot, NodeSpec spec, std::uint32_t offset) {
  return std::make_unique<NodeCheck>(std::move(child), slot, spec, offset);
}

}  // namespace kg::cypher::detail
