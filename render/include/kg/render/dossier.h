#pragma once
/// Rendering an entity's dossier (`kg show`): the entity with its aliases and properties, how much evidence there
/// is and when it dates from, then every fact grouped by predicate and direction, each with its statements — as
/// a table for people or JSON for scripts (documented in docs/CLI.md). CSV is not offered (`kg facts --about`
/// lists the same statements as rows). Facts show the records that pass `evidence` (the dossier's filter).
#include "kg/graph/graph.h"
#include "kg/query/dossier.h"
#include "kg/query/filter.h"
#include "kg/render/output.h"
#include "kg/render/style.h"

namespace kg::render {

/// options.style must be table or json (std::invalid_argument otherwise).
void render_dossier(const graph::Graph& graph, const query::Dossier& dossier, const query::Filter& evidence,
                    const RenderOptions& options, Output& out);

}  // namespace kg::render
