#include "kg/graph/graph.h"

#include <absl/container/flat_hash_map.h>
#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <optional>
#include <type_traits>

#include "image.h"
#include "kg/graph/name_fold.h"
#include "quote_pool.h"

namespace kg::graph {
namespace {

using detail::Section;

[[noreturn]] void corrupt(std::string_view what) {
  throw std::runtime_error(fmt::format("corrupt graph file ({})", what));
}

// The number of rows each kind of column has in this image, from the columns that define them.
struct Counts {
  std::uint64_t strings = 0, string_bytes = 0, nodes = 0, aliases = 0, edges = 0, records = 0, properties = 0;
  std::uint64_t types = 0, predicates = 0, sources = 0, names = 0, merged = 0, decisions = 0, decision_ids = 0;
  std::uint64_t quotes = 0, multi_record_edges = 0;

  explicit Counts(const detail::ColumnViews& c)
      : strings(c.string_offsets.empty() ? 0 : c.string_offsets.size() - 1),
        string_bytes(c.string_bytes.size()),
        nodes(c.node_key.size()),
        aliases(c.alias_ids.size()),
        edges(c.out_target.size()),
        records(edges + (c.edge_extra_records.empty() ? 0 : c.edge_extra_records.back())),
        properties(c.prop_key.size()),
        types(c.type_names.size()),
        predicates(c.predicate_names.size()),
        sources(c.source_key.size()),
        names(c.name_index_hash.size()),
        merged(c.merged_node.size()),
        decisions(c.decision_kind.size()),
        decision_ids(c.decision_ids.size()),
        quotes(c.quote_block_first.empty() ? 0 : c.quote_block_first.back()),
        multi_record_edges(c.edge_extra_records.empty() ? 0 : c.edge_extra_records.size() - 1) {}

  /// The rows a column of this kind must have; nullopt for columns that define their own count.
  std::optional<std::uint64_t> rows(detail::Rows kind) const {
    switch (kind) {
      case detail::Rows::any:
        return std::nullopt;
      case detail::Rows::string_table:
        return strings + 1;
      case detail::Rows::node:
        return nodes;
      case detail::Rows::node_offsets:
        return nodes + 1;
      case detail::Rows::edge:
        return edges;
      case detail::Rows::edge_words:
        return edges / 64 + 1;
      case detail::Rows::record_words:
        return records / 64 + 1;
      case detail::Rows::property:
        return properties;
      case detail::Rows::source:
        return sources;
      case detail::Rows::name:
        return names;
      case detail::Rows::merged:
        return merged;
      case detail::Rows::decision:
        return decisions;
      case detail::Rows::decision_offsets:
        return decisions + 1;
      case detail::Rows::decision_id:
        return decision_ids;
      case detail::Rows::multi_record_edge:
        return multi_record_edges;
    }
    return std::nullopt;
  }

