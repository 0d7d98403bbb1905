#include "support/test_support.h"

#include <fmt/format.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

namespace kg::test {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

static void write_file(const std::filesystem::path& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

void check_golden(const std::string& name, std::string_view actual) {
  const std::filesystem::path golden = std::filesystem::path(KG_GOLDEN_DIR) / name;
  const char* update = std::getenv("KG_UPDATE_GOLDEN");
  if (update != nullptr && std::string_view(update) == "1") {
    std::filesystem::create_directories(golden.parent_path());
    write_file(golden, actual);
    return;
  }
  INFO("golden file " << golden.string() << " (KG_UPDATE_GOLDEN=1 regenerates it)");
  REQUIRE(std::filesystem::exists(golden));
  const std::string expected = read_file(golden);
  const std::filesystem::path actual_path = golden.string() + ".actual";
  if (expected != actual) {
    write_file(actual_path, actual);
    INFO("actual output written to " << actual_path.string());
    CHECK(expected == std::string(actual));
  } else {
    std::filesystem::remove(actual_path);
  }
}

TempDir::TempDir() {
  std::random_device seed;
  path_ = std::filesystem::temp_directory_path() / fmt::format("kg-test-{:016x}", std::uint64_t{seed()} << 32 | seed());
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path TempDir::write(std::string_view name, std::string_view content) const {
  const auto path = path_ / name;
  write_file(path, content);
  return path;
}

RunResult run_kg(const std::string& arguments) {
  TempDir dir;
  const auto out = dir / "stdout";
  const auto err = dir / "stderr";
  const std::string command =
      fmt::format("'{}' {} >'{}' 2>'{}' </dev/null", KG_CLI_PATH, arguments, out.string(), err.string());
  const int raw = std::system(command.c_str());
  RunResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = read_file(out);
  result.err = read_file(err);
  return result;
}

std::filesystem::path source_dir() { return KG_SOURCE_DIR; }

std::filesystem::path schema_dir() { return KG_SCHEMA_DIR; }

}  // namespace kg::test
