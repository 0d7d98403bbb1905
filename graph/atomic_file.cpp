#include "kg/graph/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <system_error>

namespace kg::graph {
namespace {

[[noreturn]] void throw_io_error(const std::string& what, const std::filesystem::path& path) {
  throw std::system_error(errno, std::generic_category(), what + " " + path.string());
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
  std::string pattern = target_.string() + ".tmp-XXXXXX";
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) throw_io_error("cannot create a temporary file beside", target_);
  temporary_ = pattern;
  file_ = ::fdopen(fd, "wb");
  if (file_ == nullptr) {
    ::close(fd);
    std::filesystem::remove(temporary_);
    throw_io_error("cannot open", temporary_);
  }
  static constexpr std::size_t kBufferSize = 1 << 20;
  std::setvbuf(file_, nullptr, _IOFBF, kBufferSize);
}

AtomicFile::~AtomicFile() {
  if (file_ == nullptr) return;
  std::fclose(file_);
  std::error_code ignored;
  std::filesystem::remove(temporary_, ignored);
}

void AtomicFile::write(const void* data, std::size_t size) {
  if (size != 0 && std::fwrite(data, 1, size, file_) != size) throw_io_error("cannot write", temporary_);
}

void AtomicFile::write(std::string_view bytes) { write(bytes.data(), bytes.size()); }

void AtomicFile::commit() {
  if (std::fflush(file_) != 0 || ::fsync(::fileno(file_)) != 0) throw_io_error("cannot write", temporary_);
  // Match the permissions a plain open() would give (mkstemp makes the file 0600).
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(::fileno(file_), 0666 & ~mask);
  const int closed = std::fclose(file_);
  file_ = nullptr;
  if (closed != 0 || std::rename(temporary_.c_str(), target_.c_str()) != 0) {
    const int error = errno;
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
    throw std::system_error(error, std::generic_category(), "cannot write " + target_.string());
  }
}

}  // namespace kg::graph
