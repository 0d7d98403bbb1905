#include "byte_source.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <system_error>

#include "kg/ingest/source_lines.h"

namespace kg::ingest::detail {

ByteSource ByteSource::open_file(const std::filesystem::path& file, const ReadOptions& options) {
  std::unique_ptr<std::FILE, CloseFile> handle(std::fopen(file.c_str(), "rb"));
  if (!handle) throw std::runtime_error(fmt::format("cannot open {}: {}", file.string(), std::strerror(errno)));
  struct stat status {};
  const bool regular = ::fstat(::fileno(handle.get()), &status) == 0 && S_ISREG(status.st_mode);
  ByteSource source(options, regular ? static_cast<std::uint64_t>(status.st_size) : 0);  // 0: size unknown
  source.path_ = file;
  source.file_ = std::move(handle);
  source.regular_ = regular;
  return source;
}

ByteSource ByteSource::from_memory(std::string_view text, const ReadOptions& options) {
  ByteSource source(options, text.size());
  source.memory_ = text;
  return source;
}

std::size_t ByteSource::read_input(char* out, std::size_t size) {
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
  if (options_->lines != nullptr) options_->lines->pass({out, count});
  done_ += count;
  if (count > 0 && !hold_progress_) report_progress(done_);
  return count;
}

std::string_view ByteSource::head(std::size_t size) {
  while (head_.size() < size) {
    const std::size_t before = head_.size();
    head_.resize(size);
    head_.resize(before + read_input(head_.data() + before, size - before));
    if (head_.size() == before) break;
  }
  return std::string_view(head_).substr(head_served_, size);
}

std::size_t ByteSource::read(char* out, std::size_t size) {
  if (head_served_ < head_.size()) {
    const std::size_t count = std::min(size, head_.size() - head_served_);
    std::memcpy(out, head_.data() + head_served_, count);
    head_served_ += count;
    return count;
  }
  return read_input(out, size);
}

}  // namespace kg::ingest::detail
