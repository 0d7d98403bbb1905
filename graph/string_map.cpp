#include "string_map.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cstring>
#include <stdexcept>

namespace kg::graph::detail {
std::uint64_t StringMap::hash(std::string_view text) { return XXH3_64bits(text.data(), text.size()); }

std::uint32_t* StringMap::find(std::string_view text, std::uint64_t hash) {
  if (slots_.empty()) return nullptr;
  for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
    Slot& slot = slots_[i];
    if (!slot.used()) return nullptr;
    if (slot.hash == hash && slot.size() == text.size() && std::memcmp(slot.begin(), text.data(), text.size()) == 0) {
      return &slot.value;
    }
  }
}

void StringMap::insert(std::string_view text, std::uint64_t hash, std::uint32_t value) {
  if (text.size() >= UINT32_MAX) throw std::length_error("a string of more than 4 GiB");
  if ((size_ + 1) * 4 > slots_.size() * 3) grow();  // at most 3/4 full
  std::size_t i = hash & mask_;
  while (slots_[i].used()) i = (i + 1) & mask_;
  Slot& slot = slots_[i];
  slot = {hash, static_cast<std::uint32_t>(text.size() + 1), value, {}};
  if (text.size() <= kInline) {
    if (!text.empty()) std::memcpy(slot.text.bytes, text.data(), text.size());
  } else {
    slot.text.data = text.data();
  }
  ++size_;
}

void StringMap::grow() {
  std::vector<Slot> old(slots_.empty() ? 16 : slots_.size() * 2);
  old.swap(slots_);
  mask_ = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (!slot.used()) continue;
    std::size_t i = slot.hash & mask_;
    while (slots_[i].used()) i = (i + 1) & mask_;
    slots_[i] = slot;
  }
}

}  // namespace kg::graph::detail
