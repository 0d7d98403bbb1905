// Binding expressions: variables to slots, function names to the library, aggregates to their slots, local
// variables of comprehensions, pattern predicates and comprehensions; unknown property keys and labels warn.
#include <fmt/format.h>

#include <algorithm>

#include "binder.h"
#include "element_properties.h"
#include "functions.h"
#include "kg/query/resolve.h"
#include "pattern_expression.h"

namespace kg::cypher::detail {

ExpressionPtr Binder::bind_expression(const Expr& expr, const ExprContext& context) {
  const auto bind = [&](const ExprPtr& child) -> ExpressionPtr {
    return child ? bind_expression(*child, context) : nullptr;
  };
  const auto bind_all = [&](const std::vector<ExprPtr>& children) {
    std::vector<ExpressionPtr> bound;
    bound.reserve(children.size());
    for (const ExprPtr& child : children) bound.push_back(bind(child));
    return bound;
  };
  switch (expr.kind) {
    case ExprKind::literal:
      return std::make_unique<Literal>(expr.begin, expr.value);
    case ExprKind::parameter:
      return std::make_unique<ParameterRef>(expr.begin, parameter_index(expr.name, expr.begin), expr.name);
    case ExprKind::variable:
      return bind_variable(expr);
    case ExprKind::property:
      check_property_key(*expr.children[0], expr.name, expr.begin);
      return make_property(expr.begin, bind(expr.children[0]), expr.name);
    case ExprKind::index:
      return make_index(expr.begin, bind(expr.children[0]), bind(expr.children[1]));
    case ExprKind::slice:
      return make_slice(expr.begin, bind(expr.children[0]), bind(expr.children[1]), bind(expr.children[2]));
    case ExprKind::list:
      return make_list(expr.begin, bind_all(expr.children));
    case ExprKind::map: {
      // A key written twice keeps its last value.
      std::vector<std::string> keys;
      std::vector<ExpressionPtr> values;
      for (std::size_t i = 0; i < expr.names.size(); ++i) {
        const auto same = std::find(keys.begin(), keys.end(), expr.names[i]);
        if (same != keys.end()) {
          values[static_cast<std::size_t>(same - keys.begin())] = bind(expr.children[i]);
        } else {
          keys.push_back(expr.names[i]);
          values.push_back(bind(expr.children[i]));
        }
      }
      return make_map(expr.begin, std::move(keys), std::move(values));
    }
    case ExprKind::unary:
      return make_unary(expr.begin, expr.op, bind(expr.children[0]));
    case ExprKind::binary:
      return make_binary(expr.begin, expr.op, bind(expr.children[0]), bind(expr.children[1]));
    case ExprKind::comparison:
      return make_comparison(expr.begin, expr.ops, bind_all(expr.children));
    case ExprKind::is_null:
    case ExprKind::is_not_null:
      return make_null_test(expr.begin, bind(expr.children[0]), expr.kind == ExprKind::is_not_null);
    case ExprKind::has_labels:
      check_labels(expr.names, expr.begin);
      return make_label_test(expr.begin, bind(expr.children[0]), expr.names, graph_);
    case ExprKind::call:
      return bind_call(expr, context);
    case ExprKind::case_when: {
      const std::size_t first = expr.has_subject ? 1 : 0;
      const std::size_t last = expr.children.size() - (expr.has_else ? 1 : 0);
      std::vector<ExpressionPtr> whens, thens;
      for (std::size_t i = first; i < last; i += 2) {
        whens.push_back(bind(expr.children[i]));
        thens.push_back(bind(expr.children[i + 1]));
      }
      return make_case(expr.begin, expr.has_subject ? bind(expr.children[0]) : nullptr, std::move(whens),
                       std::move(thens), expr.has_else ? bind(expr.children.back()) : nullptr);
    }
    case ExprKind::list_comprehension:
    case ExprKind::quantifier:
    case ExprKind::reduce:
      return bind_local(expr, context);
    case ExprKind::pattern: {
      auto match = bind_pattern_expression(*expr.pattern, false);
      match->endpoints_only = true;
      return std::make_unique<PatternPredicate>(expr.begin, std::move(match));
    }
    case ExprKind::pattern_comprehension: {
      const std::size_t scope_size = scope_.size();
      auto match = bind_pattern_expression(*expr.pattern, true);
      if (expr.children[0]) match->predicates.push_back(bind(expr.children[0]));
      ExpressionPtr projection = bind(expr.children[1]);
      scope_.resize(scope_size);
      return std::make_unique<PatternComprehension>(expr.begin, std::move(match), std::move(projection));
    }
  }
  source_.fail(expr.begin, "unsupported expression");
}

ExpressionPtr Binder::bind_variable(const Expr& expr) {
  if (const Variable* variable = find(expr.name)) {
    return std::make_unique<SlotRef>(expr.begin, variable->slot, expr.name);
  }
  if (hidden_ != nullptr &&
      std::any_of(hidden_->begin(), hidden_->end(), [&](const Variable& v) { return v.name == expr.name; })) {
    source_.fail(expr.begin, fmt::format("`{}` cannot be used here: after DISTINCT or an aggregation, ORDER BY "
                                         "sees only the projected columns",
                                         expr.name));
  }
  std::vector<std::string> names;
  for (const Variable& variable : scope_) names.push_back(variable.name);
  source_.fail(expr.begin, fmt::format("unknown variable `{}`{}", expr.name, suggest(expr.name, names)));
}

ExpressionPtr Binder::bind_call(const Expr& expr, const ExprContext& context) {
  if (const std::optional<AggregateKind> aggregate = find_aggregate(expr.name)) {
    return bind_aggregate(expr, *aggregate, context);
  }
  const ScalarFunction* function = find_function(expr.name);
  if (function == nullptr) {
    std::vector<std::string> names;
    for (std::string_view name : function_names()) names.emplace_back(name);
    for (const char* name :
         {"count", "sum", "avg", "min", "max", "collect", "stDev", "stDevP", "percentileCont", "percentileDisc"}) {
      names.emplace_back(name);
    }
    source_.fail(expr.begin, fmt::format("unknown function `{}`{}", expr.name, suggest(expr.name, names)));
  }
  if (expr.star) source_.fail(expr.begin, fmt::format("{}(*) is not a function: only count(*) takes *", expr.name));
  if (expr.distinct) {
    source_.fail(expr.begin, fmt::format("DISTINCT applies to aggregate functions, not to {}()", function->name));
  }
  const std::size_t count = expr.children.size();
  if (count < function->min_arguments || count > function->max_arguments) {
    const std::string expected =
        function->min_arguments == function->max_arguments ? fmt::format("{}", function->min_arguments)
        : function->max_arguments == 255                   ? fmt::format("at least {}", function->min_arguments)
                                         : fmt::format("{} to {}", function->min_arguments, function->max_arguments);
    source_.fail(expr.begin, fmt::format("{}() takes {} argument{}, got {}", function->name, expected,
                                         expected == "1" ? "" : "s", count));
  }
  std::vector<ExpressionPtr> arguments;
  for (const ExprPtr& child : expr.children) arguments.push_back(bind_expression(*child, context));
  // entity('Ziyoev') with a literal resolves now, so that an unknown name is reported before running.
  if (function->name == "entity" && arguments[0]->kind() == ExpressionKind::literal) {
    const Value& reference = static_cast<const Literal&>(*arguments[0]).value();
    if (reference.kind() == Value::Kind::string) {
      try {
        return std::make_unique<Literal>(expr.begin,
                                         Value::node(query::resolve_node(graph_, reference.as_string(), "")));
      } catch (const graph::InputError& error) {
        source_.fail(expr.children[0]->begin, error.message());
      }
    }
  }
  return make_call(expr.begin, *function, std::move(arguments));
}

ExpressionPtr Binder::bind_aggregate(const Expr& expr, AggregateKind kind, const ExprContext& context) {
  const std::string text(source_.text.substr(expr.begin, expr.end - expr.begin));
  if (context.inside_aggregate) source_.fail(expr.begin, fmt::format("aggregates cannot be nested: {}", text));
  if (context.aggregates == nullptr) {
    source_.fail(expr.begin, fmt::format("the aggregate {} is not allowed in {}", text, context.clause));
  }
  const bool percentile = kind == AggregateKind::percentile_cont || kind == AggregateKind::percentile_disc;
  const std::size_t expected = expr.star ? 0 : percentile ? 2 : 1;
  if (expr.star && kind != AggregateKind::count) {
    source_.fail(expr.begin, fmt::format("{}(*) is not an aggregate: only count(*) takes *", expr.name));
  }
  if (expr.children.size() != expected) {
    source_.fail(expr.begin, fmt::format("{} takes {} argument{}, got {}", expr.name, expected,
                                         expected == 1 ? "" : "s", expr.children.size()));
  }
  AggregateCall call;
  call.kind = expr.star ? AggregateKind::count_star : kind;
  call.distinct = expr.distinct;
  call.offset = expr.begin;
  call.text = text;
  const ExprContext inner{.clause = context.clause, .aggregates = context.aggregates, .inside_aggregate = true};
  if (!expr.star) call.argument = bind_expression(*expr.children[0], inner);
  if (percentile) call.percentile = bind_expression(*expr.children[1], inner);
  call.slot = new_slot();
  const std::uint32_t slot = call.slot;
  context.aggregates->push_back(std::move(call));
  return std::make_unique<SlotRef>(expr.begin, slot, text);
}

ExpressionPtr Binder::bind_local(const Expr& expr, const ExprContext& context) {
  const std::size_t scope_size = scope_.size();
  const auto local = [&](const std::string& name) {
    const std::uint32_t slot = new_slot();
    declare(name, slot, Kind::value, expr.begin);
    return slot;
  };
  const auto bind = [&](const ExprPtr& child) -> ExpressionPtr {
    return child ? bind_expression(*child, context) : nullptr;
  };
  ExpressionPtr result;
  if (expr.kind == ExprKind::reduce) {
    ExpressionPtr initial = bind(expr.children[0]);
    ExpressionPtr list = bind(expr.children[1]);
    const std::uint32_t accumulator = local(expr.names[0]);
    const std::uint32_t slot = local(expr.name);
    result = make_reduce(expr.begin, accumulator, std::move(initial), slot, std::move(list), bind(expr.children[2]));
  } else {
    ExpressionPtr list = bind(expr.children[0]);
    const std::uint32_t slot = local(expr.name);
    ExpressionPtr filter = bind(expr.children[1]);
    if (expr.kind == ExprKind::quantifier) {
      result = make_quantifier(expr.begin, expr.op, slot, std::move(list), std::move(filter));
    } else {
      result = make_list_comprehension(expr.begin, slot, std::move(list), std::move(filter), bind(expr.children[2]));
    }
  }
  scope_.resize(scope_size);
  return result;
}

void Binder::check_property_key(const Expr& object, const std::string& key, std::uint32_t offset) {
  const auto refuse = [&](std::string_view what) {
    source_.fail(offset, fmt::format("cannot read the property `{}` of {}: only nodes, relationships and maps have "
                                     "properties",
                                     key, what));
  };
  if (object.kind == ExprKind::list) refuse("a list");
  if (object.kind == ExprKind::literal && !object.value.is_null()) refuse(query::kind_name(object.value.kind()));
  if (object.kind != ExprKind::variable) return;
  const Variable* variable = find(object.name);
  if (variable != nullptr && variable->kind == Kind::path) refuse(fmt::format("the path `{}`", object.name));
  if (variable != nullptr && variable->kind == Kind::relationship_list) {
    refuse(fmt::format("the list of relationships `{}`", object.name));
  }
  if (variable != nullptr && variable->kind == Kind::plain)
    refuse(fmt::format("`{}`, which is not a map", object.name));
  if (variable == nullptr || (variable->kind != Kind::node && variable->kind != Kind::relationship)) return;
  const bool node = variable->kind == Kind::node;
  if (node ? is_node_builtin(key) : is_relationship_builtin(key)) return;  // without listing the graph's keys
  const std::vector<std::string>& known = node ? node_keys() : relationship_keys();
  if (std::find(known.begin(), known.end(), key) != known.end()) return;
  warn(offset, fmt::format("unknown property key `{}`: no {} has it, so `{}.{}` is always null{}", key,
                           node ? "node" : "relationship", object.name, key, suggest(key, known)));
}

void Binder::check_labels(const std::vector<std::string>& labels, std::uint32_t offset) {
  for (const std::string& label : labels) {
    if (find_type(label) || find_predicate(label)) continue;
    std::vector<std::string> names = type_names();
    for (std::string& name : predicate_names()) names.push_back(std::move(name));
    warn(offset, fmt::format("unknown label `{}`: no node has this type{}", label, suggest(label, names)));
  }
}

}  // namespace kg::cypher::detail
