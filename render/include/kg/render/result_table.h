#pragma once
/// Rendering a query::ResultTable (what `kg query` returns):
/// - table: the columns aligned (numbers to the right), a node as `Name (Type)`, a relationship as
///   `Subject —predicate→ Object`, a path as its chain, nested strings quoted, long values cut unless `full`, and
///   a row count (a null cell reads `null`, or is blank under RenderOptions::blank_nulls);
/// - JSON: `{"columns": [...], "rows": [[...], ...]}`, one row a line; integers and floats stay distinct; a node,
///   relationship or path is an object with one key `$node`, `$relationship` or `$path`, and a map key that
///   starts with `$` is written with one more `$` in front, so no map returned by a query reads as a graph element;
///   floats JSON cannot hold are `{"$float": "NaN"}` (or "Infinity", "-Infinity");
/// - CSV: a header of column names, scalars as text, null as an empty field, anything else as its JSON.
/// Relationships show the provenance records that pass `evidence`. docs/QUERY.md documents the JSON.
#include "kg/graph/graph.h"
#include "kg/query/filter.h"
#include "kg/query/result_table.h"
#include "kg/render/output.h"
#include "kg/render/style.h"

namespace kg::render {

void render_result_table(const graph::Graph& graph, const query::ResultTable& table, const query::Filter& evidence,
                         const RenderOptions& options, Output& out);

}  // namespace kg::render
