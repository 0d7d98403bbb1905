#include "string_interner.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace kg::graph::detail {

std::size_t StringHash::operator()(std::string_view text) const { return XXH3_64bits(text.data(), text.size()); }

std::string_view StringArena::store(std::string_view text) {
  // Blocks double from 4 KiB to 1 MiB, uninitialised: a small input (a test's, a fuzzer's) costs a small block.
  static constexpr std::size_t kFirstBlock = 4 << 10, kLargestBlock = 1 << 20;
  if (text.size() > left_) {
    const std::size_t grown = std::min(kLargestBlock, kFirstBlock << std::min<std::size_t>(blocks_.size(), 8));
    const std::size_t size = std::max(grown, text.size());
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    cursor_ = blocks_.back().get();
    left_ = size;
  }
  if (!text.empty()) std::memcpy(cursor_, text.data(), text.size());
  std::string_view stored(cursor_, text.size());
  cursor_ += text.size();
  left_ -= text.size();
  return stored;
}

StringInterner::StringInterner() {
  strings_.emplace_back();
  index_.emplace(std::string_view{}, 0);
}

StringId StringInterner::intern(std::string_view text) {
  const auto found = index_.find(text);
  if (found != index_.end()) return StringId{found->second};
  if (strings_.size() >= UINT32_MAX - 1) throw std::length_error("more than 4 billion distinct strings");
  const std::string_view stored = arena_.store(text);
  const auto id = static_cast<std::uint32_t>(strings_.size());
  strings_.push_back(stored);
  index_.emplace(stored, id);
  return StringId{id};
}

StringId StringInterner::append(std::string_view text) {
  if (text.empty()) return StringId{0};
  if (strings_.size() >= UINT32_MAX - 1) throw std::length_error("more than 4 billion distinct strings");
  strings_.push_back(arena_.store(text));
  return StringId{static_cast<std::uint32_t>(strings_.size() - 1)};
}

void StringInterner::write_pool(std::vector<std::uint64_t>& offsets, std::vector<char>& bytes) const {
  offsets.clear();
  offsets.reserve(strings_.size() + 1);
  std::size_t total = 0;
  for (std::string_view s : strings_) total += s.size();
  bytes.clear();
  bytes.reserve(total);
  offsets.push_back(0);
  for (std::string_view s : strings_) {
    bytes.insert(bytes.end(), s.begin(), s.end());
    offsets.push_back(bytes.size());
  }
}

}  // namespace kg::graph::detail
