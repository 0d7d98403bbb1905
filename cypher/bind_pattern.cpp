// Binding MATCH patterns: nodes and relationships to slots, labels and types to graph ids, property maps to
// predicates, path variables, variable-length bounds, shortest paths.
#include <fmt/format.h>

#include <algorithm>

#include "binder.h"
#include "element_properties.h"

namespace kg::cypher::detail {
namespace {

// Splits a WHERE into its top-level conjuncts, so that each can be applied as soon as its variables are bound.
void conjuncts(const Expr& expr, std::vector<const Expr*>& out) {
  if (expr.kind == ExprKind::binary && expr.op == Op::and_) {
    conjuncts(*expr.children[0], out);
    conjuncts(*expr.children[1], out);
  } else {
    out.push_back(&expr);
  }
}

}  // namespace

BoundMatch Binder::bind_match(const MatchClause& match) {
  BoundMatch bound;
  bound.offset = match.offset;
  bound.optional = match.optional;
  for (const PathPattern& path : match.paths) bind_path(path, bound, true);
  if (match.where) {
    std::vector<const Expr*> parts;
    conjuncts(*match.where, parts);
    for (const Expr* part : parts) bound.predicates.push_back(bind_expression(*part, {.clause = "WHERE"}));
  }
  for (const BoundNode& node : bound.nodes) {
    if (!node.bound_before) bound.introduced.push_back(node.slot);
  }
  for (const BoundRel& rel : bound.rels) {
    if (!rel.bound_before) bound.introduced.push_back(rel.slot);
  }
  for (const BoundPath& path : bound.paths) bound.introduced.push_back(path.slot);
  return bound;
}

void Binder::bind_path(const PathPattern& path, BoundMatch& match, bool introduce) {
  std::vector<std::size_t> nodes;
  for (const NodePattern& node : path.nodes) nodes.push_back(bind_node(node, match, introduce));
  std::vector<std::size_t> rels;
  for (std::size_t i = 0; i < path.rels.size(); ++i) {
    bind_rel(path.rels[i], path, nodes[i], nodes[i + 1], match, introduce);
    rels.push_back(match.rels.size() - 1);
    if (path.variable) match.rels.back().anonymous_list = false;
  }
  if (path.variable) {
    if (!introduce) {
      source_.fail(path.variable_offset,
                   fmt::format("a pattern predicate cannot introduce the variable `{}`", *path.variable));
    }
    if (find(*path.variable) != nullptr) {
      source_.fail(path.variable_offset, fmt::format("the variable `{}` is already defined", *path.variable));
    }
    const std::uint32_t slot = new_slot();
    declare(*path.variable, slot, Kind::path, path.variable_offset);
    match.paths.push_back({slot, path.variable_offset, std::move(nodes), std::move(rels)});
  }
}

std::size_t Binder::bind_node(const NodePattern& node, BoundMatch& match, bool introduce) {
  std::size_t index = match.nodes.size();
  if (node.variable) {
    const auto same = std::find_if(match.nodes.begin(), match.nodes.end(),
                                   [&](const BoundNode& bound) { return bound.name == *node.variable; });
    if (same != match.nodes.end()) {
      index = static_cast<std::size_t>(same - match.nodes.begin());
    } else if (const Variable* variable = find(*node.variable)) {
      if (variable->kind != Kind::node && variable->kind != Kind::value) {
        source_.fail(node.offset, fmt::format("`{}` is a {}, not a node", *node.variable,
                                              variable->kind == Kind::path ? "path"
                                              : is_scalar(variable->kind)  ? "value"
                                                                           : "relationship"));
      }
      match.nodes.push_back({variable->slot, *node.variable, node.offset, true, {}, false});
    } else {
      if (!introduce) {
        source_.fail(node.offset,
                     fmt::format("a pattern predicate cannot introduce the variable `{}`: use one bound before, "
                                 "or leave the node anonymous",
                                 *node.variable));
      }
      const std::uint32_t slot = new_slot();
      declare(*node.variable, slot, Kind::node, node.offset);
      match.nodes.push_back({slot, *node.variable, node.offset, false, {}, false});
    }
  } else {
    match.nodes.push_back({new_slot(), "", node.offset, false, {}, false});
  }
  bind_node_labels(node, match.nodes[index]);
  if (node.properties) {
    bind_properties(*node.properties, match.nodes[index].slot, match.nodes[index].name, Kind::node, match);
  }
  return index;
}

void Binder::bind_node_labels(const NodePattern& node, BoundNode& bound) {
  for (std::size_t i = 0; i < node.labels.size(); ++i) {
    const std::string& label = node.labels[i];
    const std::optional<graph::TypeId> type = find_type(label);
    if (!type) {
      warn(node.label_offsets[i],
           fmt::format("unknown label `{}`: no node has this type, so the pattern matches nothing{}", label,
                       suggest(label, type_names())));
      bound.impossible = true;
    } else if (bound.type && *bound.type != *type) {
      warn(node.label_offsets[i],
           fmt::format("a kg node has exactly one label (its type): a node labelled both `{}` and `{}` never matches",
                       graph_.type_name(*bound.type), label));
      bound.impossible = true;
    } else {
      bound.type = type;
    }
  }
}

void Binder::bind_properties(const Expr& properties, std::uint32_t slot, const std::string& name, Kind kind,
                             BoundMatch& match) {
  const auto element = [&] { return std::make_unique<SlotRef>(properties.begin, slot, name.empty() ? "_" : name); };
  if (properties.kind == ExprKind::parameter) {  // openCypher: InvalidParameterUse
    source_.fail(
        properties.begin,
        fmt::format("a parameter cannot stand for a pattern's properties: write {{key: ${}.key}}", properties.name));
  }
  for (std::size_t i = 0; i < properties.names.size(); ++i) {
    const std::string& key = properties.names[i];
    const bool builtin = kind == Kind::node ? is_node_builtin(key) : is_relationship_builtin(key);
    if (!builtin) {  // the graph's keys are listed only for a key that is not built in
      const std::vector<std::string>& known = kind == Kind::node ? node_keys() : relationship_keys();
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        warn(properties.children[i]->begin,
             fmt::format("unknown property key `{}`: no {} has it{}", key, kind == Kind::node ? "node" : "relationship",
                         suggest(key, known)));
      }
    }
    match.predicates.push_back(make_binary(properties.begin, Op::eq, make_property(properties.begin, element(), key),
                                           bind_expression(*properties.children[i], {.clause = "a pattern"})));
  }
}

