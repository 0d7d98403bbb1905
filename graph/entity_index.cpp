#include "entity_index.h"

#include <algorithm>

namespace kg::graph::detail {

void EntityIndex::add(std::string_view folded, std::uint32_t entity) {
  const auto found = index_.find(folded);
  if (found == index_.end()) {
    index_.emplace(arena_.store(folded), entity);
    return;
  }
  std::uint32_t& value = found->second;
  if ((value & kShared) == 0) {
    if (value == entity) return;
    shared_.push_back({value, entity});
    value = kShared | static_cast<std::uint32_t>(shared_.size() - 1);
    return;
  }
  std::vector<std::uint32_t>& entities = shared_[value & ~kShared];
  if (std::find(entities.begin(), entities.end(), entity) == entities.end()) entities.push_back(entity);
}

std::span<const std::uint32_t> EntityIndex::find(std::string_view folded) const {
  const auto found = index_.find(folded);
  if (found == index_.end()) return {};
  if ((found->second & kShared) == 0) return {&found->second, 1};
  return shared_[found->second & ~kShared];
}

}  // namespace kg::graph::detail