  /// The exclusive bound of an id column, or the largest value an offsets column may reach.
  std::uint64_t bound(detail::Values kind) const {
    switch (kind) {
      case detail::Values::string:
        return strings;
      case detail::Values::quote:
        return quotes;
      case detail::Values::node:
      case detail::Values::sorted_node:
        return nodes;
      case detail::Values::edge:
      case detail::Values::edge_offset:
        return edges;
      case detail::Values::type:
        return types;
      case detail::Values::predicate:
        return predicates;
      case detail::Values::source:
        return sources;
      case detail::Values::string_byte_offset:
        return string_bytes;
      case detail::Values::alias_offset:
        return aliases;
      case detail::Values::node_property_offset:
      case detail::Values::edge_property_offset:
        return properties;
      case detail::Values::record_offset:
        return records;
      case detail::Values::property_kind:
        return 4;
      case detail::Values::decision_kind:
        return 2;
      case detail::Values::decision_id_offset:
        return decision_ids;
      default:
        return 0;
    }
  }
};

bool is_offsets(detail::Values kind) {
  switch (kind) {
    case detail::Values::alias_offset:
    case detail::Values::node_property_offset:
    case detail::Values::edge_property_offset:
    case detail::Values::edge_offset:
    case detail::Values::record_offset:
    case detail::Values::decision_id_offset:
      return true;
    default:
      return false;
  }
}

bool is_ids(detail::Values kind) {
  switch (kind) {
    case detail::Values::string:
    case detail::Values::quote:
    case detail::Values::node:
    case detail::Values::edge:
    case detail::Values::type:
    case detail::Values::predicate:
    case detail::Values::source:
    case detail::Values::property_kind:
    case detail::Values::decision_kind:
    case detail::Values::sorted_node:
      return true;
    default:
      return false;
  }
}

// Checks one column against what the list says of it: its length, then its values.
template <class T>
void check_column(std::span<const T> column, detail::Rows rows, detail::Values values, const Counts& counts,
                  std::uint64_t first_offset, std::string_view name) {
  if (const auto expected = counts.rows(rows); expected && column.size() != *expected) {
    corrupt(fmt::format("{} has {} entries, expected {}", name, column.size(), *expected));
  }
  if constexpr (std::is_integral_v<T>) {
    if (is_offsets(values)) {
      if (column.empty() || static_cast<std::uint64_t>(column.front()) != first_offset ||
          static_cast<std::uint64_t>(column.back()) > counts.bound(values)) {
        corrupt(fmt::format("{} inconsistent", name));
      }
      if (!std::is_sorted(column.begin(), column.end())) corrupt(fmt::format("{} not increasing", name));
    } else if (is_ids(values) && !column.empty()) {
      const T largest = *std::max_element(column.begin(), column.end());
      if (static_cast<std::uint64_t>(largest) >= counts.bound(values)) corrupt(fmt::format("{} out of range", name));
      if (values == detail::Values::sorted_node && !std::is_sorted(column.begin(), column.end())) {
        corrupt(fmt::format("{} not sorted", name));
      }
    } else if (values == detail::Values::date) {
      for (T date : column) {
        if (!PartialDate{static_cast<std::int32_t>(date)}.is_valid()) corrupt("impossible date");
      }
    } else if (values == detail::Values::grade) {
      for (T grade : column) {
        if (!Grade::unpack(static_cast<std::uint8_t>(grade)).is_valid())
          corrupt(fmt::format("{} holds a bad grade", name));
      }
    }
  } else if (values == detail::Values::confidence) {
    for (T confidence : column) {
      if (!std::isnan(confidence) && !(confidence >= 0 && confidence <= 1)) {
        corrupt(fmt::format("{} holds {}, outside 0..1", name, confidence));
      }
    }
  }
}

// Checks a sparse column's presence bits against its row count (no bit beyond the last row), its ranks against the
// bits, and its value count against the ranks (one more with a leading value).
void check_sparse(std::span<const std::uint64_t> present, std::span<const std::uint32_t> rank, std::size_t values,
                  std::uint64_t rows, int leading, std::string_view name) {
  std::uint64_t before = 0;
  for (std::size_t w = 0; w < present.size(); ++w) {
    if (rank[w] != before) corrupt(fmt::format("{} ranks inconsistent", name));
    const std::uint64_t first_row = std::uint64_t{w} * 64;
    const std::uint64_t rows_here = rows > first_row ? std::min<std::uint64_t>(64, rows - first_row) : 0;
    const std::uint64_t beyond = rows_here == 64 ? 0 : ~((std::uint64_t{1} << rows_here) - 1);
    if ((present[w] & beyond) != 0) corrupt(fmt::format("{} marks rows beyond the last", name));
    before += static_cast<std::uint64_t>(std::popcount(present[w]));
  }
  if (values != before + static_cast<std::uint64_t>(leading)) {
    corrupt(fmt::format("{} has {} values, expected {}", name, values, before + leading));
  }
}

// The string offsets, carried past each 4 GiB, start at 0, never decrease and end within string_bytes.
void check_string_offsets(const detail::ColumnViews& c) {
  const std::span<const std::uint32_t> carries = c.string_offset_carries;
  if (!std::is_sorted(carries.begin(), carries.end()) ||
      (!carries.empty() && (carries.front() == 0 || carries.back() >= c.string_offsets.size()))) {
    corrupt("string_offset_carries inconsistent");
  }
  std::uint64_t previous = 0;
  std::size_t carry = 0;
  for (std::size_t i = 0; i < c.string_offsets.size(); ++i) {
    while (carry < carries.size() && carries[carry] <= i) ++carry;
    const std::uint64_t offset = std::uint64_t{carry} << 32 | c.string_offsets[i];
    if (offset < previous || (i == 0 && offset != 0)) corrupt("string_offsets not increasing");
    previous = offset;
  }
  if (previous > c.string_bytes.size()) corrupt("string_offsets inconsistent");
}

detail::ColumnViews read_columns(const detail::ImageReader& r) {
  detail::ColumnViews c;
#define KG_READ_COLUMN(name, type, ...) c.name = r.column<type>(Section::name);
  KG_GRAPH_COLUMNS(KG_READ_COLUMN)
#undef KG_READ_COLUMN
  return c;
}

// Checks every count, offset, id and value, so that no accessor can read outside the image or return what no
// build could have written.
void validate(const detail::ColumnViews& c) {
  if (c.string_offsets.empty()) corrupt("no string pool");
  check_string_offsets(c);
  detail::check_quote_pool(c.quote_block_first, c.quote_block_offsets, c.quote_bytes);
  if (c.source_key.empty()) corrupt("no source table");
  const Counts counts(c);
  if (counts.edges >= UINT32_MAX || counts.nodes >= UINT32_MAX || counts.records >= UINT32_MAX) {
    corrupt("too many elements");
  }
  const std::uint64_t node_properties = c.node_prop_offsets.empty() ? 0 : c.node_prop_offsets.back();
#define KG_CHECK_COLUMN(name, type, memory, rows, values)                  \
  check_column(c.name, detail::Rows::rows, detail::Values::values, counts, \
               detail::Values::values == detail::Values::edge_property_offset ? node_properties : 0, #name);
  KG_GRAPH_COLUMNS(KG_CHECK_COLUMN)
#undef KG_CHECK_COLUMN
  if (c.out_offsets.back() != counts.edges || c.in_offsets.back() != counts.edges) {
    corrupt("adjacency does not cover all edges");
  }
  for (std::size_t i = 0; i < counts.properties; ++i) {
    if (PropertyKind{c.prop_kind[i]} == PropertyKind::string && c.prop_value[i] >= counts.strings) {
      corrupt("property string out of range");
    }
  }
  if (!std::is_sorted(c.name_index_hash.begin(), c.name_index_hash.end())) corrupt("name index not sorted");
#define KG_CHECK_SPARSE(X, name, type, memory, rows, values, leading) \
  check_sparse(c.name##_present, c.name##_rank, c.name.size(), counts.rows##s, leading, #name);
  KG_SPARSE_COLUMNS(KG_CHECK_SPARSE, unused)
#undef KG_CHECK_SPARSE
  for (std::size_t r = 0; r < counts.records; ++r) {
    const PartialDate date{detail::sparse_value(c.prov_date_present, c.prov_date_rank, c.prov_date, r, 0),
                           detail::sparse_value(c.prov_date_end_present, c.prov_date_end_rank, c.prov_date_end, r, 0)};
    if (!date.is_valid()) corrupt("impossible statement date");
  }
}

}  // namespace

Graph::Graph() {
  static const detail::ImageBytes kEmpty = detail::make_image(detail::OwnedColumns{});
  *this = from_image(kEmpty.data, kEmpty.size);
}

Graph Graph::from_image(std::shared_ptr<const std::byte[]> image, std::size_t size) {
  const detail::ImageReader reader(image.get(), size);
  detail::ColumnViews columns = read_columns(reader);
  validate(columns);
  return Graph(std::move(image), size, columns);
}

Graph::Graph(std::shared_ptr<const std::byte[]> image, std::size_t size, const detail::ColumnViews& columns)
    : image_(std::move(image)),
      image_size_(size),
      c_(columns),
      quotes_(std::make_shared<detail::QuoteBlocks>(c_.quote_block_first, c_.quote_block_offsets, c_.quote_bytes)) {}

std::string_view Graph::provenance_quote(ProvenanceId p) const {
  if (!detail::sparse_has(c_.prov_quote_present, p.value)) return {};
  return quotes_->quote(c_.prov_quote[detail::sparse_rank(c_.prov_quote_present, c_.prov_quote_rank, p.value)]);
}

NodeId Graph::edge_source(EdgeId e) const {
  const auto after = std::upper_bound(c_.out_offsets.begin(), c_.out_offsets.end(), e.value);
  return NodeId{static_cast<std::uint32_t>(after - c_.out_offsets.begin() - 1)};
}

std::vector<std::string_view> Graph::node_aliases(NodeId n) const {
  std::vector<std::string_view> aliases;
  for (std::uint32_t i = c_.alias_offsets[n.value]; i < c_.alias_offsets[n.value + 1]; ++i) {
    aliases.push_back(string(StringId{c_.alias_ids[i]}));
  }
  return aliases;
}

PropertyValue Graph::property_value(std::uint32_t i) const {
  const std::uint64_t bits = c_.prop_value[i];
  switch (PropertyKind{c_.prop_kind[i]}) {
    case PropertyKind::string:
      return string(StringId{static_cast<std::uint32_t>(bits)});
    case PropertyKind::integer:
      return static_cast<std::int64_t>(bits);
    case PropertyKind::real:
      return std::bit_cast<double>(bits);
    case PropertyKind::boolean:
      break;
  }
  return bits != 0;
}

std::vector<Property> Graph::properties(std::uint32_t first, std::uint32_t last) const {
  std::vector<Property> result;
  result.reserve(last - first);
  for (std::uint32_t i = first; i < last; ++i) result.push_back({string(StringId{c_.prop_key[i]}), property_value(i)});
  return result;
}

std::optional<PropertyValue> Graph::property(std::uint32_t first, std::uint32_t last, std::string_view key) const {
  for (std::uint32_t i = first; i < last; ++i) {
    if (string(StringId{c_.prop_key[i]}) == key) return property_value(i);
  }
  return std::nullopt;
}

std::vector<Graph::KeyCount> Graph::property_keys(std::uint32_t first, std::uint32_t last) const {
  absl::flat_hash_map<std::uint32_t, std::uint32_t> position;  // key string id -> index in result
  std::vector<KeyCount> result;
  for (std::uint32_t i = first; i < last; ++i) {
    const auto [at, added] = position.try_emplace(c_.prop_key[i], static_cast<std::uint32_t>(result.size()));
    if (added) result.push_back({string(StringId{c_.prop_key[i]}), 0});
    ++result[at->second].count;
  }
  return result;
}

std::vector<Graph::KeyCount> Graph::node_property_keys() const { return property_keys(0, c_.node_prop_offsets.back()); }

std::vector<Graph::KeyCount> Graph::edge_property_keys() const {
  return property_keys(c_.edge_prop_offsets.front(), c_.edge_prop_offsets.back());
}

std::pair<std::uint32_t, std::uint32_t> Graph::edge_property_range(EdgeId e) const {
  if (!detail::sparse_has(c_.edge_prop_offsets_present, e.value)) return {0, 0};
  const std::uint32_t k = detail::sparse_rank(c_.edge_prop_offsets_present, c_.edge_prop_offsets_rank, e.value);
  return {c_.edge_prop_offsets[k], c_.edge_prop_offsets[k + 1]};
}

std::optional<PropertyValue> Graph::node_property(NodeId n, std::string_view key) const {
  return property(c_.node_prop_offsets[n.value], c_.node_prop_offsets[n.value + 1], key);
}

std::optional<PropertyValue> Graph::edge_property(EdgeId e, std::string_view key) const {
  const auto [first, last] = edge_property_range(e);
  return property(first, last, key);
}

std::vector<Property> Graph::node_properties(NodeId n) const {
  return properties(c_.node_prop_offsets[n.value], c_.node_prop_offsets[n.value + 1]);
}

std::vector<Property> Graph::edge_properties(EdgeId e) const {
  const auto [first, last] = edge_property_range(e);
  return properties(first, last);
}

namespace {
// Index of `name` in a vocabulary: an exact match first, then a folded one.
std::optional<std::uint16_t> find_in_vocabulary(const Graph& graph, std::span<const std::uint32_t> names,
                                                std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (graph.string(StringId{names[i]}) == name) return static_cast<std::uint16_t>(i);
  }
  const std::string folded = fold_name(name);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (fold_name(graph.string(StringId{names[i]})) == folded) return static_cast<std::uint16_t>(i);
  }
  return std::nullopt;
}
}  // namespace

std::optional<TypeId> Graph::find_type(std::string_view name) const {
  const auto index = find_in_vocabulary(*this, c_.type_names, name);
  return index ? std::optional(TypeId{*index}) : std::nullopt;
}

std::optional<PredicateId> Graph::find_predicate(std::string_view name) const {
  const auto index = find_in_vocabulary(*this, c_.predicate_names, name);
  return index ? std::optional(PredicateId{*index}) : std::nullopt;
}

std::vector<std::string_view> Graph::node_merged_ids(NodeId n) const {
  const auto [first, last] = std::equal_range(c_.merged_node.begin(), c_.merged_node.end(), n.value);
  std::vector<std::string_view> ids;
  for (auto it = first; it != last; ++it) {
    ids.push_back(string(StringId{c_.merged_id[static_cast<std::size_t>(it - c_.merged_node.begin())]}));
  }
  return ids;
}

Decision Graph::decision(DecisionId d) const {
  Decision decision{.kind = DecisionKind{c_.decision_kind[d.value]},
                    .reason = string(StringId{c_.decision_reason[d.value]}),
                    .author = string(StringId{c_.decision_author[d.value]}),
                    .date = PartialDate{c_.decision_date[d.value]}};
  for (std::uint32_t i = c_.decision_id_offsets[d.value]; i < c_.decision_id_offsets[d.value + 1]; ++i) {
    decision.ids.push_back(string(StringId{c_.decision_ids[i]}));
    decision.nodes.push_back(NodeId{c_.decision_nodes[i]});
  }
  return decision;
}

std::vector<DecisionId> Graph::node_decisions(NodeId n) const {
  std::vector<DecisionId> found;
  if (!std::binary_search(c_.merged_node.begin(), c_.merged_node.end(), n.value)) return found;
  for (std::uint32_t d = 0; d < decision_count(); ++d) {
    if (DecisionKind{c_.decision_kind[d]} != DecisionKind::same_as) continue;
    const std::uint32_t first = c_.decision_id_offsets[d];
    if (first < c_.decision_id_offsets[d + 1] && c_.decision_nodes[first] == n.value) found.push_back(DecisionId{d});
  }
  return found;
}

std::vector<NodeId> Graph::find_nodes(std::string_view reference) const {
  std::vector<NodeId> found = find_nodes_folded(reference);
  for (NodeId node : found) {
    if (node_key(node) == reference) return {node};
    const std::vector<std::string_view> merged = node_merged_ids(node);  // an id a same_as merged away
    if (std::find(merged.begin(), merged.end(), reference) != merged.end()) return {node};
  }
  return found;
}

std::vector<NodeId> Graph::find_nodes_folded(std::string_view reference) const {
  const std::string folded = fold_name(reference);
  const std::uint32_t hash = detail::name_hash(folded);
  const auto [first, last] = std::equal_range(c_.name_index_hash.begin(), c_.name_index_hash.end(), hash);
  std::vector<NodeId> found;
  std::string scratch;
  const auto same = [&](std::string_view text) {
    scratch.clear();
    fold_name_into(text, scratch);
    return scratch == folded;
  };
  for (auto it = first; it != last; ++it) {
    const NodeId node{c_.name_index_node[static_cast<std::size_t>(it - c_.name_index_hash.begin())]};
    if (std::find(found.begin(), found.end(), node) != found.end()) continue;
    bool matches = same(node_key(node)) || same(node_name(node));
    for (std::uint32_t i = c_.alias_offsets[node.value]; !matches && i < c_.alias_offsets[node.value + 1]; ++i) {
      matches = same(string(StringId{c_.alias_ids[i]}));
    }
    if (!matches) {
      for (std::string_view id : node_merged_ids(node)) matches = matches || same(id);
    }
    if (matches) found.push_back(node);
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::vector<NodeId> Graph::suggest_nodes(std::string_view reference, std::size_t limit) const {
  const std::string folded = fold_name(reference);
  const std::size_t max_distance = suggestion_radius(folded);
  std::vector<std::pair<std::size_t, NodeId>> scored;
  for (std::uint32_t i = 0; i < node_count(); ++i) {
    const NodeId node{i};
    std::size_t best = edit_distance(folded, fold_name(node_name(node)), max_distance);
    best = std::min(best, edit_distance(folded, fold_name(node_key(node)), max_distance));
    for (std::string_view alias : node_aliases(node)) {
      best = std::min(best, edit_distance(folded, fold_name(alias), max_distance));
    }
    for (std::string_view id : node_merged_ids(node)) {
      best = std::min(best, edit_distance(folded, fold_name(id), max_distance));
    }
    if (best <= max_distance) scored.emplace_back(best, node);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<NodeId> result;
  for (std::size_t i = 0; i < scored.size() && i < limit; ++i) result.push_back(scored[i].second);
  return result;
}

MemoryUsage Graph::memory_usage() const {
  MemoryUsage usage;
  const auto count = [&](detail::Memory part, std::size_t bytes) {
    switch (part) {
      case detail::Memory::structure:
        usage.structure += bytes;
        break;
      case detail::Memory::strings:
        usage.strings += bytes;
        break;
      case detail::Memory::provenance:
        usage.provenance += bytes;
        break;
      case detail::Memory::properties:
        usage.properties += bytes;
        break;
    }
  };
  std::vector<const void*> counted;  // a section stored once for several columns (make_image) counts once
  const auto count_once = [&](detail::Memory part, const void* data, std::size_t bytes) {
    if (bytes == 0 || std::find(counted.begin(), counted.end(), data) != counted.end()) return;
    counted.push_back(data);
    count(part, bytes);
  };
#define KG_COUNT_COLUMN(name, type, memory, ...) \
  count_once(detail::Memory::memory, c_.name.data(), c_.name.size_bytes());
  KG_GRAPH_COLUMNS(KG_COUNT_COLUMN)
#undef KG_COUNT_COLUMN
  return usage;
}

}  // namespace kg::graph
