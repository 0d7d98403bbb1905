#pragma once
/// The source lines that diagnostics about an input quote under their caret, kept as the reader passes so that
/// a warning costs a short read, never a re-read of the file from its start.
///
///   kg::ingest::SourceLines lines("facts.jsonl");
///   kg::ingest::read_input("facts.jsonl", builder, {.warn = sink, .lines = &lines});
///   std::optional<std::string> text = lines.line(40'000);  // seeks near line 40,000 and reads one stretch
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

/// One input's lines. As the reader's bytes pass (see pass()), it records the byte offset of a line start about
/// every kStride bytes: a few bytes of memory per 4 KiB of input. A regular file is read again from the recorded
/// offset nearest the line asked for; any other input (a pipe, a FIFO, text in memory) is never read twice, so
/// only its last kWindow bytes, kept as they pass, can be quoted. pass() and line() may be called from two
/// threads (a reader parsing ahead passes bytes while diagnostics ask for lines).
class SourceLines {
 public:
  static constexpr std::size_t kStride = 4096;
  static constexpr std::size_t kWindow = std::size_t{1} << 20;

  /// Lines of `file`, which is read again only if it is a regular file.
  explicit SourceLines(std::filesystem::path file);
  ~SourceLines();
  SourceLines(SourceLines&&) noexcept;
  SourceLines& operator=(SourceLines&&) noexcept;

  /// The next bytes of the input, in order (readers call this through their byte source).
  void pass(std::string_view bytes);

  /// Line `number` (from 1) without its line break (`\n` or `\r\n`), or nullopt when it cannot be had: no such
  /// line, the file is gone, or it is not seekable and the line has left the window.
  std::optional<std::string> line(std::uint32_t number);

 private:
  struct Mark {
    std::uint32_t line;    // the line that starts at `offset`
    std::uint64_t offset;  // a line start
  };
  /// The last mark at or before `number`, among those at or after `first_offset`.
  std::optional<Mark> mark_before(std::uint32_t number, std::uint64_t first_offset) const;
  std::optional<std::string> read_line(const Mark& from, std::uint32_t number);
  std::optional<std::string> window_line(const Mark& from, std::uint32_t number) const;

  std::unique_ptr<std::mutex> mutex_ = std::make_unique<std::mutex>();  // a unique_ptr keeps SourceLines movable
  std::filesystem::path file_;
  bool seekable_;
  std::vector<Mark> marks_{{1, 0}};
  std::uint64_t passed_ = 0;  // bytes passed so far
  std::uint32_t lines_ = 1;   // the line the next byte belongs to
  std::string window_;        // the last bytes passed (not seekable only)
  std::uint64_t window_offset_ = 0;
  struct CloseFile {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  std::unique_ptr<std::FILE, CloseFile> reopened_;
};

/// The text of line `number` (from 1) of `file` without its line break, or nullopt when the file cannot be read
/// again (gone, or not a regular file: a pipe is never read twice). Reads the file from its start: for a single
/// diagnostic; readers keep a SourceLines instead.
std::optional<std::string> read_source_line(const std::filesystem::path& file, std::uint32_t number);

}  // namespace kg::ingest
