// FactLocations (graph/fact_locations.*): random subject and object locations read back as they were pushed, for
// objects on the subject's line, near it either way, far from it and in another file, and files coming back.
#include "../../graph/fact_locations.h"

#include <catch2/catch.hpp>
#include <random>
#include <utility>
#include <vector>

using kg::graph::RecordLocation;
using kg::graph::detail::FactLocations;

namespace {

bool same(const RecordLocation& a, const RecordLocation& b) {
  return a.file == b.file && a.line == b.line && a.column == b.column;
}

}  // namespace

TEST_CASE("FactLocations gives back every subject and object location as pushed", "[graph]") {
  std::mt19937 random(5);
  FactLocations locations;
  std::vector<std::pair<RecordLocation, RecordLocation>> pushed;
  std::uint32_t file = 0, line = 1;
  for (int fact = 0; fact < 100000; ++fact) {
    if (random() % 5000 == 0) file = random() % 4;  // the next input, or one read again
    line += random() % 3;
    const RecordLocation subject{file, line, 1 + static_cast<std::uint32_t>(random() % 200)};
    RecordLocation object{file, line, 1 + static_cast<std::uint32_t>(random() % 100000)};
    switch (random() % 8) {
      case 0:
        object.line = line + 1 + random() % 40;  // a pretty-printed record
        break;
      case 1:
        object.line = line > 10 ? line - 1 - random() % 10 : line;  // the object first
        break;
      case 2:
        object.line = line + 40000 + random() % 1000000;  // far beyond
        break;
      case 3:
        object.file = file + 1;
        break;
      default:
        break;
    }
    locations.push_back(subject, object);
    pushed.emplace_back(subject, object);
  }
  REQUIRE(locations.size() == pushed.size());
  for (std::size_t fact = 0; fact < pushed.size(); ++fact) {
    INFO("fact " << fact);
    REQUIRE(same(locations.subject(fact), pushed[fact].first));
    REQUIRE(same(locations.object(fact), pushed[fact].second));
  }
}
