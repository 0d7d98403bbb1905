#include "../../ingest/date_format.h"

#include <catch2/catch.hpp>
#include <string>

using kg::ingest::detail::parse_date_with_format;

namespace {

/// The date `text` reads as by `format`, as ISO 8601, or "none".
std::string read(std::string_view text, std::string_view format) {
  const auto date = parse_date_with_format(text, format);
  return date ? date->to_string() : "none";
}

}  // namespace

TEST_CASE("Dates are read by strptime-like formats with month names in any case", "[ingest]") {
  CHECK(read("12-SEP-2006", "%d-%b-%Y") == "2006-09-12");
  CHECK(read("1-sep-2006", "%d-%b-%Y") == "2006-09-01");
  CHECK(read("09/12/2006", "%m/%d/%Y") == "2006-09-12");
  CHECK(read("12.9.2006", "%d.%m.%Y") == "2006-09-12");
  CHECK(read("September 2006", "%B %Y") == "2006-09");
  CHECK(read("2006", "%Y") == "2006");
  CHECK(read("100% 2006", "100%% %Y") == "2006");
  CHECK(read("Q 2006", "q %Y") == "2006");  // literal characters in any case too
}

TEST_CASE("Dates that do not fit their format or the calendar are refused", "[ingest]") {
  CHECK(read("2006-09-12", "%d-%b-%Y") == "none");
  CHECK(read("12-SEP-2006 ", "%d-%b-%Y") == "none");  // trailing text
  CHECK(read("12-SEP-06", "%d-%b-%Y") == "none");     // %Y is four digits
  CHECK(read("31-FEB-2006", "%d-%b-%Y") == "none");
  CHECK(read("12-13-2006", "%d-%m-%Y") == "none");
  CHECK(read("123-09-2006", "%d-%m-%Y") == "none");
  CHECK(read("12 2006", "%d %Y") == "none");  // a day without a month
  CHECK(read("09", "%m") == "none");          // no year
  CHECK(read("12-SEP-2006", "%d-%q-%Y") == "none");
  CHECK(read("2006", "%Y%") == "none");
  CHECK(read("", "%Y") == "none");
}
