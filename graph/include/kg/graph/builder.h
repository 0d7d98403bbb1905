#pragma once
/// GraphBuilder: accumulates entities and facts from any number of files, resolves references, merges repeated
/// facts into one edge with every provenance record, and produces the immutable Graph.
///
///   kg::graph::GraphBuilder builder({.strict = false, .warn = my_sink});
///   auto file = builder.add_file("facts.json");
///   builder.add_entity({.id = "ziyoev", .type = "Person", .name = "Mirzo Ziyoev", .at = {file, 3, 5}});
///   kg::graph::Graph graph = builder.build();
#include <memory>
#include <string_view>

#include "kg/graph/diagnostics.h"
#include "kg/graph/graph.h"
#include "kg/graph/records.h"

namespace kg::graph {

struct BuildOptions {
  /// An unresolved entity reference is an error instead of a new `Entity` node, and a fact citing a source never
  /// declared is an error instead of a warning.
  bool strict = false;
  WarningSink warn;  ///< receives warnings; may be empty
};

class GraphBuilder {
 public:
  explicit GraphBuilder(BuildOptions options = {});
  ~GraphBuilder();
  GraphBuilder(GraphBuilder&&) noexcept;
  GraphBuilder& operator=(GraphBuilder&&) noexcept;

  /// Registers an input file's display name; records cite it by the returned index.
  std::uint32_t add_file(std::string_view display_name);
  /// The location a RecordLocation denotes, for readers' own error messages.
  SourceLocation location(const RecordLocation& at) const;

  /// Declares a source. Declaring the same id again with other details is an error.
  void add_source(const SourceRecord& source, const RecordLocation& at);
  /// Accepts `id` as a source known by its id alone, as formats that cite sources but cannot declare them do
  /// (GraphML, GEXF, CSV by mapping): it is no unknown source (no warning, no --strict error); a declaration in
  /// another input still gives its details.
  void add_source_id(std::string_view id, const RecordLocation& at);
  /// Declares an entity. The same id again merges aliases and properties; a different type is an InputError
  /// citing both places. An alias already claimed by another entity is an InputError naming both.
  void add_entity(const EntityRecord& entity);
  /// States a fact. References are resolved in build(), so facts may cite entities declared later or elsewhere.
  void add_fact(const FactRecord& fact);
  /// Records a same_as or different_from decision, applied in build(). Fewer than two ids, an id given twice or
  /// an empty reason is an InputError.
  void add_decision(const DecisionRecord& decision);

  std::size_t fact_count() const;

  /// Checks that every cited source is declared (a warning, or an InputError under `strict`, at its first citation,
  /// suggesting close declared ids), resolves every reference (exact id first, then id, name or alias folded by
  /// fold_name), applies the decisions (entities same_as joins become one node), merges repeated (subject,
  /// predicate, object) facts, and returns the graph. Throws InputError on an ambiguous reference, on an unknown
  /// one under `strict`, on a decision naming an unknown entity, on a same_as joining entities of two types or that
  /// a different_from separates. A name, alias or id shared by entities that stay apart is a warning. The builder
  /// is empty afterwards.
  Graph build();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::graph
