#pragma once
/// JsonTree: one record (a fact, entity or source object) as a small tree, collected from RapidJSON SAX events by
/// RecordCollector and then checked field by field. A tree owns its nodes and the strings copied for it; its other
/// strings are views into the parsed text. Storage is reused between records, so reading a record allocates
/// nothing once the buffers have grown.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "text_positions.h"

namespace kg::ingest::detail {

enum class JsonKind : std::uint8_t { null, boolean, integer, real, string, object, array };

/// The word for a kind in messages: "null", "boolean", "number", "string", "object", "array".
std::string_view kind_name(JsonKind kind);

struct JsonNode {
  JsonKind kind = JsonKind::null;
  bool boolean = false;
  std::int64_t integer = 0;
  double real = 0;
  std::string_view text{};        ///< string value
  std::string_view key{};         ///< field name inside an object
  std::size_t offset = 0;         ///< the value starts at the first byte here that is not white space, ':' or ','
  std::uint32_t first_child = 0;  ///< 0: none (node 0 is the root, never a child)
  std::uint32_t last_child = 0;
  std::uint32_t next = 0;  ///< next sibling; 0: none

  bool is_number() const { return kind == JsonKind::integer || kind == JsonKind::real; }
  double number() const { return kind == JsonKind::integer ? static_cast<double>(integer) : real; }
};

/// Copies of strings that the parser does not keep alive, in blocks that are reused after clear().
class StringArena {
 public:
  std::string_view store(const char* text, std::size_t size);
  void clear();

 private:
  struct Block {
    std::unique_ptr<char[]> bytes;
    std::size_t size = 0;
  };
  std::vector<Block> blocks_;
  std::size_t block_ = 0;
  std::size_t used_ = 0;
};

class JsonTree {
 public:
  const JsonNode& node(std::uint32_t index) const { return nodes_[index]; }
  bool empty() const { return nodes_.empty(); }
  std::uint32_t index_of(const JsonNode& node) const { return static_cast<std::uint32_t>(&node - nodes_.data()); }

  /// Iterates the children of a node: `for (auto child : tree.children(i))`.
  class ChildRange {
   public:
    struct iterator {
      const JsonTree* tree;
      std::uint32_t index;
      std::uint32_t operator*() const { return index; }
      iterator& operator++() {
        index = tree->nodes_[index].next;
        return *this;
      }
      bool operator==(const iterator&) const = default;
    };
    iterator begin() const { return {tree_, first_}; }
    iterator end() const { return {tree_, 0}; }
    const JsonTree* tree_;
    std::uint32_t first_;
  };
  ChildRange children(std::uint32_t index) const { return {this, nodes_[index].first_child}; }

 private:
  friend class RecordCollector;
  std::vector<JsonNode> nodes_;
  StringArena arena_;  // strings the parser does not keep alive
};

/// Throws InputError at `offset` when `value` (a string or key as RapidJSON decoded it) holds a UTF-16 surrogate
/// code point: only a lone `\uD800`–`\uDFFF` escape can put one there (RapidJSON checks the raw bytes and pairs
/// surrogates), and the string would not be valid UTF-8 in any output.
void refuse_lone_surrogate(TextPositions& text, std::string_view display_name, std::size_t offset,
                           std::string_view value);

/// True for a JSON number written without a fraction or an exponent (`-12`, not `1.0` or `1e2`).
inline bool is_integer_text(std::string_view number) { return number.find_first_of(".eE") == std::string_view::npos; }

/// Receives the SAX events of one JSON value (a record) and builds its JsonTree. Throws InputError when the
/// record nests deeper than kMaxDepth, so deeply nested junk is an error and never exhausts memory.
class RecordCollector {
 public:
  static constexpr std::size_t kMaxDepth = 8;

  RecordCollector(TextPositions& text, std::string_view display_name) : text_(text), display_name_(display_name) {}

  /// Forgets the previous record and its strings.
  void clear();
  /// True when a whole value has been collected.
  bool complete() const { return !tree_.empty() && open_.empty(); }
  const JsonTree& tree() const { return tree_; }
  /// Exchanges the collected tree with `other` (a tree kept elsewhere, its buffers then reused here).
  void swap_tree(JsonTree& other) { std::swap(tree_, other); }
  /// Where the value about to be reported starts (just past the separators that follow the last event).
  std::size_t value_start() const { return text_.skip_separators(last_end_); }
  /// Records that an event was handled elsewhere, so value_start() stays right.
  void mark_end() { last_end_ = text_.tell(); }
  /// The same for a bracket event: RapidJSON's iterative parser reports brackets before taking them.
  void mark_bracket_end() { last_end_ = text_.tell() + 1; }

  // The RapidJSON handler concept; `copy` strings are copied into the arena, others are kept as views.
  bool Null() { return scalar(JsonNode{}); }
  bool Bool(bool b) { return scalar(JsonNode{.kind = JsonKind::boolean, .boolean = b}); }
  bool Int(int i) { return Int64(i); }
  bool Uint(unsigned u) { return Int64(u); }
  bool Int64(std::int64_t i) { return scalar(JsonNode{.kind = JsonKind::integer, .integer = i}); }
  bool Uint64(std::uint64_t u);
  bool Double(double d) { return scalar(JsonNode{.kind = JsonKind::real, .real = d}); }
  /// A number as written (the readers parse with kParseNumbersAsStringsFlag): an integer when it has no fraction
  /// or exponent and fits 64 bits, else the correctly rounded double (as the CSV reader reads numbers; RapidJSON
  /// 1.1.0's own conversion misreads a zero significand with a large exponent, 0e302, and passes 0 to clz).
  bool RawNumber(const char* text, unsigned size, bool copy);
  bool String(const char* text, unsigned size, bool copy);
  bool Key(const char* text, unsigned size, bool copy);
  bool StartObject() { return open(JsonKind::object); }
  bool EndObject(unsigned) { return close(); }
  bool StartArray() { return open(JsonKind::array); }
  bool EndArray(unsigned) { return close(); }

 private:
  bool scalar(JsonNode node);
  bool open(JsonKind kind);
  bool close();
  std::uint32_t append(JsonNode node);
  std::string_view keep(const char* text, std::size_t size, bool copy) {
    return copy ? tree_.arena_.store(text, size) : std::string_view(text, size);
  }

  TextPositions& text_;
  std::string_view display_name_;
  JsonTree tree_;
  std::vector<std::uint32_t> open_;  // indices of the open containers
  std::string_view pending_key_;
  std::size_t last_end_ = 0;
};

}  // namespace kg::ingest::detail
