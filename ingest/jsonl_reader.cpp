#include "kg/ingest/jsonl_reader.h"

#include <optional>

#include "byte_source.h"
#include "json_line_objects.h"
#include "json_records.h"
#include "source_readers.h"

namespace kg::ingest {

void detail::read_json_lines_source(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                                    const ReadOptions& options) {
  std::optional<JsonRecords> records;
  read_json_line_objects(source, display_name, options.parse_ahead, [&](TextPositions& positions) {
    records.emplace(builder, display_name, positions, options);
    return [&](const JsonTree& tree) { records->add_line_record(tree); };
  });
}

void read_json_lines(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
                     const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::from_memory(text, options);
  detail::read_json_lines_source(source, display_name, builder, options);
}

void read_json_lines_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder,
                          const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::open_file(file, options);
  detail::read_json_lines_source(source, file.string(), builder, options);
}

}  // namespace kg::ingest
