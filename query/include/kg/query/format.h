#pragma once
/// Rendering query results for people (aligned table text), programs (JSON, documented in docs/CLI.md) and
/// spreadsheets (CSV). Each hop or edge shows the provenance records that pass `filter`.
#include <span>
#include <string>

#include "kg/graph/graph.h"
#include "kg/query/filter.h"
#include "kg/query/result.h"

namespace kg::query {

struct TableOptions {
  bool full = false;  ///< every source and whole quotes instead of the first few, truncated
};

/// `Magomed Akhmedov —suspected_ringleader_of→ Dushanbe prison raid ←carried_out— ...`, then hop by hop with
/// sources, dates, confidences and quotes.
std::string paths_table(const graph::Graph& graph, std::span<const Path> paths, const Filter& filter,
                        const TableOptions& options);
/// `{"paths": [{"length", "confidence", "nodes": [...], "edges": [...]}]}`.
std::string paths_json(const graph::Graph& graph, std::span<const Path> paths, const Filter& filter);
/// One row per hop: path, hop, subject, subject_name, predicate, object, object_name, direction, sources.
std::string paths_csv(const graph::Graph& graph, std::span<const Path> paths, const Filter& filter);

/// The nodes with their distance, aligned, then each edge with its sources.
std::string neighbourhood_table(const graph::Graph& graph, const Neighbourhood& result, const Filter& filter,
                                const TableOptions& options);
/// `{"nodes": [{"id", "name", "type", "distance"}], "edges": [...], "truncated": false}`.
std::string neighbourhood_json(const graph::Graph& graph, const Neighbourhood& result, const Filter& filter);
/// One row per node: id, name, type, distance (edges are in the JSON and --export outputs).
std::string neighbourhood_csv(const graph::Graph& graph, const Neighbourhood& result);

}  // namespace kg::query
