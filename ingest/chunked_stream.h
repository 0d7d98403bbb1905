#pragma once
/// ChunkedStream: a RapidJSON input stream over a ByteSource through a fixed-size buffer, so a JSON document of
/// any size is parsed in constant memory. The last kKeep bytes stay buffered after each refill, so the current
/// record's offsets can still be turned into lines and columns. An input of known size below kChunk gets a buffer
/// of its size (a fuzzer's or a test's small input costs no 128 KiB buffer).
#include <cassert>
#include <cstddef>
#include <memory>

#include "byte_source.h"
#include "text_positions.h"

namespace kg::ingest::detail {

class ChunkedStream final : public TextPositions {
 public:
  using Ch = char;
  static constexpr std::size_t kChunk = std::size_t{64} * 1024;
  static constexpr std::size_t kKeep = std::size_t{64} * 1024;

  explicit ChunkedStream(ByteSource& source);

  // The RapidJSON stream concept (read-only).
  Ch Peek() const { return *cur_; }
  Ch Take() {
    const Ch c = *cur_;
    if (cur_ != end_ && ++cur_ == end_) refill();
    return c;
  }
  std::size_t Tell() const { return base_ + static_cast<std::size_t>(cur_ - buffer_.get()); }
  Ch* PutBegin() {
    assert(false);
    return nullptr;
  }
  void Put(Ch) { assert(false); }
  void Flush() {}
  std::size_t PutEnd(Ch*) {
    assert(false);
    return 0;
  }

  /// True when every byte has been taken.
  bool at_end() const { return cur_ == end_; }

  std::size_t tell() const override { return Tell(); }
  std::size_t skip_separators(std::size_t offset) const override;
  LineColumn locate(std::size_t offset) override;
  std::optional<unsigned char> byte_at(std::size_t offset) const override;

 private:
  struct Anchor {
    std::size_t offset = 0;
    std::uint32_t line = 1;
    std::size_t line_start = 0;
  };
  void refill();
  const char* at(std::size_t offset) const { return buffer_.get() + (offset - base_); }
  std::size_t buffered_end() const { return base_ + static_cast<std::size_t>(end_ - buffer_.get()); }
  void advance_anchor(std::size_t offset);

  ByteSource& source_;
  std::size_t chunk_;               // bytes read at a time
  std::size_t keep_;                // bytes kept at a refill, at most
  std::unique_ptr<char[]> buffer_;  // keep_ + chunk_ + 1 bytes, uninitialised
  std::size_t base_ = 0;            // offset of buffer_[0]
  char* cur_;
  char* end_;      // one past the data; *end_ is '\0'
  Anchor anchor_;  // a buffered offset whose line and line start are known
};

}  // namespace kg::ingest::detail
