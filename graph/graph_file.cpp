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
#include "path_registry.h"

namespace kg::graph {

void save_graph_file(const Graph& graph, const std::filesystem::path& path) {
  AtomicFile file(path);
  const std::span<const std::byte> image = graph.image();
  file.write(image.data(), image.size());
  file.commit();
}

namespace {

using Bytes = std::pair<std::shared_ptr<const std::byte[]>, std::size_t>;

/// A mapped graph file as a signal handler sees it: where it lies in memory, and the open file with its size and
/// modification time at load, to tell whether another program has changed it since.
struct Mapping {
  const char* begin = nullptr;
  std::size_t size = 0;
  int fd = -1;
  struct timespec modified {};
};

detail::PathRegistry<Mapping>& mapped_files() {
  static detail::PathRegistry<Mapping> registry;
  return registry;
}

struct FdCloser {
  int fd;
  ~FdCloser() {
    if (fd >= 0) ::close(fd);
  }
};

[[noreturn]] void cannot_read(const std::filesystem::path& path, int error) {
  throw GraphFileError(fmt::format("cannot read graph file {}: {}", path.string(), std::strerror(error)));
}

[[noreturn]] void refuse(const std::filesystem::path& path, const std::runtime_error& problem) {
  throw GraphFileError(fmt::format("{}: {}", path.string(), problem.what()));
}

/// An older format is refused with both versions and the command that rebuilds the file.
[[noreturn]] void refuse_older(const std::filesystem::path& path, const detail::OlderGraphFormat& older) {
  throw GraphFileError(
      fmt::format("{}: written by an older kg (graph format version {}; this kg reads version {}); "
                  "rebuild it from its input files: kg build INPUT... -o {}",
                  path.string(), older.version(), kGraphFormatVersion, path.string()));
}

/// Reads into `out` until it holds `size` bytes or the input ends; returns the bytes read.
std::size_t read_up_to(int fd, const std::filesystem::path& path, std::byte* out, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t got = ::read(fd, out + done, size - done);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) cannot_read(path, errno);
    if (got == 0) break;
    done += static_cast<std::size_t>(got);
  }
  return done;
}

/// The header, read and checked first: a foreign file of any size (or /dev/zero) is refused after 40 bytes.
detail::ImageHeader read_header(int fd, const std::filesystem::path& path, std::byte (&header)[40]) {
  const std::size_t got = read_up_to(fd, path, header, sizeof(header));
  try {
    return detail::check_header(header, got);
  } catch (const detail::OlderGraphFormat& older) {
    refuse_older(path, older);
  } catch (const std::runtime_error& problem) {
    refuse(path, problem);
  }
}

/// The rest of the image after its header: at most the size the header states (and one byte more, so that a
/// longer input is caught), in a buffer that grows only as bytes arrive, so a lying header costs no memory.
Bytes read_rest(int fd, const std::filesystem::path& path, const std::byte (&header)[40], std::uint64_t stated) {
  std::vector<std::byte> bytes(header, header + sizeof(header));
  const std::uint64_t wanted = stated == UINT64_MAX ? stated : stated + 1;
  while (bytes.size() < wanted) {
    const std::size_t before = bytes.size();
    const std::uint64_t step = std::min<std::uint64_t>(wanted - before, std::max<std::size_t>(before, 1 << 16));
    bytes.resize(before + step);
    const std::size_t got = read_up_to(fd, path, bytes.data() + before, step);
    bytes.resize(before + got);
    if (got < step) break;
  }
  std::shared_ptr<std::byte[]> copy(new std::byte[bytes.size()]);
  std::copy(bytes.begin(), bytes.end(), copy.get());
  return {std::move(copy), bytes.size()};
}

/// The whole file mapped read-only (pages straight from the page cache: no copy), registered with its open file
/// so that a fault handler can tell that the file changed under us. Takes `fd` (closed with the mapping); nullopt,
/// leaving `fd` alone, when the file cannot be mapped or all registry slots are taken.
std::optional<Bytes> map_file(int& fd, const std::filesystem::path& path, const struct stat& status) {
  const auto size = static_cast<std::size_t>(status.st_size);
  void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  if (mapped == MAP_FAILED) return std::nullopt;
  const Mapping mapping{static_cast<const char*>(mapped), size, fd, status.st_mtim};
  const std::optional<std::size_t> slot = mapped_files().add(path.string(), mapping);
  if (!slot) {
    ::munmap(mapped, size);
    return std::nullopt;
  }
  fd = -1;
  return Bytes{std::shared_ptr<const std::byte[]>(static_cast<const std::byte*>(mapped),
                                                  [mapping, slot = *slot](const std::byte*) {
                                                    mapped_files().remove(slot);
                                                    ::munmap(const_cast<char*>(mapping.begin), mapping.size);
                                                    ::close(mapping.fd);
                                                  }),
               size};
}

Bytes read_image(const std::filesystem::path& path, const LoadOptions& options) {
  FdCloser file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  const int fd = file.fd;
  if (fd < 0) {
    throw GraphFileError(fmt::format("cannot open graph file {}: {}", path.string(), std::strerror(errno)));
  }
  struct stat status {};
  if (::fstat(fd, &status) != 0) cannot_read(path, errno);
  if (S_ISDIR(status.st_mode)) cannot_read(path, EISDIR);
  std::byte header_bytes[40];
  const detail::ImageHeader header = read_header(fd, path, header_bytes);
  const auto size = static_cast<std::uint64_t>(status.st_size);
  if (S_ISREG(status.st_mode)) {
    try {
      detail::check_size(header, size);  // before mapping: a foreign file with our signature is not read whole
    } catch (const std::runtime_error& problem) {
      refuse(path, problem);
    }
    if (options.map) {
      if (std::optional<Bytes> mapped = map_file(file.fd, path, status)) return std::move(*mapped);
    }
  }
  return read_rest(fd, path, header_bytes, header.file_size);
}

}  // namespace

Graph load_graph_file(const std::filesystem::path& path, const LoadOptions& options) {
  auto [bytes, size] = read_image(path, options);
  try {
    const detail::ImageReader reader(bytes.get(), size);
    if (reader.stored_checksum() != detail::image_checksum(bytes.get(), size)) {
      throw std::runtime_error("corrupt graph file (checksum mismatch)");
    }
    return Graph::from_image(std::move(bytes), size);
  } catch (const detail::OlderGraphFormat& older) {
    refuse_older(path, older);
  } catch (const std::runtime_error& problem) {
    refuse(path, problem);
  }
}

const char* mapped_graph_file_at(const void* address) noexcept {
  const char* found = nullptr;
  const auto* at = static_cast<const char*>(address);
  mapped_files().for_each([&](const char* path, const Mapping& mapping) {
    if (at >= mapping.begin && at < mapping.begin + mapping.size) found = path;
  });
  return found;
}

const char* changed_graph_file() noexcept {
  const char* found = nullptr;
  mapped_files().for_each([&](const char* path, const Mapping& mapping) {
    struct stat now {};
    const bool changed = ::fstat(mapping.fd, &now) != 0 || static_cast<std::size_t>(now.st_size) != mapping.size ||
                         now.st_mtim.tv_sec != mapping.modified.tv_sec ||
                         now.st_mtim.tv_nsec != mapping.modified.tv_nsec;
    if (changed) found = path;
  });
  return found;
}

}  // namespace kg::graph
