#pragma once
/// Reader for JSON documents: `{"source": {...}, "sources": [...], "entities": [...], "facts": [...]}`
/// (docs/FORMAT.md). Parsing streams through a fixed-size buffer, so memory does not grow with the file.
///
///   kg::graph::GraphBuilder builder;
///   kg::ingest::read_json(R"({"facts": [{"subject": "a", "predicate": "knows", "object": "b"}]})", "x.json",
///                         builder);
#include <filesystem>
#include <string_view>

#include "kg/graph/builder.h"
#include "kg/ingest/read_options.h"

namespace kg::ingest {

/// Reads a JSON document from `text`; errors cite `display_name`. Throws kg::graph::InputError on bad input.
void read_json(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
               const ReadOptions& options = {});
/// Reads a JSON document from `file`; throws std::runtime_error when the file cannot be read.
void read_json_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder,
                    const ReadOptions& options = {});

}  // namespace kg::ingest
