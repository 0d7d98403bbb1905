#pragma once
/// AtomicFile: writes an output file so that it appears whole or not at all (temporary file beside the target,
/// renamed into place on commit(); removed if the writer is destroyed without commit()).
///
/// The target is what the user meant: a symbolic link is followed and the file it points to is replaced (the
/// temporary file sits beside that file), keeping its permission bits and, as far as the system allows, its
/// owner and group. A target that exists and is not a regular file (/dev/null, /dev/stdout on a pipe or a
/// terminal, a FIFO) is written directly, as a stream: there is nothing to rename, so a failed write may leave
/// part of the output there. A hard-linked target is replaced at this name only; its other names keep the old
/// contents.
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <optional>
#include <string_view>

namespace kg::graph {

class AtomicFile {
 public:
  /// Creates the temporary file `<target>.tmp-XXXXXX` beside the target (or opens a non-regular target). Throws
  /// std::system_error when it cannot.
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  /// Appends bytes (buffered). Throws std::system_error on a write error (full disk, ...).
  void write(std::string_view bytes);
  void write(const void* data, std::size_t size);
  /// Flushes, syncs and renames onto the target. Throws std::system_error on failure (the target is untouched).
  void commit();

  const std::filesystem::path& target() const { return target_; }

 private:
  void open_temporary();
  void abandon() noexcept;

  std::filesystem::path target_;         // as given, for messages
  std::filesystem::path destination_;    // the target with symbolic links followed: what commit() replaces
  std::filesystem::path temporary_;      // empty when writing a non-regular target directly
  std::optional<struct stat> replaced_;  // the regular file commit() replaces, if there is one
  std::optional<std::size_t> registered_;
  std::FILE* file_ = nullptr;
};

/// Removes every temporary file that AtomicFiles of this process have open. Async-signal-safe: for the handlers
/// of SIGINT and SIGTERM, so that an interrupted build or export leaves no `.tmp-XXXXXX` file behind.
void remove_temporary_files() noexcept;

}  // namespace kg::graph
