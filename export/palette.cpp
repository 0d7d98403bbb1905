#include "palette.h"

#include <array>

#include "kg/graph/text.h"

namespace kg::io::detail {
namespace {

// Okabe & Ito (2008), "Color Universal Design", plus grey for the untyped.
constexpr TypeStyle kOrange{{230, 159, 0}, "#E69F00", "ellipse", "black"};
constexpr TypeStyle kSkyBlue{{86, 180, 233}, "#56B4E9", "ellipse", "black"};
constexpr TypeStyle kBluishGreen{{0, 158, 115}, "#009E73", "ellipse", "black"};
constexpr TypeStyle kYellow{{240, 228, 66}, "#F0E442", "ellipse", "black"};
constexpr TypeStyle kBlue{{0, 114, 178}, "#0072B2", "ellipse", "white"};
constexpr TypeStyle kVermillion{{213, 94, 0}, "#D55E00", "ellipse", "black"};
constexpr TypeStyle kReddishPurple{{204, 121, 167}, "#CC79A7", "ellipse", "black"};
constexpr TypeStyle kGrey{{153, 153, 153}, "#999999", "ellipse", "black"};

constexpr TypeStyle with_shape(TypeStyle style, std::string_view shape) {
  style.dot_shape = shape;
  return style;
}

struct Named {
  std::string_view name;
  TypeStyle style;
};
constexpr std::array<Named, 9> kOwnStyles = {{
    {"person", with_shape(kOrange, "ellipse")},
    {"group", with_shape(kReddishPurple, "octagon")},
    {"organization", with_shape(kBlue, "box")},
    {"organisation", with_shape(kBlue, "box")},
    {"location", with_shape(kBluishGreen, "house")},
    {"place", with_shape(kBluishGreen, "house")},
    {"facility", with_shape(kYellow, "box3d")},
    {"event", with_shape(kVermillion, "diamond")},
    {"entity", with_shape(kGrey, "ellipse")},
}};

// Other types cycle through the palette, sky blue first (no built-in type uses it).
constexpr std::array<TypeStyle, 7> kCycle = {kSkyBlue,     kOrange, kReddishPurple, kBlue,
                                             kBluishGreen, kYellow, kVermillion};

const TypeStyle* own_style(std::string_view type_name) {
  for (const Named& named : kOwnStyles) {
    if (graph::equals_ascii_folded(type_name, named.name)) return &named.style;
  }
  return nullptr;
}

}  // namespace

TypeStyle type_style(std::string_view type_name, std::uint32_t other_index) {
  if (const TypeStyle* style = own_style(type_name)) return *style;
  return with_shape(kCycle[other_index % kCycle.size()], "ellipse");
}

std::vector<TypeStyle> styles_by_type(const graph::Graph& graph) {
  std::vector<TypeStyle> styles;
  std::uint32_t others = 0;
  for (std::uint32_t t = 0; t < graph.type_count(); ++t) {
    const std::string_view name = graph.type_name(graph::TypeId{static_cast<std::uint16_t>(t)});
    styles.push_back(own_style(name) != nullptr ? *own_style(name) : type_style(name, others++));
  }
  return styles;
}

}  // namespace kg::io::detail
