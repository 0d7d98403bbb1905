#include "kg/graph/graph.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <type_traits>

#include "image.h"
#include "kg/graph/name_fold.h"

namespace kg::graph {
namespace {

using detail::Section;

[[noreturn]] void corrupt(std::string_view what) {
  throw std::runtime_error(fmt::format("corrupt graph file ({})", what));
}

// Every value of `ids` is below `bound`.
template <class T>
void check_ids(std::span<const T> ids, std::uint64_t bound, std::string_view what) {
  T largest = 0;
  for (T id : ids) largest = std::max(largest, id);
  if (!ids.empty() && static_cast<std::uint64_t>(largest) >= bound) corrupt(fmt::format("{} out of range", what));
}

// An offsets column of `count + 1` non-decreasing entries from `first` to at most `last`.
template <class T>
void check_offsets(std::span<const T> offsets, std::size_t count, std::uint64_t first, std::uint64_t last,
                   std::string_view what) {
  if (offsets.size() != count + 1 || offsets.front() != first || offsets.back() > last) {
    corrupt(fmt::format("{} inconsistent", what));
  }
  bool sorted = true;
  for (std::size_t i = 1; i < offsets.size(); ++i) sorted &= offsets[i - 1] <= offsets[i];
  if (!sorted) corrupt(fmt::format("{} not increasing", what));
}

void check_size(std::size_t actual, std::size_t expected, std::string_view what) {
  if (actual != expected) corrupt(fmt::format("{} has {} entries, expected {}", what, actual, expected));
}

detail::Columns read_columns(const detail::ImageReader& r) {
  detail::Columns c;
#define KG_READ_COLUMN(name) \
  c.name = r.column<std::remove_const_t<typename decltype(c.name)::element_type>>(Section::name);
  KG_GRAPH_COLUMNS(KG_READ_COLUMN)
#undef KG_READ_COLUMN
  return c;
}

// Checks every count, offset and id, so that no accessor can read outside the image.
void validate(const detail::Columns& c) {
  if (c.string_offsets.empty()) corrupt("no string pool");
  const std::size_t strings = c.string_offsets.size() - 1;
  check_offsets(c.string_offsets, strings, 0, c.string_bytes.size(), "string pool");
  const std::size_t nodes = c.node_key.size();
  const std::size_t edges = c.out_target.size();
  const std::size_t records = c.prov_source.size();
  const std::size_t props = c.prop_key.size();
  if (edges >= UINT32_MAX || nodes >= UINT32_MAX || records >= UINT32_MAX) corrupt("too many elements");
  check_size(c.node_name.size(), nodes, "node names");
  check_size(c.node_type.size(), nodes, "node types");
  check_offsets(c.alias_offsets, nodes, 0, c.alias_ids.size(), "alias offsets");
  check_offsets(c.node_prop_offsets, nodes, 0, props, "node property offsets");
  check_offsets(c.out_offsets, nodes, 0, edges, "out-adjacency");
  check_offsets(c.in_offsets, nodes, 0, edges, "in-adjacency");
  if (c.out_offsets.back() != edges || c.in_offsets.back() != edges) corrupt("adjacency does not cover all edges");
  check_size(c.edge_predicate.size(), edges, "edge predicates");
  check_size(c.edge_confidence.size(), edges, "edge confidences");
  check_size(c.in_source.size(), edges, "in-adjacency sources");
  check_size(c.in_edge.size(), edges, "in-adjacency edges");
  check_offsets(c.prov_offsets, edges, 0, records, "provenance offsets");
  check_offsets(c.edge_prop_offsets, edges, c.node_prop_offsets.back(), props, "edge property offsets");
  check_size(c.prov_date.size(), records, "provenance dates");
  check_size(c.prov_confidence.size(), records, "provenance confidences");
  check_size(c.prov_quote.size(), records, "provenance quotes");
  check_size(c.prop_kind.size(), props, "property kinds");
  check_size(c.prop_value.size(), props, "property values");
  const std::size_t sources = c.source_key.size();
  if (sources == 0) corrupt("no source table");
  check_size(c.source_title.size(), sources, "source titles");
  check_size(c.source_url.size(), sources, "source urls");
  check_size(c.source_date.size(), sources, "source dates");
  check_size(c.name_index_node.size(), c.name_index_hash.size(), "name index");

  for (auto column : {c.node_key, c.node_name, c.alias_ids, c.prov_quote, c.prop_key, c.type_names, c.predicate_names,
                      c.source_key, c.source_title, c.source_url}) {
    check_ids(column, strings, "string id");
  }
  check_ids(c.node_type, c.type_names.size(), "node type");
  check_ids(c.edge_predicate, c.predicate_names.size(), "edge predicate");
  check_ids(c.out_target, nodes, "edge target");
  check_ids(c.in_source, nodes, "edge source");
  check_ids(c.in_edge, edges, "edge id");
  check_ids(c.prov_source, sources, "provenance source");
  check_ids(c.name_index_node, nodes, "name index node");
  check_ids(c.prop_kind, 4, "property kind");
  for (std::size_t i = 0; i < props; ++i) {
    if (c.prop_kind[i] == 0 && c.prop_value[i] >= strings) corrupt("property string out of range");
  }
  if (!std::is_sorted(c.name_index_hash.begin(), c.name_index_hash.end())) corrupt("name index not sorted");
  for (auto dates : {c.prov_date, c.source_date}) {
    for (std::int32_t date : dates) {
      if (!PartialDate{date}.is_valid()) corrupt("impossible date");
    }
  }
}

}  // namespace

Graph::Graph() {
  static const detail::ImageBytes empty = detail::make_image(detail::ColumnData{});
  *this = from_image(empty.data, empty.size);
}

Graph Graph::from_image(std::shared_ptr<const std::byte[]> image, std::size_t size) {
  const detail::ImageReader reader(image.get(), size);
  detail::Columns columns = read_columns(reader);
  validate(columns);
  return Graph(std::move(image), size, columns);
}

Graph::Graph(std::shared_ptr<const std::byte[]> image, std::size_t size, const detail::Columns& columns)
    : image_(std::move(image)), image_size_(size), c_(columns) {}

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

std::vector<Property> Graph::properties(std::uint32_t first, std::uint32_t last) const {
  std::vector<Property> result;
  for (std::uint32_t i = first; i < last; ++i) {
    const std::uint64_t bits = c_.prop_value[i];
    PropertyValue value;
    switch (c_.prop_kind[i]) {
      case 0:
        value = string(StringId{static_cast<std::uint32_t>(bits)});
        break;
      case 1:
        value = static_cast<std::int64_t>(bits);
        break;
      case 2:
        value = std::bit_cast<double>(bits);
        break;
      default:
        value = bits != 0;
        break;
    }
    result.push_back({string(StringId{c_.prop_key[i]}), value});
  }
  return result;
}

std::vector<Property> Graph::node_properties(NodeId n) const {
  return properties(c_.node_prop_offsets[n.value], c_.node_prop_offsets[n.value + 1]);
}

std::vector<Property> Graph::edge_properties(EdgeId e) const {
  return properties(c_.edge_prop_offsets[e.value], c_.edge_prop_offsets[e.value + 1]);
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

std::vector<NodeId> Graph::find_nodes(std::string_view reference) const {
  const std::string folded = fold_name(reference);
  const std::uint64_t hash = detail::name_hash(folded);
  const auto [first, last] = std::equal_range(c_.name_index_hash.begin(), c_.name_index_hash.end(), hash);
  std::vector<NodeId> found;
  for (auto it = first; it != last; ++it) {
    const NodeId node{c_.name_index_node[static_cast<std::size_t>(it - c_.name_index_hash.begin())]};
    if (node_key(node) == reference) return {node};
    bool matches = fold_name(node_key(node)) == folded || fold_name(node_name(node)) == folded;
    for (std::string_view alias : node_aliases(node)) matches = matches || fold_name(alias) == folded;
    if (matches && std::find(found.begin(), found.end(), node) == found.end()) found.push_back(node);
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::vector<NodeId> Graph::suggest_nodes(std::string_view reference, std::size_t limit) const {
  const std::string folded = fold_name(reference);
  const std::size_t max_distance = std::max<std::size_t>(2, folded.size() / 3);
  std::vector<std::pair<std::size_t, NodeId>> scored;
  for (std::uint32_t i = 0; i < node_count(); ++i) {
    const NodeId node{i};
    std::size_t best = edit_distance(folded, fold_name(node_name(node)), max_distance);
    best = std::min(best, edit_distance(folded, fold_name(node_key(node)), max_distance));
    for (std::string_view alias : node_aliases(node)) {
      best = std::min(best, edit_distance(folded, fold_name(alias), max_distance));
    }
    if (best <= max_distance) scored.emplace_back(best, node);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<NodeId> result;
  for (std::size_t i = 0; i < scored.size() && i < limit; ++i) result.push_back(scored[i].second);
  return result;
}

MemoryUsage Graph::memory_usage() const {
  const auto bytes = [](auto span) { return span.size_bytes(); };
  MemoryUsage usage;
  usage.structure = bytes(c_.out_offsets) + bytes(c_.out_target) + bytes(c_.in_offsets) + bytes(c_.in_source) +
                    bytes(c_.in_edge) + bytes(c_.edge_predicate) + bytes(c_.edge_confidence) + bytes(c_.node_type);
  usage.strings = bytes(c_.string_offsets) + bytes(c_.string_bytes) + bytes(c_.node_key) + bytes(c_.node_name) +
                  bytes(c_.alias_offsets) + bytes(c_.alias_ids) + bytes(c_.name_index_hash) +
                  bytes(c_.name_index_node) + bytes(c_.type_names) + bytes(c_.predicate_names);
  usage.provenance = bytes(c_.prov_offsets) + bytes(c_.prov_source) + bytes(c_.prov_date) + bytes(c_.prov_confidence) +
                     bytes(c_.prov_quote) + bytes(c_.source_key) + bytes(c_.source_title) + bytes(c_.source_url) +
                     bytes(c_.source_date);
  usage.properties = bytes(c_.node_prop_offsets) + bytes(c_.edge_prop_offsets) + bytes(c_.prop_key) +
                     bytes(c_.prop_kind) + bytes(c_.prop_value);
  return usage;
}

}  // namespace kg::graph
