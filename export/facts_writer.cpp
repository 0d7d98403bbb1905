// kg's own JSON Lines (docs/FORMAT.md): every source, entity and statement (grades and source reliability
// included), so that kg build of the file gives the graph back. For a whole graph the rebuilt graph file is identical,
// byte for byte: sources come first in the graph's order (declared by {"sources": [...]} lines, which make none the
// default), then entities in node order, then each edge's statements in edge order, citing entities by exact id; an
// edge's properties ride on its first statement, as the builder merges them.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/text.h"
#include "writers.h"

namespace kg::io::detail {
namespace {

constexpr std::string_view kBlank = " \t\r\n\f\v";

class FactsWriter {
 public:
  FactsWriter(const WriteContext& context, Output& out)
      : graph_(context.graph), selection_(context.selection), out_(out) {}

  void write() {
    write_sources();
    for (const graph::NodeId node : selection_.nodes()) {
      write_entity(node);
      out_.flush_if_full();
    }
    for (std::size_t i = 0; i < selection_.edges().size(); ++i) {
      write_statements(selection_.edges()[i], selection_.edge_source(i));
      out_.flush_if_full();
    }
  }
  std::size_t non_finite() const { return non_finite_; }

 private:
  void key(std::string_view name, bool& first) {
    out_.append(first ? "{\"" : ", \"");
    first = false;
    out_.append(name);
    out_.append("\": ");
  }
  void text(std::string_view value) { out_.quoted(value, kJsonEscapes); }
  /// `B2`, or the one part that is graded (`B`, `2`), as kg's readers take it.
  void write_grade(graph::Grade grade) {
    std::string written = grade.to_string();
    written.erase(std::remove(written.begin(), written.end(), '?'), written.end());
    text(written);
  }

  void write_sources();
  void write_entity(graph::NodeId node);
  void write_statements(graph::EdgeId edge, graph::NodeId subject);
  void write_reference(graph::NodeId node);
  void write_props(const std::vector<graph::Property>& properties);

  const graph::Graph& graph_;
  const Selection& selection_;
  Output& out_;
  std::size_t non_finite_ = 0;
};

void FactsWriter::write_sources() {
  std::vector<bool> cited(graph_.source_count(), selection_.nodes().size() == graph_.node_count() &&
                                                     selection_.edges().size() == graph_.edge_count());
  for (const graph::EdgeId edge : selection_.edges()) {
    for (const graph::ProvenanceId p : graph_.provenance(edge)) cited[graph_.provenance_source(p).value] = true;
  }
  for (std::uint32_t s = 1; s < graph_.source_count(); ++s) {
    if (!cited[s]) continue;
    const graph::SourceId source{s};
    bool first = true;
    out_.append("{\"sources\": [");
    key("id", first);
    text(graph_.source_key(source));
    if (!graph_.source_title(source).empty()) {
      key("title", first);
      text(graph_.source_title(source));
    }
    if (!graph_.source_url(source).empty()) {
      key("url", first);
      text(graph_.source_url(source));
    }
    if (graph_.source_date(source).dated()) {
      key("date", first);
      text(graph_.source_date(source).to_string());
    }
    if (const graph::Grade reliability = graph_.source_reliability(source); reliability.graded()) {
      key("reliability", first);
      write_grade(reliability);
    }
    out_.append("}]}\n");
  }
}

void FactsWriter::write_props(const std::vector<graph::Property>& properties) {
  out_.put('{');
  for (std::size_t i = 0; i < properties.size(); ++i) {
    if (i != 0) out_.append(", ");
    text(properties[i].key);
    out_.append(": ");
    const graph::PropertyValue& value = properties[i].value;
    if (const auto* string = std::get_if<std::string_view>(&value)) {
      text(*string);
    } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
      out_.integer(*integer);
    } else if (const auto* flag = std::get_if<bool>(&value)) {
      out_.append(*flag ? "true" : "false");
    } else if (const double real = std::get<double>(value); std::isfinite(real)) {
      out_.real(real);
    } else {  // JSON has no NaN or infinity: the text, as the XML formats write it
      ++non_finite_;
      out_.put('"');
      out_.real(real);
      out_.put('"');
    }
  }
  out_.put('}');
}

void FactsWriter::write_entity(graph::NodeId node) {
  bool first = true;
  key("id", first);
  text(graph_.node_key(node));
  key("type", first);
  text(graph_.type_name(graph_.node_type(node)));
  if (graph_.node_name(node) != graph_.node_key(node)) {
    key("name", first);
    text(graph_.node_name(node));
  }
  const std::vector<std::string_view> aliases = graph_.node_aliases(node);
  if (!aliases.empty()) {
    key("aliases", first);
    out_.put('[');
    for (std::size_t i = 0; i < aliases.size(); ++i) {
      if (i != 0) out_.append(", ");
      text(aliases[i]);
    }
    out_.put(']');
  }
  const std::vector<graph::Property> properties = graph_.node_properties(node);
  if (!properties.empty()) {
    key("props", first);
    write_props(properties);
  }
  out_.append("}\n");
}

void FactsWriter::write_reference(graph::NodeId node) {
  const std::string_view id = graph_.node_key(node);
  if (id.find_first_not_of(kBlank) != std::string_view::npos) return text(id);
  out_.append("{\"id\": ");  // an id of white space only is not a reference: declare it inline
  text(id);
  out_.put('}');
}

void FactsWriter::write_statements(graph::EdgeId edge, graph::NodeId subject) {
  const std::vector<graph::Property> properties = graph_.edge_properties(edge);
  bool first_statement = true;
  for (const graph::ProvenanceId p : graph_.provenance(edge)) {
    bool first = true;
    key("subject", first);
    write_reference(subject);
    key("predicate", first);
    text(graph_.predicate_name(graph_.edge_predicate(edge)));
    key("object", first);
    write_reference(graph_.edge_target(edge));
    if (const graph::SourceId source = graph_.provenance_source(p); source.value != 0) {
      key("source", first);
      text(graph_.source_key(source));
    }
    if (const graph::PartialDate date = graph_.provenance_date(p); date.dated()) {
      key("date", first);
      text(date.to_string());
    }
    if (const auto confidence = graph_.provenance_confidence(p)) {
      key("confidence", first);
      out_.real(graph::shortest_double(*confidence));
    }
    if (!graph_.provenance_quote(p).empty()) {
      key("quote", first);
      text(graph_.provenance_quote(p));
    }
    if (const graph::Grade grade = graph_.provenance_grade(p); grade.graded()) {
      key("grade", first);  // as the graph holds it, the source's reliability filled in: it builds back the same
      write_grade(grade);
    }
    if (first_statement && !properties.empty()) {
      key("props", first);
      write_props(properties);
    }
    first_statement = false;
    out_.append("}\n");
  }
}

}  // namespace

void write_facts(const WriteContext& context, Output& out) {
  FactsWriter writer(context, out);
  writer.write();
  if (writer.non_finite() != 0 && context.options.warn) {
    context.options.warn({context.path.string(), 0, 0},
                         fmt::format("wrote {} property value{} that JSON cannot hold (NaN or infinite) as text",
                                     writer.non_finite(), writer.non_finite() == 1 ? "" : "s"));
  }
}

}  // namespace kg::io::detail
