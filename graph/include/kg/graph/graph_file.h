#pragma once
/// The binary graph file (`case.kg`): a header (magic, format version, size, XXH3 checksum), a section table and
/// the graph's columns, 8-byte aligned, mapped into memory when loaded. See docs/ARCHITECTURE.md for the layout.
#include <cstdint>
#include <filesystem>
#include <stdexcept>

#include "kg/graph/graph.h"

namespace kg::graph {

/// The format this kg writes and reads. 2 added the decisions and the extra ids of merged nodes; 3 the statement
/// grades and source reliability; 4 interval dates on statements (prov_date_end); 5 sparse provenance columns; 6
/// 32-bit string offsets, the quotes compressed in their own pool and repeated sections stored once. An older file
/// is refused with both versions.
inline constexpr std::uint32_t kGraphFormatVersion = 6;

/// A graph file that cannot be read: foreign, truncated, corrupt, or written by a newer or older kg.
class GraphFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Writes `graph` to `path` atomically (temporary file beside it, then rename). Throws std::system_error on I/O.
void save_graph_file(const Graph& graph, const std::filesystem::path& path);

struct LoadOptions {
  /// Map a regular file rather than copy it (faster, no copy in memory). A mapped file must not change in place
  /// while the Graph lives: if another program truncates it, reading the lost pages raises SIGBUS, and a rewrite
  /// may break the checks made at load (the kg CLI turns either fault into an error naming the file: see
  /// mapped_graph_file_at and changed_graph_file). Give false when the file may change in place.
  bool map = true;
};

/// Reads a graph file: the 40-byte header first (a foreign file is refused without reading further), then the
/// size it states and no more (a pipe or device is read up to that size, never to its end). Throws
/// GraphFileError naming the file and what is wrong with it.
Graph load_graph_file(const std::filesystem::path& path, const LoadOptions& options = {});

/// The path of the mapped graph file whose pages hold `address`, or nullptr. Async-signal-safe: a SIGBUS handler
/// calls it to tell a graph file truncated under kg from a bug.
const char* mapped_graph_file_at(const void* address) noexcept;

/// The path of a mapped graph file whose size or modification time has changed since it was loaded, or nullptr.
/// Async-signal-safe: a SIGSEGV or SIGBUS handler calls it to blame a file rewritten under kg, not kg.
const char* changed_graph_file() noexcept;

}  // namespace kg::graph
