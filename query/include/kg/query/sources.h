#pragma once
/// The sources of a graph as a table (what `kg sources` prints): what each source is and how much rests on it.
///
///   kg::query::ResultTable table = kg::query::list_sources(graph);
#include "kg/graph/graph.h"
#include "kg/query/result_table.h"

namespace kg::query {

/// One row per source, in the order sources were declared or first cited: `id`, `title`, `date`, `reliability`
/// (its Admiralty letter A..F; these three null where not given), `statements` (how many statements cite it) and
/// `entities` (how many distinct entities those statements are about, as subject or object). A last row with a null
/// `id` counts the statements citing no source, when there are any. Strings borrow from the graph.
ResultTable list_sources(const graph::Graph& graph);

}  // namespace kg::query
