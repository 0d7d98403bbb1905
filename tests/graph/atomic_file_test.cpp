#include "kg/graph/atomic_file.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"

using kg::graph::AtomicFile;

TEST_CASE("An atomic file appears only on commit", "[graph]") {
  kg::test::TempDir dir;
  const auto target = dir / "out.graphml";
  {
    AtomicFile file(target);
    file.write("<graphml/>");
    CHECK_FALSE(std::filesystem::exists(target));
    file.commit();
  }
  CHECK(kg::test::read_file(target) == "<graphml/>");
}

TEST_CASE("An atomic file abandoned before commit leaves the old target and no temporary", "[graph]") {
  kg::test::TempDir dir;
  const auto target = dir.write("out.graphml", "old");
  {
    AtomicFile file(target);
    file.write("half-writ");
  }
  CHECK(kg::test::read_file(target) == "old");
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++files;
  CHECK(files == 1);
}
