#pragma once
/// The benchmarks' deterministic generator of analyst-like graphs: typed entities, 12 predicates, power-law
/// degrees (Chung-Lu), provenance (source, date, confidence, sometimes a quote) on a share of the facts, and a
/// file of random query pairs. The same options and seed give the same bytes on every machine (no std::
/// distributions, whose output is implementation-defined).
///
///   kg::bench::GeneratedGraph graph = kg::bench::generate_graph({.nodes = 200'000, .facts = 1'000'000});
///   kg::bench::write_dataset(graph, "bench-data/medium");
#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::bench {

/// A named size from issue 5: small 10k/50k, medium 200k/1M, large 1M/5M nodes/facts.
struct SizePreset {
  std::string_view name;
  std::uint32_t nodes;
  std::uint32_t facts;
};
inline constexpr std::array<SizePreset, 3> kSizePresets{
    {{"small", 10'000, 50'000}, {"medium", 200'000, 1'000'000}, {"large", 1'000'000, 5'000'000}}};
std::optional<SizePreset> find_size_preset(std::string_view name);

struct GeneratorOptions {
  std::uint32_t nodes = 10'000;
  std::uint32_t facts = 50'000;
  std::uint64_t seed = 2010;
  double degree_exponent = 2.5;   ///< γ of the expected degree distribution P(k) ~ k^-γ
  double provenance_share = 0.4;  ///< facts that cite a source, a date and a confidence
  double quote_share = 0.25;      ///< of those, facts that also carry a quote
  std::uint32_t queries = 1000;   ///< random (from, to) pairs among nodes with at least one fact
};

/// One fact; endpoints are node indices. Facts without provenance have source 0 and no date or confidence.
struct GeneratedFact {
  std::uint32_t subject = 0;
  std::uint32_t object = 0;
  std::uint32_t source = 0;  ///< 1..source_count, 0 for none
  std::int32_t date = 0;     ///< packed yyyymmdd with 00 for a missing month/day; 0 for undated
  std::uint8_t predicate = 0;
  std::uint8_t confidence_percent = 0;  ///< 0 for none, else 50..100
  bool quote = false;
};

struct GeneratedGraph {
  GeneratorOptions options;
  std::uint32_t source_count = 0;
  std::vector<std::uint8_t> node_type;  ///< index into entity_type_names()
  std::vector<GeneratedFact> facts;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> queries;

  std::uint32_t node_count() const { return static_cast<std::uint32_t>(node_type.size()); }
  /// The entity id, e.g. `person-17`; unique.
  std::string node_key(std::uint32_t node) const;
  /// The display name, e.g. `Aziz Karomiv`; unique, so that names never make a reference ambiguous.
  std::string node_name(std::uint32_t node) const;
};

std::span<const std::string_view> entity_type_names();
std::span<const std::string_view> predicate_names();

GeneratedGraph generate_graph(const GeneratorOptions& options);

/// The files of one data set, all in one folder. JSON Lines: sources, entities and facts; CSV: entities and
/// facts (CSV cannot declare sources, so a CSV build reads sources.jsonl too); queries.tsv: `from\tto` ids.
struct DatasetFiles {
  std::filesystem::path sources_jsonl, entities_jsonl, facts_jsonl, entities_csv, facts_csv, queries;

  explicit DatasetFiles(const std::filesystem::path& folder);
  std::vector<std::filesystem::path> jsonl_inputs() const { return {sources_jsonl, entities_jsonl, facts_jsonl}; }
  std::vector<std::filesystem::path> csv_inputs() const { return {sources_jsonl, entities_csv, facts_csv}; }
};

/// Writes every file of DatasetFiles(folder), creating the folder. Throws std::system_error on I/O failure.
void write_dataset(const GeneratedGraph& graph, const std::filesystem::path& folder);

/// Reads queries.tsv back: (from id, to id) pairs. Throws std::runtime_error when it cannot.
std::vector<std::pair<std::string, std::string>> read_queries(const std::filesystem::path& file);

}  // namespace kg::bench
