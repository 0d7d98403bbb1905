#include "path_expression.h"

namespace kg::cypher::detail {
namespace {

class PathBuild final : public Expression {
 public:
  PathBuild(std::uint32_t offset, std::vector<PathElement> elements)
      : Expression(offset), elements_(std::move(elements)) {}

  Value eval(Row& row, ExecContext& ctx) const override {
    query::Path path;
    for (const PathElement& element : elements_) {
      const Value& value = row[element.slot];
      if (value.is_null()) return {};  // an OPTIONAL MATCH that found nothing
      switch (element.kind) {
        case PathElement::Kind::node:
          if (path.nodes.empty()) path.nodes.push_back(value.as_node());
          break;
        case PathElement::Kind::relationship:
          walk(ctx.graph, value.as_relationship(), path);
          break;
        case PathElement::Kind::relationships:
          for (const Value& edge : value.as_list()) walk(ctx.graph, edge.as_relationship(), path);
          break;
      }
    }
    return Value::path(std::move(path));
  }

  void reads(std::vector<std::uint32_t>& slots) const override {
    for (const PathElement& element : elements_) slots.push_back(element.slot);
  }
  std::string describe() const override { return "path"; }

 private:
  // Appends `edge`, walked from the path's last node (forward when that node is its subject).
  static void walk(const graph::Graph& graph, graph::EdgeId edge, query::Path& path) {
    const graph::NodeId at = path.nodes.back();
    const graph::NodeId source = graph.edge_source(edge);
    if (source == at) {
      path.hops.push_back({edge, query::HopDirection::forward});
      path.nodes.push_back(graph.edge_target(edge));
    } else {
      path.hops.push_back({edge, query::HopDirection::backward});
      path.nodes.push_back(source);
    }
  }

  std::vector<PathElement> elements_;
};

}  // namespace

ExpressionPtr make_path_build(std::uint32_t offset, std::vector<PathElement> elements) {
  return std::make_unique<PathBuild>(offset, std::move(elements));
}

}  // namespace kg::cypher::detail
