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

#include "kg/graph/columns.h"

namespace kg::graph::detail {

inline constexpr char kImageMagic[8] = {'K', 'G', 'R', 'A', 'P', 'H', '\n', '\x1a'};

#define KG_SECTION_ID(name, ...) name,
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

/// The graph's columns as owned vectors, as the builder fills them. A new one is the empty graph: every offsets
/// column holds its leading 0, string 0 is "" and source 0 is "no source".
struct OwnedColumns {
  OwnedColumns();
#define KG_OWNED_COLUMN(name, type, ...) std::vector<type> name;
  KG_GRAPH_COLUMNS(KG_OWNED_COLUMN)
#undef KG_OWNED_COLUMN
};

/// Lays the columns out as an image (header, section table, checksum), releasing each column once it is copied:
/// the columns and the image together never take much more memory than the columns alone.
ImageBytes make_image(OwnedColumns&& columns);

/// An image written by an older kg, in a format version this kg no longer reads.
class OlderGraphFormat : public std::runtime_error {
 public:
  explicit OlderGraphFormat(std::uint32_t version) : std::runtime_error("written by an older kg"), version_(version) {}
  std::uint32_t version() const { return version_; }

 private:
  std::uint32_t version_;
};
/// The header at the start of `data`, checked before anything else is read: the kg signature, a version this kg
/// reads, the reserved field. Throws std::runtime_error otherwise (`size` may be less than a whole header).
ImageHeader check_header(const std::byte* data, std::size_t size);
/// Throws std::runtime_error when the image is not of the size its header states (truncated, or longer).
void check_size(const ImageHeader& header, std::uint64_t size);

/// A parsed header and section table, bounds-checked against the image size.
class ImageReader {
 public:
  /// Throws std::runtime_error when the bytes are not a kg image, are truncated, or are of a newer version;
  /// OlderGraphFormat when they are of an older one.
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

/// The key of the name index: the low 32 bits of XXH3-64 of a name folded by fold_name (a lookup compares the
/// folded names of the nodes a key leads to, so a shared key costs a comparison, never a wrong answer).
std::uint32_t name_hash(std::string_view folded);

/// XXH3-64 of the bytes after the header.
std::uint64_t image_checksum(const std::byte* data, std::size_t size);

}  // namespace kg::graph::detail
