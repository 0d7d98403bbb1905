#include "../../ingest/cell_value.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>

using kg::graph::PropertyValue;
using kg::ingest::detail::parse_number;
using kg::ingest::detail::typed_cell;

TEST_CASE("CSV cells are typed as boolean, integer, float or string", "[ingest]") {
  CHECK(typed_cell("true") == PropertyValue(true));
  CHECK(typed_cell("false") == PropertyValue(false));
  CHECK(typed_cell("TRUE") == PropertyValue(std::string_view("TRUE")));
  CHECK(typed_cell("42") == PropertyValue(std::int64_t{42}));
  CHECK(typed_cell("-7") == PropertyValue(std::int64_t{-7}));
  CHECK(typed_cell("0") == PropertyValue(std::int64_t{0}));
  CHECK(typed_cell("1.5") == PropertyValue(1.5));
  CHECK(typed_cell("-0.25e2") == PropertyValue(-25.0));
  CHECK(typed_cell("0.5") == PropertyValue(0.5));
  CHECK(typed_cell("99999999999999999999") == PropertyValue(std::string_view("99999999999999999999")));
  CHECK(typed_cell("007") == PropertyValue(std::string_view("007")));
  CHECK(typed_cell("12 apples") == PropertyValue(std::string_view("12 apples")));
  CHECK(typed_cell("inf") == PropertyValue(std::string_view("inf")));
  CHECK(typed_cell("-") == PropertyValue(std::string_view("-")));
  CHECK(typed_cell(".5") == PropertyValue(std::string_view(".5")));
}

TEST_CASE("Numbers parse only when the whole text is a decimal number", "[ingest]") {
  CHECK(parse_number("0.8") == 0.8);
  CHECK(parse_number("1") == 1.0);
  CHECK_FALSE(parse_number("high"));
  CHECK_FALSE(parse_number("0.8 "));
  CHECK_FALSE(parse_number("nan"));
  CHECK_FALSE(parse_number(""));
}

TEST_CASE("Numbers too close to zero for a double read as zero, as JSON reads them, too large ones are no number",
          "[ingest]") {
  CHECK(parse_number("1e-400") == 0.0);
  CHECK(parse_number("0e400") == 0.0);
  CHECK(std::signbit(*parse_number("-0.0e400")));
  CHECK(parse_number("-2.5E-400") == 0.0);
  CHECK(std::signbit(*parse_number("-2.5E-400")));
  CHECK(parse_number("0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                     "000000000000000000000000000000000000000000000000000000000000000000001") == 0.0);
  CHECK(parse_number("1e-99999999999999999999999") == 0.0);
  CHECK(parse_number("4.9e-324") == 4.9e-324);  // the smallest subnormal still reads as itself
  CHECK_FALSE(parse_number("1e400"));
  CHECK_FALSE(parse_number("1e+400"));
  CHECK_FALSE(parse_number("1e99999999999999999999999"));
  CHECK(typed_cell("1e400") == PropertyValue(std::string_view("1e400")));
  CHECK(typed_cell("1e-400") == PropertyValue(0.0));
}

TEST_CASE("An integer beyond 64 bits stays text, never a rounded float", "[ingest]") {
  using kg::graph::PropertyValue;
  CHECK(typed_cell("12345678901234567890") == PropertyValue(std::string_view("12345678901234567890")));
  CHECK(typed_cell("-99999999999999999999") == PropertyValue(std::string_view("-99999999999999999999")));
  CHECK(typed_cell("9223372036854775807") == PropertyValue(std::int64_t{9223372036854775807}));
  CHECK(typed_cell("1e20") == PropertyValue(1e20));  // written as a float, read as one
}
