#pragma once
/// Reader for CSV and TSV files of entities (header with `id`) or facts (header with `subject`, `predicate` and
/// `object`); other columns become typed properties (docs/FORMAT.md). With ReadOptions::csv_mapping, the mapping
/// names the columns instead (docs/FORMAT.md, "CSV by mapping").
///
///   kg::ingest::read_csv("subject,predicate,object\na,knows,b\n", "facts.csv", builder);
#include <filesystem>
#include <optional>
#include <string_view>

#include "kg/graph/builder.h"
#include "kg/ingest/read_options.h"

namespace kg::ingest {

/// Reads CSV from `text`; errors cite `display_name`. Without `separator`, a tab in the header line makes it TSV,
/// otherwise fields are separated by commas. Throws kg::graph::InputError on bad input.
void read_csv(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
              const ReadOptions& options = {}, std::optional<char> separator = std::nullopt);
/// Reads CSV from `file`; throws std::runtime_error when the file cannot be read.
void read_csv_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder, const ReadOptions& options = {},
                   std::optional<char> separator = std::nullopt);

}  // namespace kg::ingest
