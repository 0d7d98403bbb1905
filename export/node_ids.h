#pragma once
// NodeIds: the id a node gets in GraphML and Cytoscape JSON. Its entity id when every selected entity id is an XML
// name token and none looks like an edge id (`e12`; Cytoscape.js keeps nodes and edges in one id space), so scripts
// join on the ids the analyst wrote; otherwise `n<position>` for every node.
#include <cstdint>

#include "kg/graph/graph.h"
#include "output.h"
#include "selection.h"

namespace kg::io::detail {

class NodeIds {
 public:
  NodeIds(const graph::Graph& graph, const Selection& selection);

  /// Appends the id of the node at `position` in the selection, escaped by `escapes`.
  void write(Output& out, std::uint32_t position, const EscapeTable& escapes) const;
  /// True when nodes are written under their entity ids.
  bool entity_ids() const { return entity_ids_; }

 private:
  const graph::Graph& graph_;
  const Selection& selection_;
  bool entity_ids_ = true;
};

}  // namespace kg::io::detail
