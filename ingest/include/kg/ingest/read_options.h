#pragma once
/// Options shared by every reader: progress reporting and where warnings go.
#include <cstdint>
#include <functional>

#include "kg/graph/diagnostics.h"

namespace kg::ingest {

/// Called after each chunk of input is read: bytes read so far and the input's size (0 when unknown).
using ProgressCallback = std::function<void(std::uint64_t bytes_read, std::uint64_t total_bytes)>;

struct ReadOptions {
  ProgressCallback progress;    ///< may be empty
  kg::graph::WarningSink warn;  ///< receives warnings such as unknown fields; may be empty
};

}  // namespace kg::ingest
