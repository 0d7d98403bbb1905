// shortestPath and allShortestPaths between two bound nodes, by kg::query's bidirectional BFS under the pattern's
// direction and types and the run's evidence conditions.
#include <fmt/format.h>

#include "kg/query/paths.h"
#include "operators.h"

namespace kg::cypher::detail {
namespace {

class ShortestPath final : public Operator {
 public:
  ShortestPath(OperatorPtr child, ShortestSpec spec) : Operator(std::move(child)), spec_(std::move(spec)) {}

  void open(Row& row, ExecContext& ctx) override {
    Operator::open(row, ctx);
    paths_.clear();
    position_ = 0;
  }

  bool next(Row& row, ExecContext& ctx) override {
    for (;;) {
      if (position_ < paths_.size()) {
        emit(row, paths_[position_++]);
        return true;
      }
      if (!search(row, ctx)) return false;
    }
  }

  std::string describe() const override {
    return fmt::format("{} *{}..{}", spec_.all ? "AllShortestPaths" : "ShortestPath", spec_.min_hops,
                       spec_.max_hops == query::kUnboundedHops ? std::string() : fmt::format("{}", spec_.max_hops));
  }

 private:
  bool search(Row& row, ExecContext& ctx) {
    while (child_->next(row, ctx)) {
      const std::optional<graph::NodeId> from = node_in(row, spec_.from, spec_.offset, ctx);
      const std::optional<graph::NodeId> to = node_in(row, spec_.to, spec_.offset, ctx);
      if (!from || !to) continue;
      if (*from == *to && spec_.min_hops > 0) continue;
      if (spec_.hop.impossible && *from != *to) continue;  // no usable edge: only the empty path
      query::PathOptions options{.filter = ctx.evidence_filter, .max_hops = spec_.max_hops, .limit = ctx.max_rows + 1};
      options.filter.direction = spec_.hop.direction;
      options.filter.predicates = spec_.predicates;
      paths_.clear();
      position_ = 0;
      if (spec_.all) {
        paths_ = query::all_shortest_paths(ctx.graph, *from, *to, options, workspace_);
        if (paths_.size() > ctx.max_rows) {
          ctx.fail(spec_.offset, fmt::format("allShortestPaths found more than {} paths (--max-rows)", ctx.max_rows));
        }
      } else if (std::optional<query::Path> path = query::shortest_path(ctx.graph, *from, *to, options, workspace_)) {
        paths_.push_back(std::move(*path));
      }
      ctx.tick();
      if (!paths_.empty()) return true;
    }
    return false;
  }

  void emit(Row& row, const query::Path& path) const {
    if (spec_.list_slot) {
      query::ValueList list;
      for (const query::Hop& hop : path.hops) list.push_back(Value::relationship(hop.edge));
      row[*spec_.list_slot] = Value::list(std::move(list));
    }
    if (spec_.path_slot) row[*spec_.path_slot] = Value::path(path);
  }

  ShortestSpec spec_;
  query::Workspace workspace_;
  std::vector<query::Path> paths_;
  std::size_t position_ = 0;
};

}  // namespace

OperatorPtr make_shortest_path(OperatorPtr child, ShortestSpec spec) {
  return std::make_unique<ShortestPath>(std::move(child), std::move(spec));
}

}  // namespace kg::cypher::detail
