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

TEST_CASE("A time of day after a full date must be an ISO 8601 time, nothing else may follow the date", "[graph]") {
  for (const char* text : {"2010-08-23T14:00", "2010-08-23 14:00:59", "2010-08-23T23:59:60.5", "2010-08-23T14:00Z",
                           "2010-08-23T14:00:00,25+05:00", "2010-08-23T14:00-0330", "2010-08-23T00:00+05"}) {
    INFO(text);
    REQUIRE(parse_partial_date(text).has_value());
    CHECK(parse_partial_date(text)->to_string() == "2010-08-23");
  }
  for (const char* text : {"2010-08-23 extra", "2010-08-23 ", "2010-08-23T", "2010-08-23T24:00", "2010-08-23T14:60",
                           "2010-08-23T14", "2010-08-23T14:00:00.", "2010-08-23T14:00 UTC", "2010-08-23T14:00+5",
                           "2010-08-23T14:00Zjunk", "2010-08-23  14:00"}) {
    INFO(text);
    CHECK_FALSE(parse_partial_date(text).has_value());
  }
}

TEST_CASE("Intervals of partial dates keep their ends as written and span from the first day to the last", "[graph]") {
  using kg::graph::parse_date;
  using kg::graph::PartialDate;
  for (const char* text :
       {"1992/1997", "2010-08-22/2010-08-23", "2010-08/2010-09-15", "2010-08/2010-08-15", "2009/..", "../2010"}) {
    INFO(text);
    REQUIRE(parse_date(text));
    CHECK(parse_date(text).date.to_string() == text);
    CHECK(parse_date(text).date.is_interval());
    CHECK(parse_date(text).date.is_valid());
  }
  CHECK(parse_date("1992/1997").date.earliest() == 19920101);
  CHECK(parse_date("1992/1997").date.latest() == 19971231);
  CHECK(parse_date("2010-08/2010-08-15").date.latest() == 20100815);
  CHECK(parse_date("2009/..").date.earliest() == 20090101);
  CHECK(parse_date("2009/..").date.latest() == PartialDate::kOpenLatest);
  CHECK(parse_date("../2010").date.earliest() == PartialDate::kOpenEarliest);
  CHECK(parse_date("../2010").date.latest() == 20101231);
  CHECK(parse_date("2010-08-22T10:00/2010-08-23T12:30Z").date.to_string() == "2010-08-22/2010-08-23");
}

TEST_CASE("A point date parses as before and is no interval", "[graph]") {
  const kg::graph::ParsedDate parsed = kg::graph::parse_date("2010-08");
  REQUIRE(parsed);
  CHECK_FALSE(parsed.date.is_interval());
  CHECK(parsed.date == *parse_partial_date("2010-08"));
  CHECK_FALSE(parse_partial_date("1992/1997").has_value());
}

TEST_CASE("An interval that ends before it starts, or has no dated end, is refused with the reason", "[graph]") {
  using kg::graph::parse_date;
  CHECK(parse_date("2010/2009").error == "the interval ends before it starts");
  CHECK(parse_date("2010-08-23/2010-08-22").error == "the interval ends before it starts");
  CHECK(parse_date("../..").error == "an interval needs at least one end that is a date, not \"../..\"");
  for (const char* text : {"2010/", "/2010", "2010/2011/2012", "2010/soon", "2010-13/2011", "2010 / 2011"}) {
    INFO(text);
    CHECK(parse_date(text).error == "expected an interval START/END, each end YYYY, YYYY-MM, YYYY-MM-DD or ..");
  }
  CHECK(parse_date("soon").error == "expected YYYY, YYYY-MM or YYYY-MM-DD, or an interval START/END of those");
}

TEST_CASE("Only intervals parse_date can produce are valid", "[graph]") {
  using kg::graph::PartialDate;
  CHECK(PartialDate{19920000, 19970000}.is_valid());
  CHECK(PartialDate{PartialDate::kOpen, 20100000}.is_valid());
  CHECK(PartialDate{20090000, PartialDate::kOpen}.is_valid());
  for (const PartialDate date : {PartialDate{0, 20100000}, PartialDate{PartialDate::kOpen, 0},
                                 PartialDate{PartialDate::kOpen, PartialDate::kOpen}, PartialDate{20100000, 20090000},
                                 PartialDate{20100000, 20109900}, PartialDate{20100000, -5}}) {
    INFO(date.packed << " " << date.end);
    CHECK_FALSE(date.is_valid());
  }
}
