#pragma once
/// The graph's columns, listed once: what a Graph's storage is made of. Internal to kg (Graph's members and the
/// graph file's sections); read the graph through graph.h instead.
///
/// A column's position in KG_GRAPH_COLUMNS (from 1) is its section id in the graph file, so new columns go at the
/// end and none is ever removed or reordered within a format version. A sparse column (KG_SPARSE_COLUMNS, for what
/// most rows leave unstated: a statement's source, date or quote, an edge's confidence) is three sections: a bit per
/// row saying whether the row has a value, per 64-bit word the number of values in earlier words, and the values of
/// the rows that have one, so that a graph whose statements mostly state nothing stores almost nothing for them. Each
/// entry says the column's name, element type, the part of MemoryUsage it counts towards, how many rows it has and what
/// its values are; from that one list come the views (ColumnViews, here), the owned columns the builder fills
/// (OwnedColumns, graph/image.h), the graph file's sections, the validation of a loaded file and the memory accounting.
///
/// Strings are a pool (string_bytes) and the low 32 bits of each one's offset into it (string_offsets), with the
/// entries at which an offset passes the next multiple of 4 GiB (string_offset_carries, empty below 4 GiB). Quotes
/// are not in it but in their own pool, compressed in blocks (graph/quote_pool.h): a quote id is a position in it.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <span>
#include <vector>

