#include "kg/render/paths.h"

#include "renderers.h"

namespace kg::render {

void render_paths(const graph::Graph& graph, std::span<const query::Path> paths, const query::Filter& evidence,
                  const RenderOptions& options, Output& out) {
  const query::CompiledFilter filter(graph, evidence, {});
  switch (options.style) {
    case Style::table:
      return detail::paths_table(graph, paths, filter, options, out);
    case Style::json:
      return detail::paths_json(graph, paths, filter, out);
    case Style::csv:
      return detail::paths_csv(graph, paths, filter, out);
  }
}

}  // namespace kg::render
