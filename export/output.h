#pragma once
// Output: the buffer every writer formats into; it hands full chunks to the file being written (an AtomicFile, or
// standard output).
#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>

#include "text_escape.h"

namespace kg::io::detail {

class Output {
 public:
  /// Counts written elements for ExportOptions::progress, across every file of one export.
  struct Progress {
    const std::function<void(std::uint64_t, std::uint64_t)>& report;
    std::uint64_t total;
    std::uint64_t written = 0;
  };

  /// Where full chunks go: AtomicFile::write, or a stream's.
  using Sink = std::function<void(std::string_view)>;

  Output(Sink sink, Progress& progress) : sink_(std::move(sink)), progress_(progress) {}
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  void append(std::string_view text) { buffer_.append(text.data(), text.data() + text.size()); }
  void put(char c) { buffer_.push_back(c); }
  template <class... T>
  void format(fmt::format_string<T...> pattern, T&&... args) {
    fmt::format_to(fmt::appender(buffer_), pattern, std::forward<T>(args)...);
  }
  void integer(std::int64_t value) {
    const fmt::format_int text(value);
    buffer_.append(text.data(), text.data() + text.size());
  }
  /// Shortest round-trip form, locale-independent, always with a '.' or an exponent (3.0, 0.1, 1e+20) so every
  /// reader sees a floating-point number; NaN and infinities as XML Schema spells them (NaN, INF, -INF).
  void real(double value);
  /// Appends `text` escaped for a syntax, counting the characters replaced by U+FFFD.
  void escaped(std::string_view text, const EscapeTable& table) { replaced_ += append_escaped(buffer_, text, table); }

  /// Appends `text` escaped and between double quotes (a JSON string, a quoted CSV field).
  void quoted(std::string_view text, const EscapeTable& table) {
    put('"');
    escaped(text, table);
    put('"');
  }

  /// Hands the buffer to the file once it holds a chunk; writers call it after each node and edge.
  void flush_if_full() {
    if (++progress_.written % 4096 == 0 && progress_.report) progress_.report(progress_.written, progress_.total);
    if (buffer_.size() >= kChunk) flush();
  }
  void flush();
  /// Characters replaced by U+FFFD so far (control characters, invalid UTF-8, ...), for the export's warning.
  std::size_t replaced() const { return replaced_; }

 private:
  static constexpr std::size_t kChunk = std::size_t{1} << 16;
  fmt::memory_buffer buffer_;
  Sink sink_;
  Progress& progress_;
  std::size_t replaced_ = 0;
};

}  // namespace kg::io::detail
