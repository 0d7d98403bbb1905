#include "kg/query/result_table.h"

#include <catch2/catch.hpp>
#include <stdexcept>

using kg::query::ResultTable;
using kg::query::Value;

TEST_CASE("A result table keeps its columns and rows in order", "[query]") {
  ResultTable table({"n.name", "count(*)"});
  CHECK(table.empty());
  table.add_row({Value::string("Rahmon"), Value::integer(2)});
  table.add_row({Value::string("IMU"), Value::integer(5)});
  REQUIRE(table.row_count() == 2);
  CHECK(table.column_count() == 2);
  CHECK(table.columns()[1] == "count(*)");
  CHECK(table.row(1)[0].as_string() == "IMU");
  CHECK(table.row(0)[1].as_integer() == 2);
}

TEST_CASE("A row of the wrong width is refused, and so is a row for a table without columns", "[query]") {
  ResultTable table({"a"});
  CHECK_THROWS_AS(table.add_row({Value(), Value()}), std::invalid_argument);
  CHECK(table.empty());
  ResultTable no_columns;
  CHECK_THROWS_AS(no_columns.add_row({}), std::invalid_argument);
}
