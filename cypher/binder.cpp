// The statement and clause levels of the binder: scopes, UNWIND, WITH/RETURN (aggregation, ORDER BY, SKIP, LIMIT),
// UNION, and the names used in messages.
#include "binder.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "element_properties.h"
#include "kg/graph/name_fold.h"

namespace kg::cypher::detail {

Binder::Binder(const graph::Graph& graph, const Source& source, std::uint32_t max_hops)
    : graph_(graph), source_(source), max_hops_(max_hops) {}

BoundStatement Binder::bind(const Statement& statement) {
  BoundStatement bound;
  for (std::size_t i = 0; i < statement.parts.size(); ++i) {
    scope_.clear();
    bound.parts.push_back(bind_query(statement.parts[i]));
    const auto& last = std::get<BoundProjection>(bound.parts.back().clauses.back());
    if (i == 0) {
      bound.columns = last.columns;
    } else if (last.columns != bound.columns) {
      source_.fail(statement.union_offsets[i - 1],
                   fmt::format("the queries joined by UNION must return the same columns: {} and {}",
                               fmt::join(bound.columns, ", "), fmt::join(last.columns, ", ")));
    }
  }
  bound.union_all = statement.union_all;
  if (std::set<bool>(bound.union_all.begin(), bound.union_all.end()).size() > 1) {
    source_.fail(statement.union_offsets[0], "UNION and UNION ALL cannot be mixed in one statement");
  }
  bound.slot_count = slot_count_;
  bound.parameters = parameters_;
  bound.parameter_offsets = parameter_offsets_;
  return bound;
}

BoundQuery Binder::bind_query(const SingleQuery& query) {
  BoundQuery bound;
  for (const Clause& clause : query.clauses) {
    if (const auto* match = std::get_if<MatchClause>(&clause)) {
      bound.clauses.emplace_back(bind_match(*match));
    } else if (const auto* unwind = std::get_if<UnwindClause>(&clause)) {
      bound.clauses.emplace_back(bind_unwind(*unwind));
    } else {
      bound.clauses.emplace_back(bind_projection(std::get<ProjectionClause>(clause)));
    }
  }
  mark_endpoints_only(bound);
  return bound;
}

BoundUnwind Binder::bind_unwind(const UnwindClause& unwind) {
  BoundUnwind bound;
  bound.offset = unwind.offset;
  bound.list = bind_expression(*unwind.list, {.clause = "UNWIND"});
  if (find(unwind.variable) != nullptr) {
    source_.fail(unwind.variable_offset, fmt::format("the variable `{}` is already defined", unwind.variable));
  }
  bound.slot = new_slot();
  declare(unwind.variable, bound.slot, Kind::value, unwind.variable_offset);
  return bound;
}

namespace {

bool is_bare_variable(const Expr& expr) { return expr.kind == ExprKind::variable; }

}  // namespace

BoundProjection Binder::bind_projection(const ProjectionClause& clause) {
  BoundProjection bound;
  bound.offset = clause.offset;
  bound.is_return = clause.is_return;
  bound.distinct = clause.distinct;
  const std::vector<Variable> input_scope = scope_;
  const std::string_view name = clause.is_return ? "RETURN" : "WITH";

  struct Output {
    std::string name;
    std::uint32_t slot;
    Kind kind;
  };
  std::vector<Output> outputs;
  const auto add_output = [&](const std::string& column, std::uint32_t offset, std::uint32_t slot, Kind kind) {
    for (const Output& output : outputs) {
      if (output.name == column) {
        source_.fail(offset, fmt::format("the column `{}` is defined twice in {}", column, name));
      }
    }
    outputs.push_back({column, slot, kind});
  };

  if (clause.star) {
    std::vector<const Variable*> named;
    named.reserve(input_scope.size());
    for (const Variable& variable : input_scope) named.push_back(&variable);
    std::sort(named.begin(), named.end(), [](auto* a, auto* b) { return a->name < b->name; });
    if (named.empty()) source_.fail(clause.offset, fmt::format("{} * needs at least one variable in scope", name));
    for (const Variable* variable : named) {
      const std::uint32_t slot = new_slot();
      bound.items.push_back({slot, std::make_unique<SlotRef>(clause.offset, variable->slot, variable->name), {}});
      add_output(variable->name, clause.offset, slot, variable->kind);
    }
  }

  std::vector<AggregateCall> aggregates;
  std::vector<BoundProjection::Item> aggregate_items;
  std::vector<std::uint32_t> aggregate_offsets;
  for (const ProjectionItem& item : clause.items) {
    if (!clause.is_return && !item.alias && !is_bare_variable(*item.expr)) {
      source_.fail(item.expr->begin, fmt::format("the expression `{}` in WITH must be named with AS", item.text));
    }
    const std::size_t before = aggregates.size();
    ExpressionPtr expression = bind_expression(*item.expr, {.clause = name, .aggregates = &aggregates});
    const std::uint32_t slot = new_slot();
    Kind kind = Kind::value;
    std::optional<std::uint32_t> input_slot;
    if (is_bare_variable(*item.expr)) {
      const Variable* variable = find(item.expr->name);
      kind = variable->kind;
      input_slot = variable->slot;
    } else if (item.expr->kind == ExprKind::map ||
               (item.expr->kind == ExprKind::literal && item.expr->value.is_null())) {
      kind = Kind::scalar;
    } else if (item.expr->kind == ExprKind::literal || item.expr->kind == ExprKind::list) {
      kind = Kind::plain;
    }
    add_output(item.alias.value_or(item.text), item.expr->begin, slot, kind);
    if (aggregates.size() > before) {
      aggregate_items.push_back({slot, std::move(expression), {}});
      aggregate_offsets.push_back(item.expr->begin);
    } else {
      bound.keys.push_back({slot, std::move(expression), input_slot});
    }
  }
  bound.aggregating = !aggregates.empty();
  if (bound.aggregating) {
    // An aggregating item may read, besides aggregates, only grouping keys that are bare variables.
    std::vector<std::uint32_t> allowed;
    allowed.reserve(aggregates.size() + bound.keys.size());
    for (const AggregateCall& call : aggregates) allowed.push_back(call.slot);
    for (const auto& key : bound.keys) {
      if (key.input_slot) allowed.push_back(*key.input_slot);
    }
    for (std::size_t i = 0; i < aggregate_items.size(); ++i) {
      for (std::uint32_t slot : slots_read(*aggregate_items[i].expression)) {
        if (std::find(allowed.begin(), allowed.end(), slot) != allowed.end()) continue;
        const auto variable =
            std::find_if(input_scope.begin(), input_scope.end(), [&](const Variable& v) { return v.slot == slot; });
        source_.fail(aggregate_offsets[i],
                     fmt::format("`{}` is used beside an aggregate but is not a grouping key: add it as its own "
                                 "column of {}",
                                 variable != input_scope.end() ? variable->name : "a variable", name));
      }
    }
    bound.aggregates = std::move(aggregates);
    bound.items = std::move(aggregate_items);
  } else {
    for (auto& key : bound.keys) bound.items.push_back({key.slot, std::move(key.expression), {}});
    bound.keys.clear();
  }

  scope_.clear();
  for (const Output& output : outputs) {
    scope_.push_back({output.name, output.slot, output.kind});
    bound.visible.push_back(output.slot);
    bound.columns.push_back(output.name);
  }
  bind_order(clause, bound, input_scope);
  if (clause.skip) {
    bound.skip_offset = clause.skip->begin;
    bound.skip = bind_constant(*clause.skip, "SKIP");
  }
  if (clause.limit) {
    bound.limit_offset = clause.limit->begin;
    bound.limit = bind_constant(*clause.limit, "LIMIT");
  }
  if (clause.where) bound.where = bind_expression(*clause.where, {.clause = "WHERE"});
  return bound;
}

void Binder::bind_order(const ProjectionClause& clause, BoundProjection& bound,
                        const std::vector<Variable>& input_scope) {
  const bool only_projected = bound.aggregating || bound.distinct;
  const std::vector<Variable> output_scope = scope_;
  for (const SortItem& item : clause.order) {
    ExpressionPtr key;
    // An expression written as one of the items (ORDER BY count(*)) sorts by that column.
    for (std::size_t i = 0; i < clause.items.size() && !key; ++i) {
      if (same_expression(*clause.items[i].expr, *item.expr)) {
        const std::size_t column = (clause.star ? bound.columns.size() - clause.items.size() : 0) + i;
        key = std::make_unique<SlotRef>(item.expr->begin, bound.visible[column], bound.columns[column]);
      }
    }
    if (!key) {
      if (only_projected) {
        hidden_ = &input_scope;
        std::vector<AggregateCall> unexpected;
        key = bind_expression(*item.expr, {.clause = "ORDER BY", .aggregates = &unexpected});
        hidden_ = nullptr;
        if (!unexpected.empty()) {
          source_.fail(unexpected.front().offset,
                       "ORDER BY can only use an aggregate that is also a column of the projection");
        }
      } else {
        // Before the projection's variables are dropped, ORDER BY sees both (the projected ones shadow).
        scope_ = input_scope;
        scope_.insert(scope_.end(), output_scope.begin(), output_scope.end());
        key = bind_expression(*item.expr, {.clause = "ORDER BY"});
        scope_ = output_scope;
      }
    }
    bound.order.push_back({std::move(key), item.descending});
  }
}

ExpressionPtr Binder::bind_constant(const Expr& expr, std::string_view clause) {
  std::vector<Variable> saved;
  saved.swap(scope_);
  ExpressionPtr bound = bind_expression(expr, {.clause = clause});
  scope_.swap(saved);
  return bound;
}

void Binder::mark_endpoints_only(BoundQuery& query) {
  for (std::size_t i = 0; i < query.clauses.size(); ++i) {
    auto* match = std::get_if<BoundMatch>(&query.clauses[i]);
    if (match == nullptr) continue;
    for (std::size_t j = i + 1; j < query.clauses.size(); ++j) {
      if (std::holds_alternative<BoundProjection>(query.clauses[j])) {
        const auto& projection = std::get<BoundProjection>(query.clauses[j]);
        const bool insensitive =
            std::all_of(projection.aggregates.begin(), projection.aggregates.end(), [](const AggregateCall& call) {
              return call.distinct || call.kind == AggregateKind::min || call.kind == AggregateKind::max;
            });
        match->endpoints_only = projection.distinct || (projection.aggregating && insensitive);
        break;
      }
    }
  }
}

const Binder::Variable* Binder::find(std::string_view name) const {
  for (auto it = scope_.rbegin(); it != scope_.rend(); ++it) {
    if (it->name == name) return &*it;
  }
  return nullptr;
}

void Binder::declare(const std::string& name, std::uint32_t slot, Kind kind, std::uint32_t) {
  scope_.push_back({name, slot, kind});
}

std::uint32_t Binder::parameter_index(const std::string& name, std::uint32_t offset) {
  const auto found = std::find(parameters_.begin(), parameters_.end(), name);
  if (found != parameters_.end()) return static_cast<std::uint32_t>(found - parameters_.begin());
  parameters_.push_back(name);
  parameter_offsets_.push_back(offset);
  return static_cast<std::uint32_t>(parameters_.size() - 1);
}

std::string Binder::suggest(std::string_view name, const std::vector<std::string>& candidates) {
  const std::string folded = graph::fold_name(name);
  const std::size_t max_distance = graph::suggestion_radius(folded);
  std::vector<std::pair<std::size_t, std::string>> near;
  for (const std::string& candidate : candidates) {
    const std::string other = graph::fold_name(candidate);
    const std::size_t distance = graph::edit_distance(folded, other, max_distance);
    if (distance <= max_distance) {
      near.emplace_back(distance, candidate);
    } else if (folded.size() >= 3 && other.find(folded) != std::string::npos) {
      near.emplace_back(max_distance + 1, candidate);  // `father` for father_of, after the near misses
    }
  }
  std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  if (near.size() > 5) near.resize(5);
  if (near.empty()) return "";
  std::vector<std::string> names;
  names.reserve(near.size());
  for (const auto& entry : near) names.push_back(entry.second);
  return fmt::format("; did you mean {}?", fmt::join(names, ", "));
}

std::optional<graph::TypeId> Binder::find_type(std::string_view name) const {
  for (std::uint32_t t = 0; t < graph_.type_count(); ++t) {
    if (graph_.type_name(graph::TypeId{static_cast<std::uint16_t>(t)}) == name)
      return graph::TypeId{static_cast<std::uint16_t>(t)};
  }
  return std::nullopt;
}

std::optional<graph::PredicateId> Binder::find_predicate(std::string_view name) const {
  for (std::uint32_t p = 0; p < graph_.predicate_count(); ++p) {
    if (graph_.predicate_name(graph::PredicateId{static_cast<std::uint16_t>(p)}) == name)
      return graph::PredicateId{static_cast<std::uint16_t>(p)};
  }
  return std::nullopt;
}

std::vector<std::string> Binder::type_names() const {
  std::vector<std::string> names;
  for (std::uint32_t t = 0; t < graph_.type_count(); ++t)
    names.emplace_back(graph_.type_name(graph::TypeId{static_cast<std::uint16_t>(t)}));
  return names;
}

std::vector<std::string> Binder::predicate_names() const {
  std::vector<std::string> names;
  for (std::uint32_t p = 0; p < graph_.predicate_count(); ++p) {
    names.emplace_back(graph_.predicate_name(graph::PredicateId{static_cast<std::uint16_t>(p)}));
  }
  return names;
}

const std::vector<std::string>& Binder::node_keys() {
  if (node_keys_.empty()) {
    node_keys_ = {"id", "name", "aliases"};
    for (const auto& key : graph_.node_property_keys()) node_keys_.emplace_back(key.key);
  }
  return node_keys_;
}

const std::vector<std::string>& Binder::relationship_keys() {
  if (relationship_keys_.empty()) {
    relationship_keys_ = {"confidence", "sources", "quotes", "first_date", "last_date", "source_count", "statements"};
    for (const auto& key : graph_.edge_property_keys()) relationship_keys_.emplace_back(key.key);
  }
  return relationship_keys_;
}

}  // namespace kg::cypher::detail
