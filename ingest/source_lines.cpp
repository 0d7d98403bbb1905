#include "kg/ingest/source_lines.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstring>

namespace kg::ingest {

SourceLines::SourceLines(std::filesystem::path file) : file_(std::move(file)) {
  struct stat status {};
  seekable_ = ::stat(file_.c_str(), &status) == 0 && S_ISREG(status.st_mode);
}

SourceLines::~SourceLines() = default;
SourceLines::SourceLines(SourceLines&&) noexcept = default;
SourceLines& SourceLines::operator=(SourceLines&&) noexcept = default;

void SourceLines::pass(std::string_view bytes) {
  const std::lock_guard<std::mutex> lock(*mutex_);
  const char* const data = bytes.data();
  std::size_t at = 0;
  while (at < bytes.size()) {
    // Newlines before the next mark is due are only counted; the first line start after it is marked.
    const std::uint64_t due = marks_.back().offset + kStride;
    const std::size_t counted_to = due > passed_ + at ? std::min<std::uint64_t>(bytes.size(), due - passed_) : at;
    lines_ += static_cast<std::uint32_t>(std::count(data + at, data + counted_to, '\n'));
    at = counted_to;
    if (at == bytes.size()) break;
    const void* newline = std::memchr(data + at, '\n', bytes.size() - at);
    if (newline == nullptr) break;
    at = static_cast<std::size_t>(static_cast<const char*>(newline) - data) + 1;
    ++lines_;
    marks_.push_back({lines_, passed_ + at});
  }
  passed_ += bytes.size();
  if (seekable_) return;
  window_.append(bytes);
  if (window_.size() > 2 * kWindow) {  // keep the last kWindow bytes; amortised, each byte moves once
    const std::size_t drop = window_.size() - kWindow;
    window_.erase(0, drop);
    window_offset_ += drop;
  }
}

std::optional<SourceLines::Mark> SourceLines::mark_before(std::uint32_t number, std::uint64_t first_offset) const {
  auto after = std::upper_bound(marks_.begin(), marks_.end(), number,
                                [](std::uint32_t n, const Mark& mark) { return n < mark.line; });
  if (after == marks_.begin()) return std::nullopt;
  const Mark& mark = *std::prev(after);
  if (mark.offset < first_offset) return std::nullopt;
  return mark;
}

namespace {

/// Longer lines are cut here: no diagnostic shows more of a line than a window around its column.
constexpr std::size_t kLongestLine = std::size_t{64} * 1024;

std::string without_carriage_return(std::string_view text) {
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return std::string(text.substr(0, kLongestLine));
}

}  // namespace

std::optional<std::string> SourceLines::read_line(const Mark& from, std::uint32_t number) {
  if (!reopened_) {
    reopened_.reset(std::fopen(file_.c_str(), "rb"));
    if (!reopened_) return std::nullopt;
  }
  std::FILE* file = reopened_.get();
  if (::fseeko(file, static_cast<off_t>(from.offset), SEEK_SET) != 0) return std::nullopt;
  std::string text;
  std::uint32_t line = from.line;
  char buffer[8192];
  while (const std::size_t got = std::fread(buffer, 1, sizeof(buffer), file)) {
    std::string_view chunk(buffer, got);
    while (!chunk.empty()) {
      const std::size_t newline = chunk.find('\n');
      if (line == number) {
        if (text.size() <= kLongestLine) text.append(chunk.substr(0, newline));
        if (newline != std::string_view::npos) return without_carriage_return(text);
        break;
      }
      if (newline == std::string_view::npos) break;
      chunk.remove_prefix(newline + 1);
      ++line;
    }
  }
  if (line == number && !text.empty()) return without_carriage_return(text);  // the last line, unterminated
  return std::nullopt;
}

std::optional<std::string> SourceLines::window_line(const Mark& from, std::uint32_t number) const {
  std::string_view rest = std::string_view(window_).substr(from.offset - window_offset_);
  for (std::uint32_t line = from.line; line < number; ++line) {
    const std::size_t newline = rest.find('\n');
    if (newline == std::string_view::npos) return std::nullopt;
    rest.remove_prefix(newline + 1);
  }
  if (rest.empty()) return std::nullopt;  // past the last line, or not passed yet
  return without_carriage_return(rest.substr(0, rest.find('\n')));
}

std::optional<std::string> SourceLines::line(std::uint32_t number) {
  const std::lock_guard<std::mutex> lock(*mutex_);
  if (number == 0) return std::nullopt;
  if (seekable_) {
    const std::optional<Mark> from = mark_before(number, 0);
    return from ? read_line(*from, number) : std::nullopt;
  }
  const std::optional<Mark> from = mark_before(number, window_offset_);
  return from ? window_line(*from, number) : std::nullopt;
}

std::optional<std::string> read_source_line(const std::filesystem::path& file, std::uint32_t number) {
  SourceLines lines(file);
  return lines.line(number);  // a regular file never passed: read from its start
}

}  // namespace kg::ingest
