#pragma once
/// read_input: reads any supported input file into a GraphBuilder, choosing the reader by extension and content.
///
///   kg::graph::GraphBuilder builder;
///   kg::ingest::read_input("facts.jsonl", builder, {.progress = draw_bar});
///   kg::graph::Graph graph = builder.build();
#include <filesystem>
#include <optional>
#include <string_view>

#include "kg/graph/builder.h"
#include "kg/ingest/read_options.h"

namespace kg::ingest {

enum class InputFormat { json, json_lines, csv, tsv, graphml, gexf, ftm };

/// The format of `file`: `.ftm.json` (or `.ftm.jsonl`), or JSON whose first line is an object with "schema" and
/// "properties" → FollowTheMoney; `.jsonl`/`.ndjson` → JSON Lines; `.json` → a JSON document, unless its first line is
/// a complete object and the next line starts another (then JSON Lines); `.csv` → CSV (TSV if the header has a tab);
/// `.tsv` → TSV; `.graphml` → GraphML; `.gexf` → GEXF. Extensions are matched case-insensitively; other files starting
/// with `{` are sniffed as `.json`. Throws kg::graph::InputError for any other file, std::runtime_error when it cannot
/// be read.
InputFormat detect_format(const std::filesystem::path& file);

/// The format's name in messages: "JSON", "JSON Lines", "CSV", "TSV", "GraphML", "GEXF" or "FollowTheMoney".
std::string_view format_name(InputFormat format);

/// The format a name gives (`json`, `jsonl` or `ndjson`, `csv`, `tsv`, `graphml`, `gexf`, `ftm`; any case), or nullopt.
std::optional<InputFormat> parse_format_name(std::string_view name);

/// Reads `file` with the reader for detect_format(file), opening it once and reading it once, so a pipe or FIFO
/// (`/dev/stdin`) works: the format is told from the bytes the reader then takes. Throws kg::graph::InputError on
/// bad input, and when the file's start plainly is another format than its name says (JSON or XML named .csv, a
/// GEXF named .graphml, a spreadsheet workbook, gzip data or a kg graph file).
void read_input(const std::filesystem::path& file, kg::graph::GraphBuilder& builder, const ReadOptions& options = {});
/// Reads `file` as `format`, whatever its name (kg build --input-format), once, pipes too; its start is checked
/// as above.
void read_input(const std::filesystem::path& file, InputFormat format, kg::graph::GraphBuilder& builder,
                const ReadOptions& options = {});

}  // namespace kg::ingest
