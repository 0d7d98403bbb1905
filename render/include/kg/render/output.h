#pragma once
/// Output: where rendered text goes — appended to a string, or written to a stdio stream in 64 KiB chunks, so that
/// a large result is streamed rather than held whole in memory.
///
///   kg::render::Output out(stdout);
///   kg::render::render_paths(graph, paths, filter, {.style = kg::render::Style::json}, out);
///   out.flush();
#include <cstdio>
#include <string>
#include <string_view>

namespace kg::render {

class Output {
 public:
  /// Appends to `text`.
  explicit Output(std::string& text) : text_(&text) {}
  /// Writes to `stream` (not closed here).
  explicit Output(std::FILE* stream) : stream_(stream) {}
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  /// Flushes what is buffered; a write error is not reported here (call flush() to see it).
  ~Output();

  void write(std::string_view text) {
    target().append(text);
    if (stream_ != nullptr && buffer_.size() >= kChunk) flush();
  }
  void put(char c) {
    target().push_back(c);
    if (stream_ != nullptr && buffer_.size() >= kChunk) flush();
  }
  /// Hands buffered text to the stream and flushes it; throws std::system_error when the stream fails.
  void flush();

 private:
  static constexpr std::size_t kChunk = std::size_t{1} << 16;
  std::string& target() { return text_ != nullptr ? *text_ : buffer_; }

  std::string* text_ = nullptr;
  std::FILE* stream_ = nullptr;
  std::string buffer_;
};

}  // namespace kg::render
