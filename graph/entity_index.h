#pragma once
// EntityIndex: which entities a folded name (id, name or alias after fold_name) denotes. Most names denote one
// entity; a name shared by several keeps them all, so a reference to it can be reported as ambiguous. It holds no
// text: an entry is a name's 32-bit hash, its string and its entity, sorted by hash once lookups begin (names
// added later wait in a small hash table until the next sort), and a lookup folds the few names whose hash
// matches to compare them. 16 bytes a name, where a table of the folded names took about 60.
#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "string_interner.h"

namespace kg::graph::detail {

class EntityIndex {
 public:
  /// A folded name several entities have, with those entities in the order they were added.
  struct Shared {
    std::string folded;
    std::vector<std::uint32_t> entities;
  };

  /// `strings` holds every name added; it must outlive the index.
  explicit EntityIndex(const StringInterner& strings) : strings_(&strings) {}

  /// Records that `folded`, the folded form of string `name`, denotes `entity`.
  void add(std::string_view folded, StringId name, std::uint32_t entity);
  /// The entities `folded` denotes, each once, in the order they were added; empty when none. Valid until the
  /// next call.
  std::span<const std::uint32_t> find(std::string_view folded);
  /// Every folded name that denotes several entities, in the order they became shared.
  std::vector<Shared> shared();
  /// Up to `limit` entities with a name within suggestion_radius(folded) of `folded`, nearest first (ties in the
  /// order the entities were created). A scan of every name (folded once, at the first call): call it for the few
  /// names a user is shown.
  std::vector<std::uint32_t> nearest(std::string_view folded, std::size_t limit);

 private:
  struct Entry {
    std::uint32_t hash;
    std::uint32_t name;  // StringId
    std::uint32_t entity;
    std::uint32_t order;  // when it was added
  };
  /// Entities in the order first added, each once.
  struct DistinctEntities {
    std::vector<std::uint32_t> list;
    bool ascending = true;                   // list is in increasing order
    absl::flat_hash_set<std::uint32_t> set;  // list as a set, once it is long and not ascending
    bool is_new(std::uint32_t entity);
    void add(std::uint32_t entity);  // one is_new() said was new
    void clear();
  };
  static std::uint32_t hash(std::string_view folded);
  static bool before(const Entry& a, const Entry& b);  // sorted_'s order
  /// Moves the entries added since the last sort into sorted_.
  void sort_added();
  /// Appends the entity of `entry` to found_ when its name folds to `folded` and found_ does not have it yet.
  void collect(const Entry& entry, std::string_view folded);
  /// The folded form of the entry's name, valid until the next call.
  std::string_view folded_name(const Entry& entry);
  /// Fills folded_by_order_ and entity_by_order_ up to the last entry added.
  void fold_all();

  const StringInterner* strings_;
  std::vector<Entry> sorted_;  // by hash, then order
  std::vector<Entry> added_;   // since the last sort, in order
  // Once lookups have begun, the entries of added_ by hash: the last one's position, and each one's predecessor.
  absl::flat_hash_map<std::uint32_t, std::uint32_t> last_added_;
  std::vector<std::uint32_t> previous_added_;
  bool looked_up_ = false;
  std::uint32_t next_order_ = 0;
  DistinctEntities found_;  // of the last find()
  // For nearest(), built at its first call: every entry's folded name and entity, in the order they were added.
  StringArena folded_names_;
  std::vector<std::string_view> folded_by_order_;
  std::vector<std::uint32_t> entity_by_order_;
  std::string fold_buffer_;            // the folded form of...
  std::uint32_t folded_ = UINT32_MAX;  // ...this string
};

}  // namespace kg::graph::detail
