#include "entity_index.h"

#include <algorithm>
#include <utility>

#include "kg/graph/name_fold.h"

namespace kg::graph::detail {

void EntityIndex::add(std::string_view folded, std::uint32_t entity) {
  const std::uint64_t hash = StringMap::hash(folded);
  std::uint32_t* const found = index_.find(folded, hash);
  if (found == nullptr) {
    index_.insert(arena_.store(folded), hash, entity);
    return;
  }
  std::uint32_t& value = *found;
  if ((value & kShared) == 0) {
    if (value == entity) return;
    shared_.push_back({arena_.store(folded), {value, entity}, value < entity});
    value = kShared | static_cast<std::uint32_t>(shared_.size() - 1);
    return;
  }
  // Entities are mostly added in the order they are created, so a name that 100,000 of them share costs a
  // comparison each, not a search of the list.
  Shared& shared = shared_[value & ~kShared];
  std::vector<std::uint32_t>& entities = shared.entities;
  if (!(shared.ascending && entity > entities.back())) {
    if (std::find(entities.begin(), entities.end(), entity) != entities.end()) return;
    shared.ascending = shared.ascending && entity > entities.back();
  }
  entities.push_back(entity);
}

std::span<const std::uint32_t> EntityIndex::find(std::string_view folded) const {
  const std::uint32_t* const found = index_.find(folded, StringMap::hash(folded));
  if (found == nullptr) return {};
  if ((*found & kShared) == 0) return {found, 1};
  return shared_[*found & ~kShared].entities;
}

std::vector<std::uint32_t> EntityIndex::nearest(std::string_view folded, std::size_t limit) const {
  const std::size_t radius = suggestion_radius(folded);
  std::vector<std::pair<std::size_t, std::uint32_t>> scored;  // (distance, entity)
  index_.for_each([&](std::string_view name, std::uint32_t) {
    const std::size_t distance = edit_distance(folded, name, radius);
    if (distance > radius) return;
    for (const std::uint32_t entity : find(name)) scored.emplace_back(distance, entity);
  });
  std::sort(scored.begin(), scored.end());
  std::vector<std::uint32_t> entities;
  for (const auto& [distance, entity] : scored) {
    if (entities.size() == limit) break;
    if (std::find(entities.begin(), entities.end(), entity) == entities.end()) entities.push_back(entity);
  }
  return entities;
}

}  // namespace kg::graph::detail