void Binder::bind_rel(const RelPattern& rel, const PathPattern& path, std::size_t left, std::size_t right,
                      BoundMatch& match, bool introduce) {
  BoundRel bound;
  bound.offset = rel.offset;
  bound.left = left;
  bound.right = right;
  bound.direction = rel.direction;
  bound.variable_length = rel.variable_length || path.kind != PathKind::plain;
  bound.shortest = path.kind;
  const Kind kind = bound.variable_length ? Kind::relationship_list : Kind::relationship;
  if (rel.variable) {
    bound.name = *rel.variable;
    const bool twice = std::any_of(match.rels.begin(), match.rels.end(),
                                   [&](const BoundRel& other) { return other.name == *rel.variable; });
    if (twice) {
      source_.fail(rel.offset,
                   fmt::format("the relationship variable `{}` is used twice in one MATCH: each relationship of a "
                               "pattern is a different one",
                               *rel.variable));
    }
    if (const Variable* variable = find(*rel.variable)) {
      if (variable->kind == Kind::node || variable->kind == Kind::path || is_scalar(variable->kind) ||
          bound.variable_length) {
        source_.fail(rel.offset, fmt::format("`{}` is already defined as a {}", *rel.variable,
                                             variable->kind == Kind::node   ? "node"
                                             : variable->kind == Kind::path ? "path"
                                             : is_scalar(variable->kind)    ? "value"
                                                                            : "variable"));
      }
      bound.slot = variable->slot;
      bound.bound_before = true;
    } else {
      if (!introduce) {
        source_.fail(rel.offset, fmt::format("a pattern predicate cannot introduce the variable `{}`", *rel.variable));
      }
      bound.slot = new_slot();
      declare(*rel.variable, bound.slot, kind, rel.offset);
    }
  } else {
    bound.slot = new_slot();
    bound.anonymous_list = bound.variable_length;
  }
  for (std::size_t i = 0; i < rel.types.size(); ++i) {
    if (const std::optional<graph::PredicateId> predicate = find_predicate(rel.types[i])) {
      bound.types.push_back(*predicate);
    } else {
      warn(rel.type_offsets[i], fmt::format("unknown relationship type `{}`: no relationship has this predicate{}",
                                            rel.types[i], suggest(rel.types[i], predicate_names())));
    }
  }
  bound.impossible = !rel.types.empty() && bound.types.empty();
  if (bound.variable_length) {
    bound.min_hops = rel.min_hops.value_or(1);
    bound.implicit_max = !rel.max_hops && rel.variable_length;
    bound.max_hops = rel.max_hops.value_or(path.kind == PathKind::plain ? std::max(bound.min_hops, max_hops_)
                                                                        : std::numeric_limits<std::uint32_t>::max());
    if (!rel.variable_length) bound.max_hops = 1;
  }
  if (path.kind != PathKind::plain) {
    if (bound.min_hops > 1) {
      source_.fail(rel.range_offset, "a shortest path starts at 0 or 1 hops: write *0.. or *1..");
    }
    if (rel.properties) {
      source_.fail(rel.properties->begin, "property maps are not supported inside shortestPath/allShortestPaths");
    }
  }
  if (rel.properties) {
    if (bound.variable_length) {
      if (rel.properties->kind != ExprKind::map)
        bind_properties(*rel.properties, bound.slot, "", Kind::relationship, match);
      for (std::size_t i = 0; i < rel.properties->names.size(); ++i) {
        bound.each_properties.emplace_back(rel.properties->names[i],
                                           bind_expression(*rel.properties->children[i], {.clause = "a pattern"}));
      }
    } else {
      bind_properties(*rel.properties, bound.slot, bound.name, Kind::relationship, match);
    }
  }
  match.rels.push_back(std::move(bound));
}

std::unique_ptr<BoundMatch> Binder::bind_pattern_expression(const PathPattern& path, bool introduce) {
  auto match = std::make_unique<BoundMatch>();
  match->offset = path.offset;
  bind_path(path, *match, introduce);
  return match;
}

}  // namespace kg::cypher::detail
