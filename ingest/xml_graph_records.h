#pragma once
/// XmlGraphRecords: what the GraphML and GEXF readers share once an element is read: typed attribute values, and
/// a node or edge turned into GraphBuilder records by the GraphAttributes mapping (label → name, type attribute →
/// type, predicate attributes → predicate, kg's provenance summary → statements, everything else → properties).
#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/builder.h"
#include "kg/ingest/read_options.h"
#include "text_positions.h"

namespace kg::ingest::detail {

/// The value types both formats declare (GraphML attr.type, GEXF attribute type), as kg stores them.
enum class ValueType : std::uint8_t { string, integer, real, boolean };

/// A value as read: its text and, for numbers and booleans, the parsed value.
struct ElementValue {
  std::string name;
  ValueType type = ValueType::string;
  std::string text;
  std::int64_t integer = 0;
  double real = 0;
  bool boolean = false;
  kg::graph::RecordLocation at;

  kg::graph::PropertyValue property() const;
};

/// A node or an edge being read: its XML id and endpoints, its values and (GEXF) the dates of its spells.
struct GraphElement {
  std::string id, source, target;
  kg::graph::RecordLocation at, source_at, target_at;
  std::vector<ElementValue> values;
  std::vector<kg::graph::PartialDate> dates;

  void clear();
  const ElementValue* find(std::string_view name) const;
};

class XmlGraphRecords {
 public:
  XmlGraphRecords(kg::graph::GraphBuilder& builder, std::string_view display_name, const ReadOptions& options);

  kg::graph::RecordLocation location(LineColumn at) const { return {file_, at.line, at.column}; }
  [[noreturn]] void fail(const kg::graph::RecordLocation& at, std::string message) const;
  /// Warns once per file for each `key`.
  void warn_once(std::string_view key, const kg::graph::RecordLocation& at, std::string_view message);

  /// Adds `text` as a value of `type` named `name` to `element`, unless it is NaN (igraph's "missing"). Throws
  /// InputError at `at` when the text is not of its declared type; `what` names the declaration in that message.
  void add_value(GraphElement& element, std::string_view name, ValueType type, std::string_view text,
                 kg::graph::RecordLocation at, std::string_view what);

  /// Checks that `text` is a value of `type` (a declared default), as add_value would.
  void check_value(std::string_view name, ValueType type, std::string_view text, kg::graph::RecordLocation at,
                   std::string_view what) {
    GraphElement unused;
    add_value(unused, name, type, text, at, what);
  }

  /// Declares whether the file is one of kg's own exports (it has the id attribute on nodes and `predicate` on
  /// edges): then an edge's `weight`, and a GEXF's colours, sizes and spells, are derived and not read back.
  void set_kg_export(bool kg_export) { kg_export_ = kg_export; }
  bool kg_export() const { return kg_export_; }
  /// Remaps edge endpoints from XML node ids to entity ids (the file declares the id attribute): edges whose
  /// endpoints are not read yet wait until finish().
  void set_remap_ids(bool remap) { remap_ids_ = remap; }

  void add_node(const GraphElement& node);
  void add_edge(const GraphElement& edge);
  /// Adds the edges that waited for their endpoints.
  void finish();

 private:
  void emit_edge(const GraphElement& edge, std::string_view subject, std::string_view object);
  std::string_view endpoint(const std::string& xml_id) const;

  kg::graph::GraphBuilder& builder_;
  std::uint32_t file_;
  std::string display_name_;
  const ReadOptions& options_;
  bool kg_export_ = false;
  bool remap_ids_ = false;
  absl::flat_hash_map<std::string, std::string> entity_of_node_;  // XML node id → entity id (remap_ids_ only)
  std::vector<GraphElement> waiting_;
  absl::flat_hash_set<std::string> warned_;
  // Reused between records.
  kg::graph::EntityRecord entity_;
  kg::graph::FactRecord fact_;
  std::vector<std::string_view> sources_, quotes_;
};

/// Splits `text` at `separator`, trimming white space and dropping empty items.
void split_list(std::string_view text, std::string_view separator, std::vector<std::string_view>& out);

}  // namespace kg::ingest::detail
