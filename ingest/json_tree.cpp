#include "json_tree.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

#include <fmt/format.h>
#include "cell_value.h"
#include "json_errors.h"

namespace kg::ingest::detail {

std::string_view kind_name(JsonKind kind) {
  switch (kind) {
    case JsonKind::null:
      return "null";
    case JsonKind::boolean:
      return "boolean";
    case JsonKind::integer:
    case JsonKind::real:
      return "number";
    case JsonKind::string:
      return "string";
    case JsonKind::object:
      return "object";
    case JsonKind::array:
      return "array";
  }
  return "value";
}

std::string_view StringArena::store(const char* text, std::size_t size) {
  // Blocks grow from 4 KiB to 64 KiB, so a small record costs a small block; their bytes are left uninitialised.
  constexpr std::size_t kFirstBlock = std::size_t{4} * 1024, kLargestBlock = std::size_t{64} * 1024;
  while (block_ < blocks_.size() && blocks_[block_].size - used_ < size) {
    if (used_ == 0) {  // an unused block too small for this string: replace it with one that fits
      blocks_[block_] = {std::make_unique_for_overwrite<char[]>(size), size};
      break;
    }
    ++block_;
    used_ = 0;
  }
  if (block_ == blocks_.size()) {
    const std::size_t grown = blocks_.empty() ? kFirstBlock : std::min(2 * blocks_.back().size, kLargestBlock);
    const std::size_t block_size = std::max(grown, size);
    blocks_.push_back({std::make_unique_for_overwrite<char[]>(block_size), block_size});
  }
  char* out = blocks_[block_].bytes.get() + used_;
  if (size > 0) std::memcpy(out, text, size);
  used_ += size;
  return {out, size};
}

void StringArena::clear() {
  block_ = 0;
  used_ = 0;
}

void refuse_lone_surrogate(TextPositions& text, std::string_view display_name, std::size_t offset,
                           std::string_view value) {
  for (std::size_t at = value.find('\xED'); at != std::string_view::npos; at = value.find('\xED', at + 1)) {
    // U+D800..U+DFFF encode as ED A0..BF 80..BF.
    if (at + 2 >= value.size() || (static_cast<unsigned char>(value[at + 1]) & 0xE0) != 0xA0) continue;
    const unsigned code = 0xD000U | (static_cast<unsigned char>(value[at + 1]) & 0x3FU) << 6 |
                          (static_cast<unsigned char>(value[at + 2]) & 0x3FU);
    throw_input_error(text, display_name, offset,
                      fmt::format("expected a string of Unicode characters, got the lone UTF-16 surrogate "
                                  "\\u{:04x} (a surrogate escape must be one of a high-low pair)",
                                  code));
  }
}

void RecordCollector::clear() {
  tree_.nodes_.clear();
  tree_.arena_.clear();
  open_.clear();
  pending_key_ = {};
}

bool RecordCollector::Uint64(std::uint64_t u) {
  if (u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    return Int64(static_cast<std::int64_t>(u));
  }
  return Double(static_cast<double>(u));
}

bool RecordCollector::RawNumber(const char* text, unsigned size, bool copy) {
  // In situ, RapidJSON 1.1.0 passes a pointer past the number (reader.h takes PutBegin() after parsing it): read
  // its bytes back from where the value starts instead.
  std::string reread;
  if (!copy) {
    const std::size_t start = value_start();
    for (std::size_t i = 0; i < size; ++i) reread += static_cast<char>(text_.byte_at(start + i).value_or(' '));
  }
  const std::string_view number = copy ? std::string_view(text, size) : std::string_view(reread);
  if (is_integer_text(number)) {
    std::int64_t integer = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), integer);
    if (error == std::errc() && end == number.data() + number.size()) return Int64(integer);
  }
  const std::optional<double> real = parse_number(number);
  if (!real) throw_input_error(text_, display_name_, value_start(), std::string(kNumberTooBig));
  return Double(*real);
}

bool RecordCollector::String(const char* text, unsigned size, bool copy) {
  refuse_lone_surrogate(text_, display_name_, value_start(), {text, size});
  return scalar(JsonNode{.kind = JsonKind::string, .text = keep(text, size, copy)});
}

bool RecordCollector::Key(const char* text, unsigned size, bool copy) {
  refuse_lone_surrogate(text_, display_name_, value_start(), {text, size});
  pending_key_ = keep(text, size, copy);
  mark_end();
  return true;
}

std::uint32_t RecordCollector::append(JsonNode node) {
  node.offset = last_end_;  // resolved by skip_separators only when a location is needed
  node.key = pending_key_;
  pending_key_ = {};
  const auto index = static_cast<std::uint32_t>(tree_.nodes_.size());
  tree_.nodes_.push_back(node);
  if (!open_.empty()) {
    JsonNode& parent = tree_.nodes_[open_.back()];
    if (parent.first_child == 0) {
      parent.first_child = index;
    } else {
      tree_.nodes_[parent.last_child].next = index;
    }
    parent.last_child = index;
  }
  return index;
}

bool RecordCollector::scalar(JsonNode node) {
  append(node);
  mark_end();
  return true;
}

bool RecordCollector::open(JsonKind kind) {
  if (open_.size() == kMaxDepth) {
    throw_input_error(
        text_, display_name_, value_start(),
        fmt::format("expected at most {} levels of nested objects and arrays in a record, got more", kMaxDepth));
  }
  open_.push_back(append(JsonNode{.kind = kind}));
  mark_bracket_end();
  return true;
}

bool RecordCollector::close() {
  open_.pop_back();
  mark_bracket_end();
  return true;
}

}  // namespace kg::ingest::detail
