#pragma once
// Applying the analyst's decisions in GraphBuilder::build(): same_as joins entities into groups (checked against
// types and different_from decisions), then each group becomes one entity. Private to graph/.
#include <cstdint>
#include <vector>

#include "builder_state.h"

namespace kg::graph::detail {

/// Union-find over entity indexes: which entities same_as decisions make one. Entities never joined are their own
/// group, whatever their number.
class EntityGroups {
 public:
  /// The group's representative.
  std::uint32_t find(std::uint32_t entity);
  /// Makes one group of the groups of `a` and `b`.
  void join(std::uint32_t a, std::uint32_t b);

 private:
  std::vector<std::uint32_t> parent_;  // parent_[e] == e for a representative; entities past the end are alone
};

/// Checks a decision record and keeps it in state.decisions: two or more distinct non-empty ids and a reason, or an
/// InputError at the record.
void add_decision(BuilderState& state, const DecisionRecord& decision);

/// Warns, at the declaration of the last of them, about every folded id, name or alias that entities of several
/// groups share (`shared`, from EntityIndex::shared): a reference to it will be ambiguous.
void warn_shared_names(const BuilderState& state, const std::vector<EntityIndex::Shared>& shared, EntityGroups& groups);

/// Joins the entities of every same_as (state.decisions.entities, resolved) in input order. Throws InputError,
/// citing the same_as and the other record, when a same_as joins entities declared with two types, or entities a
/// different_from (anywhere in the input) says are different; or when a different_from names one entity twice.
EntityGroups apply_decisions(const BuilderState& state);

/// Makes each group of several entities one entity: the first id of the group's first same_as gives it its id,
/// name and type (or the first member that declares them), the other members' names and aliases become aliases,
/// their properties are added (the first value of a key kept, with a warning on a conflict), and their ids are
/// kept in state.merged_node / merged_id. Rewrites state.entities and state.decisions.entities (now nodes), and
/// returns the node of every former entity.
std::vector<std::uint32_t> merge_entities(BuilderState& state, EntityGroups& groups);

}  // namespace kg::graph::detail
