#include "kg/ingest/graph_attributes.h"

namespace kg::ingest {

GraphAttributes::GraphAttributes()
    : id("entity_id"),
      name{"label", "name"},
      type("type"),
      aliases("aliases"),
      predicate{"predicate", "kind", "label"},
      default_predicate("related_to") {}

}  // namespace kg::ingest