namespace kg::graph::detail {

/// Which part of MemoryUsage a column counts towards.
enum class Memory : std::uint8_t { structure, strings, provenance, properties };

/// How many rows a column has. `any` columns define their own count (the alias list, the name index, ...).
enum class Rows : std::uint8_t {
  any,
  string_table,       ///< strings + 1 offsets into string_bytes (string 0 is "")
  node,               ///< one per node (node_key defines the node count)
  node_offsets,       ///< nodes + 1 offsets
  edge,               ///< one per edge (out_target defines the edge count)
  property,           ///< one per property (prop_key defines the count)
  source,             ///< one per source, source 0 being "no source" (source_key defines the count)
  name,               ///< one per name index entry (name_index_hash defines the count)
  merged,             ///< one per extra id of a merged node (merged_node defines the count)
  decision,           ///< one per decision (decision_kind defines the count)
  decision_offsets,   ///< decisions + 1 offsets
  decision_id,        ///< one per id a decision names (decision_ids defines the count)
  multi_record_edge,  ///< one per edge of several statements (edge_extra_records defines the count)
  edge_words,         ///< edges / 64 + 1 words: the presence bits (or their ranks) of a sparse edge column
  record_words,       ///< records / 64 + 1 words: the presence bits (or their ranks) of a sparse record column
};

/// What a column's values are, as the validation of a loaded graph checks them.
enum class Values : std::uint8_t {
  any,
  string,                ///< string ids
  node,                  ///< node ids
  edge,                  ///< edge ids
  type,                  ///< type ids
  predicate,             ///< predicate ids
  source,                ///< source ids
  string_byte_offset,    ///< offsets from 0 into string_bytes, non-decreasing once string_offset carries them
  quote,                 ///< quote ids, into the quote pool (quote_block_first)
  alias_offset,          ///< non-decreasing offsets from 0 into alias_ids
  node_property_offset,  ///< non-decreasing offsets from 0 into the properties
  edge_property_offset,  ///< non-decreasing offsets into the properties, from the end of the nodes' ones
  edge_offset,           ///< non-decreasing offsets from 0 to the edge count
  record_offset,         ///< non-decreasing offsets from 0 into the provenance records
  date,                  ///< packed point PartialDate values, each valid
  statement_date,        ///< a statement date's two ends (prov_date, prov_date_end), each pair a valid PartialDate
  confidence,            ///< NaN (not stated) or a number from 0 to 1
  property_kind,         ///< PropertyKind values
  decision_kind,         ///< DecisionKind values
  decision_id_offset,    ///< non-decreasing offsets from 0 into decision_ids
  sorted_node,           ///< node ids in non-decreasing order
  grade,                 ///< packed Grade values, each part 0 to 6
};

// X(name, element type, Memory, Rows, Values)
// clang-format off
#define KG_GRAPH_COLUMNS(X)                                                               \
  X(string_offsets,    std::uint32_t, strings,    string_table, string_byte_offset)     \
  X(string_bytes,      char,          strings,    any,          any)                    \
  X(node_key,          std::uint32_t, strings,    node,         string)                 \
  X(node_name,         std::uint32_t, strings,    node,         string)                 \
  X(node_type,         std::uint16_t, structure,  node,         type)                   \
  X(alias_offsets,     std::uint32_t, strings,    node_offsets, alias_offset)           \
  X(alias_ids,         std::uint32_t, strings,    any,          string)                 \
  X(node_prop_offsets, std::uint32_t, properties, node_offsets, node_property_offset)   \
  X(out_offsets,       std::uint32_t, structure,  node_offsets, edge_offset)            \
  X(out_target,        std::uint32_t, structure,  edge,         node)                   \
  X(edge_predicate,    std::uint16_t, structure,  edge,         predicate)              \
  X(in_offsets,        std::uint32_t, structure,  node_offsets, edge_offset)            \
  X(in_source,         std::uint32_t, structure,  edge,         node)                   \
  X(in_edge,           std::uint32_t, structure,  edge,         edge)                   \
  X(prop_key,          std::uint32_t, properties, property,     string)                 \
  X(prop_kind,         std::uint8_t,  properties, property,     property_kind)          \
  X(prop_value,        std::uint64_t, properties, property,     any)                    \
  X(type_names,        std::uint32_t, strings,    any,          string)                 \
  X(predicate_names,   std::uint32_t, strings,    any,          string)                 \
  X(source_key,        std::uint32_t, provenance, source,       string)                 \
  X(source_title,      std::uint32_t, provenance, source,       string)                 \
  X(source_url,        std::uint32_t, provenance, source,       string)                 \
  X(source_date,       std::int32_t,  provenance, source,       date)                   \
  X(source_reliability, std::uint8_t, provenance, source,       grade)                  \
  X(name_index_hash,   std::uint32_t, strings,    any,          any)                    \
  X(name_index_node,   std::uint32_t, strings,    name,         node)                   \
  X(merged_node,       std::uint32_t, strings,    any,          sorted_node)            \
  X(merged_id,         std::uint32_t, strings,    merged,       string)                 \
  X(decision_kind,     std::uint8_t,  provenance, decision,     decision_kind)          \
  X(decision_reason,   std::uint32_t, provenance, decision,     string)                 \
  X(decision_author,   std::uint32_t, provenance, decision,     string)                 \
  X(decision_date,     std::int32_t,  provenance, decision,     date)                   \
  X(decision_id_offsets, std::uint32_t, provenance, decision_offsets, decision_id_offset) \
  X(decision_ids,      std::uint32_t, provenance, any,          string)                 \
  X(decision_nodes,    std::uint32_t, provenance, decision_id,  node)                   \
  X(string_offset_carries, std::uint32_t, strings, any,         any)                    \
  X(quote_block_first, std::uint32_t, provenance, any,          any)                    \
  X(quote_block_offsets, std::uint64_t, provenance, any,        any)                    \
  X(quote_bytes,       char,          provenance, any,          any)                    \
  X(edge_best_confidence, float,      structure,  multi_record_edge, confidence)          \
  KG_SPARSE_COLUMNS(KG_SPARSE_SECTIONS, X)

// The sparse columns: S(X, name, element type, Memory, rows: edge or record, Values, leading values).
// A column with a leading value holds offsets: one more value than rows with a value, the first being where the
// first range starts; row r's range is then [values[k], values[k+1]) for its rank k.
//   edge_extra_records: edges of several statements; values[k] is how many statements the edges before the k-th
//                       such edge have beyond their first, so edge e's first record is e + values[rank(e)]
//   edge_prop_offsets:  edges with properties; their ranges in the properties, from the end of the nodes' ones
#define KG_SPARSE_COLUMNS(S, X)                                                                      \
  S(X, edge_extra_records, std::uint32_t, provenance, edge,   record_offset,        1)             \
  S(X, edge_prop_offsets,  std::uint32_t, properties, edge,   edge_property_offset, 1)             \
  S(X, prov_source,        std::uint32_t, provenance, record, source,               0)             \
  S(X, prov_date,          std::int32_t,  provenance, record, statement_date,       0)             \
  S(X, prov_date_end,      std::int32_t,  provenance, record, statement_date,       0)             \
  S(X, prov_confidence,    float,         provenance, record, confidence,           0)             \
  S(X, prov_quote,         std::uint32_t, provenance, record, quote,                0)             \
  S(X, prov_grade,         std::uint8_t,  provenance, record, grade,                0)
#define KG_SPARSE_SECTIONS(X, name, type, memory, rows, values, leading) \
  X(name##_present, std::uint64_t, memory, rows##_words, any)            \
  X(name##_rank,    std::uint32_t, memory, rows##_words, any)            \
  X(name,           type,          memory, any,          values)
// clang-format on

/// Where string table entry `i` (0 <= i <= strings) starts in string_bytes: its low 32 bits from string_offsets, its
/// high part the number of carries at or before `i`.
inline std::uint64_t string_offset(std::span<const std::uint32_t> low, std::span<const std::uint32_t> carries,
                                   std::size_t i) {
  if (carries.empty()) return low[i];
  const auto high = static_cast<std::uint64_t>(std::upper_bound(carries.begin(), carries.end(), i) - carries.begin());
  return high << 32 | low[i];
}
/// Appends the offset of the next string table entry (offsets are appended in non-decreasing order).
inline void push_string_offset(std::vector<std::uint32_t>& low, std::vector<std::uint32_t>& carries,
                               std::uint64_t offset) {
  while ((offset >> 32) > carries.size()) carries.push_back(static_cast<std::uint32_t>(low.size()));
  low.push_back(static_cast<std::uint32_t>(offset));
}

/// Row `row` of a sparse column has a value: its presence bit is set.
inline bool sparse_has(std::span<const std::uint64_t> present, std::size_t row) {
  return ((present[row >> 6] >> (row & 63)) & 1) != 0;
}
/// How many rows before `row` (0 <= row <= rows) have a value: the index of row's value when it has one.
inline std::uint32_t sparse_rank(std::span<const std::uint64_t> present, std::span<const std::uint32_t> rank,
                                 std::size_t row) {
  const std::uint64_t word = present[row >> 6];
  if (word == 0) return rank[row >> 6];  // most words of the sparsest columns: no popcount (a call without POPCNT)
  const std::uint64_t below = (std::uint64_t{1} << (row & 63)) - 1;
  return rank[row >> 6] + static_cast<std::uint32_t>(std::popcount(word & below));
}
/// Row `row` of a sparse column: its value, or `absent` when it has none.
template <class T>
T sparse_value(std::span<const std::uint64_t> present, std::span<const std::uint32_t> rank, std::span<const T> values,
               std::size_t row, T absent) {
  return sparse_has(present, row) ? values[sparse_rank(present, rank, row)] : absent;
}

/// The graph's columns as views into its image. Filled and validated by Graph::from_image only.
struct ColumnViews {
#define KG_COLUMN_VIEW(name, type, ...) std::span<const type> name;
  KG_GRAPH_COLUMNS(KG_COLUMN_VIEW)
#undef KG_COLUMN_VIEW
};

}  // namespace kg::graph::detail
