// canonicalise_columns: the last assembly step, which makes the graph image depend only on the graph — its nodes,
// edges, statements and sources in their order — and not on how the input spelled it: which reference texts it
// used, in which order it first named a type or a predicate, which types it gave and then changed. Types are
// numbered by first use in node order, predicates by first use in edge order, and strings by first use as the
// string columns list them (kg/graph/columns.h, Values::string, plus the string values of properties); what no
// column uses is dropped. So the same graph, read from any files in any order, gives the same bytes: a graph
// exported as facts (kg export --format facts) builds back to an identical file.
#include <limits>
#include <string_view>

#include "builder_state.h"
#include "quote_pool.h"

namespace kg::graph::detail {
namespace {

/// Renumbers the ids in `uses` by first use and keeps only the names used, in that order.
template <class Id>
void renumber_vocabulary(std::vector<Id>& uses, std::vector<std::uint32_t>& names) {
  constexpr Id kUnused = std::numeric_limits<Id>::max();
  std::vector<Id> new_id(names.size(), kUnused);
  std::vector<std::uint32_t> kept;
  for (Id& use : uses) {
    if (new_id[use] == kUnused) {
      new_id[use] = static_cast<Id>(kept.size());
      kept.push_back(names[use]);
    }
    use = new_id[use];
  }
  names = std::move(kept);
}

class StringRenumbering {
 public:
  /// Numbers ids below `count` by first use; with `empty_first`, id 0 stays 0 (string 0 is "" in every graph).
  StringRenumbering(std::size_t count, bool empty_first) : new_id_(count, kUnused) {
    if (empty_first) {
      new_id_[0] = 0;
      old_of_new_.push_back(0);
    }
  }
  template <class Id>
  void renumber(Id& id) {
    auto& mapped = new_id_[id];
    if (mapped == kUnused) {
      mapped = static_cast<std::uint32_t>(old_of_new_.size());
      old_of_new_.push_back(static_cast<std::uint32_t>(id));
    }
    id = static_cast<Id>(mapped);
  }
  /// The pool in the new order.
  void write(std::vector<std::uint32_t>& offsets, std::vector<std::uint32_t>& carries, std::vector<char>& bytes) const {
    std::vector<std::uint32_t> new_offsets;
    std::vector<std::uint32_t> new_carries;
    std::vector<char> new_bytes;
    new_offsets.reserve(old_of_new_.size() + 1);
    new_offsets.push_back(0);
    for (const std::uint32_t old : old_of_new_) {
      new_bytes.insert(new_bytes.end(),
                       bytes.begin() + static_cast<std::ptrdiff_t>(string_offset(offsets, carries, old)),
                       bytes.begin() + static_cast<std::ptrdiff_t>(string_offset(offsets, carries, old + 1)));
      push_string_offset(new_offsets, new_carries, new_bytes.size());
    }
    offsets = std::move(new_offsets);
    carries = std::move(new_carries);
    bytes = std::move(new_bytes);
  }
  /// The strings renumbered, in their new order (old ids).
  const std::vector<std::uint32_t>& old_ids() const { return old_of_new_; }

 private:
  static constexpr std::uint32_t kUnused = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> new_id_;
  std::vector<std::uint32_t> old_of_new_;
};

/// Renumbers `column` if it holds string ids (quote ids are string ids until canonicalise_columns numbers them); a
/// property key is followed by its value when that is a string.
template <Values kind, class Column>
void renumber_if_strings(StringRenumbering& strings, StringRenumbering& quotes, OwnedColumns& c, Column& column,
                         std::string_view name) {
  if constexpr (kind == Values::quote) {
    for (auto& id : column) quotes.renumber(id);
  } else if constexpr (kind == Values::string) {
    if (name == "prop_key") {
      for (std::size_t i = 0; i < column.size(); ++i) {
        strings.renumber(column[i]);
        if (c.prop_kind[i] == static_cast<std::uint8_t>(PropertyKind::string)) strings.renumber(c.prop_value[i]);
      }
      return;
    }
    for (auto& id : column) strings.renumber(id);
  }
}

/// The quote pool, quote q being the string old_ids[q].
void write_quotes(const std::vector<std::uint32_t>& old_ids, OwnedColumns& c) {
  QuotePoolWriter pool(c.quote_block_first, c.quote_block_offsets, c.quote_bytes);
  for (const std::uint32_t old : old_ids) {
    const std::uint64_t begin = string_offset(c.string_offsets, c.string_offset_carries, old);
    const std::uint64_t end = string_offset(c.string_offsets, c.string_offset_carries, old + 1);
    pool.add({c.string_bytes.data() + begin, static_cast<std::size_t>(end - begin)});
  }
  pool.finish();
}

}  // namespace

void canonicalise_columns(OwnedColumns& c) {
  renumber_vocabulary(c.node_type, c.type_names);
  renumber_vocabulary(c.edge_predicate, c.predicate_names);
  StringRenumbering strings(c.string_offsets.size() - 1, true);
  StringRenumbering quotes(c.string_offsets.size() - 1, false);
#define KG_RENUMBER_STRINGS(name, type, memory, rows, values) \
  renumber_if_strings<Values::values>(strings, quotes, c, c.name, #name);
  KG_GRAPH_COLUMNS(KG_RENUMBER_STRINGS)
#undef KG_RENUMBER_STRINGS
  write_quotes(quotes.old_ids(), c);
  strings.write(c.string_offsets, c.string_offset_carries, c.string_bytes);
}

}  // namespace kg::graph::detail
