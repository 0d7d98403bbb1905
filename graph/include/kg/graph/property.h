#pragma once
/// Property values of entities and facts: string, integer, float or boolean.
#include <cstdint>
#include <string_view>
#include <variant>

namespace kg::graph {

/// What a stored property value is; the graph file keeps it as one byte.
enum class PropertyKind : std::uint8_t { string = 0, integer = 1, real = 2, boolean = 3 };

/// A property value as read from a graph; string values point into the graph's string pool.
using PropertyValue = std::variant<std::string_view, std::int64_t, double, bool>;

/// A named property value.
struct Property {
  std::string_view key;
  PropertyValue value;
};

}  // namespace kg::graph
