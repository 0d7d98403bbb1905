#pragma once
/// read_mapped_csv: a CSV/TSV file read by a CsvMapping instead of by kg's column names (kg build --map).
#include <string_view>

#include "byte_source.h"
#include "kg/graph/builder.h"
#include "kg/ingest/csv_mapping.h"

namespace kg::ingest::detail {

/// Reads `source` with the columns `mapping` gives for its file name (CsvMapping::for_file); `separator` as
/// CsvParser takes it; `parse_ahead` as CsvRecords takes it. Throws kg::graph::InputError on bad input or a
/// mapping that does not fit the header.
void read_mapped_csv(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                     const CsvMapping& mapping, char separator, bool parse_ahead);

}  // namespace kg::ingest::detail
