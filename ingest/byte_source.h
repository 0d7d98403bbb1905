#pragma once
/// ByteSource: an input's bytes in chunks, from a file or from memory, reporting progress as it goes.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string_view>

#include "kg/ingest/read_options.h"

namespace kg::ingest::detail {

class ByteSource {
 public:
  /// Opens `file` for reading; throws std::runtime_error when it cannot be opened (an environment failure).
  static ByteSource open_file(const std::filesystem::path& file, const ReadOptions& options);
  /// Serves `text`, which must outlive the source.
  static ByteSource from_memory(std::string_view text, const ReadOptions& options);

  /// Copies up to `size` bytes into `out`; returns 0 only at the end of the input.
  std::size_t read(char* out, std::size_t size);
  std::uint64_t total() const { return total_; }

 private:
  struct CloseFile {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  ByteSource(const ReadOptions& options, std::uint64_t total) : progress_(&options.progress), total_(total) {}

  std::unique_ptr<std::FILE, CloseFile> file_;
  std::filesystem::path path_;
  std::string_view memory_;
  const ProgressCallback* progress_;
  std::uint64_t total_ = 0;
  std::uint64_t done_ = 0;
};

}  // namespace kg::ingest::detail
