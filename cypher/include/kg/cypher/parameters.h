#pragma once
/// Query parameters from JSON, as `--param name=JSON` and `--params file.json` give them: integers (a number
/// without fraction or exponent) stay integers, other numbers are floats, arrays are lists, objects are maps.
///
///   kg::cypher::Parameters parameters{{"who", kg::cypher::parameter_from_json("\"Ziyoev\"", "--param who")}};
#include <string_view>

#include "kg/cypher/cypher.h"

namespace kg::cypher {

/// One value. Throws graph::InputError located at `source_name` (line and column within `json`) on invalid JSON
/// or an integer beyond 64 bits.
query::Value parameter_from_json(std::string_view json, std::string_view source_name);

/// Every entry of a JSON object. Throws graph::InputError when `json` is not an object.
Parameters parameters_from_json(std::string_view json, std::string_view source_name);

}  // namespace kg::cypher
