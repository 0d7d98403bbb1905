#pragma once
/// AtomicFile: writes an output file so that it appears whole or not at all (temporary file beside the target,
/// renamed into place on commit(); removed if the writer is destroyed without commit()).
#include <cstdio>
#include <filesystem>
#include <string_view>

namespace kg::graph {

class AtomicFile {
 public:
  /// Creates `target.tmp-XXXXXX` beside `target`. Throws std::system_error when it cannot.
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
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  std::FILE* file_ = nullptr;
};

}  // namespace kg::graph
