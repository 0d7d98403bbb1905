#pragma once
/// JsonRecords: checks a collected JSON record (fact, entity or source) field by field and hands it to the
/// GraphBuilder. Shared by the JSON document and JSON Lines readers, so both accept exactly the same records.
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "json_tree.h"
#include "kg/graph/builder.h"
#include "kg/ingest/read_options.h"

namespace kg::ingest::detail {

class JsonRecords {
 public:
  JsonRecords(kg::graph::GraphBuilder& builder, std::string_view display_name, TextPositions& text,
              const ReadOptions& options);

  void add_fact(const JsonTree& tree, std::uint32_t node);
  void add_entity(const JsonTree& tree, std::uint32_t node);
  /// A same_as or different_from decision: {"decision", "ids", "reason", "author"?, "date"?}.
  void add_decision(const JsonTree& tree, std::uint32_t node);
  /// Declares a source; with `make_default`, the file's later facts without "source" cite it.
  void add_source(const JsonTree& tree, std::uint32_t node, bool make_default);
  /// A JSON Lines record: a fact if it has "predicate", a decision if it has "decision", an entity if it has "id",
  /// `{"source": {...}}` (declared and made the default of the following facts) or `{"sources": [...]}` (declared
  /// only).
  void add_line_record(const JsonTree& tree);

  std::size_t facts_read() const { return facts_read_; }
  [[noreturn]] void fail(std::size_t offset, std::string message) const;
  /// Where a node's value starts.
  std::size_t start(const JsonNode& node) const;
  /// Warns (once per file for each record kind and field name) that a field is not part of the format.
  void warn_unknown(std::string_view key, std::size_t offset, std::string_view record_kind);

 private:
  kg::graph::RecordLocation location(std::size_t offset) const;
  void warn_unknown(const JsonNode& field, std::string_view record_kind) {
    warn_unknown(field.key, start(field), record_kind);
  }
  std::string_view string_field(const JsonNode& field) const;
  std::string_view optional_string(const JsonNode& field) const;
  /// A date field: a statement's point or interval, or a single date for the record `point_of` names ("a source").
  kg::graph::PartialDate date_field(const JsonNode& field, std::string_view point_of = {}) const;
  /// A grade field: `"B2"`, `"B"` or `"2"` (fact `grade`), or a letter only when `reliability_only` (source
  /// `reliability`); null is ungraded.
  kg::graph::Grade grade_field(const JsonNode& field, bool reliability_only) const;
  /// An array of strings (aliases, a decision's ids); `element` names one in errors.
  void read_strings(const JsonTree& tree, const JsonNode& field, std::vector<std::string_view>& out,
                    std::string_view element) const;
  void read_props(const JsonTree& tree, const JsonNode& field,
                  std::vector<std::pair<std::string_view, kg::graph::PropertyValue>>& out) const;
  /// Fills `entity` from an entity object; `inline_role` ("subject"/"object") for an inline declaration.
  void read_entity(const JsonTree& tree, std::uint32_t node, kg::graph::EntityRecord& entity,
                   std::string_view inline_role);
  void read_reference(const JsonTree& tree, const JsonNode& field, kg::graph::Reference& out,
                      kg::graph::EntityRecord& declared);
  std::string_view read_source(const JsonTree& tree, std::uint32_t node);

  kg::graph::GraphBuilder& builder_;
  std::uint32_t file_;
  std::string display_name_;
  TextPositions& text_;
  const ReadOptions& options_;
  std::string default_source_;
  std::size_t facts_read_ = 0;
  absl::flat_hash_set<std::string> reported_unknown_;  // "<record kind>\n<field>"
  std::string unknown_key_;
  // Reused between records so that reading one allocates nothing once they have grown.
  kg::graph::FactRecord fact_;
  kg::graph::EntityRecord entity_, subject_entity_, object_entity_;
  kg::graph::DecisionRecord decision_;
};

}  // namespace kg::ingest::detail
