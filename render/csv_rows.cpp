// CSV for spreadsheets: one row per hop of each path, or one row per neighbourhood node.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "csv_field.h"
#include "evidence.h"
#include "renderers.h"

namespace kg::render::detail {

void paths_csv(const graph::Graph& graph, std::span<const query::Path> paths, const query::CompiledFilter& filter,
               Output& out) {
  write_csv_row(out, {"path", "hop", "subject", "subject_name", "predicate", "object", "object_name", "direction",
                      "sources", "grades"});
  for (std::size_t p = 0; p < paths.size(); ++p) {
    for (std::size_t h = 0; h < paths[p].hops.size(); ++h) {
      const query::Hop& hop = paths[p].hops[h];
      const graph::NodeId subject = graph.edge_source(hop.edge), object = graph.edge_target(hop.edge);
      std::vector<std::string_view> sources;
      std::vector<std::string> grades;
      for (graph::ProvenanceId record : shown_records(graph, filter, hop.edge)) {
        const graph::SourceId source = graph.provenance_source(record);
        if (source.value == 0) continue;
        sources.push_back(graph.source_key(source));
        grades.push_back(graph.provenance_grade(record).to_string());
      }
      write_csv_row(
          out, {fmt::to_string(p + 1), fmt::to_string(h + 1), graph.node_key(subject), graph.node_name(subject),
                graph.predicate_name(graph.edge_predicate(hop.edge)), graph.node_key(object), graph.node_name(object),
                hop.direction == query::HopDirection::forward ? "forward" : "backward",
                fmt::format("{}", fmt::join(sources, ";")), fmt::format("{}", fmt::join(grades, ";"))});
    }
  }
}

void neighbourhood_csv(const graph::Graph& graph, const query::Neighbourhood& neighbourhood, Output& out) {
  write_csv_row(out, {"id", "name", "type", "distance"});
  for (const query::Reached& reached : neighbourhood.nodes) {
    write_csv_row(out, {graph.node_key(reached.node), graph.node_name(reached.node),
                        graph.type_name(graph.node_type(reached.node)), fmt::to_string(reached.distance)});
  }
}

}  // namespace kg::render::detail
