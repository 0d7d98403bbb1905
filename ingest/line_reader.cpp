#include "line_reader.h"

#include <cstring>

namespace kg::ingest::detail {

LineReader::LineReader(ByteSource& source) : source_(source), buffer_(initial_buffer_size(source.total())) {}

bool LineReader::fill() {
  if (eof_) return false;
  if (start_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + start_, end_ - start_);
    end_ -= start_;
    scanned_ -= start_;
    start_ = 0;
  }
  if (end_ + 1 >= buffer_.size()) buffer_.resize(buffer_.size() * 2);  // one line fills the buffer
  const std::size_t count = source_.read(buffer_.data() + end_, buffer_.size() - 1 - end_);
  end_ += count;
  eof_ = count == 0;
  return !eof_;
}

bool LineReader::next(Line& line) {
  for (;;) {
    void* newline = std::memchr(buffer_.data() + scanned_, '\n', end_ - scanned_);
    if (newline != nullptr || (eof_ && start_ < end_)) {
      char* text = buffer_.data() + start_;
      char* stop = newline != nullptr ? static_cast<char*>(newline) : buffer_.data() + end_;
      *stop = '\0';
      line = {text, static_cast<std::size_t>(stop - text), ++number_, 0, newline == nullptr};
      if (number_ == 1 && line.size >= 3 && std::memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        line.text += 3;
        line.size -= 3;
        line.column_base = 3;
      }
      start_ = scanned_ = static_cast<std::size_t>(stop - buffer_.data()) + (newline != nullptr ? 1 : 0);
      return true;
    }
    scanned_ = end_;
    if (!fill() && start_ == end_) return false;
  }
}

}  // namespace kg::ingest::detail
