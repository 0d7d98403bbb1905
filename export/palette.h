#pragma once
// How each node type looks in GEXF and DOT: a colour from the Okabe-Ito palette (colour-blind-friendly) and a
// Graphviz shape. The legend is in docs/EXPORT.md.
#include <cstdint>
#include <string_view>
#include <vector>

#include "kg/graph/graph.h"

namespace kg::io::detail {

struct Rgb {
  std::uint8_t r, g, b;
};

struct TypeStyle {
  Rgb colour;
  std::string_view hex;          ///< "#E69F00"
  std::string_view dot_shape;    ///< ellipse, box, ...
  std::string_view font_colour;  ///< black or white, whichever reads on the colour
};

/// The style of a type: Person, Group, Organization/Organisation, Location/Place, Facility, Event and Entity have
/// their own (matched case-insensitively); any other type takes the palette in turn by `other_index`, its rank
/// among the graph's other types.
TypeStyle type_style(std::string_view type_name, std::uint32_t other_index);

/// type_style for every type of `graph`, indexed by TypeId; other types are ranked in TypeId order.
std::vector<TypeStyle> styles_by_type(const graph::Graph& graph);

}  // namespace kg::io::detail
