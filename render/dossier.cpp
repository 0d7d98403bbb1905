// kg show's output: an entity, its evidence summary and its facts by predicate, as a table or JSON.
#include "kg/render/dossier.h"

#include <fmt/format.h>

#include <stdexcept>

#include "kg/graph/decision.h"

#include "cell_text.h"
#include "json_elements.h"
#include "renderers.h"
#include "value_json.h"
#include "value_text.h"

namespace kg::render {
namespace {

query::Value property_value(const graph::PropertyValue& value) {
  if (const auto* text = std::get_if<std::string_view>(&value)) return query::Value::graph_string(*text);
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return query::Value::integer(*integer);
  if (const auto* real = std::get_if<double>(&value)) return query::Value::real(*real);
  return query::Value::boolean(std::get<bool>(value));
}

std::string arrow(const graph::Graph& graph, const query::DossierGroup& group) {
  const std::string_view predicate = graph.predicate_name(group.predicate);
  return group.direction == query::HopDirection::forward ? fmt::format("—{}→", predicate)
                                                         : fmt::format("←{}—", predicate);
}

void dossier_table(const graph::Graph& graph, const query::Dossier& dossier, const query::CompiledFilter& filter,
                   const RenderOptions& options, Output& out) {
  const graph::NodeId node = dossier.node;
  out.write(fmt::format("{} ({}, id {})\n", detail::one_line(graph.node_name(node)),
                        graph.type_name(graph.node_type(node)), graph.node_key(node)));
  const std::vector<std::string_view> aliases = graph.node_aliases(node);
  if (!aliases.empty())
    out.write(fmt::format("  aliases: {}\n", detail::one_line(fmt::format("{}", fmt::join(aliases, ", ")))));
  if (const std::string note = graph::merge_note(graph, node); !note.empty()) {
    out.write(fmt::format("  {}\n", detail::one_line(note)));
  }
  for (const graph::Property& property : graph.node_properties(node)) {
    out.write(fmt::format("  {}: {}\n", detail::one_line(property.key),
                          detail::one_line(detail::value_text(graph, property_value(property.value)))));
  }
  std::string dates;
  if (dossier.first_date.dated()) {
    dates = fmt::format(", dated {} to {}", dossier.first_date.to_string(), dossier.last_date.to_string());
  }
  out.write(fmt::format("\n  {}, {} from {}{}\n", detail::plural(dossier.facts, "fact"),
                        detail::plural(dossier.statements, "statement"), detail::plural(dossier.sources, "source"),
                        dates));
  for (const query::DossierGroup& group : dossier.groups) {
    out.write(fmt::format("\n  {}\n", arrow(graph, group)));
    for (const query::DossierFact& fact : group.facts) {
      std::vector<std::string> properties;
      for (const graph::Property& property : graph.edge_properties(fact.edge)) {
        properties.push_back(fmt::format("{}: {}", detail::one_line(property.key),
                                         detail::one_line(detail::value_text(graph, property_value(property.value)))));
      }
      out.write(fmt::format("    {} ({}){}\n", detail::one_line(graph.node_name(fact.other)),
                            graph.type_name(graph.node_type(fact.other)),
                            properties.empty() ? "" : fmt::format("  [{}]", fmt::join(properties, "; "))));
      detail::write_records(out, graph, filter, fact.edge, options, "        ");
    }
  }
}

void dossier_json(const graph::Graph& graph, const query::Dossier& dossier, const query::CompiledFilter& filter,
                  Output& out) {
  detail::write_document(out, [&](detail::PrettyJson& json) {
    json.Key("entity");
    detail::write_node_value(json, graph, dossier.node);
    json.Key("facts");
    json.Uint(dossier.facts);
    json.Key("statements");
    json.Uint(dossier.statements);
    json.Key("sources");
    json.Uint(dossier.sources);
    for (const auto& [key, date] :
         {std::pair("first_date", dossier.first_date), std::pair("last_date", dossier.last_date)}) {
      json.Key(key);
      if (date.dated()) {
        detail::write_string(json, date.to_string());
      } else {
        json.Null();
      }
    }
    json.Key("groups");
    json.StartArray();
    for (const query::DossierGroup& group : dossier.groups) {
      json.StartObject();
      json.Key("predicate");
      detail::write_string(json, graph.predicate_name(group.predicate));
      json.Key("direction");
      json.String(group.direction == query::HopDirection::forward ? "out" : "in");
      json.Key("facts");
      json.StartArray();
      for (const query::DossierFact& fact : group.facts) {
        detail::write_edge(json, graph, filter, fact.edge, nullptr, [&] {
          json.Key("other");
          detail::write_node(json, graph, fact.other, nullptr);
          detail::write_properties(json, graph.edge_properties(fact.edge));
        });
      }
      json.EndArray();
      json.EndObject();
    }
    json.EndArray();
  });
}

}  // namespace

void render_dossier(const graph::Graph& graph, const query::Dossier& dossier, const query::Filter& evidence,
                    const RenderOptions& options, Output& out) {
  const query::CompiledFilter filter(graph, evidence, {});
  switch (options.style) {
    case Style::table:
      return dossier_table(graph, dossier, filter, options, out);
    case Style::json:
      return dossier_json(graph, dossier, filter, out);
    case Style::csv:
      throw std::invalid_argument("a dossier has no CSV rendering: kg facts --about lists its statements");
  }
}

}  // namespace kg::render
