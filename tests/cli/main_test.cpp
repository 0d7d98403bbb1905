// cli/main.cpp: exit statuses and where usage errors go.
#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "support/test_support.h"

namespace {

const std::string kExample = (kg::test::source_dir() / "examples/tajikistan-2010/case.json").string();

}  // namespace

TEST_CASE("Help succeeds and a usage error is exit status 2 with the reason on stderr", "[cli]") {
  CHECK(kg::test::run_kg("--help").status == 0);
  const auto missing = kg::test::run_kg("build");
  CHECK(missing.status == 2);
  CHECK(missing.out.empty());
  CHECK(missing.err.find("inputs is required") != std::string::npos);
}

TEST_CASE("A query with an export name of no known format fails before printing any result", "[cli]") {
  // Found in review: the result was printed to stdout, then the export failed with exit status 2.
  kg::test::TempDir dir;
  REQUIRE(kg::test::run_kg(fmt::format("build -q '{}' -o '{}'", kExample, (dir / "case.kg").string())).status == 0);
  const auto result = kg::test::run_kg(
      fmt::format("path '{}' Akhmedov Ziyoev --export '{}'", (dir / "case.kg").string(), (dir / "out.txt").string()));
  CHECK(result.status == 2);
  CHECK(result.out.empty());
  CHECK(result.err.rfind("--export: cannot tell the export format from the file name", 0) == 0);
  CHECK_FALSE(std::filesystem::exists(dir / "out.txt"));
}

TEST_CASE("kg path refuses --limit 0 instead of reporting no path", "[cli]") {
  kg::test::TempDir dir;
  REQUIRE(kg::test::run_kg(fmt::format("build -q '{}' -o '{}'", kExample, (dir / "case.kg").string())).status == 0);
  const auto result =
      kg::test::run_kg(fmt::format("path '{}' Akhmedov Ziyoev --all --limit 0", (dir / "case.kg").string()));
  CHECK(result.status == 2);
  CHECK(result.err.rfind("--limit: must be at least 1\n", 0) == 0);
}

TEST_CASE("An entity whose name starts with '-' is given after '--', as docs/CLI.md says", "[cli]") {
  kg::test::TempDir dir;
  const auto facts =
      dir.write("dash.jsonl", "{\"subject\": \"-Ali-\", \"predicate\": \"knows\", \"object\": \"Rahmon\"}\n");
  REQUIRE(kg::test::run_kg(fmt::format("build -q '{}' -o '{}'", facts.string(), (dir / "d.kg").string())).status == 0);
  const auto without = kg::test::run_kg(fmt::format("path '{}' -Ali- Rahmon", (dir / "d.kg").string()));
  CHECK(without.status == 2);
  const auto with = kg::test::run_kg(fmt::format("path '{}' --format csv -- -Ali- Rahmon", (dir / "d.kg").string()));
  CHECK(with.status == 0);
  CHECK_THAT(with.out, Catch::Contains("-Ali-"));
}

TEST_CASE("--help lists format names only and --format takes names, not numbers", "[cli]") {
  const auto help = kg::test::run_kg("path --help");
  CHECK(help.status == 0);
  CHECK(help.out.find("->") == std::string::npos);  // no CLI11 value map such as {csv->2,json->1,table->0}
  CHECK(help.out.find("table") != std::string::npos);
  kg::test::TempDir dir;
  REQUIRE(kg::test::run_kg(fmt::format("build -q '{}' -o '{}'", kExample, (dir / "case.kg").string())).status == 0);
  const auto number = kg::test::run_kg(fmt::format("info '{}' --format 1", (dir / "case.kg").string()));
  CHECK(number.status == 2);
  CHECK(number.out.empty());
  CHECK(number.err.find("--format") != std::string::npos);
  const auto json = kg::test::run_kg(fmt::format("info '{}' --format JSON", (dir / "case.kg").string()));
  CHECK(json.status == 0);
  CHECK(json.out.rfind("{", 0) == 0);
}

