#include "string_interner.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace kg::graph::detail {
namespace {

constexpr std::uint32_t kEmptyId = 0;

}  // namespace

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

StringInterner::StringInterner() { strings_.emplace_back(); }

StringId StringInterner::intern(std::string_view text) {
  if (text.empty()) return StringId{0};
  const std::uint64_t hash = StringMap::hash(text);
  if (const std::uint32_t* found = index_.find(text, hash)) return StringId{*found};
  return add(text, hash);
}

void StringInterner::intern(std::span<const std::string_view> texts, std::span<StringId> ids) {
  constexpr std::size_t kAhead = 16;  // lookups in flight: about what a core's line fill buffers hold
  hashes_.resize(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    hashes_[i] = StringMap::hash(texts[i]);
    if (i < kAhead) index_.prefetch(hashes_[i]);
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (i + kAhead < texts.size()) index_.prefetch(hashes_[i + kAhead]);
    const std::string_view text = texts[i];
    const std::uint32_t* found = text.empty() ? &kEmptyId : index_.find(text, hashes_[i]);
    ids[i] = found != nullptr ? StringId{*found} : add(text, hashes_[i]);
  }
}

StringId StringInterner::add(std::string_view text, std::uint64_t hash) {
  if (released_) throw std::logic_error("StringInterner: a new string interned after release_index()");
  if (strings_.size() >= UINT32_MAX - 1) throw std::length_error("more than 4 billion distinct strings");
  const std::string_view stored = arena_.store(text);
  const auto id = static_cast<std::uint32_t>(strings_.size());
  strings_.push_back(stored);
  index_.insert(stored, hash, id);
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
