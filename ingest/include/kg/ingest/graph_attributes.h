#pragma once
/// GraphAttributes: which attributes of a GraphML or GEXF file give an entity's id, name, type and aliases and an
/// edge's predicate. The defaults read kg's own exports (docs/EXPORT.md) and the usual NetworkX, igraph and Gephi
/// files (docs/FORMAT.md, "GraphML and GEXF").
#include <string>
#include <vector>

namespace kg::ingest {

struct GraphAttributes {
  GraphAttributes();  ///< the defaults below

  std::string id;  ///< `entity_id`: the entity id; the XML node id when absent
  std::vector<std::string>
      name;  ///< `label`, `name`: the first one present is the name (the others, when equal to it, are no properties)
  std::string type;                    ///< `type`: the entity type; `Entity` when absent
  std::string aliases;                 ///< `aliases`, separated by `;`
  std::vector<std::string> predicate;  ///< `predicate`, `kind`, `label`: the first one present
  std::string default_predicate;       ///< `related_to`: for edges with none of them
};

}  // namespace kg::ingest
