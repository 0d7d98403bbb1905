#pragma once
/// Rendering a graph summary (`kg info`): counts by type and predicate as a table, or JSON with the byte counts.
/// CSV is not offered (the summary is several tables).
#include <string_view>

#include "kg/query/summary.h"
#include "kg/render/output.h"
#include "kg/render/style.h"

namespace kg::render {

/// `name` is the graph file's name, shown in the table's first line. options.style must be table or json.
void render_summary(std::string_view name, const query::GraphSummary& summary, const RenderOptions& options,
                    Output& out);

}  // namespace kg::render
