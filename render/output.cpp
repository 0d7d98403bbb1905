#include "kg/render/output.h"

#include <cerrno>
#include <system_error>

namespace kg::render {

Output::~Output() {
  if (stream_ == nullptr) return;
  std::fwrite(buffer_.data(), 1, buffer_.size(), stream_);
  std::fflush(stream_);
}

void Output::flush() {
  if (stream_ == nullptr) return;
  const std::size_t size = buffer_.size();
  const bool written = std::fwrite(buffer_.data(), 1, size, stream_) == size;
  buffer_.clear();
  if (!written || std::fflush(stream_) != 0) {
    throw std::system_error(errno, std::generic_category(), "cannot write the output");
  }
}

}  // namespace kg::render
