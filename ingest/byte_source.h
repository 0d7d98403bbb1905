#pragma once
/// ByteSource: an input's bytes in chunks, from a file or from memory, read once: progress is reported and
/// ReadOptions::lines sees every byte as it goes, and the first bytes can be looked at (to tell the format) before
/// the reader takes them, so a pipe is never opened or read twice.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "kg/ingest/read_options.h"

namespace kg::ingest::detail {

class ByteSource {
 public:
  /// Opens `file` for reading; throws std::runtime_error when it cannot be opened (an environment failure).
  static ByteSource open_file(const std::filesystem::path& file, const ReadOptions& options);
  /// Serves `text`, which must outlive the source.
  static ByteSource from_memory(std::string_view text, const ReadOptions& options);

  /// The first `size` bytes (fewer if the input is shorter), which read() then serves again.
  std::string_view head(std::size_t size);
  /// Copies up to `size` bytes into `out`; returns 0 only at the end of the input.
  std::size_t read(char* out, std::size_t size);
  std::uint64_t total() const { return total_; }
  /// Whether the input is a regular file (which SourceLines can read again for any line).
  bool regular_file() const { return regular_; }
  /// Bytes read so far.
  std::uint64_t done() const { return done_; }
  /// Stops read() from reporting progress, for a reader that reads on another thread and reports with
  /// report_progress() on its own.
  void hold_progress() { hold_progress_ = true; }
  /// Reports `done` bytes of total() read to ReadOptions::progress, if any.
  void report_progress(std::uint64_t done) const {
    if (options_->progress) options_->progress(done, total_);
  }

 private:
  struct CloseFile {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  explicit ByteSource(const ReadOptions& options, std::uint64_t total) : options_(&options), total_(total) {}
  std::size_t read_input(char* out, std::size_t size);

  std::unique_ptr<std::FILE, CloseFile> file_;
  std::filesystem::path path_;
  std::string_view memory_;
  const ReadOptions* options_;
  std::string head_;  // bytes looked at by head(), not yet served by read()
  std::size_t head_served_ = 0;
  std::uint64_t total_ = 0;
  std::uint64_t done_ = 0;
  bool regular_ = false;
  bool hold_progress_ = false;
};

/// The first size of a reader's growing buffer for an input of `total` bytes (0: unknown): 1 MiB, or the input's
/// size and a little more when that is less, so a small input does not cost a large buffer.
inline std::size_t initial_buffer_size(std::uint64_t total) {
  constexpr std::size_t kDefault = std::size_t{1} << 20;
  return total != 0 && total < kDefault ? static_cast<std::size_t>(total) + 64 : kDefault;
}

}  // namespace kg::ingest::detail
