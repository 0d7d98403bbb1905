#include "kg/graph/atomic_file.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <system_error>

#include "path_registry.h"

namespace kg::graph {
namespace {

struct NoExtra {};

detail::PathRegistry<NoExtra>& temporary_files() {
  static detail::PathRegistry<NoExtra> registry;
  return registry;
}

[[noreturn]] void throw_io_error(const std::string& what, const std::filesystem::path& path) {
  throw std::system_error(errno, std::generic_category(), what + " " + path.string());
}

/// `path` with every symbolic link along the chain that names it followed, even to a file that does not exist
/// yet (a dangling link is written through, as the shell's `>` does).
std::filesystem::path follow_links(std::filesystem::path path) {
  for (int depth = 0; depth < 40; ++depth) {
    std::error_code error;
    if (!std::filesystem::is_symlink(std::filesystem::symlink_status(path, error))) return path;
    const std::filesystem::path link = std::filesystem::read_symlink(path, error);
    if (error) throw std::system_error(error, "cannot follow the symbolic link " + path.string());
    path = link.is_absolute() ? link : path.parent_path() / link;
  }
  errno = ELOOP;
  throw_io_error("cannot follow the symbolic links to", path);
}

/// Holds back SIGINT, SIGTERM and SIGHUP while it lives, so that a file is never created but not yet listed for
/// remove_temporary_files.
class TerminationSignalsHeld {
 public:
  TerminationSignalsHeld() {
    sigset_t held;
    sigemptyset(&held);
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&held, signal);
    ::pthread_sigmask(SIG_BLOCK, &held, &before_);
  }
  ~TerminationSignalsHeld() { ::pthread_sigmask(SIG_SETMASK, &before_, nullptr); }
  TerminationSignalsHeld(const TerminationSignalsHeld&) = delete;
  TerminationSignalsHeld& operator=(const TerminationSignalsHeld&) = delete;

 private:
  sigset_t before_;
};

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
  struct stat existing {};
  if (::stat(target_.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
    if (S_ISDIR(existing.st_mode)) {
      errno = EISDIR;
      throw_io_error("cannot write", target_);
    }
    // A device, FIFO or terminal: written in place, as a stream.
    const int fd = ::open(target_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0 || (file_ = ::fdopen(fd, "wb")) == nullptr) {
      if (fd >= 0) ::close(fd);
      throw_io_error("cannot open", target_);
    }
    return;
  }
  destination_ = follow_links(target_);
  if (::stat(destination_.c_str(), &existing) == 0) replaced_ = existing;
  open_temporary();
}

void AtomicFile::open_temporary() {
  std::string pattern = destination_.string() + ".tmp-XXXXXX";
  const TerminationSignalsHeld held;
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) throw_io_error("cannot create a temporary file beside", destination_);
  temporary_ = pattern;
  registered_ = temporary_files().add(temporary_.native());
  file_ = ::fdopen(fd, "wb");
  if (file_ == nullptr) {
    ::close(fd);
    abandon();
    throw_io_error("cannot open", temporary_);
  }
  static constexpr std::size_t kBufferSize = 1 << 20;
  std::setvbuf(file_, nullptr, _IOFBF, kBufferSize);
}

void AtomicFile::abandon() noexcept {
  if (temporary_.empty()) return;
  std::error_code ignored;
  std::filesystem::remove(temporary_, ignored);
  if (registered_) temporary_files().remove(*registered_);
  registered_.reset();
}

AtomicFile::~AtomicFile() {
  if (file_ == nullptr) return;
  std::fclose(file_);
  abandon();
}

void AtomicFile::write(const void* data, std::size_t size) {
  if (size != 0 && std::fwrite(data, 1, size, file_) != size) {
    throw_io_error("cannot write", temporary_.empty() ? target_ : temporary_);
  }
}

void AtomicFile::write(std::string_view bytes) { write(bytes.data(), bytes.size()); }

void AtomicFile::commit() {
  if (temporary_.empty()) {  // written directly
    const bool flushed = std::fflush(file_) == 0;
    const bool closed = std::fclose(file_) == 0;
    file_ = nullptr;
    if (!flushed || !closed) throw_io_error("cannot write", target_);
    return;
  }
  if (std::fflush(file_) != 0 || ::fsync(::fileno(file_)) != 0) throw_io_error("cannot write", temporary_);
  const int fd = ::fileno(file_);
  if (replaced_) {
    // Keep what the replaced file had: its permissions, and its owner and group where the system lets us.
    if (::fchown(fd, replaced_->st_uid, replaced_->st_gid) != 0) {
      // Not root: keep at least the group, if we belong to it; otherwise the new file is ours.
      if (::fchown(fd, static_cast<uid_t>(-1), replaced_->st_gid) != 0) errno = 0;
    }
    ::fchmod(fd, replaced_->st_mode & 07777);
  } else {
    // The permissions a plain open() would give (mkstemp makes the file 0600).
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  const int closed = std::fclose(file_);
  file_ = nullptr;
  if (closed != 0 || std::rename(temporary_.c_str(), destination_.c_str()) != 0) {
    const int error = errno;
    abandon();
    throw std::system_error(error, std::generic_category(), "cannot write " + target_.string());
  }
  if (registered_) temporary_files().remove(*registered_);
  registered_.reset();
}

void remove_temporary_files() noexcept {
  temporary_files().for_each([](const char* path, const NoExtra&) { ::unlink(path); });
}

}  // namespace kg::graph
