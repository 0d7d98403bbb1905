#include "byte_source.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <system_error>

namespace kg::ingest::detail {

ByteSource ByteSource::open_file(const std::filesystem::path& file, const ReadOptions& options) {
  std::error_code size_error;
  const std::uintmax_t size = std::filesystem::file_size(file, size_error);
  ByteSource source(options, size_error ? 0 : size);
  source.path_ = file;
  source.file_.reset(std::fopen(file.c_str(), "rb"));
  if (!source.file_) {
    throw std::runtime_error(fmt::format("cannot open {}: {}", file.string(), std::strerror(errno)));
  }
  return source;
}

ByteSource ByteSource::from_memory(std::string_view text, const ReadOptions& options) {
  ByteSource source(options, text.size());
  source.memory_ = text;
  return source;
}

std::size_t ByteSource::read(char* out, std::size_t size) {
  std::size_t count = 0;
  if (file_) {
    count = std::fread(out, 1, size, file_.get());
    if (count < size && std::ferror(file_.get()) != 0) {
      throw std::runtime_error(fmt::format("cannot read {}: {}", path_.string(), std::strerror(errno)));
    }
  } else {
    count = std::min(size, memory_.size());
    if (count > 0) std::memcpy(out, memory_.data(), count);
    memory_.remove_prefix(count);
  }
  done_ += count;
  if (count > 0 && *progress_) (*progress_)(done_, total_);
  return count;
}

}  // namespace kg::ingest::detail
