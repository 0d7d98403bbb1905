// kg's own functions: entity() resolves a reference as the CLI does, credibility() multiplies confidences, and
// one function per graph measure (pagerank(n), betweenness(n), community(n), ...) over the whole graph.
#include <fmt/format.h>

#include <cmath>

#include "arithmetic.h"
#include "element_properties.h"
#include "functions.h"
#include "kg/analytics/measure.h"
#include "kg/query/resolve.h"

namespace kg::cypher::detail {
namespace {

using Kind = Value::Kind;

Value entity(std::span<const Value> a, ExecContext& ctx) {
  if (a[0].is_null() || a[0].kind() == Kind::node) return a[0];
  if (a[0].kind() != Kind::string) {
    throw ValueError(fmt::format("expected an entity id, name or alias, got {}", query::kind_name(a[0].kind())));
  }
  try {
    return Value::node(query::resolve_node(ctx.graph, a[0].as_string(), ctx.source.name));
  } catch (const graph::InputError& error) {
    throw ValueError(error.message());
  }
}

Value credibility(std::span<const Value> a, ExecContext& ctx) {
  const Value& v = a[0];
  double product = 1;
  switch (v.kind()) {
    case Kind::null:
      return {};
    case Kind::relationship:
      return Value::real(relationship_confidence(ctx, v.as_relationship()));
    case Kind::path:
      for (const query::Hop& hop : v.as_path().hops) product *= relationship_confidence(ctx, hop.edge);
      return Value::real(product);
    case Kind::list:
      for (const Value& item : v.as_list()) {
        if (item.kind() != Kind::relationship) {
          throw ValueError(fmt::format("expected a list of relationships, found {}", query::kind_name(item.kind())));
        }
        product *= relationship_confidence(ctx, item.as_relationship());
      }
      return Value::real(product);
    default:
      throw ValueError(
          fmt::format("expected a path, relationship or list of relationships, got {}", query::kind_name(v.kind())));
  }
}

/// The measure's value for a node, computed once per run over the whole graph under the evidence conditions (so
/// a query's --source or --min-confidence changes the graph measured), with every direction counted and the
/// default settings of kg rank; null for null.
template <analytics::Measure kMeasure>
Value measure_of(std::span<const Value> a, ExecContext& ctx) {
  const analytics::MeasureInfo& info = analytics::measure_info(kMeasure);
  if (a[0].is_null()) return {};
  if (a[0].kind() != Kind::node) {
    throw ValueError(fmt::format("{}() expects a node, got {}", info.name, query::kind_name(a[0].kind())));
  }
  const auto index = static_cast<std::size_t>(kMeasure);
  if (ctx.measures.size() <= index) ctx.measures.resize(index + 1);
  std::vector<double>& values = ctx.measures[index];
  if (values.empty()) {
    const analytics::Snapshot snapshot(ctx.graph, {.filter = ctx.evidence_filter});
    values = analytics::by_graph_node(snapshot, analytics::compute_measure(snapshot, kMeasure).values);
  }
  const double value = values[a[0].as_node().value];
  if (std::isnan(value)) return {};
  return info.integer ? Value::integer(static_cast<std::int64_t>(value)) : Value::real(value);
}

using analytics::Measure;
constexpr ScalarFunction kKgFunctions[] = {
    {"entity", 1, 1, entity},
    {"credibility", 1, 1, credibility},
    {"degree", 1, 1, measure_of<Measure::degree>},
    {"pagerank", 1, 1, measure_of<Measure::pagerank>},
    {"betweenness", 1, 1, measure_of<Measure::betweenness>},
    {"closeness", 1, 1, measure_of<Measure::closeness>},
    {"harmonic", 1, 1, measure_of<Measure::harmonic>},
    {"coreness", 1, 1, measure_of<Measure::coreness>},
    {"component", 1, 1, measure_of<Measure::component>},
    {"strong_component", 1, 1, measure_of<Measure::strong_component>},
    {"community", 1, 1, measure_of<Measure::community>},
};

}  // namespace

std::span<const ScalarFunction> kg_functions() { return kKgFunctions; }

}  // namespace kg::cypher::detail
