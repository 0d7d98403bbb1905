#include "support/test_support.h"

#include <fmt/format.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "kg/graph/builder.h"

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

RunResult run_shell(const std::string& command, const std::filesystem::path& input) {
  TempDir dir;
  const auto out = dir / "stdout";
  const auto err = dir / "stderr";
  const std::string line = fmt::format("{} >'{}' 2>'{}' <'{}'", command, out.string(), err.string(),
                                       input.empty() ? std::string("/dev/null") : input.string());
  const int raw = std::system(line.c_str());
  RunResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = read_file(out);
  result.err = read_file(err);
  return result;
}

RunResult run_kg(const std::string& arguments) { return run_kg(arguments, ""); }

RunResult run_kg(const std::string& arguments, std::string_view input) {
  TempDir dir;
  return run_shell(fmt::format("'{}' {}", KG_CLI_PATH, arguments), dir.write("stdin", input));
}

Command run_command(const std::string& command) {
  Command result;
  std::FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return result;
  char chunk[4096];
  std::size_t read = 0;
  while ((read = std::fread(chunk, 1, sizeof chunk, pipe)) > 0) result.output.append(chunk, read);
  const int raw = ::pclose(pipe);
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return result;
}

bool have_program(const std::string& path) { return std::filesystem::exists(path); }

bool have_python_module(const std::string& module) {
  return have_program("/usr/bin/python3") && run_command("/usr/bin/python3 -c 'import " + module + "'").status == 0;
}

void require_checker(bool present, const std::string& what) {
  if (!present) FAIL(what << " is not installed (scripts/setup installs it): this check cannot run");
}

std::filesystem::path source_dir() { return KG_SOURCE_DIR; }

std::filesystem::path schema_dir() { return KG_SCHEMA_DIR; }

std::vector<std::vector<std::string>> read_classic_rows(const std::string& name) {
  std::ifstream in(source_dir() / "tests/data/classic" / name);
  REQUIRE(in);
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::istringstream split(line);
    for (std::string field; std::getline(split, field, '\t');) fields.push_back(field);
    rows.push_back(fields);
  }
  return rows;
}

graph::Graph classic_graph(const std::string& name) {
  const std::vector<std::vector<std::string>> edges = read_classic_rows(name + ".edges");
  graph::GraphBuilder builder;
  builder.add_file(name);
  std::set<std::string> declared;
  for (const auto& edge : edges) {
    for (const std::string& id : edge) {
      if (declared.insert(id).second) {
        builder.add_entity({.id = id, .type = "Actor", .name = id, .aliases = {}, .props = {}, .at = {}});
      }
    }
    graph::FactRecord fact;
    fact.subject.text = edge.at(0), fact.predicate = "tie", fact.object.text = edge.at(1);
    builder.add_fact(fact);
  }
  return builder.build();
}

}  // namespace kg::test
