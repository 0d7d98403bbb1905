#include "kg/graph/graph_file.h"

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>
#include <vector>

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

struct FdCloser {
  int fd;
  ~FdCloser() { ::close(fd); }
};

[[noreturn]] void cannot_read(const std::filesystem::path& path, int error) {
  throw GraphFileError(fmt::format("cannot read graph file {}: {}", path.string(), std::strerror(error)));
}

// The file's bytes, mapped read-only (the pages come straight from the page cache: no copy). Files that cannot be
// mapped (pipes, some special files) are read in one bulk read into an uninitialised buffer instead.
// kg replaces graph files by rename, never in place, so a mapped file does not change under a reader.
std::pair<std::shared_ptr<const std::byte[]>, std::size_t> read_image(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw GraphFileError(fmt::format("cannot open graph file {}: {}", path.string(), std::strerror(errno)));
  }
  const FdCloser closer{fd};
  struct stat status {};
  if (::fstat(fd, &status) != 0) cannot_read(path, errno);
  if (S_ISDIR(status.st_mode)) cannot_read(path, EISDIR);
  const auto size = static_cast<std::size_t>(status.st_size);
  if (S_ISREG(status.st_mode) && size != 0) {
    void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (mapped != MAP_FAILED) {
      return {std::shared_ptr<const std::byte[]>(
                  static_cast<const std::byte*>(mapped),
                  [size](const std::byte* bytes) { ::munmap(const_cast<std::byte*>(bytes), size); }),
              size};
    }
  }
  std::vector<std::byte> bytes;
  std::byte chunk[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, chunk, sizeof(chunk));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) cannot_read(path, errno);
    if (got == 0) break;
    bytes.insert(bytes.end(), chunk, chunk + got);
  }
  std::shared_ptr<std::byte[]> copy(new std::byte[bytes.size()]);
  std::copy(bytes.begin(), bytes.end(), copy.get());
  return {std::move(copy), bytes.size()};
}

}  // namespace

Graph load_graph_file(const std::filesystem::path& path) {
  auto [bytes, size] = read_image(path);
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
