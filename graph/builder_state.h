#pragma once
// What GraphBuilder accumulates before build(): entities, sources and facts with their references still
// unresolved. Shared by builder.cpp (intake and resolution) and assemble.cpp (turning it into the graph's columns).
#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "entity_index.h"
#include "entity_lists.h"
#include "fact_locations.h"
#include "image.h"
#include "kg/graph/builder.h"
#include "string_interner.h"

namespace kg::graph::detail {

/// A property as stored: key, kind and value bits (a string id, an integer, a double's bits, 0 or 1).
struct StoredProperty {
  std::uint32_t key;
  PropertyKind kind;
  std::uint64_t bits;
};

/// Properties merged key by key, the first value of each key kept: what an entity declared again and an edge
/// stated again both do. Linear in the properties merged, however many there are.
class PropertyMerger {
 public:
  explicit PropertyMerger(std::vector<StoredProperty>& kept) : kept_(kept) {}
  /// Keeps `property` unless its key is kept already; false when it is, with another value.
  bool add(const StoredProperty& property);

 private:
  static constexpr std::size_t kScanned = 16;  // up to this many kept properties, a scan beats hashing
  std::vector<StoredProperty>& kept_;
  absl::flat_hash_map<std::uint32_t, std::uint32_t> position_;  // key → index in kept_, once kept_ is large
};

struct Entities {
  std::vector<std::uint32_t> key, name;
  std::vector<std::uint16_t> type;
  std::vector<bool> type_given, name_given;
  std::vector<RecordLocation> at;
  EntityLists<std::uint32_t> aliases;
  EntityLists<StoredProperty> props;
  std::size_t size() const { return key.size(); }
};

struct Sources {
  std::vector<std::uint32_t> key{0}, title{0}, url{0};
  std::vector<std::int32_t> date{0};
  std::vector<std::uint8_t> reliability{0};  // packed Grade, reliability part only
  std::vector<RecordLocation> at{RecordLocation{}};
  std::vector<bool> declared{false};  // by add_source (a fact may cite a source id never declared)
  std::vector<bool> id_only{false};   // by add_source_id: cited by a format that cannot declare sources
};

/// What a fact states beyond its triple; all zero (and NaN) when it states none of it.
struct Statement {
  std::uint32_t source = 0, quote = 0;
  std::int32_t date = 0, date_end = 0;  // the PartialDate ends: packed, end
  float confidence = std::numeric_limits<float>::quiet_NaN();
  std::uint8_t grade = 0;  // packed Grade as stated (the source's reliability not yet filled in)
};

/// Facts column-wise. subject/object hold a StringId of the reference text, or kInline | index into inline refs.
/// A fact's Statement is kept only for the facts that state any of it: most state none, and cost 4 bytes for that
/// instead of 24.
struct Facts {
  static constexpr std::uint32_t kInline = 0x80000000u;
  static constexpr std::uint32_t kStatesNothing = UINT32_MAX;
  std::vector<std::uint32_t> subject, object;
  std::vector<std::uint16_t> predicate;
  std::vector<std::uint32_t> stated;     // fact i's index in statements, or kStatesNothing
  std::vector<Statement> statements;     // in the order of the facts that state something
  std::vector<std::uint32_t> props_end;  // props of fact i are props[props_end[i-1] .. props_end[i])
  std::vector<StoredProperty> props;
  FactLocations at;  // of each subject and object
  std::size_t size() const { return subject.size(); }
  const Statement& statement(std::size_t fact) const {
    static const Statement kNothing;
    return stated[fact] == kStatesNothing ? kNothing : statements[stated[fact]];
  }
};

/// Decisions column-wise, in input order.
struct Decisions {
  std::vector<DecisionKind> kind;
  std::vector<std::vector<std::uint32_t>> ids;  // StringIds of the ids as written
  std::vector<std::uint32_t> reason, author;
  std::vector<std::int32_t> date;
  std::vector<RecordLocation> at;
  /// Filled by build(): the entity each id denotes, then (after the merge) its node.
  std::vector<std::vector<std::uint32_t>> entities;
  absl::flat_hash_set<std::string> same_as_names;  // the folded ids of same_as decisions
  std::size_t size() const { return kind.size(); }
};

/// Everything the builder holds that the graph's layout needs.
struct BuilderState {
  BuildOptions options;
  std::vector<std::string> files;
  StringInterner strings;
  Entities entities;
  Sources sources;
  Facts facts;
  Decisions decisions;
  std::vector<std::uint32_t> merged_node, merged_id;       // the extra ids of merged nodes, sorted by node
  std::vector<std::uint32_t> type_names, predicate_names;  // StringIds by TypeId / PredicateId

  SourceLocation location(const RecordLocation& at) const {
    return {at.file < files.size() ? files[at.file] : std::string{}, at.line, at.column};
  }
  void warn(const RecordLocation& at, std::string_view message) const {
    if (options.warn) options.warn(location(at), message);
  }
  /// `"id" (Type, declared at file:line:column)`, as errors and warnings name an entity.
  std::string describe(std::uint32_t entity) const;
};

/// Checks the sources facts cite: one never declared is a warning at its first citation (an InputError under
/// strict), suggesting declared ids close to it; a statement grading its source's reliability otherwise than the
/// source's declaration is a warning (the statement keeps its own).
void check_sources(const BuilderState& state);

/// Builds the graph's columns once every fact's subject and object is resolved to an entity index: merges repeated
/// (subject, predicate, object) facts into one edge and lays out CSR adjacency both ways by counting sort. Consumes
/// the facts: each of their columns is released as soon as it has been laid out.
OwnedColumns assemble_columns(BuilderState& state, std::vector<std::uint32_t> subject_node,
                              std::vector<std::uint32_t> object_node);

/// Renumbers types, predicates and strings by first use and drops the unused ones, so the image depends only on
/// the graph, never on how its input spelled it (graph/canonical.cpp). The last step of assemble_columns.
void canonicalise_columns(OwnedColumns& columns);

}  // namespace kg::graph::detail
