#pragma once
/// read_input: reads any supported input file into a GraphBuilder, choosing the reader by extension and content.
///
///   kg::graph::GraphBuilder builder;
///   kg::ingest::read_input("facts.jsonl", builder, {.progress = draw_bar});
///   kg::graph::Graph graph = builder.build();
#include <filesystem>
#include <string_view>

#include "kg/graph/builder.h"
#include "kg/ingest/read_options.h"

namespace kg::ingest {

enum class InputFormat { json, json_lines, csv, tsv };

/// The format of `file`: `.jsonl`/`.ndjson` → JSON Lines; `.json` → a JSON document, unless its first line is a
/// complete object and the next line starts another (then JSON Lines); `.csv` → CSV (TSV if the header has a tab);
/// `.tsv` → TSV. Extensions are matched case-insensitively; other files starting with `{` are sniffed as `.json`.
/// Throws kg::graph::InputError for any other file, std::runtime_error when it cannot be read.
InputFormat detect_format(const std::filesystem::path& file);

/// The format's name in messages: "JSON", "JSON Lines", "CSV" or "TSV".
std::string_view format_name(InputFormat format);

/// Reads `file` with the reader for detect_format(file). Throws kg::graph::InputError on bad input.
void read_input(const std::filesystem::path& file, kg::graph::GraphBuilder& builder, const ReadOptions& options = {});

}  // namespace kg::ingest
