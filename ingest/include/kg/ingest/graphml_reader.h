#pragma once
/// Reader for GraphML (NetworkX, igraph, yEd, Gephi and kg's own exports): `<key>` declarations with types and
/// defaults, nodes as entities and edges as facts, mapped by ReadOptions::graph_attributes (docs/FORMAT.md).
/// Streams through expat; refuses entity declarations and deep nesting.
///
///   kg::ingest::read_graphml(R"(<graphml><graph><node id="a"/><edge source="a" target="b"/></graph></graphml>)",
///                            "x.graphml", builder);
#include <filesystem>
#include <string_view>

#include "kg/graph/builder.h"
#include "kg/ingest/read_options.h"

namespace kg::ingest {

/// Reads GraphML from `text`; errors cite `display_name`. Throws kg::graph::InputError on bad input.
void read_graphml(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
                  const ReadOptions& options = {});
/// Reads GraphML from `file`; throws std::runtime_error when the file cannot be read.
void read_graphml_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder,
                       const ReadOptions& options = {});

}  // namespace kg::ingest
