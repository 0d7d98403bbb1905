#include "xml_graph_handler.h"

#include <fmt/format.h>

namespace kg::ingest::detail {

void XmlGraphHandler::finish(std::string_view root) {
  if (!saw_root_) records_.fail(records_.location({1, 0}), fmt::format("expected a <{}> root element, got none", root));
  records_.finish();
}

std::string_view XmlGraphHandler::required(const XmlElement& element, std::string_view attribute) const {
  const auto value = element.attribute(attribute);
  if (!value || value->empty()) {
    records_.fail(here(), fmt::format("expected a non-empty \"{}\" attribute on <{}>", attribute, element.name.local));
  }
  return *value;
}

void XmlGraphHandler::check_root(const XmlElement& element, bool ours, std::string_view root,
                                 std::string_view other_root, std::string_view other_format) {
  if (!ours || element.name.local != root) {
    records_.fail(here(), fmt::format("expected <{}> as the root element, got <{}>{}", root, element.name.local,
                                      element.name.local == other_root ? fmt::format(" ({})", other_format) : ""));
  }
  saw_root_ = true;
}

void XmlGraphHandler::skip(std::string_view what) {
  if (!what.empty()) records_.warn_once(what, here(), fmt::format("{} are not read", what));
  skip_depth_ = xml_.depth();
}

bool XmlGraphHandler::end_skipped() {
  if (skip_depth_ == 0) return false;
  if (xml_.depth() == skip_depth_) skip_depth_ = 0;
  return true;
}

void XmlGraphHandler::open_node(const XmlElement& element) {
  if (edge_) return skip("nodes inside edges");
  nodes_.emplace_back();
  GraphElement& node = nodes_.back().element;
  node.id = required(element, "id");
  node.at = here();
}

void XmlGraphHandler::open_edge(const XmlElement& element) {
  if (edge_) return skip("edges inside edges");
  edge_.emplace();
  edge_->source = required(element, "source");
  edge_->target = required(element, "target");
  edge_->at = here();
  edge_->source_at = at("source");
  edge_->target_at = at("target");
}

void XmlGraphHandler::complete_parent(std::string_view what) {
  if (nodes_.empty()) return;
  records_.warn_once("nested", here(), what);
  OpenNode& parent = nodes_.back();
  if (parent.added) return;
  add_defaults(parent.element, false);
  records_.add_node(parent.element);
  parent.added = true;
}

void XmlGraphHandler::close_node() {
  if (nodes_.empty() || edge_) return;
  OpenNode& node = nodes_.back();
  if (!node.added) {
    add_defaults(node.element, false);
    records_.add_node(node.element);
  }
  nodes_.pop_back();
}

void XmlGraphHandler::close_edge() {
  if (!edge_) return;
  add_defaults(*edge_, true);
  records_.add_edge(*edge_);
  edge_.reset();
}

}  // namespace kg::ingest::detail
