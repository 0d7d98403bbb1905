#include "kg/graph/name_fold.h"

#include <catch2/catch.hpp>

using kg::graph::edit_distance;
using kg::graph::fold_name;

TEST_CASE("Folding lower-cases ASCII and collapses white space", "[graph]") {
  CHECK(fold_name("  Mirzo\t\tZIYOEV \n") == "mirzo ziyoev");
  CHECK(fold_name("Imomali\xC2\xA0Rahmon") == "imomali rahmon");
  CHECK(fold_name("   ").empty());
}

TEST_CASE("Folding leaves non-ASCII letters as written", "[graph]") { CHECK(fold_name("Гафаров") == "Гафаров"); }

TEST_CASE("Edit distance counts insertions, deletions and substitutions up to a bound", "[graph]") {
  CHECK(edit_distance("rahmon", "rahmon", 3) == 0);
  CHECK(edit_distance("rahmon", "rakhmon", 3) == 1);
  CHECK(edit_distance("kitten", "sitting", 3) == 3);
  CHECK(edit_distance("a", "abcdefgh", 3) == 4);  // beyond the bound: bound + 1
}
