#include "entity_index.h"

#include <algorithm>
#include <utility>

#include "kg/graph/name_fold.h"
#include "string_map.h"

namespace kg::graph::detail {

namespace {

constexpr std::uint32_t kNone = UINT32_MAX;

}  // namespace

bool EntityIndex::DistinctEntities::is_new(std::uint32_t entity) {
  // Entities mostly come in the order they were created: then a name 100,000 of them share costs a comparison
  // each, and otherwise a set lookup each once there are more than a few.
  constexpr std::size_t kScanned = 16;
  if (list.empty() || (ascending && entity > list.back())) return true;
  if (list.size() <= kScanned) return std::find(list.begin(), list.end(), entity) == list.end();
  if (set.empty()) set.insert(list.begin(), list.end());
  return !set.contains(entity);
}

void EntityIndex::DistinctEntities::add(std::uint32_t entity) {
  ascending = ascending && (list.empty() || entity > list.back());
  list.push_back(entity);
  if (!set.empty()) set.insert(entity);
}

void EntityIndex::DistinctEntities::clear() {
  list.clear();
  set.clear();
  ascending = true;
}

bool EntityIndex::before(const Entry& a, const Entry& b) {
  return a.hash != b.hash ? a.hash < b.hash : a.order < b.order;
}

std::uint32_t EntityIndex::hash(std::string_view folded) { return static_cast<std::uint32_t>(StringMap::hash(folded)); }

void EntityIndex::add(std::string_view folded, StringId name, std::uint32_t entity) {
  const Entry entry{hash(folded), name.value, entity, next_order_++};
  if (looked_up_) {
    auto [last, inserted] = last_added_.try_emplace(entry.hash, static_cast<std::uint32_t>(added_.size()));
    previous_added_.push_back(inserted ? kNone
                                       : std::exchange(last->second, static_cast<std::uint32_t>(added_.size())));
  }
  added_.push_back(entry);
}

void EntityIndex::sort_added() {
  std::sort(added_.begin(), added_.end(), before);
  if (sorted_.empty()) {
    sorted_ = std::move(added_);  // the first sort: the names added while reading, not copied
  } else {
    const std::size_t middle = sorted_.size();
    sorted_.insert(sorted_.end(), added_.begin(), added_.end());
    std::inplace_merge(sorted_.begin(), sorted_.begin() + static_cast<std::ptrdiff_t>(middle), sorted_.end(), before);
  }
  added_ = {};
  last_added_ = {};
  previous_added_ = {};
}

std::string_view EntityIndex::folded_name(const Entry& entry) {
  if (entry.name != folded_) {  // the entities sharing a name mostly spell it alike: folded once
    fold_buffer_.clear();
    fold_name_into(strings_->view(StringId{entry.name}), fold_buffer_);
    folded_ = entry.name;
  }
  return fold_buffer_;
}

void EntityIndex::collect(const Entry& entry, std::string_view folded) {
  if (found_.is_new(entry.entity) && folded_name(entry) == folded) found_.add(entry.entity);
}

std::span<const std::uint32_t> EntityIndex::find(std::string_view folded) {
  // Lookups and additions interleave while references are resolved: the new entries are sorted in once they
  // are an eighth of the sorted ones, so each entry is moved a bounded number of times per doubling.
  constexpr std::size_t kSortedAtLeast = 4096;
  if (!looked_up_ || added_.size() > std::max(kSortedAtLeast, sorted_.size() / 8)) sort_added();
  looked_up_ = true;
  found_.clear();
  const std::uint32_t wanted = hash(folded);
  const auto first = std::lower_bound(sorted_.begin(), sorted_.end(), wanted,
                                      [](const Entry& entry, std::uint32_t value) { return entry.hash < value; });
  for (auto at = first; at != sorted_.end() && at->hash == wanted; ++at) collect(*at, folded);
  if (const auto last = last_added_.find(wanted); last != last_added_.end()) {
    std::vector<std::uint32_t> positions;  // newest first
    for (std::uint32_t at = last->second; at != kNone; at = previous_added_[at]) positions.push_back(at);
    for (auto at = positions.rbegin(); at != positions.rend(); ++at) collect(added_[*at], folded);
  }
  return found_.list;
}

std::vector<EntityIndex::Shared> EntityIndex::shared() {
  sort_added();
  struct Found {
    std::uint32_t order;  // of the entry that made it shared
    Shared shared;
  };
  std::vector<Found> all;
  std::vector<std::pair<std::string, const Entry*>> bucket;  // (folded name, entry) of one hash
  for (auto begin = sorted_.begin(); begin != sorted_.end();) {
    auto end = begin + 1;
    while (end != sorted_.end() && end->hash == begin->hash) ++end;
    if (end - begin > 1 && std::any_of(begin + 1, end, [&](const Entry& e) { return e.entity != begin->entity; })) {
      bucket.clear();
      for (auto at = begin; at != end; ++at) bucket.emplace_back(folded_name(*at), &*at);
      // Entries of one folded name, in the order they were added (the bucket is in that order already).
      std::stable_sort(bucket.begin(), bucket.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      for (auto name = bucket.begin(); name != bucket.end();) {
        auto name_end = name + 1;
        while (name_end != bucket.end() && name_end->first == name->first) ++name_end;
        Found found{0, {name->first, {}}};
        DistinctEntities entities;
        for (auto at = name; at != name_end; ++at) {
          if (!entities.is_new(at->second->entity)) continue;
          entities.add(at->second->entity);
          if (entities.list.size() == 2) found.order = at->second->order;
        }
        found.shared.entities = std::move(entities.list);
        if (found.shared.entities.size() > 1) all.push_back(std::move(found));
        name = name_end;
      }
    }
    begin = end;
  }
  std::sort(all.begin(), all.end(), [](const Found& a, const Found& b) { return a.order < b.order; });
  std::vector<Shared> shared;
  shared.reserve(all.size());
  for (Found& found : all) shared.push_back(std::move(found.shared));
  return shared;
}

void EntityIndex::fold_all() {
  if (folded_by_order_.size() == next_order_) return;
  const std::size_t cached = folded_by_order_.size();
  folded_by_order_.resize(next_order_);
  entity_by_order_.resize(next_order_);
  for (const std::vector<Entry>* entries : {&sorted_, &added_}) {
    for (const Entry& entry : *entries) {
      if (entry.order < cached) continue;
      folded_by_order_[entry.order] = folded_names_.store(folded_name(entry));
      entity_by_order_[entry.order] = entry.entity;
    }
  }
}

std::vector<std::uint32_t> EntityIndex::nearest(std::string_view folded, std::size_t limit) {
  fold_all();
  const std::size_t radius = suggestion_radius(folded);
  std::vector<std::pair<std::size_t, std::uint32_t>> scored;  // (distance, entity)
  for (std::size_t order = 0; order < folded_by_order_.size(); ++order) {
    const std::size_t distance = edit_distance(folded, folded_by_order_[order], radius);
    if (distance <= radius) scored.emplace_back(distance, entity_by_order_[order]);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::uint32_t> entities;
  for (const auto& [distance, entity] : scored) {
    if (entities.size() == limit) break;
    if (std::find(entities.begin(), entities.end(), entity) == entities.end()) entities.push_back(entity);
  }
  return entities;
}

}  // namespace kg::graph::detail
