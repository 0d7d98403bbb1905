#pragma once
/// Helpers shared by every test module: golden-file comparison, temporary folders, running the kg CLI.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/graph.h"

namespace kg::test {

/// Compares `actual` byte for byte with tests/golden/<name>. On a mismatch writes <name>.actual beside it and
/// fails; with KG_UPDATE_GOLDEN=1 in the environment rewrites the golden file instead.
void check_golden(const std::string& name, std::string_view actual);

/// A fresh, empty folder under the system temporary folder, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(std::string_view name) const { return path_ / name; }
  /// Writes `content` to a file in this folder and returns its path.
  std::filesystem::path write(std::string_view name, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);

/// Result of running the kg executable.
struct RunResult {
  int status = 0;
  std::string out;
  std::string err;
};
/// Runs `command` through /bin/sh with stdin from /dev/null (or from the file `input` when given) and captures
/// its output.
RunResult run_shell(const std::string& command, const std::filesystem::path& input = {});
/// Runs `kg <arguments>` (arguments are passed to /bin/sh, so quote as in a shell) and captures its output.
RunResult run_kg(const std::string& arguments);
/// The same, with `input` on the standard input.
RunResult run_kg(const std::string& arguments, std::string_view input);

/// The tab-separated rows of tests/data/classic/<name>, comment (#) and empty lines left out.
std::vector<std::vector<std::string>> read_classic_rows(const std::string& name);

/// A classic network (tests/data/classic/<name>.edges, undirected edge lists as networkx ships them) as a graph:
/// one `Actor` entity per name, in order of first appearance, and one `tie` fact per listed edge, subject first.
graph::Graph classic_graph(const std::string& name);

/// The result of running a program through the shell: exit status and stdout+stderr.
struct Command {
  int status = -1;
  std::string output;
};
/// Runs `command` through /bin/sh, capturing stdout and stderr together.
Command run_command(const std::string& command);
bool have_program(const std::string& path);
/// True when /usr/bin/python3 can import `module` (networkx, igraph).
bool have_python_module(const std::string& module);
/// Fails the test, naming what is missing, unless `present`: an independent checker that is not installed is a
/// failure (scripts/setup installs every one), never a silent skip.
void require_checker(bool present, const std::string& what);

/// The repository root (for examples/ and tests/data/).
std::filesystem::path source_dir();
/// tests/data/schemas: the GraphML XSD and GEXF RelaxNG schemas the export tests validate against.
std::filesystem::path schema_dir();

}  // namespace kg::test
