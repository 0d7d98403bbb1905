#include "kg/graph/atomic_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <thread>

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

namespace {

std::size_t entries(const std::filesystem::path& folder) {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++count;
  return count;
}

}  // namespace

TEST_CASE("An atomic file written through symbolic links replaces the file they point to", "[graph]") {
  kg::test::TempDir dir;
  std::filesystem::create_directory(dir / "real");
  const auto real = dir.write("real/case.kg", "old");
  std::filesystem::create_symlink("real/case.kg", dir / "hop");   // relative, resolved from the link's folder
  std::filesystem::create_symlink(dir / "hop", dir / "link.kg");  // a chain of two
  {
    AtomicFile file(dir / "link.kg");
    file.write("new");
    file.commit();
  }
  CHECK(std::filesystem::is_symlink(dir / "link.kg"));
  CHECK(std::filesystem::is_symlink(dir / "hop"));
  CHECK(kg::test::read_file(real) == "new");
  CHECK(entries(dir / "real") == 1);  // the temporary sat beside the target and was renamed onto it
  std::filesystem::create_symlink("fresh.kg", dir / "dangling.kg");
  {
    AtomicFile file(dir / "dangling.kg");
    file.write("created");
    file.commit();
  }
  CHECK(std::filesystem::is_symlink(dir / "dangling.kg"));
  CHECK(kg::test::read_file(dir / "fresh.kg") == "created");
}

TEST_CASE("An atomic file keeps the mode, owner and group of the file it replaces", "[graph]") {
  kg::test::TempDir dir;
  const auto target = dir.write("secret.kg", "old");
  std::filesystem::permissions(target, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  const bool root = ::geteuid() == 0;
  if (root) REQUIRE(::chown(target.c_str(), 4321, 8765) == 0);  // as if another user's file
  {
    AtomicFile file(target);
    file.write("new");
    file.commit();
  }
  struct stat after {};
  REQUIRE(::stat(target.c_str(), &after) == 0);
  CHECK((after.st_mode & 07777) == 0600);
  if (root) {
    CHECK(after.st_uid == 4321);
    CHECK(after.st_gid == 8765);
  } else {
    WARN("not running as root: the owner and group of another user's file cannot be given back, not checked");
  }
  CHECK(kg::test::read_file(target) == "new");
}

TEST_CASE("An atomic file whose target is a device or a FIFO writes to it directly", "[graph]") {
  {
    AtomicFile file("/dev/null");
    file.write("discarded");
    file.commit();
  }
  struct stat null {};
  REQUIRE(::stat("/dev/null", &null) == 0);
  CHECK(S_ISCHR(null.st_mode));
  kg::test::TempDir dir;
  const auto fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = kg::test::read_file(fifo); });
  {
    AtomicFile file(fifo);
    file.write("through the pipe");
    file.commit();
  }
  reader.join();
  CHECK(received == "through the pipe");
  CHECK(std::filesystem::is_fifo(fifo));
  CHECK(entries(dir.path()) == 1);
  CHECK_THROWS_WITH(AtomicFile(dir.path()), Catch::Contains("cannot write " + dir.path().string()));
}

TEST_CASE("remove_temporary_files removes the temporaries of open atomic files, as a signal handler does", "[graph]") {
  kg::test::TempDir dir;
  const auto target = dir.write("out.kg", "old");
  AtomicFile file(target);
  file.write("half");
  CHECK(entries(dir.path()) == 2);
  kg::graph::remove_temporary_files();
  CHECK(entries(dir.path()) == 1);
  CHECK(kg::test::read_file(target) == "old");
}
