#pragma once
// The scalar function library: a table of {name, argument counts, implementation}. Functions are found by name
// ignoring case; null arguments give null unless a function says otherwise (coalesce, exists).
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "expression.h"

namespace kg::cypher::detail {

struct ScalarFunction {
  std::string_view name;  ///< as documented (toUpper, startNode)
  std::uint8_t min_arguments;
  std::uint8_t max_arguments;  ///< 255: any number
  /// Throws ValueError on bad arguments; the call site adds the position.
  Value (*call)(std::span<const Value> arguments, ExecContext& ctx);
};

/// The function called `name` (any case), or nullptr.
const ScalarFunction* find_function(std::string_view name);
/// Every function name, for "did you mean" suggestions.
std::vector<std::string_view> function_names();

/// A call of `function` with its arguments.
ExpressionPtr make_call(std::uint32_t offset, const ScalarFunction& function, std::vector<ExpressionPtr> arguments);

/// The parts of the library in other files: string and conversion functions, kg's own (entity, credibility).
std::span<const ScalarFunction> string_functions();
std::span<const ScalarFunction> kg_functions();

}  // namespace kg::cypher::detail
