#include "kg/graph/graph_file.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <system_error>

#include "image.h"
#include "kg/graph/atomic_file.h"

namespace kg::graph {

void save_graph_file(const Graph& graph, const std::filesystem::path& path) {
  AtomicFile file(path);
  const std::span<const std::byte> image = graph.image();
  file.write(image.data(), image.size());
  file.commit();
}

namespace {

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

}  // namespace

Graph load_graph_file(const std::filesystem::path& path) {
  const std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    throw GraphFileError(fmt::format("cannot open graph file {}: {}", path.string(), std::strerror(errno)));
  }
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) throw GraphFileError(fmt::format("cannot read graph file {}: {}", path.string(), error.message()));
  // One bulk read into an uninitialised buffer: no per-element parsing, no zero-filling.
  std::shared_ptr<std::byte[]> bytes(new std::byte[size]);
  if (size != 0 && std::fread(bytes.get(), 1, size, file.get()) != size) {
    throw GraphFileError(fmt::format("cannot read graph file {}: {}", path.string(), std::strerror(errno)));
  }
  try {
    const detail::ImageReader reader(bytes.get(), size);
    if (reader.stored_checksum() != detail::image_checksum(bytes.get(), size)) {
      throw std::runtime_error("corrupt graph file (checksum mismatch)");
    }
    return Graph::from_image(std::move(bytes), size);
  } catch (const std::runtime_error& problem) {
    throw GraphFileError(fmt::format("{}: {}", path.string(), problem.what()));
  }
}

}  // namespace kg::graph
