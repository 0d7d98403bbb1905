#pragma once
/// Strong integer ids for the graph's elements, so a node index is never passed where an edge index is expected.
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>

namespace kg::graph {

template <class Tag, class Rep = std::uint32_t>
struct StrongId {
  using rep_type = Rep;
  Rep value = 0;
  constexpr StrongId() = default;
  constexpr explicit StrongId(Rep v) : value(v) {}
  friend constexpr auto operator<=>(StrongId, StrongId) = default;
};

using NodeId = StrongId<struct NodeTag>;                 ///< index of an entity, 0..node_count()-1
using EdgeId = StrongId<struct EdgeTag>;                 ///< index of a merged (subject, predicate, object) edge
using ProvenanceId = StrongId<struct ProvenanceTag>;     ///< index of one statement of a fact
using StringId = StrongId<struct StringTag>;             ///< index into the interned string pool; 0 is ""
using TypeId = StrongId<struct TypeTag, std::uint16_t>;  ///< node type (Person, Organization, ...)
using PredicateId = StrongId<struct PredicateTag, std::uint16_t>;  ///< edge type (father_of, member, ...)
using SourceId = StrongId<struct SourceTag>;                       ///< a source document; 0 means "no source given"
using DecisionId = StrongId<struct DecisionTag>;                   ///< a same_as or different_from decision

/// The ids first..last-1 of one kind, as a range: `for (ProvenanceId p : graph.provenance(edge))`.
template <class Id>
class IdRange {
 public:
  class iterator {
   public:
    using value_type = Id;
    using difference_type = std::ptrdiff_t;
    constexpr iterator() = default;
    constexpr explicit iterator(typename Id::rep_type value) : value_(value) {}
    constexpr Id operator*() const { return Id{value_}; }
    constexpr iterator& operator++() {
      ++value_;
      return *this;
    }
    constexpr iterator operator++(int) {
      iterator before = *this;
      ++value_;
      return before;
    }
    friend constexpr bool operator==(iterator, iterator) = default;

   private:
    typename Id::rep_type value_ = 0;
  };

  constexpr IdRange(Id first, Id last) : first_(first), last_(last) {}
  constexpr iterator begin() const { return iterator(first_.value); }
  constexpr iterator end() const { return iterator(last_.value); }
  constexpr std::size_t size() const { return last_.value - first_.value; }
  constexpr bool empty() const { return first_ == last_; }
  /// The first id; the range must not be empty.
  constexpr Id front() const { return first_; }

 private:
  Id first_, last_;
};

}  // namespace kg::graph

template <class Tag, class Rep>
struct std::hash<kg::graph::StrongId<Tag, Rep>> {
  std::size_t operator()(kg::graph::StrongId<Tag, Rep> id) const noexcept { return std::hash<Rep>{}(id.value); }
};
