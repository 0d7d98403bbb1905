#pragma once
// The graph image: the byte layout shared by the in-memory Graph and the graph file.
//   header (40 bytes) | section table (24 bytes a section) | sections, each 8-byte aligned
// The checksum is XXH3-64 of every byte after the header. All integers are little-endian.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace kg::graph::detail {

inline constexpr char kImageMagic[8] = {'K', 'G', 'R', 'A', 'P', 'H', '\n', '\x1a'};

/// Every column of the graph, in file order: a column's position in this list (from 1) is its section id in the
/// graph file, so new columns go at the end and none is ever removed or reordered within a format version.
/// The names are the members of both detail::Columns (views) and ColumnData (owned vectors).
// clang-format off
#define KG_GRAPH_COLUMNS(X)                                                                                     \
  X(string_offsets) X(string_bytes) X(node_key) X(node_name) X(node_type) X(alias_offsets) X(alias_ids)         \
  X(node_prop_offsets) X(out_offsets) X(out_target) X(edge_predicate) X(edge_confidence) X(prov_offsets)        \
  X(edge_prop_offsets) X(in_offsets) X(in_source) X(in_edge) X(prov_source) X(prov_date) X(prov_confidence)     \
  X(prov_quote) X(prop_key) X(prop_kind) X(prop_value) X(type_names) X(predicate_names) X(source_key)           \
  X(source_title) X(source_url) X(source_date) X(name_index_hash) X(name_index_node)
// clang-format on

#define KG_SECTION_ID(name) name,
enum class Section : std::uint32_t { none_, KG_GRAPH_COLUMNS(KG_SECTION_ID) };
#undef KG_SECTION_ID

struct ImageHeader {
  char magic[8];
  std::uint32_t version;
  std::uint32_t section_count;
  std::uint64_t file_size;
  std::uint64_t checksum;
  std::uint64_t reserved;
};
static_assert(sizeof(ImageHeader) == 40);

struct SectionEntry {
  std::uint32_t id;
  std::uint32_t element_size;
  std::uint64_t offset;
  std::uint64_t count;
};
static_assert(sizeof(SectionEntry) == 24);

/// Shared, immutable image bytes.
struct ImageBytes {
  std::shared_ptr<const std::byte[]> data;
  std::size_t size = 0;
};

/// The graph's columns as owned vectors, as the builder fills them; a default-constructed one is the empty graph.
struct ColumnData {
  std::vector<std::uint64_t> string_offsets{0, 0};  // string 0 is ""
  std::vector<char> string_bytes;
  std::vector<std::uint32_t> node_key, node_name, alias_offsets{0}, alias_ids, node_prop_offsets{0};
  std::vector<std::uint16_t> node_type;
  std::vector<std::uint32_t> out_offsets{0}, out_target, prov_offsets{0}, edge_prop_offsets{0};
  std::vector<std::uint16_t> edge_predicate;
  std::vector<float> edge_confidence;
  std::vector<std::uint32_t> in_offsets{0}, in_source, in_edge;
  std::vector<std::uint32_t> prov_source, prov_quote;
  std::vector<std::int32_t> prov_date;
  std::vector<float> prov_confidence;
  std::vector<std::uint32_t> prop_key;
  std::vector<std::uint8_t> prop_kind;
  std::vector<std::uint64_t> prop_value;
  std::vector<std::uint32_t> type_names, predicate_names;
  std::vector<std::uint32_t> source_key{0}, source_title{0}, source_url{0};  // source 0 is "no source"
  std::vector<std::int32_t> source_date{0};
  std::vector<std::uint64_t> name_index_hash;
  std::vector<std::uint32_t> name_index_node;
};

/// Lays the columns out as an image (header, section table, checksum).
ImageBytes make_image(const ColumnData& columns);

/// Collects columns, then lays them out as an image with header, table and checksum.
class ImageWriter {
 public:
  template <class T>
  void add(Section id, const std::vector<T>& column) {
    sections_.push_back({id, sizeof(T), column.data(), column.size()});
  }
  ImageBytes finish() const;

 private:
  struct Pending {
    Section id;
    std::uint32_t element_size;
    const void* data;
    std::uint64_t count;
  };
  std::vector<Pending> sections_;
};

/// A parsed header and section table, bounds-checked against the image size.
class ImageReader {
 public:
  /// Throws std::runtime_error when the bytes are not a kg image, are truncated, or are of a newer version.
  ImageReader(const std::byte* data, std::size_t size);
  std::uint32_t version() const { return header_.version; }
  std::uint64_t stored_checksum() const { return header_.checksum; }

  template <class T>
  std::span<const T> column(Section id) const {
    const SectionEntry& entry = find(id, sizeof(T));
    return {reinterpret_cast<const T*>(data_ + entry.offset), static_cast<std::size_t>(entry.count)};
  }

 private:
  const SectionEntry& find(Section id, std::uint32_t element_size) const;

  const std::byte* data_;
  ImageHeader header_{};
  std::vector<SectionEntry> sections_;
};

/// The key of the name index: XXH3-64 of a name folded by fold_name.
std::uint64_t name_hash(std::string_view folded);

/// XXH3-64 of the bytes after the header.
std::uint64_t image_checksum(const std::byte* data, std::size_t size);

}  // namespace kg::graph::detail
