#pragma once
// Text forms of scalar values, as toString() and string concatenation produce them.
#include <string>

#include "kg/query/value.h"

namespace kg::cypher::detail {

/// `1`, `1.5`, `2.0` (a float always shows a fraction or exponent), `true`, or a string's own text. Other kinds:
/// their kind name (callers refuse them before).
std::string display_text(const query::Value& value);

/// A float as Cypher writes it: shortest round-trip digits, with `.0` when they would read as an integer.
std::string float_text(double value);

}  // namespace kg::cypher::detail
