#pragma once
/// XmlGraphHandler: what the GraphML and GEXF handlers share on top of XmlGraphRecords: positions, required
/// attributes, skipping a subtree, the open nodes (nested graphs and hierarchies nest them) and the open edge, and
/// parse_xml_graph, which runs a handler over an input.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "byte_source.h"
#include "xml_graph_records.h"
#include "xml_stream.h"

namespace kg::ingest::detail {

class XmlGraphHandler : public XmlHandler {
 public:
  /// Adds what waited until the end of the file; `root` names the root element that must have been seen.
  void finish(std::string_view root);

 protected:
  XmlGraphHandler(XmlStream& xml, kg::graph::GraphBuilder& builder, std::string_view display_name,
                  const ReadOptions& options)
      : xml_(xml), records_(builder, display_name, options), options_(options) {}

  kg::graph::RecordLocation here() const { return records_.location(xml_.here()); }
  kg::graph::RecordLocation at(std::string_view attribute) const {
    return records_.location(xml_.attribute_position(attribute));
  }
  /// The value of `attribute` on `element`; an InputError when it is missing or empty.
  std::string_view required(const XmlElement& element, std::string_view attribute) const;
  /// Checks the root element: `root` in a namespace `ours` accepts; an InputError naming `other_format` (the file
  /// kind whose root is `other_root`) otherwise.
  void check_root(const XmlElement& element, bool ours, std::string_view root, std::string_view other_root,
                  std::string_view other_format);
  bool saw_root() const { return saw_root_; }

  /// Skips the current element's content; `what` (plural) is warned about once, unless empty.
  void skip(std::string_view what);
  /// True while inside a skipped element: a start event is ignored.
  bool skipping() const { return skip_depth_ != 0; }
  /// For an end event: true (and the skip over once its element ends) while skipping.
  bool end_skipped();

  /// Opens a node (its id and position from `element`'s `id`); nodes inside an edge are skipped.
  void open_node(const XmlElement& element);
  /// Opens an edge from `element`'s `source` and `target`; an edge inside an edge is skipped.
  void open_edge(const XmlElement& element);
  /// Adds the innermost open node now, when what follows is nested nodes (`what` is warned about once).
  void complete_parent(std::string_view what);
  void close_node();
  void close_edge();
  /// The open edge or the innermost open node; null outside both.
  GraphElement* current() { return edge_ ? &*edge_ : nodes_.empty() ? nullptr : &nodes_.back().element; }
  bool in_edge() const { return edge_.has_value(); }
  bool in_node() const { return !nodes_.empty(); }

  /// Adds the declared defaults the element lacks, before it becomes records.
  virtual void add_defaults(GraphElement& element, bool edge) = 0;

  XmlStream& xml_;
  XmlGraphRecords records_;
  const ReadOptions& options_;

 private:
  struct OpenNode {
    GraphElement element;
    bool added = false;  // added before its end tag, because nested nodes follow its values
  };
  bool saw_root_ = false;
  std::size_t skip_depth_ = 0;  // >0: inside an element whose content is not read, opened at this depth
  std::vector<OpenNode> nodes_;
  std::optional<GraphElement> edge_;
};

/// Reads `source` with a Handler (constructed from the stream, builder, display name and options) whose root
/// element is `root`.
template <class Handler>
void parse_xml_graph(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                     const ReadOptions& options, std::string_view root) {
  XmlStream xml(source, display_name);
  Handler handler(xml, builder, display_name, options);
  xml.parse(handler);
  handler.finish(root);
}

}  // namespace kg::ingest::detail
