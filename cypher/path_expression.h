#pragma once
// PathBuild: a path variable's value, assembled from the slots of its pattern's nodes and relationships (single
// or variable-length lists, already in pattern order).
#include <cstdint>
#include <vector>

#include "expression.h"

namespace kg::cypher::detail {

struct PathElement {
  enum class Kind : std::uint8_t { node, relationship, relationships } kind = Kind::node;
  std::uint32_t slot = 0;
};

ExpressionPtr make_path_build(std::uint32_t offset, std::vector<PathElement> elements);

}  // namespace kg::cypher::detail
