#include "kg/render/output.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <system_error>

#include "support/test_support.h"

TEST_CASE("Output appends to a string", "[render]") {
  std::string text = "a";
  kg::render::Output out(text);
  out.write("bc");
  out.put('d');
  CHECK(text == "abcd");
}

TEST_CASE("Output to a stream writes everything, in chunks, and flushes at the end", "[render]") {
  kg::test::TempDir dir;
  const auto path = dir / "out.txt";
  std::FILE* file = std::fopen(path.c_str(), "wb");
  REQUIRE(file != nullptr);
  const std::string line(1000, 'x');
  {
    kg::render::Output out(file);
    for (int i = 0; i < 200; ++i) out.write(line);  // more than one 64 KiB chunk
    out.put('\n');
  }
  std::fclose(file);
  CHECK(kg::test::read_file(path).size() == 200 * 1000 + 1);
}

TEST_CASE("A stream that cannot be written is an error when flushed", "[render]") {
  std::FILE* full = std::fopen("/dev/full", "wb");
  REQUIRE(full != nullptr);
  {
    kg::render::Output out(full);
    out.write("anything");
    CHECK_THROWS_AS(out.flush(), std::system_error);
  }
  std::fclose(full);
}
