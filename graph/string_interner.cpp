#include "string_interner.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace kg::graph::detail {
namespace {

constexpr std::uint32_t kEmptyId = 0;

}  // namespace

char* StringArena::reserve(std::size_t size) {
  // Blocks double from 4 KiB to 1 MiB, uninitialised: a small input (a test's, a fuzzer's) costs a small block.
  static constexpr std::size_t kFirstBlock = 4 << 10, kLargestBlock = 1 << 20;
  if (size > left_) {
    const std::size_t grown = std::min(kLargestBlock, kFirstBlock << std::min<std::size_t>(blocks_.size(), 8));
    const std::size_t block = std::max(grown, size);
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(block));
    cursor_ = blocks_.back().get();
    left_ = block;
  }
  char* const reserved = cursor_;
  cursor_ += size;
  left_ -= size;
  return reserved;
}

std::string_view StringArena::store(std::string_view text) {
  char* const stored = reserve(text.size());
  if (!text.empty()) std::memcpy(stored, text.data(), text.size());
  return {stored, text.size()};
}

const char* StringArena::store_counted(std::string_view text) {
  char length[10];
  std::size_t used = 0;
  std::size_t size = text.size();
  do {
    length[used++] = static_cast<char>((size & 0x7FU) | (size >= 0x80 ? 0x80U : 0U));
    size >>= 7;
  } while (size != 0);
  char* const counted = reserve(used + text.size());
  std::memcpy(counted, length, used);
  if (!text.empty()) std::memcpy(counted + used, text.data(), text.size());
  return counted;
}

StringInterner::StringInterner() { strings_.push_back(arena_.store_counted({})); }

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
  const char* const counted = arena_.store_counted(text);
  const std::string_view stored = StringArena::read_counted(counted);
  const auto id = static_cast<std::uint32_t>(strings_.size());
  strings_.push_back(counted);
  index_.insert(stored, hash, id);
  return StringId{id};
}

StringId StringInterner::append(std::string_view text) {
  if (text.empty()) return StringId{0};
  if (strings_.size() >= UINT32_MAX - 1) throw std::length_error("more than 4 billion distinct strings");
  strings_.push_back(arena_.store_counted(text));
  return StringId{static_cast<std::uint32_t>(strings_.size() - 1)};
}

void StringInterner::write_pool(std::vector<std::uint32_t>& offsets, std::vector<std::uint32_t>& carries,
                                std::vector<char>& bytes) const {
  offsets.clear();
  carries.clear();
  offsets.reserve(strings_.size() + 1);
  std::size_t total = 0;
  for (const char* counted : strings_) total += StringArena::read_counted(counted).size();
  bytes.clear();
  bytes.reserve(total);
  offsets.push_back(0);
  for (const char* counted : strings_) {
    const std::string_view s = StringArena::read_counted(counted);
    bytes.insert(bytes.end(), s.begin(), s.end());
    push_string_offset(offsets, carries, bytes.size());
  }
}

}  // namespace kg::graph::detail
