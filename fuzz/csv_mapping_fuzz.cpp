// Fuzz target: CSV by mapping. The bytes before the first NUL are the mapping (JSON), the bytes after it one CSV
// file; without a NUL, all of them are a CSV file read by a fixed mapping that uses every field. Then build and walk.
#include <optional>
#include <string_view>

#include "fuzz_target.h"
#include "kg/ingest/csv_mapping.h"
#include "kg/ingest/csv_reader.h"

namespace {

constexpr std::string_view kMapping = R"({
  "entities": {"id": "node_id", "name": ["name", "address"], "type": "type", "aliases": "former_name"},
  "facts": {"subject": "node_id_start", "object": "node_id_end", "predicate": "rel_type", "start": "start_date",
            "end": "end_date", "source": "sourceID", "confidence": "c", "quote": "q", "date_format": "%d-%b-%Y"},
  "files": [{"file": "f*.csv", "entities": {"type": {"value": "Company"}, "alias_separator": "|"}}]
})";

/// The fixed mapping, parsed once (not on every input).
const kg::ingest::CsvMapping& fixed_mapping() {
  static const kg::ingest::CsvMapping mapping = kg::ingest::parse_csv_mapping(kMapping, "mapping.json");
  return mapping;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = input.find('\0');
  const std::string_view csv = split == std::string_view::npos ? input : input.substr(split + 1);
  kg::fuzz::read_and_walk([&](kg::graph::GraphBuilder& builder) {
    std::optional<kg::ingest::CsvMapping> given;
    if (split != std::string_view::npos) given = kg::ingest::parse_csv_mapping(input.substr(0, split), "mapping.json");
    kg::ingest::ReadOptions options;
    options.csv_mapping = given ? &*given : &fixed_mapping();
    kg::ingest::read_csv(csv, "fuzz.csv", builder, options);
  });
  return 0;
}
