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
  bool strict = false;  ///< an unresolved reference is an error instead of a new `Entity` node
  WarningSink warn;     ///< receives warnings; may be empty
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
  /// Declares an entity. The same id again merges aliases and properties; a different type is an InputError
  /// citing both places. An alias already claimed by another entity is an InputError naming both.
  void add_entity(const EntityRecord& entity);
  /// States a fact. References are resolved in build(), so facts may cite entities declared later or elsewhere.
  void add_fact(const FactRecord& fact);

  std::size_t fact_count() const;

  /// Resolves every reference (exact id first, then id, name or alias folded by fold_name), merges repeated
  /// (subject, predicate, object) facts, and returns the graph. Throws InputError on an ambiguous reference, or on
  /// an unknown one under `strict`. The builder is empty afterwards.
  Graph build();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::graph
