#pragma once
// GraphBuilder's implementation, shared by its two halves: the intake of records (builder.cpp) and the resolution
// of references and the build (builder_resolve.cpp).
#include <absl/container/flat_hash_map.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "builder_state.h"
#include "decisions.h"
#include "kg/graph/builder.h"

namespace kg::graph {

class GraphBuilder::Impl {
 public:
  explicit Impl(BuildOptions options) : names_(state_.strings) { state_.options = std::move(options); }

  detail::BuilderState state_;

  std::uint32_t add_entity(const EntityRecord& entity);
  void add_source(const SourceRecord& source, const RecordLocation& at);
  void add_source_id(std::string_view id, const RecordLocation& at) {
    if (!id.empty()) state_.sources.id_only[source_id(id, at)] = true;
  }
  void add_fact(const FactRecord& fact);
  Graph build();

 private:
  using VocabularyIds = absl::flat_hash_map<std::string_view, std::uint16_t, detail::StringHash>;
  std::uint16_t vocabulary_id(std::vector<std::uint32_t>& names, VocabularyIds& ids, std::string_view name,
                              const RecordLocation& at, std::string_view what);
  std::uint32_t source_id(std::string_view key, const RecordLocation& at);
  /// The fact column value of a reference that declares an entity; for one by text, checks the text (which
  /// defer_reference then interns).
  std::uint32_t reference(const Reference& ref, const RecordLocation& fact_at, std::string_view role);
  /// Queues `text` to be interned into the subject (slot 2i) or object (slot 2i + 1) of fact i, with others.
  void defer_reference(std::string_view text, std::size_t slot);
  /// Interns the queued reference texts together, their table lookups prefetched ahead of the probes: the
  /// references of a few hundred facts cost a few memory latencies rather than one each.
  void intern_deferred();
  static constexpr std::size_t kDeferredReferences = 256;
  std::vector<detail::StoredProperty> store_properties(
      const std::vector<std::pair<std::string_view, PropertyValue>>& props);
  void register_name(StringId name, std::uint32_t entity);
  void add_alias(std::uint32_t entity, std::string_view alias);
  void merge_entity(std::uint32_t entity, const EntityRecord& record);
  std::uint32_t create_entity(StringId key_id, std::string_view key, std::string_view type, std::string_view name,
                              const RecordLocation& at);
  EntityRecord persist(const EntityRecord& record);  // views re-pointed into the interner
  std::uint32_t resolve_inline(const EntityRecord& record);
  /// The entity of fact `fact`'s subject or (with `object`) object, `reference` in its column.
  std::uint32_t resolve(std::uint32_t reference, std::size_t fact, bool object,
                        const std::vector<std::uint32_t>& inline_entities);
  static constexpr std::uint32_t kAmbiguous = UINT32_MAX - 1;
  /// The entity `text` denotes by folded id, name or alias, where candidates in one group of early_groups_ count
  /// as one; EntityByString::kNone when unknown, kAmbiguous when several remain (all of them in `candidates`).
  std::uint32_t lookup(std::string_view text, std::span<const std::uint32_t>& candidates);
  /// Resolves the ids of every decision; with `complete`, an unknown or ambiguous id is an error, otherwise the
  /// same_as decisions join what is known so far into early_groups_.
  void resolve_decisions(bool complete);
  /// "; did you mean ...?" naming the entities nearest to `text`, or "" (also after kSuggestedUnknowns calls).
  std::string did_you_mean(std::string_view text);
  InputError ambiguous(std::string_view text, std::span<const std::uint32_t> candidates,
                       const RecordLocation& at) const;

  detail::EntityIndex names_;        // folded id, name and aliases -> entities
  detail::EntityByString by_key_;    // exact id -> entity
  detail::EntityByString resolved_;  // reference text -> entity it resolved to
  // Keyed by views into the interner: one lookup of a short string, no interning on a hit.
  VocabularyIds type_ids_, predicate_ids_;
  absl::flat_hash_map<std::string_view, std::uint32_t, detail::StringHash> source_ids_;  // source key -> SourceId
  std::vector<EntityRecord> inline_;        // inline entities without an id, resolved in build()
  std::string deferred_text_;               // the texts defer_reference queued, one after another
  std::vector<std::size_t> deferred_end_;   // where each ends in deferred_text_
  std::vector<std::size_t> deferred_slot_;  // the fact column slot each goes to
  std::string fold_buffer_;
  detail::EntityGroups early_groups_;  // entities same_as joins, as far as they are known before resolution
  std::size_t suggested_ = 0;          // did_you_mean calls so far
  static constexpr std::size_t kSuggestedUnknowns = 100;
};

}  // namespace kg::graph
