#include "csv_parser.h"

#include <fmt/format.h>

#include <bit>
#include <cstdint>
#include <cstring>

#include "json_errors.h"
#include "kg/graph/diagnostics.h"
#include "kg/graph/text.h"

namespace kg::ingest::detail {
namespace {

/// The first position in [pos, end) holding `sep`, '\n' or '\r' (or `end`): eight bytes at a time, each word
/// tested for the three bytes at once (a byte equal to c is a zero byte of word ^ c...c).
std::size_t unquoted_field_end(const char* buf, std::size_t pos, std::size_t end, char sep) {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
    const auto zero_bytes = [](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
    const std::uint64_t seps = kOnes * static_cast<unsigned char>(sep);
    for (; pos + 8 <= end; pos += 8) {
      std::uint64_t word;
      std::memcpy(&word, buf + pos, 8);
      const std::uint64_t hits =
          zero_bytes(word ^ seps) | zero_bytes(word ^ (kOnes * '\n')) | zero_bytes(word ^ (kOnes * '\r'));
      if (hits != 0) return pos + static_cast<std::size_t>(std::countr_zero(hits)) / 8;
    }
  }
  while (pos < end && buf[pos] != sep && buf[pos] != '\n' && buf[pos] != '\r') ++pos;
  return pos;
}

}  // namespace

char detect_separator(std::string_view header) {
  if (header.find('\t') != std::string_view::npos) return '\t';
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (const char c : header) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

CsvParser::CsvParser(ByteSource& source, std::string_view display_name, char separator)
    : source_(source),
      display_name_(display_name),
      separator_(separator),
      buffer_(initial_buffer_size(source.total())) {
  fill();
  if (end_ >= 3 && std::memcmp(buffer_.data(), "\xEF\xBB\xBF", 3) == 0) start_ = 3;  // a byte order mark
}

void CsvParser::fail(std::uint32_t line, std::uint32_t column, std::string message) const {
  throw kg::graph::InputError({display_name_, line, column}, std::move(message));
}

bool CsvParser::fill() {
  if (eof_) return false;
  if (start_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + start_, end_ - start_);
    end_ -= start_;
    start_ = 0;
  }
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);  // one record fills the buffer
  const std::size_t count = source_.read(buffer_.data() + end_, buffer_.size() - end_);
  end_ += count;
  eof_ = count == 0;
  return !eof_;
}

CsvParser::Scan CsvParser::scan() {
  char* const buf = buffer_.data();
  if (start_ == end_) return eof_ ? Scan::end_of_input : Scan::need_more;
  if (separator_ == 0) {
    const void* newline = std::memchr(buf + start_, '\n', end_ - start_);
    if (newline == nullptr && !eof_) return Scan::need_more;
    const std::size_t stop =
        newline != nullptr ? static_cast<std::size_t>(static_cast<const char*>(newline) - buf) : end_;
    separator_ = detect_separator(std::string_view(buf + start_, stop - start_));
  }
  const char sep = separator_;
  raw_.clear();
  std::size_t pos = start_;
  std::uint32_t line = line_;
  std::size_t line_start = start_;
  for (;;) {
    RawField field{pos, pos, line, static_cast<std::uint32_t>(pos - line_start + 1), false, false};
    if (pos < end_ && buf[pos] == '"') {
      field.quoted = true;
      ++pos;
      for (;;) {
        while (pos < end_ && buf[pos] != '"') {
          if (buf[pos] == '\n') {
            ++line;
            line_start = pos + 1;
          }
          ++pos;
        }
        if (pos == end_) {
          if (!eof_) return Scan::need_more;
          fail(field.line, field.column,
               "expected a closing '\"' for the quoted field that starts here, got the end "
               "of the file");
        }
        if (pos + 1 == end_ && !eof_) return Scan::need_more;
        if (pos + 1 < end_ && buf[pos + 1] == '"') {
          field.doubled_quotes = true;
          pos += 2;
          continue;
        }
        ++pos;
        break;
      }
      if (pos < end_ && buf[pos] != sep && buf[pos] != '\n' && buf[pos] != '\r') {
        fail(line, static_cast<std::uint32_t>(pos - line_start + 1),
             fmt::format("expected a separator or the end of the line after a closing quote, got {}",
                         describe_byte(static_cast<unsigned char>(buf[pos]))));
      }
    } else {
      pos = unquoted_field_end(buf, pos, end_, sep);
    }
    field.end = pos;
    raw_.push_back(field);
    if (pos == end_) {
      if (!eof_) return Scan::need_more;
      break;
    }
    if (buf[pos] == sep) {
      ++pos;
      continue;
    }
    if (buf[pos] == '\r') {
      if (pos + 1 == end_ && !eof_) return Scan::need_more;
      if (pos + 1 < end_ && buf[pos + 1] == '\n') ++pos;
    }
    ++pos;
    ++line;
    break;
  }
  check_utf8(pos);
  next_start_ = pos;
  next_line_ = line;
  return Scan::record;
}

void CsvParser::check_utf8(std::size_t end) const {
  const std::string_view record(buffer_.data() + start_, end - start_);
  const std::size_t bad = graph::find_invalid_utf8(record);
  if (bad == std::string_view::npos) return;
  std::uint32_t line = line_;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < bad; ++i) {
    if (record[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  fail(line, static_cast<std::uint32_t>(bad - line_start + 1),
       fmt::format("expected UTF-8 text, got an invalid UTF-8 sequence starting with byte 0x{:02x}",
                   static_cast<unsigned char>(record[bad])));
}

bool CsvParser::next(std::vector<CsvField>& fields) {
  for (;;) {
    const Scan result = scan();
    if (result == Scan::end_of_input) return false;
    if (result == Scan::need_more) {
      fill();
      continue;
    }
    record_line_ = line_;
    start_ = next_start_;
    line_ = next_line_;
    if (raw_.size() == 1 && !raw_[0].quoted && raw_[0].begin == raw_[0].end) continue;  // a blank line
    fields.clear();
    char* const buf = buffer_.data();
    for (const RawField& raw : raw_) {
      std::size_t begin = raw.begin;
      std::size_t end = raw.end;
      if (raw.quoted) {
        ++begin;
        --end;
        if (raw.doubled_quotes) {  // unquote in place: "" becomes "
          std::size_t out = begin;
          for (std::size_t in = begin; in < end; ++in) {
            buf[out++] = buf[in];
            if (buf[in] == '"') ++in;
          }
          end = out;
        }
      }
      fields.push_back({std::string_view(buf + begin, end - begin), raw.line, raw.column});
    }
    return true;
  }
}

}  // namespace kg::ingest::detail