TEST_CASE("kg rank --weight and kg communities --method list their names only and take names, not numbers", "[cli]") {
  for (const char* command : {"rank --help", "communities --help"}) {
    const auto help = kg::test::run_kg(command);
    CHECK(help.status == 0);
    CHECK(help.out.find("->") == std::string::npos);
  }
  kg::test::TempDir dir;
  REQUIRE(kg::test::run_kg(fmt::format("build -q '{}' -o '{}'", kExample, (dir / "case.kg").string())).status == 0);
  const std::string graph = (dir / "case.kg").string();
  CHECK(kg::test::run_kg(fmt::format("rank '{}' --by degree --weight 1", graph)).status == 2);
  CHECK(kg::test::run_kg(fmt::format("communities '{}' --method 0", graph)).status == 2);
  const auto weighted = kg::test::run_kg(fmt::format("rank '{}' --by degree --weight Confidence --format csv", graph));
  const auto none = kg::test::run_kg(fmt::format("rank '{}' --by degree --format csv", graph));
  CHECK(weighted.status == 0);
  CHECK(weighted.out != none.out);  // weighted by confidence, degrees are no longer counts
  const auto louvain = kg::test::run_kg(fmt::format("communities '{}' --method LOUVAIN --format csv", graph));
  CHECK(louvain.status == 0);
  CHECK(louvain.out == kg::test::run_kg(fmt::format("communities '{}' --method louvain --format csv", graph)).out);
}

TEST_CASE("kg neighbors is kg neighbours, and an unknown command suggests the closest", "[cli]") {
  kg::test::TempDir dir;
  REQUIRE(kg::test::run_kg(fmt::format("build -q '{}' -o '{}'", kExample, (dir / "case.kg").string())).status == 0);
  const auto british = kg::test::run_kg(fmt::format("neighbours '{}' Ziyoev", (dir / "case.kg").string()));
  const auto american = kg::test::run_kg(fmt::format("neighbors '{}' Ziyoev", (dir / "case.kg").string()));
  CHECK(american.status == 0);
  CHECK(american.out == british.out);
  const auto typo = kg::test::run_kg("pth case.kg a b");
  CHECK(typo.status == 2);
  CHECK(typo.err == "kg: error: unknown command \"pth\"; did you mean `path`?\n");
  const auto american_typo = kg::test::run_kg("neighbor case.kg a");
  CHECK(american_typo.err == "kg: error: unknown command \"neighbor\"; did you mean `neighbours`?\n");
  const auto far = kg::test::run_kg("frobnicate");
  CHECK(far.status == 2);
  CHECK(far.err ==
        "kg: error: unknown command \"frobnicate\"; the commands are build, info, path, neighbours, export, "
        "query, shell, rank, components, communities, brokers, duplicates, sources, facts, show (kg --help)\n");
}

TEST_CASE("kg --version prints the project version and, in a git checkout, the revision", "[cli]") {
  const auto version = kg::test::run_kg("--version");
  CHECK(version.status == 0);
  INFO(version.out);
  CHECK(version.out.rfind(std::string("kg ") + KG_PROJECT_VERSION, 0) == 0);
  if (std::filesystem::exists(kg::test::source_dir() / ".git")) {
    const auto head = kg::test::TempDir();
    const std::string revision_file = (head / "revision").string();
    REQUIRE(std::system(fmt::format("git -C '{}' rev-parse --short=7 HEAD >'{}'", kg::test::source_dir().string(),
                                    revision_file)
                            .c_str()) == 0);
    std::string revision = kg::test::read_file(revision_file);
    revision.pop_back();  // the newline
    CHECK(version.out.find("(git " + revision) != std::string::npos);
  }
}

TEST_CASE("kg writes no colour, on a terminal or not, so NO_COLOR always holds", "[cli]") {
  // `script` gives kg a terminal as stderr, where the progress bar draws; only SGR sequences (ESC [ ... m) colour.
  kg::test::TempDir dir;
  const std::string log = (dir / "terminal.log").string();
  const int status = std::system(fmt::format("script -qec \"'{}' build '{}' -o '{}'\" '{}' >/dev/null", KG_CLI_PATH,
                                             kExample, (dir / "case.kg").string(), log)
                                     .c_str());
  REQUIRE(status == 0);
  const std::string text = kg::test::read_file(log);
  CHECK(text.find("kg: wrote") != std::string::npos);
  for (std::size_t at = text.find("\x1b["); at != std::string::npos; at = text.find("\x1b[", at + 1)) {
    const std::size_t end = text.find_first_not_of("0123456789;", at + 2);
    CHECK(text.substr(end, 1) != "m");
  }
}
