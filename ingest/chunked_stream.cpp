#include "chunked_stream.h"

#include <algorithm>
#include <cstring>

namespace kg::ingest::detail {

ChunkedStream::ChunkedStream(ByteSource& source)
    : source_(source),
      chunk_(source.total() != 0 && source.total() < kChunk ? source.total() + 1 : kChunk),
      keep_(std::min(kKeep, chunk_)),
      buffer_(std::make_unique_for_overwrite<char[]>(keep_ + chunk_ + 1)),
      cur_(buffer_.get()),
      end_(buffer_.get()) {
  *end_ = '\0';
  refill();
  if (end_ - cur_ >= 3 && std::memcmp(cur_, "\xEF\xBB\xBF", 3) == 0) {  // a UTF-8 byte order mark
    cur_ += 3;
    anchor_ = {3, 1, 3};
  }
}

void ChunkedStream::refill() {
  const auto used = static_cast<std::size_t>(end_ - buffer_.get());
  const std::size_t keep = std::min(used, keep_);
  const std::size_t drop = used - keep;
  if (drop > 0) {
    advance_anchor(std::max(anchor_.offset, base_ + drop));
    std::memmove(buffer_.get(), buffer_.get() + drop, keep);
    base_ += drop;
  }
  cur_ = buffer_.get() + keep;
  end_ = cur_ + source_.read(cur_, chunk_);
  *end_ = '\0';
}

void ChunkedStream::advance_anchor(std::size_t offset) {
  const char* p = at(anchor_.offset);
  const char* stop = at(offset);
  while (const void* found = std::memchr(p, '\n', static_cast<std::size_t>(stop - p))) {
    p = static_cast<const char*>(found) + 1;
    ++anchor_.line;
    anchor_.line_start = base_ + static_cast<std::size_t>(p - buffer_.get());
  }
  anchor_.offset = offset;
}

std::size_t ChunkedStream::skip_separators(std::size_t offset) const {
  if (offset < base_) return offset;
  std::size_t at_offset = offset;
  const std::size_t end = buffered_end();
  while (at_offset < end) {
    const char c = *at(at_offset);
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ':' && c != ',') break;
    ++at_offset;
  }
  return at_offset;
}

LineColumn ChunkedStream::locate(std::size_t offset) {
  offset = std::min(offset, buffered_end());
  if (offset < base_) return {anchor_.line, 0};
  if (offset >= anchor_.offset) {
    advance_anchor(offset);
    return {anchor_.line, static_cast<std::uint32_t>(offset - anchor_.line_start + 1)};
  }
  // Behind the anchor: count the newlines back to it and find the start of the offset's line.
  std::uint32_t line = anchor_.line;
  for (const char* p = at(offset); p != at(anchor_.offset); ++p) line -= (*p == '\n') ? 1 : 0;
  const char* p = at(offset);
  while (p != buffer_.get() && p[-1] != '\n') --p;
  if (p == buffer_.get() && base_ != 0) return {line, 0};
  return {line, static_cast<std::uint32_t>(offset - (base_ + static_cast<std::size_t>(p - buffer_.get())) + 1)};
}

std::optional<unsigned char> ChunkedStream::byte_at(std::size_t offset) const {
  if (offset < base_ || offset >= buffered_end()) return std::nullopt;
  return static_cast<unsigned char>(*at(offset));
}

}  // namespace kg::ingest::detail
