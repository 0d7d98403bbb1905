#include "decisions.h"

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <fmt/format.h>

#include "kg/graph/name_fold.h"

#include <algorithm>
#include <bit>
#include <numeric>
#include <utility>

namespace kg::graph::detail {

std::uint32_t EntityGroups::find(std::uint32_t entity) {
  if (entity >= parent_.size()) return entity;
  while (parent_[entity] != entity) {
    parent_[entity] = parent_[parent_[entity]];  // path halving
    entity = parent_[entity];
  }
  return entity;
}

void EntityGroups::join(std::uint32_t a, std::uint32_t b) {
  const std::size_t needed = std::max(a, b) + std::size_t{1};
  if (parent_.size() < needed) {
    const std::size_t old = parent_.size();
    parent_.resize(needed);
    std::iota(parent_.begin() + static_cast<std::ptrdiff_t>(old), parent_.end(), static_cast<std::uint32_t>(old));
  }
  const std::uint32_t root_a = find(a);
  const std::uint32_t root_b = find(b);
  if (root_a != root_b) parent_[root_b] = root_a;
}

void add_decision(BuilderState& state, const DecisionRecord& decision) {
  const std::string_view kind = decision_kind_name(decision.kind);
  if (decision.ids.size() < 2) {
    throw InputError(state.location(decision.at),
                     fmt::format("a {} decision needs two or more \"ids\", got {}", kind, decision.ids.size()));
  }
  if (decision.reason.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw InputError(state.location(decision.at),
                     fmt::format("a {} decision needs a \"reason\" (why the entities are {})", kind,
                                 decision.kind == DecisionKind::same_as ? "one" : "different"));
  }
  if (decision.date.is_interval()) {
    throw InputError(state.location(decision.at), "a decision's date is a single date, not an interval");
  }
  std::vector<std::uint32_t> ids;
  for (const std::string_view id : decision.ids) {
    if (id.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      throw InputError(state.location(decision.at), fmt::format("a {} decision names an empty id", kind));
    }
    const std::uint32_t text = state.strings.intern(id).value;
    if (std::find(ids.begin(), ids.end(), text) != ids.end()) {
      throw InputError(state.location(decision.at), fmt::format("a {} decision names \"{}\" twice", kind, id));
    }
    ids.push_back(text);
    if (decision.kind == DecisionKind::same_as) state.decisions.same_as_names.insert(fold_name(id));
  }
  Decisions& d = state.decisions;
  d.kind.push_back(decision.kind);
  d.ids.push_back(std::move(ids));
  d.reason.push_back(state.strings.intern(decision.reason).value);
  d.author.push_back(state.strings.intern(decision.author).value);
  d.date.push_back(decision.date.packed);
  d.at.push_back(decision.at);
}

void warn_shared_names(const BuilderState& state, const std::vector<EntityIndex::Shared>& shared_names,
                       EntityGroups& groups) {
  std::vector<std::pair<std::uint32_t, std::string>> warnings;  // (entity declared last, message)
  for (const EntityIndex::Shared& shared : shared_names) {
    std::vector<std::uint32_t> apart;  // one entity per group, the first named
    absl::flat_hash_set<std::uint32_t> groups_seen;
    for (const std::uint32_t entity : shared.entities) {
      if (groups_seen.insert(groups.find(entity)).second) apart.push_back(entity);
    }
    if (apart.size() < 2) continue;
    std::string listed;
    for (const std::uint32_t entity : apart) listed += fmt::format("\n  {}", state.describe(entity));
    warnings.emplace_back(*std::max_element(apart.begin(), apart.end()),
                          fmt::format("\"{}\" is an id, name or alias of {} entities; a reference to it that is "
                                      "not exactly an id is ambiguous (cite an id, or record a same_as decision "
                                      "if they are one):{}",
                                      shared.folded, apart.size(), listed));
  }
  std::stable_sort(warnings.begin(), warnings.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [entity, message] : warnings) state.warn(state.entities.at[entity], message);
}

namespace {

std::string where(const BuilderState& state, std::uint32_t decision) {
  return state.location(state.decisions.at[decision]).to_string();
}

// The first different_from whose entities `groups` now puts in one group, as (decision, first, second entity).
struct Contradiction {
  std::uint32_t decision = UINT32_MAX;
  std::uint32_t a = 0, b = 0;
};

Contradiction contradiction(const BuilderState& state, const std::vector<std::uint32_t>& different,
                            EntityGroups& groups) {
  for (const std::uint32_t d : different) {
    const std::vector<std::uint32_t>& named = state.decisions.entities[d];
    for (std::size_t i = 0; i < named.size(); ++i) {
      for (std::size_t j = i + 1; j < named.size(); ++j) {
        if (groups.find(named[i]) == groups.find(named[j])) return {d, named[i], named[j]};
      }
    }
  }
  return {};
}

}  // namespace

EntityGroups apply_decisions(const BuilderState& state) {
  const Decisions& decisions = state.decisions;
  const Entities& e = state.entities;
  std::vector<std::uint32_t> different;
  for (std::uint32_t d = 0; d < decisions.size(); ++d) {
    if (decisions.kind[d] != DecisionKind::different_from) continue;
    different.push_back(d);
    EntityGroups alone;
    if (const Contradiction found = contradiction(state, {d}, alone); found.decision != UINT32_MAX) {
      throw InputError(state.location(decisions.at[d]),
                       fmt::format("different_from names {} twice", state.describe(found.a)));
    }
  }
  EntityGroups groups;
  // The type each group has so far, and the entity that declared it (UINT32_MAX: none declared yet).
  absl::flat_hash_map<std::uint32_t, std::uint32_t> typed_by;
  const auto declared_type = [&](std::uint32_t entity) {
    const auto found = typed_by.find(groups.find(entity));
    if (found != typed_by.end()) return found->second;
    return e.type_given[entity] ? entity : UINT32_MAX;
  };
  for (std::uint32_t d = 0; d < decisions.size(); ++d) {
    if (decisions.kind[d] != DecisionKind::same_as) continue;
    const std::vector<std::uint32_t>& named = decisions.entities[d];
    for (std::size_t i = 1; i < named.size(); ++i) {
      const std::uint32_t typed_a = declared_type(named[0]);
      const std::uint32_t typed_b = declared_type(named[i]);
      if (typed_a != UINT32_MAX && typed_b != UINT32_MAX && e.type[typed_a] != e.type[typed_b]) {
        throw InputError(state.location(decisions.at[d]),
                         fmt::format("same_as joins entities of two types: {} and {}", state.describe(typed_a),
                                     state.describe(typed_b)));
      }
      groups.join(named[0], named[i]);
      const std::uint32_t typed = typed_a != UINT32_MAX ? typed_a : typed_b;
      if (typed != UINT32_MAX) typed_by[groups.find(named[0])] = typed;
    }
    if (const Contradiction found = contradiction(state, different, groups); found.decision != UINT32_MAX) {
      throw InputError(state.location(decisions.at[d]),
                       fmt::format("same_as makes {} and {} one entity, but the different_from at {} says they "
                                   "are different",
                                   state.describe(found.a), state.describe(found.b), where(state, found.decision)));
    }
  }
  return groups;
}

namespace {

std::string property_text(const BuilderState& state, const StoredProperty& p) {
  switch (p.kind) {
    case PropertyKind::string:
      return fmt::format("\"{}\"", state.strings.view(StringId{static_cast<std::uint32_t>(p.bits)}));
    case PropertyKind::integer:
      return fmt::format("{}", static_cast<std::int64_t>(p.bits));
    case PropertyKind::real:
      return fmt::format("{}", std::bit_cast<double>(p.bits));
    case PropertyKind::boolean:
      break;
  }
  return p.bits != 0 ? "true" : "false";
}

/// The groups of several entities, in the order decisions first name them; each lists its members, first the one
/// whose id comes first in the group's first same_as, then the others in the order the decisions name them.
struct GroupMembers {
  std::vector<std::vector<std::uint32_t>> lists;
  std::vector<RecordLocation> first_at;                     // the group's first same_as
  absl::flat_hash_map<std::uint32_t, std::uint32_t> index;  // representative -> position in lists
};

GroupMembers members_of_groups(const BuilderState& state, EntityGroups& groups) {
  GroupMembers members;
  for (std::uint32_t d = 0; d < state.decisions.size(); ++d) {
    if (state.decisions.kind[d] != DecisionKind::same_as) continue;
    for (const std::uint32_t entity : state.decisions.entities[d]) {
      const auto [it, added] =
          members.index.try_emplace(groups.find(entity), static_cast<std::uint32_t>(members.lists.size()));
      if (added) {
        members.lists.emplace_back();
        members.first_at.push_back(state.decisions.at[d]);
      }
      std::vector<std::uint32_t>& list = members.lists[it->second];
      if (std::find(list.begin(), list.end(), entity) == list.end()) list.push_back(entity);
    }
  }
  return members;
}

/// Adds what `member` knows to `merged` (an entity of `into`), as merge_entities describes.
void absorb(const BuilderState& state, Entities& into, std::uint32_t merged, const Entities& from, std::uint32_t member,
            const RecordLocation& decision_at) {
  if (!into.type_given[merged] && from.type_given[member]) {
    into.type[merged] = from.type[member];
    into.type_given[merged] = true;
  }
  const auto add_alias = [&](std::uint32_t text) {
    const std::span<const std::uint32_t> aliases = into.aliases[merged];
    if (text != into.name[merged] && std::find(aliases.begin(), aliases.end(), text) == aliases.end()) {
      into.aliases.push_back(merged, text);
    }
  };
  if (!into.name_given[merged] && from.name_given[member]) {
    add_alias(into.name[merged]);  // the id it was named by
    into.name[merged] = from.name[member];
    into.name_given[merged] = true;
  } else {
    add_alias(from.name[member]);
  }
  for (const std::uint32_t alias : from.aliases[member]) add_alias(alias);
  for (const StoredProperty& property : from.props[member]) {
    const std::span<const StoredProperty> props = into.props[merged];
    const auto same_key =
        std::find_if(props.begin(), props.end(), [&](const StoredProperty& p) { return p.key == property.key; });
    if (same_key == props.end()) {
      into.props.push_back(merged, property);
    } else if (same_key->kind != property.kind || same_key->bits != property.bits) {
      state.warn(decision_at,
                 fmt::format("same_as merges \"{}\" with \"{}\", which states property \"{}\" as {}; keeping {}",
                             state.strings.view(StringId{into.key[merged]}),
                             state.strings.view(StringId{from.key[member]}), state.strings.view(StringId{property.key}),
                             property_text(state, property), property_text(state, *same_key)));
    }
  }
}

}  // namespace

std::vector<std::uint32_t> merge_entities(BuilderState& state, EntityGroups& groups) {
  const GroupMembers members = members_of_groups(state, groups);
  Entities& old = state.entities;
  std::vector<std::uint32_t> node_of(old.size());
  std::iota(node_of.begin(), node_of.end(), 0U);
  if (members.lists.empty()) return node_of;
  // The first member of each group, or UINT32_MAX for an entity in no group.
  const auto first_member = [&](std::uint32_t entity) {
    const auto group = members.index.find(groups.find(entity));
    return group == members.index.end() ? UINT32_MAX : members.lists[group->second].front();
  };
  // The nodes: every entity but the other members of groups, in entity order.
  Entities merged;
  const auto take = [&](std::uint32_t entity) {
    const auto node = static_cast<std::uint32_t>(merged.size());
    merged.key.push_back(old.key[entity]);
    merged.name.push_back(old.name[entity]);
    merged.type.push_back(old.type[entity]);
    merged.type_given.push_back(old.type_given[entity]);
    merged.name_given.push_back(old.name_given[entity]);
    merged.at.push_back(old.at[entity]);
    merged.aliases.add_list();
    merged.aliases.assign(node, old.aliases[entity]);
    merged.props.add_list();
    merged.props.assign(node, old.props[entity]);
    return node;
  };
  for (std::uint32_t entity = 0; entity < old.size(); ++entity) {
    const std::uint32_t first = first_member(entity);
    if (first == UINT32_MAX || first == entity) node_of[entity] = take(entity);
  }
  for (std::uint32_t entity = 0; entity < old.size(); ++entity) {
    const std::uint32_t first = first_member(entity);
    if (first != UINT32_MAX) node_of[entity] = node_of[first];
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> merged_ids;  // (node, id)
  for (std::size_t g = 0; g < members.lists.size(); ++g) {
    const std::vector<std::uint32_t>& list = members.lists[g];
    const std::uint32_t node = node_of[list.front()];
    for (std::size_t i = 1; i < list.size(); ++i) {
      absorb(state, merged, node, old, list[i], members.first_at[g]);
      merged_ids.emplace_back(node, old.key[list[i]]);
    }
  }
  // Sorted by node; each node's ids in the order its members were named.
  std::stable_sort(merged_ids.begin(), merged_ids.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [node, id] : merged_ids) {
    state.merged_node.push_back(node);
    state.merged_id.push_back(id);
  }
  for (std::vector<std::uint32_t>& named : state.decisions.entities) {
    for (std::uint32_t& entity : named) entity = node_of[entity];
  }
  state.entities = std::move(merged);
  return node_of;
}

}  // namespace kg::graph::detail
