#pragma once
/// What kg knows of the FollowTheMoney (FtM) model (alephdata/followthemoney, followthemoney/schema/*.yaml): which
/// schemata are links between two entities and by which properties, which properties of other schemata point at
/// another entity, and every property name, so that the rest can be warned about. docs/FORMAT.md holds the table.
#include <string_view>

namespace kg::ingest::detail {

/// An FtM schema that links two entities (FtM's `edge:`): facts from each `source` value to each `target` value.
struct FtmEdge {
  std::string_view schema, source, target, predicate;
};

/// The edge schema named `schema`, or nullptr.
const FtmEdge* ftm_edge(std::string_view schema);

/// True for every schema of the model (edge schemata included).
bool ftm_schema(std::string_view schema);

/// The predicate of a property that points at another entity (`addressEntity` → `has_address`, `holder` →
/// `held_by`, ...), for schemata that are not edges; "" for any other property.
std::string_view ftm_reference_predicate(std::string_view property);

/// True for a property name of the model.
bool ftm_property(std::string_view property);

}  // namespace kg::ingest::detail
