#pragma once
/// Reader for GEXF 1.1, 1.2draft and 1.3 (Gephi, NetworkX and kg's own exports): `<attributes>` with types and
/// defaults, nodes as entities, edges as facts with their spells as dates, Gephi's viz as properties, mapped by
/// ReadOptions::graph_attributes (docs/FORMAT.md).
/// Streams through expat; refuses entity declarations and deep nesting.
///
///   kg::ingest::read_gexf(R"(<gexf><graph><nodes><node id="a" label="A"/></nodes></graph></gexf>)", "x.gexf",
///                         builder);
#include <filesystem>
#include <string_view>

#include "kg/graph/builder.h"
#include "kg/ingest/read_options.h"

namespace kg::ingest {

/// Reads GEXF from `text`; errors cite `display_name`. Throws kg::graph::InputError on bad input.
void read_gexf(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
               const ReadOptions& options = {});
/// Reads GEXF from `file`; throws std::runtime_error when the file cannot be read.
void read_gexf_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder,
                    const ReadOptions& options = {});

}  // namespace kg::ingest
