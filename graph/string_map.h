#pragma once
// StringMap: strings to 32-bit values, for the builder's hottest lookups (interning, the folded-name index).
// Open addressing with linear probing; each slot keeps the string's full hash and length, and the string itself when
// it is short (an id, most names) or else its address: a hit on a short string reads one slot and nothing else.
#include <cstdint>
#include <string_view>
#include <vector>

namespace kg::graph::detail {

class StringMap {
 public:
  /// XXH3-64 of `text`, inlined here (the shared library's call and dispatch cost as much as a short key's hash).
  static std::uint64_t hash(std::string_view text);

  /// The value of `text` (whose hash is `hash`), or nullptr.
  std::uint32_t* find(std::string_view text, std::uint64_t hash);
  const std::uint32_t* find(std::string_view text, std::uint64_t hash) const {
    return const_cast<StringMap*>(this)->find(text, hash);
  }
  /// Adds `text`, which is not in the map and whose bytes outlive it, with `value`.
  void insert(std::string_view text, std::uint64_t hash, std::uint32_t value);
  /// Starts loading the slot where a lookup of `hash` begins.
  void prefetch(std::uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & mask_]);
  }
  std::size_t size() const { return size_; }

  /// Calls `visit(text, value)` for every entry, in no particular order.
  template <class Visit>
  void for_each(Visit&& visit) const {
    for (const Slot& slot : slots_) {
      if (slot.used()) visit(std::string_view(slot.begin(), slot.size()), slot.value);
    }
  }

 private:
  static constexpr std::size_t kInline = 16;  // strings up to this long are kept in their slot
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t size_plus_one = 0;  // 0: the slot is empty
    std::uint32_t value = 0;
    union {
      char bytes[kInline];
      const char* data;
    } text{};
    bool used() const { return size_plus_one != 0; }
    std::size_t size() const { return size_plus_one - 1; }
    const char* begin() const { return size() <= kInline ? text.bytes : text.data; }
  };
  static_assert(sizeof(Slot) == 32, "two slots to a cache line");
  void grow();

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace kg::graph::detail
