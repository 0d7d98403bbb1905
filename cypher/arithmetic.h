#pragma once
// Cypher's arithmetic: integers stay integers (overflow and division by zero are errors), a float on either side
// makes a float, `+` also concatenates strings and lists, and null in gives null out.
#include <stdexcept>
#include <string>

#include "kg/query/value.h"

namespace kg::cypher::detail {

/// A value of the wrong kind or out of range at run time; the expression that evaluated it adds the position.
class ValueError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

query::Value add(const query::Value& a, const query::Value& b);
query::Value subtract(const query::Value& a, const query::Value& b);
query::Value multiply(const query::Value& a, const query::Value& b);
query::Value divide(const query::Value& a, const query::Value& b);
query::Value modulo(const query::Value& a, const query::Value& b);
query::Value power(const query::Value& a, const query::Value& b);
query::Value negate(const query::Value& a);

}  // namespace kg::cypher::detail
