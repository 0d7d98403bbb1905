#include "image.h"

#include <fmt/format.h>
#include <xxhash.h>

#include "kg/graph/graph_file.h"

namespace kg::graph::detail {
namespace {

constexpr std::uint64_t align8(std::uint64_t n) { return (n + 7) & ~std::uint64_t{7}; }

}  // namespace

ImageBytes ImageWriter::finish() const {
  std::vector<SectionEntry> table;
  std::uint64_t offset = align8(sizeof(ImageHeader) + sections_.size() * sizeof(SectionEntry));
  for (const Pending& pending : sections_) {
    table.push_back({static_cast<std::uint32_t>(pending.id), pending.element_size, offset, pending.count});
    offset = align8(offset + pending.count * pending.element_size);
  }
  const std::size_t size = offset;
  std::shared_ptr<std::byte[]> bytes(new std::byte[size]());
  ImageHeader header{};
  std::memcpy(header.magic, kImageMagic, sizeof(kImageMagic));
  header.version = kGraphFormatVersion;
  header.section_count = static_cast<std::uint32_t>(sections_.size());
  header.file_size = size;
  std::memcpy(bytes.get() + sizeof(ImageHeader), table.data(), table.size() * sizeof(SectionEntry));
  for (std::size_t i = 0; i < sections_.size(); ++i) {
    if (sections_[i].count != 0) {
      std::memcpy(bytes.get() + table[i].offset, sections_[i].data, sections_[i].count * sections_[i].element_size);
    }
  }
  header.checksum = image_checksum(bytes.get(), size);
  std::memcpy(bytes.get(), &header, sizeof(header));
  return {std::move(bytes), size};
}

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
      case Rows::edge_offsets:
      case Rows::decision_offsets:
      case Rows::source:
        return 1;  // the leading offset 0; source 0
      default:
        return 0;
    }
  };
#define KG_INITIAL_ROWS(name, type, memory, rows, values) name.assign(initial_rows(Rows::rows), type{});
  KG_GRAPH_COLUMNS(KG_INITIAL_ROWS)
#undef KG_INITIAL_ROWS
}

ImageBytes make_image(const OwnedColumns& c) {
  ImageWriter w;
#define KG_ADD_COLUMN(name, ...) w.add(Section::name, c.name);
  KG_GRAPH_COLUMNS(KG_ADD_COLUMN)
#undef KG_ADD_COLUMN
  return w.finish();
}

std::uint64_t name_hash(std::string_view folded) { return XXH3_64bits(folded.data(), folded.size()); }

std::uint64_t image_checksum(const std::byte* data, std::size_t size) {
  return XXH3_64bits(data + sizeof(ImageHeader), size - sizeof(ImageHeader));
}

}  // namespace kg::graph::detail
