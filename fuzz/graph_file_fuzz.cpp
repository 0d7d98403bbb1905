// Fuzz target: a graph image from arbitrary bytes must be refused or be fully readable, never crash.
#include <algorithm>
#include <memory>

#include "fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::shared_ptr<std::byte[]> image(new std::byte[size]);  // aligned like a loaded file
  std::copy_n(reinterpret_cast<const std::byte*>(data), size, image.get());
  try {
    kg::fuzz::walk(kg::graph::Graph::from_image(image, size));
  } catch (const std::runtime_error&) {
  }
  return 0;
}
