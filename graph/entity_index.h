#pragma once
// EntityIndex: which entities a folded name (id, name or alias after fold_name) denotes. Most names denote one
// entity; a name shared by several keeps them all, so a reference to it can be reported as ambiguous.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "string_interner.h"
#include "string_map.h"

namespace kg::graph::detail {

class EntityIndex {
 public:
  /// A folded name several entities have, with those entities in the order they were added.
  struct Shared {
    std::string_view folded;
    std::vector<std::uint32_t> entities;
    bool ascending = true;  // entities in increasing order so far: a larger one is new without a search
  };

  /// Records that `folded` denotes `entity` (once per pair).
  void add(std::string_view folded, std::uint32_t entity);
  /// The entities `folded` denotes, in the order they were added; empty when none.
  std::span<const std::uint32_t> find(std::string_view folded) const;
  /// Every folded name that denotes several entities, in the order they became shared.
  const std::vector<Shared>& shared() const { return shared_; }
  /// Up to `limit` entities with a name within suggestion_radius(folded) of `folded`, nearest first (ties in the
  /// order the entities were created). A scan of every name: call it for the few names a user is shown.
  std::vector<std::uint32_t> nearest(std::string_view folded, std::size_t limit) const;

 private:
  static constexpr std::uint32_t kShared = 0x80000000u;  // value flag: index into shared_
  StringArena arena_;
  StringMap index_;
  std::vector<Shared> shared_;
};

}  // namespace kg::graph::detail
