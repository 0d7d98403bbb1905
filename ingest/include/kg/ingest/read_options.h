#pragma once
/// Options shared by every reader: progress reporting, where warnings go and the lines diagnostics quote; how
/// GraphML and GEXF attributes map, and the mapping CSV files are read by, if any.
#include <cstdint>
#include <functional>

#include "kg/graph/diagnostics.h"
#include "kg/ingest/graph_attributes.h"

namespace kg::ingest {

struct CsvMapping;
class SourceLines;

/// Called after each chunk of input is read: bytes read so far and the input's size (0 when unknown).
using ProgressCallback = std::function<void(std::uint64_t bytes_read, std::uint64_t total_bytes)>;

struct ReadOptions {
  ProgressCallback progress;                ///< may be empty
  kg::graph::WarningSink warn;              ///< receives warnings such as unknown fields; may be empty
  SourceLines* lines = nullptr;             ///< if given, every byte read passes through it (see source_lines.h)
  GraphAttributes graph_attributes{};       ///< GraphML and GEXF only
  const CsvMapping* csv_mapping = nullptr;  ///< CSV and TSV: read by this mapping (kg build --map) when given
  /// CSV, TSV, JSON Lines and FtM from a regular file: read (and for CSV, parse) on a second thread, ahead of the
  /// builder. The graph, warnings and errors are the same as without it.
  bool parse_ahead = false;
};

}  // namespace kg::ingest
