#pragma once
/// The binary graph file (`case.kg`): a header (magic, format version, size, XXH3 checksum), a section table and
/// the graph's columns, 8-byte aligned, read back in one bulk read. See docs/ARCHITECTURE.md for the layout.
#include <cstdint>
#include <filesystem>
#include <stdexcept>

#include "kg/graph/graph.h"

namespace kg::graph {

inline constexpr std::uint32_t kGraphFormatVersion = 1;

/// A graph file that cannot be read: foreign, truncated, corrupt, or written by a newer kg.
class GraphFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Writes `graph` to `path` atomically (temporary file beside it, then rename). Throws std::system_error on I/O.
void save_graph_file(const Graph& graph, const std::filesystem::path& path);

/// Reads a graph file. Throws GraphFileError naming the file and what is wrong with it.
Graph load_graph_file(const std::filesystem::path& path);

}  // namespace kg::graph
