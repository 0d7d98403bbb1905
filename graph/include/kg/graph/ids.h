#pragma once
/// Strong integer ids for the graph's elements, so a node index is never passed where an edge index is expected.
#include <compare>
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

}  // namespace kg::graph

template <class Tag, class Rep>
struct std::hash<kg::graph::StrongId<Tag, Rep>> {
  std::size_t operator()(kg::graph::StrongId<Tag, Rep> id) const noexcept { return std::hash<Rep>{}(id.value); }
};
