#pragma once
/// CsvMapping: how the columns of foreign CSV files (a leak's node and relationship tables, a registry export) map
/// to kg's entities and facts, read from a mapping file (docs/FORMAT.md, "CSV by mapping"):
///
///   kg::ingest::CsvMapping mapping = kg::ingest::load_csv_mapping("mapping.json");
///   kg::ingest::ReadOptions options;
///   options.csv_mapping = &mapping;
///   kg::ingest::read_input("nodes.csv", builder, options);
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

/// A value taken from the first non-empty of some columns (of several, those a file lacks are skipped), or a
/// constant. Empty when the mapping does not say.
struct MappedValue {
  std::vector<std::string> columns;
  std::optional<std::string> constant;
  bool empty() const { return columns.empty() && !constant; }
};

/// Which columns give an entity.
struct EntityColumns {
  MappedValue id, name, type, aliases;
  std::optional<std::string> alias_separator;  ///< default `;`
};

/// Which columns give a fact and its provenance.
struct FactColumns {
  MappedValue subject, object, predicate, date, start, end, source, confidence, quote;
  std::vector<std::string> date_formats;  ///< strptime-like (%Y %m %d %b %B); ISO 8601 is always accepted too
};

/// Columns for the files whose name matches `file` (`*` and `?` wildcards), overriding the mapping's own.
struct CsvFileRule {
  std::string file;
  std::optional<EntityColumns> entities;
  std::optional<FactColumns> facts;
};

struct CsvMapping {
  std::string display_name;  ///< the mapping file, for messages
  std::optional<EntityColumns> entities;
  std::optional<FactColumns> facts;
  std::vector<CsvFileRule> files;

  /// The columns for `file_name` (a file's name, without its folder): the first rule whose pattern matches it
  /// laid over the mapping's own columns, field by field.
  CsvMapping for_file(std::string_view file_name) const;
};

/// Parses a mapping from `text`; errors cite `display_name`. Throws kg::graph::InputError on a bad mapping.
CsvMapping parse_csv_mapping(std::string_view text, std::string_view display_name);
/// Reads a mapping file; throws std::runtime_error when it cannot be read.
CsvMapping load_csv_mapping(const std::filesystem::path& file);

}  // namespace kg::ingest
