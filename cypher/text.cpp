#include "text.h"

#include <fmt/format.h>

#include <cmath>

namespace kg::cypher::detail {

std::string float_text(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  std::string text = fmt::format("{}", value);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

std::string display_text(const query::Value& value) {
  switch (value.kind()) {
    case query::Value::Kind::integer:
      return fmt::format("{}", value.as_integer());
    case query::Value::Kind::real:
      return float_text(value.as_real());
    case query::Value::Kind::boolean:
      return value.as_boolean() ? "true" : "false";
    case query::Value::Kind::string:
      return std::string(value.as_string());
    default:
      return std::string(query::kind_name(value.kind()));
  }
}

}  // namespace kg::cypher::detail
