#pragma once
// Each reader over an already open ByteSource: what read_input calls once it has opened the input (once) and
// told its format from the first bytes. The public read_* functions open their own source and call these.
#include <optional>
#include <string_view>

#include "byte_source.h"
#include "kg/graph/builder.h"
#include "kg/ingest/read_options.h"

namespace kg::ingest::detail {

void read_json_source(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                      const ReadOptions& options);
void read_json_lines_source(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                            const ReadOptions& options);
/// `separator` as read_csv takes it; by options.csv_mapping when given.
void read_csv_source(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                     const ReadOptions& options, std::optional<char> separator);
void read_graphml_source(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                         const ReadOptions& options);
void read_gexf_source(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                      const ReadOptions& options);
void read_ftm_source(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                     const ReadOptions& options);

}  // namespace kg::ingest::detail
