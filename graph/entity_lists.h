#pragma once
// EntityLists: a short list per entity (its aliases, its properties) in one shared pool. An entity's list is a
// block of the pool whose capacity is the power of two at or above its size; a list that outgrows its block
// moves to the end of the pool. Most entities have no list or a short one fixed when they are declared, so an
// entity costs 8 bytes and its elements, where a std::vector each cost 24 bytes and a heap block.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <vector>

namespace kg::graph::detail {

template <class T>
class EntityLists {
 public:
  std::size_t size() const { return begin_.size(); }
  /// A new, empty list at the end.
  void add_list() {
    begin_.push_back(0);
    size_.push_back(0);
  }
  std::span<const T> operator[](std::size_t list) const { return {pool_.data() + begin_[list], size_[list]}; }
  void push_back(std::size_t list, const T& value) {
    const std::uint32_t size = size_[list];
    if (size == capacity(size)) {  // full: move to a block twice as large at the end of the pool
      const std::size_t begin = pool_.size();
      const std::size_t grown = size == 0 ? 1 : std::size_t{2} * size;
      if (begin + grown > UINT32_MAX) throw std::length_error("more than 4 billion aliases or properties");
      pool_.resize(begin + grown);
      std::copy(pool_.begin() + begin_[list], pool_.begin() + begin_[list] + size, pool_.begin() + begin);
      begin_[list] = static_cast<std::uint32_t>(begin);
    }
    pool_[begin_[list] + size] = value;
    size_[list] = size + 1;
  }
  /// Replaces a list's elements with `values` (which must not view this pool).
  void assign(std::size_t list, std::span<const T> values) {
    size_[list] = 0;
    for (const T& value : values) push_back(list, value);
  }

 private:
  static std::uint32_t capacity(std::uint32_t size) { return size == 0 ? 0 : std::bit_ceil(size); }

  std::vector<std::uint32_t> begin_, size_;  // per list: where its block starts in pool_, how many it holds
  std::vector<T> pool_;
};

}  // namespace kg::graph::detail
