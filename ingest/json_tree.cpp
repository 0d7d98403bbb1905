#include "json_tree.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include <fmt/format.h>

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
  constexpr std::size_t kBlockSize = std::size_t{64} * 1024;
  while (block_ < blocks_.size() && blocks_[block_].size - used_ < size) {
    if (used_ == 0) {  // an unused block too small for this string: replace it with one that fits
      blocks_[block_] = {std::make_unique<char[]>(size), size};
      break;
    }
    ++block_;
    used_ = 0;
  }
  if (block_ == blocks_.size()) {
    const std::size_t block_size = std::max(kBlockSize, size);
    blocks_.push_back({std::make_unique<char[]>(block_size), block_size});
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

void RecordCollector::clear() {
  tree_.nodes_.clear();
  arena_.clear();
  open_.clear();
  pending_key_ = {};
}

bool RecordCollector::Uint64(std::uint64_t u) {
  if (u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    return Int64(static_cast<std::int64_t>(u));
  }
  return Double(static_cast<double>(u));
}

bool RecordCollector::String(const char* text, unsigned size, bool copy) {
  return scalar(JsonNode{.kind = JsonKind::string, .text = keep(text, size, copy)});
}

bool RecordCollector::Key(const char* text, unsigned size, bool copy) {
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
