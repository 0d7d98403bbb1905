#pragma once
// Shared by the fuzz targets: build whatever a reader accepted and touch every part of the resulting graph, so a
// reader or builder bug that yields an inconsistent graph shows up as a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include "kg/graph/builder.h"

namespace kg::fuzz {

/// Reads every node, edge, provenance record and property of `graph`; returns a checksum so nothing is elided.
std::uint64_t walk(const kg::graph::Graph& graph);

/// Runs `read(builder)`, then builds and walks the graph; bad input (InputError) is the expected outcome.
template <class Read>
void read_and_walk(Read read) {
  try {
    kg::graph::GraphBuilder builder;
    read(builder);
    walk(builder.build());
  } catch (const kg::graph::InputError&) {
  }
}

}  // namespace kg::fuzz
