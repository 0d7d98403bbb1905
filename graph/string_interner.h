#pragma once
// StringInterner: gives each distinct string one StringId (0 is ""), storing the bytes once in an arena.
// Lookups take string_views into a StringMap: no allocation per lookup, one slot and the bytes read per hit.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "kg/graph/columns.h"
#include "kg/graph/ids.h"
#include "string_map.h"

namespace kg::graph::detail {

/// XXH3 for string keys: several times faster than the std::hash that Debian's abseil falls back to.
struct StringHash {
  std::size_t operator()(std::string_view text) const { return StringMap::hash(text); }
};

/// Stable storage for string bytes: views into it stay valid for the arena's life.
class StringArena {
 public:
  std::string_view store(std::string_view text);
  /// Stores `text` after its length (LEB128), so that one pointer denotes it: 8 bytes where a view takes 16.
  const char* store_counted(std::string_view text);
  /// The text store_counted stored at `counted`.
  static std::string_view read_counted(const char* counted) {
    std::size_t size = 0;
    for (unsigned shift = 0;; shift += 7) {
      const auto byte = static_cast<unsigned char>(*counted++);
      size |= std::size_t{byte & 0x7FU} << shift;
      if (byte < 0x80) break;
    }
    return {counted, size};
  }

 private:
  char* reserve(std::size_t size);  // `size` bytes in the current block, or a new one

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cursor_ = nullptr;
  std::size_t left_ = 0;
};

class StringInterner {
 public:
  StringInterner();
  StringId intern(std::string_view text);
  /// Interns each of `texts` into `ids`, their lookups overlapped (each slot prefetched a few lookups ahead).
  void intern(std::span<const std::string_view> texts, std::span<StringId> ids);
  /// Stores `text` under a new id without looking for an equal string (for quotes, which rarely repeat).
  StringId append(std::string_view text);
  std::string_view view(StringId id) const { return StringArena::read_counted(strings_[id.value]); }
  /// Frees the lookup table once nothing more is interned: view() and write_pool() still work, intern() must not
  /// be called again.
  void release_index() {
    index_ = {};
    released_ = true;
  }
  std::size_t size() const { return strings_.size(); }
  /// Writes the pool as the graph stores it: offsets (size()+1 entries, carried past each 4 GiB: see
  /// kg/graph/columns.h) into one byte array.
  void write_pool(std::vector<std::uint32_t>& offsets, std::vector<std::uint32_t>& carries,
                  std::vector<char>& bytes) const;

 private:
  StringArena arena_;
  std::vector<const char*> strings_;  // by id, from StringArena::store_counted
  StringMap index_;
  std::vector<std::uint64_t> hashes_;  // scratch for the batch intern
  bool released_ = false;
  StringId add(std::string_view text, std::uint64_t hash);
};

/// A dense map from interned strings to entity indexes: string ids are small and dense, so a vector beats a hash.
class EntityByString {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  std::uint32_t get(StringId id) const { return id.value < entity_.size() ? entity_[id.value] : kNone; }
  void set(StringId id, std::uint32_t entity) {
    if (id.value >= entity_.size()) entity_.resize(std::max<std::size_t>(id.value + 1, entity_.size() * 2), kNone);
    entity_[id.value] = entity;
  }

 private:
  std::vector<std::uint32_t> entity_;
};

}  // namespace kg::graph::detail
