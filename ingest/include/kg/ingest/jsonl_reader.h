#pragma once
/// Reader for JSON Lines (.jsonl, .ndjson): one fact, entity or `{"source": {...}}` object per line
/// (docs/FORMAT.md). Reads line by line through one buffer and parses each line in place.
///
///   kg::ingest::read_json_lines("{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\"}\n", "x.jsonl",
///                               builder);
#include <filesystem>
#include <string_view>

#include "kg/graph/builder.h"
#include "kg/ingest/read_options.h"

namespace kg::ingest {

/// Reads JSON Lines from `text`; errors cite `display_name`. Throws kg::graph::InputError on bad input.
void read_json_lines(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
                     const ReadOptions& options = {});
/// Reads JSON Lines from `file`; throws std::runtime_error when the file cannot be read.
void read_json_lines_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder,
                          const ReadOptions& options = {});

}  // namespace kg::ingest
