#pragma once
/// Helpers shared by every test module: golden-file comparison, temporary folders, running the kg CLI.
#include <filesystem>
#include <string>
#include <string_view>

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
/// Runs `kg <arguments>` (arguments are passed to /bin/sh, so quote as in a shell) and captures its output.
RunResult run_kg(const std::string& arguments);

/// The repository root (for examples/ and tests/data/).
std::filesystem::path source_dir();
/// tests/data/schemas: the GraphML XSD and GEXF RelaxNG schemas the export tests validate against.
std::filesystem::path schema_dir();

}  // namespace kg::test
