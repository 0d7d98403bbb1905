#include "kg/render/neighbourhood.h"

#include "renderers.h"

namespace kg::render {

void render_neighbourhood(const graph::Graph& graph, const query::Neighbourhood& neighbourhood,
                          const query::Filter& evidence, const RenderOptions& options, Output& out) {
  const query::CompiledFilter filter(graph, evidence, {});
  switch (options.style) {
    case Style::table:
      return detail::neighbourhood_table(graph, neighbourhood, filter, options, out);
    case Style::json:
      return detail::neighbourhood_json(graph, neighbourhood, filter, out);
    case Style::csv:
      return detail::neighbourhood_csv(graph, neighbourhood, out);
  }
}

}  // namespace kg::render
