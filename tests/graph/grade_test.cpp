#include "kg/graph/grade.h"

#include <catch2/catch.hpp>

using kg::graph::Grade;
using kg::graph::meets_grade;
using kg::graph::parse_grade;

TEST_CASE("Grades are written as a reliability letter and a credibility digit, either part optional", "[graph]") {
  CHECK(parse_grade("B2") == Grade{2, 2});
  CHECK(parse_grade("b2") == Grade{2, 2});
  CHECK(parse_grade("F6") == Grade{6, 6});
  CHECK(parse_grade("A") == Grade{1, 0});
  CHECK(parse_grade("3") == Grade{0, 3});
  CHECK(parse_grade("B2")->to_string() == "B2");
  CHECK(parse_grade("C")->to_string() == "C?");
  CHECK(parse_grade("4")->to_string() == "?4");
  CHECK(Grade{}.to_string().empty());
  CHECK(Grade::unpack(Grade{4, 5}.packed()) == Grade{4, 5});
  CHECK(parse_grade("?2") == Grade{0, 2});  // what to_string() writes reads back
  CHECK(parse_grade("c?") == Grade{3, 0});
}

TEST_CASE("Malformed grades are rejected", "[graph]") {
  for (const char* text : {"", "G1", "B7", "B0", "2B", "BB", "B22", " B2", "AB1", "??", "?", "B?2"}) {
    INFO(text);
    CHECK_FALSE(parse_grade(text).has_value());
  }
}

TEST_CASE("A grade meets a minimum when each part the minimum grades is as good or better", "[graph]") {
  const Grade b3 = *parse_grade("B3");
  CHECK(meets_grade(*parse_grade("A1"), b3));
  CHECK(meets_grade(*parse_grade("B3"), b3));
  CHECK_FALSE(meets_grade(*parse_grade("C1"), b3));
  CHECK_FALSE(meets_grade(*parse_grade("A4"), b3));
  CHECK_FALSE(meets_grade(*parse_grade("B"), b3));  // an ungraded part fails a part the minimum grades
  CHECK(meets_grade(*parse_grade("B"), *parse_grade("C")));
  CHECK(meets_grade(*parse_grade("?2"), *parse_grade("2")));
  CHECK(meets_grade(Grade{}, Grade{}));
}
