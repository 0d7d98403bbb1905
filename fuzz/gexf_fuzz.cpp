// Fuzz target: the gexf reader, from memory, then build and walk the graph.
#include <string_view>

#include "fuzz_target.h"
#include "kg/ingest/gexf_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  kg::fuzz::read_and_walk([&](kg::graph::GraphBuilder& builder) { kg::ingest::read_gexf(text, "fuzz", builder); });
  return 0;
}
