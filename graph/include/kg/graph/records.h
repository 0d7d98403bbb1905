#pragma once
/// What readers hand to the GraphBuilder: entities, facts and sources as stated in an input file.
/// Views point into the reader's buffers and need only live until the add_* call returns.
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/graph/date.h"
#include "kg/graph/decision.h"
#include "kg/graph/diagnostics.h"
#include "kg/graph/grade.h"
#include "kg/graph/property.h"

namespace kg::graph {

/// Where a record came from: an index into GraphBuilder's file list plus line and column.
struct RecordLocation {
  std::uint32_t file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// A source document (the article, a leak, a registry extract). Facts cite it by `id`.
struct SourceRecord {
  std::string_view id{};
  std::string_view title{};
  std::string_view url{};
  PartialDate date{};   ///< a point date: the builder refuses an interval
  Grade reliability{};  ///< how reliable the source is: only the reliability part is set (A..F)
};

struct EntityRecord {
  std::string_view id{};    ///< unique key; required
  std::string_view type{};  ///< Person, Organization, ...; "" means Entity
  std::string_view name{};  ///< display name; "" means the id
  std::vector<std::string_view> aliases{};
  std::vector<std::pair<std::string_view, PropertyValue>> props{};
  RecordLocation at{};
};

/// A fact's subject or object: an id, name or alias to resolve, or an inline entity declaration.
struct Reference {
  std::string_view text{};                 ///< id, name or alias (inline: the name)
  std::optional<EntityRecord> declared{};  ///< set for an inline `{"name": ..., "type": ...}` object
  RecordLocation at{};
};

struct FactRecord {
  Reference subject{};
  std::string_view predicate{};
  Reference object{};
  std::string_view source{};          ///< a source id; "" means the file's default source (if any)
  PartialDate date{};                 ///< a point or an interval; undated when packed == 0
  std::optional<float> confidence{};  ///< 0..1; readers reject values outside that range
  std::string_view quote{};
  /// The statement's Admiralty grade; a missing reliability part is the source's (SourceRecord::reliability).
  Grade grade{};
  std::vector<std::pair<std::string_view, PropertyValue>> props{};
  RecordLocation at{};
};

/// An analyst's decision: these entity ids are one entity (same_as) or different entities (different_from).
struct DecisionRecord {
  DecisionKind kind = DecisionKind::same_as;
  std::vector<std::string_view> ids{};  ///< two or more entity ids (or names, resolved as references are)
  std::string_view reason{};            ///< required: why the analyst decided so
  std::string_view author{};
  PartialDate date{};  ///< a point date: the builder refuses an interval
  RecordLocation at{};
};

}  // namespace kg::graph
