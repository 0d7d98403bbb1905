#include "image.h"

#include <fmt/format.h>
#include <xxhash.h>

#include "kg/graph/graph_file.h"

namespace kg::graph::detail {
namespace {

constexpr std::uint64_t align8(std::uint64_t n) { return (n + 7) & ~std::uint64_t{7}; }
#define KG_COUNT_COLUMN(...) +1

}  // namespace

ImageHeader check_header(const std::byte* data, std::size_t size) {
  if (size < sizeof(kImageMagic) || std::memcmp(data, kImageMagic, sizeof(kImageMagic)) != 0) {
    throw std::runtime_error("not a kg graph file (no kg signature at its start)");
  }
  if (size < sizeof(ImageHeader)) throw std::runtime_error("truncated graph file (incomplete header)");
  ImageHeader header{};
  std::memcpy(&header, data, sizeof(header));
  if (header.version > kGraphFormatVersion) {
    throw std::runtime_error(fmt::format("written by a newer kg (graph format version {}; this kg reads up to {})",
                                         header.version, kGraphFormatVersion));
  }
  if (header.version == 0 || header.reserved != 0) throw std::runtime_error("corrupt graph file (bad header)");
  if (header.version < kGraphFormatVersion) throw OlderGraphFormat(header.version);
  return header;
}

void check_size(const ImageHeader& header, std::uint64_t size) {
  if (header.file_size != size) {
    throw std::runtime_error(
        header.file_size > size ? fmt::format("truncated graph file ({} of {} bytes)", size, header.file_size)
                                : fmt::format("corrupt graph file ({} bytes, header says {})", size, header.file_size));
  }
}

ImageReader::ImageReader(const std::byte* data, std::size_t size) : data_(data), header_(check_header(data, size)) {
  check_size(header_, size);
  const std::uint64_t table_end = sizeof(ImageHeader) + std::uint64_t{header_.section_count} * sizeof(SectionEntry);
  if (table_end > size) throw std::runtime_error("corrupt graph file (section table beyond the end)");
  sections_.resize(header_.section_count);
  if (!sections_.empty()) {
    std::memcpy(sections_.data(), data + sizeof(ImageHeader), sections_.size() * sizeof(SectionEntry));
  }
  for (const SectionEntry& entry : sections_) {
    const bool fits = entry.offset % 8 == 0 && entry.offset >= table_end && entry.offset <= size &&
                      entry.element_size != 0 && entry.count <= (size - entry.offset) / entry.element_size;
    if (!fits) throw std::runtime_error(fmt::format("corrupt graph file (section {} out of bounds)", entry.id));
  }
}

const SectionEntry& ImageReader::find(Section id, std::uint32_t element_size) const {
  for (const SectionEntry& entry : sections_) {
    if (entry.id != static_cast<std::uint32_t>(id)) continue;
    if (entry.element_size != element_size) {
      throw std::runtime_error(fmt::format("corrupt graph file (section {} has elements of {} bytes, expected {})",
                                           entry.id, entry.element_size, element_size));
    }
    return entry;
  }
  throw std::runtime_error(fmt::format("corrupt graph file (section {} is missing)", static_cast<std::uint32_t>(id)));
}

OwnedColumns::OwnedColumns() {
  // What a column starts with follows from what its rows are (see Rows).
  constexpr auto initial_rows = [](Rows rows) -> std::size_t {
    switch (rows) {
      case Rows::string_table:
        return 2;  // string 0 is "": offsets 0, 0
      case Rows::node_offsets:
      case Rows::decision_offsets:
      case Rows::source:
      case Rows::edge_words:
      case Rows::record_words:
        return 1;  // the leading offset 0; source 0; the one presence word of no rows
      default:
        return 0;
    }
  };
#define KG_INITIAL_ROWS(name, type, memory, rows, values) name.assign(initial_rows(Rows::rows), type{});
  KG_GRAPH_COLUMNS(KG_INITIAL_ROWS)
#undef KG_INITIAL_ROWS
#define KG_LEADING_VALUES(X, name, type, memory, rows, values, leading) name.assign(leading, type{});
  KG_SPARSE_COLUMNS(KG_LEADING_VALUES, unused)
#undef KG_LEADING_VALUES
  quote_block_first = {0};  // no blocks: quote count 0, frames ending at 0 (graph/quote_pool.h)
  quote_block_offsets = {0};
}

namespace {

/// For each column, the earlier column whose bytes it repeats (its own index when none does): such a section is
/// stored once, both entries of the section table pointing at it (the presence bits of sparse columns that the same
/// statements state, or that no statement states, are often identical).
std::vector<std::size_t> first_copies(const std::vector<std::span<const std::byte>>& columns) {
  std::vector<std::size_t> first(columns.size());
  std::vector<std::uint64_t> hashes(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    first[i] = i;
    if (columns[i].empty()) continue;
    hashes[i] = XXH3_64bits(columns[i].data(), columns[i].size());
    for (std::size_t j = 0; j < i; ++j) {
      if (first[j] == j && hashes[j] == hashes[i] && columns[j].size() == columns[i].size() &&
          std::memcmp(columns[j].data(), columns[i].data(), columns[i].size()) == 0) {
        first[i] = j;
        break;
      }
    }
  }
  return first;
}

}  // namespace

ImageBytes make_image(OwnedColumns&& c) {
  constexpr std::size_t kSections = 0 KG_GRAPH_COLUMNS(KG_COUNT_COLUMN);
  std::vector<std::span<const std::byte>> columns;
  columns.reserve(kSections);
#define KG_COLUMN_BYTES(name, ...) columns.push_back(std::as_bytes(std::span(c.name)));
  KG_GRAPH_COLUMNS(KG_COLUMN_BYTES)
#undef KG_COLUMN_BYTES
  const std::vector<std::size_t> first = first_copies(columns);
  std::vector<SectionEntry> table;
  table.reserve(kSections);
  std::uint64_t offset = align8(sizeof(ImageHeader) + kSections * sizeof(SectionEntry));
#define KG_PLACE_COLUMN(name, type, ...)                                                               \
  {                                                                                                    \
    const std::size_t i = table.size();                                                                \
    table.push_back({static_cast<std::uint32_t>(Section::name), sizeof(type), offset, c.name.size()}); \
    if (first[i] != i) {                                                                               \
      table[i].offset = table[first[i]].offset;                                                        \
    } else {                                                                                           \
      offset = align8(offset + c.name.size() * sizeof(type));                                          \
    }                                                                                                  \
  }
  KG_GRAPH_COLUMNS(KG_PLACE_COLUMN)
#undef KG_PLACE_COLUMN
  const std::size_t size = offset;
  // Uninitialised, so that a page is first touched by its copy; only the alignment padding is zeroed.
  std::shared_ptr<std::byte[]> bytes(new std::byte[size]);
  std::byte* const image = bytes.get();
  std::memcpy(image + sizeof(ImageHeader), table.data(), table.size() * sizeof(SectionEntry));
  std::size_t written = sizeof(ImageHeader) + table.size() * sizeof(SectionEntry);
  std::size_t section = 0;
  const auto place = [&](auto& column) {
    const std::size_t i = section++;
    if (first[i] == i) {
      const SectionEntry& entry = table[i];
      std::memset(image + written, 0, entry.offset - written);
      if (!column.empty()) std::memcpy(image + entry.offset, column.data(), column.size() * entry.element_size);
      written = entry.offset + column.size() * entry.element_size;
    }
    std::remove_reference_t<decltype(column)>().swap(column);
  };
#define KG_COPY_COLUMN(name, ...) place(c.name);
  KG_GRAPH_COLUMNS(KG_COPY_COLUMN)
#undef KG_COPY_COLUMN
  std::memset(image + written, 0, size - written);
  ImageHeader header{};
  std::memcpy(header.magic, kImageMagic, sizeof(kImageMagic));
  header.version = kGraphFormatVersion;
  header.section_count = static_cast<std::uint32_t>(table.size());
  header.file_size = size;
  header.checksum = image_checksum(image, size);
  std::memcpy(image, &header, sizeof(header));
  return {std::move(bytes), size};
}

std::uint32_t name_hash(std::string_view folded) {
  return static_cast<std::uint32_t>(XXH3_64bits(folded.data(), folded.size()));
}

std::uint64_t image_checksum(const std::byte* data, std::size_t size) {
  return XXH3_64bits(data + sizeof(ImageHeader), size - sizeof(ImageHeader));
}

}  // namespace kg::graph::detail
