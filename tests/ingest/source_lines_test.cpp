#include "kg/ingest/source_lines.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"

TEST_CASE("A source line is read back from a regular file, without its line break", "[ingest]") {
  kg::test::TempDir dir;
  const auto file = dir.write("facts.csv", "subject,predicate,object\r\nA,knows,B\n");
  CHECK(kg::ingest::read_source_line(file, 1) == "subject,predicate,object");
  CHECK(kg::ingest::read_source_line(file, 2) == "A,knows,B");
  CHECK_FALSE(kg::ingest::read_source_line(file, 3).has_value());
}

TEST_CASE("A file that is gone, or not a regular file, gives no source line", "[ingest]") {
  CHECK_FALSE(kg::ingest::read_source_line("gone.json", 1).has_value());
  CHECK_FALSE(kg::ingest::read_source_line("/dev/null", 1).has_value());
}
