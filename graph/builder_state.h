#pragma once
// What GraphBuilder accumulates before build(): entities, sources and facts with their references still
// unresolved. Shared by builder.cpp (intake and resolution) and assemble.cpp (turning it into the graph's columns).
#include <absl/container/flat_hash_map.h>

#include <cstdint>
#include <string>
#include <vector>

#include "entity_index.h"
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

struct Entities {
  std::vector<std::uint32_t> key, name;
  std::vector<std::uint16_t> type;
  std::vector<bool> type_given, name_given;
  std::vector<RecordLocation> at;
  std::vector<std::vector<std::uint32_t>> aliases;
  std::vector<std::vector<StoredProperty>> props;
  std::size_t size() const { return key.size(); }
};

struct Sources {
  std::vector<std::uint32_t> key{0}, title{0}, url{0};
  std::vector<std::int32_t> date{0};
  std::vector<RecordLocation> at{RecordLocation{}};
  std::vector<bool> declared{false};  // by add_source (a fact may cite a source id never declared)
};

/// Facts column-wise. subject/object hold a StringId of the reference text, or kInline | index into inline refs.
struct Facts {
  static constexpr std::uint32_t kInline = 0x80000000u;
  std::vector<std::uint32_t> subject, object;
  std::vector<std::uint16_t> predicate;
  std::vector<std::uint32_t> source, quote;
  std::vector<std::int32_t> date;
  std::vector<float> confidence;         // NaN when not stated
  std::vector<std::uint32_t> props_end;  // props of fact i are props[props_end[i-1] .. props_end[i])
  std::vector<StoredProperty> props;
  std::vector<RecordLocation> subject_at, object_at;
  std::size_t size() const { return subject.size(); }
};

/// Everything the builder holds that the graph's layout needs.
struct BuilderState {
  BuildOptions options;
  std::vector<std::string> files;
  StringInterner strings;
  Entities entities;
  Sources sources;
  Facts facts;
  std::vector<std::uint32_t> type_names, predicate_names;  // StringIds by TypeId / PredicateId

  SourceLocation location(const RecordLocation& at) const {
    return {at.file < files.size() ? files[at.file] : std::string{}, at.line, at.column};
  }
  void warn(const RecordLocation& at, std::string_view message) const {
    if (options.warn) options.warn(location(at), message);
  }
};

/// Builds the graph's columns once every fact's subject and object is resolved to an entity index: merges repeated
/// (subject, predicate, object) facts into one edge and lays out CSR adjacency both ways by counting sort.
OwnedColumns assemble_columns(const BuilderState& state, const std::vector<std::uint32_t>& subject_node,
                              const std::vector<std::uint32_t>& object_node);

}  // namespace kg::graph::detail
