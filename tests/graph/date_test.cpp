#include "kg/graph/date.h"

#include <catch2/catch.hpp>

using kg::graph::parse_partial_date;

TEST_CASE("Partial dates keep the precision they were written with", "[graph]") {
  CHECK(parse_partial_date("2009")->to_string() == "2009");
  CHECK(parse_partial_date("2010-08")->to_string() == "2010-08");
  CHECK(parse_partial_date("2010-08-23")->to_string() == "2010-08-23");
  CHECK(parse_partial_date("2010-08-23T14:00:00Z")->to_string() == "2010-08-23");
}

TEST_CASE("A partial date spans every day it may denote", "[graph]") {
  CHECK(parse_partial_date("2010")->earliest() == 20100101);
  CHECK(parse_partial_date("2010")->latest() == 20101231);
  CHECK(parse_partial_date("2010-02")->latest() == 20100228);
  CHECK(parse_partial_date("2012-02")->latest() == 20120229);
  CHECK(parse_partial_date("2010-08-23")->earliest() == 20100823);
  CHECK(parse_partial_date("2010-08-23")->latest() == 20100823);
}

TEST_CASE("Impossible or malformed dates are rejected", "[graph]") {
  for (const char* text : {"", "10", "2010-13", "2010-00", "2010-02-30", "2011-02-29", "2010/08/23", "2010-8",
                           "2010-08-23x", "abcd", "2010-08T10:00"}) {
    INFO(text);
    CHECK_FALSE(parse_partial_date(text).has_value());
  }
}

TEST_CASE("An undated PartialDate prints as nothing", "[graph]") {
  const kg::graph::PartialDate undated;
  CHECK_FALSE(undated.dated());
  CHECK(undated.to_string().empty());
}

TEST_CASE("Only dates parse_partial_date can produce are valid", "[graph]") {
  using kg::graph::PartialDate;
  CHECK(PartialDate{0}.is_valid());
  CHECK(PartialDate{20100823}.is_valid());
  CHECK(PartialDate{20100800}.is_valid());
  CHECK(PartialDate{20100000}.is_valid());
  for (std::int32_t packed : {20109923, 20101332, 20100005, 20100231, -20100823, 100000000, 101}) {
    INFO(packed);
    CHECK_FALSE(PartialDate{packed}.is_valid());
  }
}
