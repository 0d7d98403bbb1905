// kg build: exit statuses, error rendering, and that a failed build never creates or changes the output.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "support/test_support.h"

namespace {

std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

/// The ICIJ Offshore Leaks example's CSV files, quoted, each after a space.
std::string icij_inputs() {
  const auto folder = kg::test::source_dir() / "examples/icij-offshore-leaks";
  std::string inputs;
  for (const char* file : {"nodes-entities.csv", "nodes-officers.csv", "nodes-intermediaries.csv",
                           "nodes-addresses.csv", "relationships.csv"}) {
    inputs += " " + quoted(folder / file);
  }
  return inputs;
}

}  // namespace

TEST_CASE("A failed build creates no output file", "[cli]") {
  kg::test::TempDir dir;
  const auto input =
      dir.write("facts.json", "{\"facts\": [{\"subject\": 12, \"predicate\": \"p\", \"object\": \"b\"}]}\n");
  const auto result = kg::test::run_kg("build " + quoted(input) + " -o " + quoted(dir / "case.kg"));
  CHECK(result.status == 2);
  CHECK(result.err.rfind(input.string() + ":1:24: error: ", 0) == 0);
  CHECK(result.err.find("\n{\"facts\": [{\"subject\": 12,") != std::string::npos);  // the line, then a caret
  CHECK(result.err.find("\n                       ^\n") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "case.kg"));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++files;
  CHECK(files == 1);  // no temporary file left behind either
}

TEST_CASE("A failed build leaves an existing output file untouched", "[cli]") {
  kg::test::TempDir dir;
  const auto good = dir.write("good.jsonl", "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\"}\n");
  const auto bad = dir.write("bad.jsonl", "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\"\n");
  REQUIRE(kg::test::run_kg("build -q " + quoted(good) + " -o " + quoted(dir / "case.kg")).status == 0);
  const std::string before = kg::test::read_file(dir / "case.kg");
  const auto result =
      kg::test::run_kg("build -q " + quoted(good) + " " + quoted(bad) + " -o " + quoted(dir / "case.kg"));
  CHECK(result.status == 2);
  CHECK(result.err.rfind(bad.string() + ":1:", 0) == 0);
  CHECK(kg::test::read_file(dir / "case.kg") == before);
}

TEST_CASE("Under --strict an undeclared entity fails the build, without it, it warns", "[cli]") {
  kg::test::TempDir dir;
  const auto input = dir.write("facts.jsonl",
                               "{\"id\": \"imu\", \"type\": \"Organization\"}\n"
                               "{\"subject\": \"IMU\", \"predicate\": \"member\", \"object\": \"inmates\"}\n");
  const auto lenient = kg::test::run_kg("build " + quoted(input) + " -o " + quoted(dir / "a.kg"));
  CHECK(lenient.status == 0);
  CHECK(lenient.err.find(":2:") != std::string::npos);
  CHECK(lenient.err.find("warning: unknown entity \"inmates\"") != std::string::npos);
  const auto strict = kg::test::run_kg("build --strict " + quoted(input) + " -o " + quoted(dir / "b.kg"));
  CHECK(strict.status == 2);
  CHECK(strict.err.find("error: unknown entity \"inmates\": no entity has this id, name or alias") !=
        std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "b.kg"));
}

TEST_CASE("A misspelt source id warns with \"did you mean\", and fails the build under --strict", "[cli]") {
  kg::test::TempDir dir;
  const auto input = dir.write("facts.jsonl",
                               "{\"source\": {\"id\": \"eurasianet-2010-08-dushanbe-prison-break\"}}\n"
                               "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\"}\n"
                               "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"c\", "
                               "\"source\": \"eurasianet-2010-08\"}\n");
  const auto lenient = kg::test::run_kg("build " + quoted(input) + " -o " + quoted(dir / "a.kg"));
  CHECK(lenient.status == 0);
  CHECK(lenient.err.find(input.string() +
                         ":3:1: warning: unknown source \"eurasianet-2010-08\": cited but never declared, kept with no "
                         "title; did you mean \"eurasianet-2010-08-dushanbe-prison-break\"?") != std::string::npos);
  const auto strict = kg::test::run_kg("build --strict " + quoted(input) + " -o " + quoted(dir / "b.kg"));
  CHECK(strict.status == 2);
  CHECK(strict.err.rfind(input.string() +
                             ":3:1: error: unknown source \"eurasianet-2010-08\": no source is declared with this id; "
                             "did you mean \"eurasianet-2010-08-dushanbe-prison-break\"?\n",
                         0) == 0);
  CHECK_FALSE(std::filesystem::exists(dir / "b.kg"));
}

TEST_CASE("Several inputs of different formats build one graph", "[cli]") {
  kg::test::TempDir dir;
  const auto entities = dir.write("entities.csv", "id,type,name,aliases\nziyoev,Person,Mirzo Ziyoev,Ziyoev\n");
  const auto facts =
      dir.write("facts.jsonl", "{\"subject\": \"Ziyoev\", \"predicate\": \"father_of\", \"object\": \"sons\"}\n");
  const auto result =
      kg::test::run_kg("build -q " + quoted(entities) + " " + quoted(facts) + " -o " + quoted(dir / "c.kg"));
  REQUIRE(result.status == 0);
  const auto info = kg::test::run_kg("info --format json " + quoted(dir / "c.kg"));
  CHECK(info.out.find("\"nodes\": 2") != std::string::npos);
  CHECK(info.out.find("\"Person\": 1") != std::string::npos);
}

TEST_CASE("kg build --map reads the ICIJ Offshore Leaks example by its mapping", "[cli]") {
  kg::test::TempDir dir;
  const auto folder = kg::test::source_dir() / "examples/icij-offshore-leaks";
  const std::string inputs = icij_inputs();
  const auto built =
      kg::test::run_kg("build --map " + quoted(folder / "mapping.json") + inputs + " -o " + quoted(dir / "leaks.kg"));
  INFO(built.err);
  CHECK(built.status == 0);
  CHECK(built.err.find("wrote " + (dir / "leaks.kg").string() + ": 14 nodes, 13 edges from 14 facts (2 warnings)") !=
        std::string::npos);
}

TEST_CASE("kg build --map with a bad mapping fails at the mapping's line and column and writes nothing", "[cli]") {
  kg::test::TempDir dir;
  const auto mapping = dir.write("mapping.json", "{\"entities\": {\"id\": 3}}\n");
  const auto nodes = dir.write("nodes.csv", "node_id,name\n1,a\n");
  const auto result =
      kg::test::run_kg("build --map " + quoted(mapping) + " " + quoted(nodes) + " -o " + quoted(dir / "case.kg"));
  CHECK(result.status == 2);
  CHECK(result.err == mapping.string() +
                          ":1:21: error: \"id\" must be a string or a list of strings, got number\n"
                          "{\"entities\": {\"id\": 3}}\n"
                          "                    ^\n");
  CHECK_FALSE(std::filesystem::exists(dir / "case.kg"));
  const auto unfit = dir.write("unfit.json", "{\"entities\": {\"id\": \"nodeid\"}}\n");
  const auto refused =
      kg::test::run_kg("build --map " + quoted(unfit) + " " + quoted(nodes) + " -o " + quoted(dir / "case.kg"));
  CHECK(refused.status == 2);
  CHECK(refused.err.rfind(nodes.string() + ":1:1: error: this file fits no part of " + unfit.string() +
                              ": its entities need nodeid; its columns are node_id, name\nnode_id,name\n^\n",
                          0) == 0);
}

TEST_CASE("kg build - reads standard input by --input-format, and needs it", "[cli]") {
  kg::test::TempDir dir;
  const auto facts = dir.write("facts.jsonl", "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\"}\n");
  const kg::test::Command piped = kg::test::run_command("cat " + quoted(facts) + " | '" KG_CLI_PATH "' build -q - " +
                                                        "--input-format jsonl -o " + quoted(dir / "piped.kg"));
  INFO(piped.output);
  CHECK(piped.status == 0);
  REQUIRE(kg::test::run_kg("build -q " + quoted(facts) + " -o " + quoted(dir / "file.kg")).status == 0);
  const auto info = [&](const char* graph) {
    std::string out = kg::test::run_kg("info " + quoted(dir / graph)).out;
    return out.substr(out.find(':'));  // without the graph's name
  };
  CHECK(info("piped.kg") == info("file.kg"));
  const kg::test::Command bad = kg::test::run_command("printf '{\"subject\": 1' | '" KG_CLI_PATH
                                                      "' build - "
                                                      "--input-format jsonl -o " +
                                                      quoted(dir / "bad.kg"));
  CHECK(bad.status == 2);
  CHECK(bad.output ==
        "/dev/stdin:1:14: error: expected ',' or '}' after a field, got the end of the file (is the input "
        "truncated?)\n"
        "{\"subject\": 1\n"
        "             ^\n");  // a pipe's line is quoted from the bytes kept as they passed
  CHECK_FALSE(std::filesystem::exists(dir / "bad.kg"));
  const auto without = kg::test::run_kg("build - -o " + quoted(dir / "none.kg"));
  CHECK(without.status == 2);
  CHECK(without.err.find("reading standard input (-) needs --input-format") != std::string::npos);
}

TEST_CASE("kg build refuses a file whose content is another format than its extension, naming both", "[cli]") {
  kg::test::TempDir dir;
  const auto json_csv = dir.write("facts.csv", "{\"subject\": \"a\", \"predicate\": \"p\", \"object\": \"b\"}\n");
  const auto refused = kg::test::run_kg("build " + quoted(json_csv) + " -o " + quoted(dir / "case.kg"));
  CHECK(refused.status == 2);
  CHECK(refused.err.rfind(json_csv.string() + ":1:1: error: expected CSV (by its extension .csv), but the file holds "
                                              "JSON; name it by its format's extension or give --input-format\n",
                          0) == 0);
  const auto forced =
      kg::test::run_kg("build -q --input-format jsonl " + quoted(json_csv) + " -o " + quoted(dir / "case.kg"));
  CHECK(forced.status == 0);
}

TEST_CASE("A build with many warnings of one kind prints the first five, then one line with the count", "[cli]") {
  kg::test::TempDir dir;
  std::string facts;
  for (int i = 0; i < 40; ++i) {  // 80 unknown entities: one kind of warning
    facts += fmt::format("{{\"subject\": \"s{}\", \"predicate\": \"knows\", \"object\": \"o{}\"}}\n", i, i);
  }
  facts += "{\"subject\": \"s0\", \"predicate\": \"knows\", \"object\": \"o0\", \"colour\": \"red\"}\n";
  const auto input = dir.write("facts.jsonl", facts);
  const auto some = kg::test::run_kg("build " + quoted(input) + " -o " + quoted(dir / "a.kg"));
  CHECK(some.status == 0);
  const auto count = [](const std::string& text, std::string_view word) {
    std::size_t found = 0;
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++found;
    return found;
  };
  CHECK(count(some.err, "warning: unknown entity") == 5);
  CHECK(count(some.err, "warning: ") == 6);  // the one unknown field is a kind of its own
  CHECK(some.err.find("kg: 75 more warnings like 'unknown entity \"…\": created with type Entity") !=
        std::string::npos);
  CHECK(some.err.find("(--warnings all shows every one)\n") != std::string::npos);
  CHECK(some.err.find("(81 warnings)") != std::string::npos);
  const auto all = kg::test::run_kg("build --warnings all " + quoted(input) + " -o " + quoted(dir / "b.kg"));
  CHECK(count(all.err, "warning: unknown entity") == 80);
  CHECK(all.err.find("more warnings like") == std::string::npos);
}

TEST_CASE("kg build refuses to write its output over one of its inputs, by any name", "[cli]") {
  kg::test::TempDir dir;
  const std::string facts = "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\"}\n";
  const auto input = dir.write("same.jsonl", facts);
  std::filesystem::create_hard_link(input, dir / "other-name.jsonl");
  for (const std::string output : {"same.jsonl", "other-name.jsonl"}) {
    const auto result = kg::test::run_kg("build -q " + quoted(input) + " -o " + quoted(dir / output));
    CHECK(result.status == 2);
    CHECK(result.err == "kg: error: the output " + (dir / output).string() + " is the input " + input.string() +
                            " (the same file): kg would replace what it reads; write the output to another file\n");
    CHECK(kg::test::read_file(input) == facts);
  }
  const std::string mapping_text = R"({"facts": {"subject": "s", "object": "o", "predicate": {"value": "knows"}}})";
  const auto mapping = dir.write("mapping.json", mapping_text);
  const auto csv = dir.write("facts.csv", "s,o\na,b\n");
  const auto result =
      kg::test::run_kg("build -q --map " + quoted(mapping) + " " + quoted(csv) + " -o " + quoted(mapping));
  CHECK(result.status == 2);
  CHECK(result.err.find("the output " + mapping.string() + " is the input " + mapping.string()) != std::string::npos);
  CHECK(kg::test::read_file(mapping) == mapping_text);
}

TEST_CASE("kg build refuses an input given twice, whatever the names", "[cli]") {
  kg::test::TempDir dir;
  const auto input = dir.write("facts.jsonl", "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\"}\n");
  std::filesystem::create_symlink(input, dir / "link.jsonl");
  for (const auto& again : {input, dir / "link.jsonl", dir / "." / "facts.jsonl"}) {
    const auto result =
        kg::test::run_kg("build -q " + quoted(input) + " " + quoted(again) + " -o " + quoted(dir / "case.kg"));
    CHECK(result.status == 2);
    CHECK(result.err == "kg: error: input " + again.string() + " is the same file as input " + input.string() +
                            ": give each input once (it would state each of its facts twice)\n");
    CHECK_FALSE(std::filesystem::exists(dir / "case.kg"));
  }
}

TEST_CASE("kg build -o writes through a symbolic link, and to /dev/null or /dev/stdout directly", "[cli]") {
  kg::test::TempDir dir;
  const auto input = dir.write("facts.jsonl", "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\"}\n");
  std::filesystem::create_symlink("graphs-case.kg", dir / "case.kg");
  REQUIRE(kg::test::run_kg("build -q " + quoted(input) + " -o " + quoted(dir / "case.kg")).status == 0);
  CHECK(std::filesystem::is_symlink(dir / "case.kg"));
  CHECK(kg::test::read_file(dir / "graphs-case.kg").rfind("KGRAPH\n\x1a", 0) == 0);
  CHECK(kg::test::run_kg("build -q " + quoted(input) + " -o /dev/null").status == 0);
  CHECK(std::filesystem::is_character_file("/dev/null"));
  // /dev/stdout on a pipe is written as a stream; on a regular file, that file is replaced.
  const auto piped =
      kg::test::run_kg("build -q " + quoted(input) + " -o /dev/stdout | cat >" + quoted(dir / "piped.kg") + "; true");
  CHECK(piped.status == 0);
  CHECK(kg::test::read_file(dir / "piped.kg") == kg::test::read_file(dir / "graphs-case.kg"));
  const auto redirected = kg::test::run_kg("build -q " + quoted(input) + " -o /dev/stdout");
  CHECK(redirected.status == 0);
  CHECK(redirected.out == kg::test::read_file(dir / "graphs-case.kg"));
}

TEST_CASE("Terminal escapes in names reach stderr and tables escaped, never as control characters", "[cli]") {
  kg::test::TempDir dir;
  const auto input = dir.write("facts.jsonl",
                               "{\"id\": \"a\", \"type\": \"Person\", \"name\": \"\\u001b]0;owned\\u0007A\"}\n"
                               "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"\\u001b[2Jb\"}\n");
  const auto built = kg::test::run_kg("build " + quoted(input) + " -o " + quoted(dir / "case.kg"));
  CHECK(built.status == 0);
  CHECK(built.err.find("warning: unknown entity \"\\x1b[2Jb\"") != std::string::npos);
  const auto table = kg::test::run_kg("neighbours " + quoted(dir / "case.kg") + " a");
  CHECK(table.status == 0);
  CHECK(table.out.find("\\x1b]0;owned\\x07A") != std::string::npos);
  const auto missing = kg::test::run_kg("neighbours " + quoted(dir / "case.kg") + " '\x1b[5mzz'");
  CHECK(missing.status == 2);
  CHECK(missing.err.find("unknown entity \"\\x1b[5mzz\"") != std::string::npos);
  const auto none = kg::test::run_kg("path " + quoted(dir / "case.kg") + " '\x1b[2Jb' a --directed");
  CHECK(none.status == 1);
  CHECK(none.err == "kg: no path between \"\\x1b[2Jb\" and \"\\x1b]0;owned\\x07A\"\n");
  for (const auto* text : {&built.err, &table.out, &missing.err, &none.err}) {
    CHECK(text->find('\x1b') == std::string::npos);
    CHECK(text->find('\x07') == std::string::npos);
  }
}

TEST_CASE("kg build --threads 2 writes the same graph file and the same warnings as --threads 1", "[cli]") {
  kg::test::TempDir dir;
  const auto folder = kg::test::source_dir() / "examples/icij-offshore-leaks";
  const std::string inputs = icij_inputs();
  std::string csv = "subject,predicate,object\n";
  for (int i = 0; i < 30000; ++i) csv += fmt::format("e{},knows,e{}\n", i, i + 1);  // unknown entities: warnings
  const auto facts = dir.write("facts.csv", csv);
  // JSON Lines and FtM lines, parsed on the second thread: unknown entities and fields are warnings.
  std::string jsonl, ftm;
  for (int i = 0; i < 30000; ++i) {
    jsonl += fmt::format("{{\"subject\": \"e{}\", \"predicate\": \"knows\", \"object\": \"e{}\"{}}}\n", i, i + 1,
                         i % 5000 == 0 ? ", \"odd\": 1" : "");
    ftm += fmt::format(R"({{"id": "p{}", "schema": "Person", "properties": {{"name": ["P {}"]}}}})"
                       "\n"
                       R"({{"id": "o{}", "schema": "Ownership", "properties": {{"owner": ["p{}"], "asset": ["c{}"]}}}})"
                       "\n",
                       i, i, i, i, i % 100);
  }
  const auto lines = dir.write("facts.jsonl", jsonl);
  const auto things = dir.write("things.ftm.json", ftm);
  std::vector<std::string> outputs, errors;
  for (const char* threads : {"1", "2"}) {
    const auto json = kg::test::run_kg(
        fmt::format("build --threads {} {} {} -o {}", threads, quoted(lines), quoted(things), quoted(dir / "j.kg")));
    REQUIRE(json.status == 0);
    outputs.push_back(kg::test::read_file(dir / "j.kg"));
    errors.push_back(json.err);
    const auto mapped =
        kg::test::run_kg(fmt::format("build --threads {} --map {}{} -o {}", threads, quoted(folder / "mapping.json"),
                                     inputs, quoted(dir / "leaks.kg")));
    REQUIRE(mapped.status == 0);
    outputs.push_back(kg::test::read_file(dir / "leaks.kg"));
    const auto plain =
        kg::test::run_kg(fmt::format("build --threads {} {} -o {}", threads, quoted(facts), quoted(dir / "facts.kg")));
    REQUIRE(plain.status == 0);
    outputs.push_back(kg::test::read_file(dir / "facts.kg"));
    errors.back() += mapped.err + plain.err;
  }
  CHECK(outputs[0] == outputs[3]);
  CHECK(outputs[1] == outputs[4]);
  CHECK(outputs[2] == outputs[5]);
  CHECK(errors[0].find("facts.jsonl:1:") != std::string::npos);
  CHECK(errors[0] == errors[1]);
  const auto three = kg::test::run_kg("build --threads 3 " + quoted(facts) + " -o " + quoted(dir / "three.kg"));
  CHECK(three.status == 2);
  CHECK(three.err.find("--threads: Value 3 not in range 1 to 2") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "three.kg"));
}

TEST_CASE("With --threads 2 an error in an early CSV record wins over a parse error found ahead of it", "[cli]") {
  // The parsing thread reaches the unclosed quote long before the builder reaches line 3: the error reported must
  // still be line 3's, as on one thread.
  kg::test::TempDir dir;
  std::string csv = "subject,predicate,object\na,knows,b\nc,,d\n";
  for (int i = 0; i < 50000; ++i) csv += fmt::format("e{},knows,e{}\n", i, i + 1);
  csv += "x,knows,\"never closed\n";
  const auto facts = dir.write("facts.csv", csv);
  for (const char* threads : {"1", "2"}) {
    INFO("--threads " << threads);
    const auto result =
        kg::test::run_kg(fmt::format("build --threads {} {} -o {}", threads, quoted(facts), quoted(dir / "f.kg")));
    CHECK(result.status == 2);
    CHECK(result.err.rfind(facts.string() + ":3:", 0) == 0);
    CHECK_FALSE(std::filesystem::exists(dir / "f.kg"));
  }
  csv.replace(csv.find("c,,d"), 4, "c,k,d");  // now the parse error is the first
  dir.write("facts.csv", csv);
  for (const char* threads : {"1", "2"}) {
    const auto result =
        kg::test::run_kg(fmt::format("build --threads {} {} -o {}", threads, quoted(facts), quoted(dir / "f.kg")));
    CHECK(result.status == 2);
    CHECK(result.err.rfind(fmt::format("{}:{}:", facts.string(), 50004), 0) == 0);
  }
}

TEST_CASE("With --threads 2 an error in an early JSON Lines record wins over a malformed line found ahead of it",
          "[cli]") {
  kg::test::TempDir dir;
  std::string jsonl = "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\"}\n{\"subject\": \"c\"}\n";
  for (int i = 0; i < 50000; ++i) {
    jsonl += fmt::format("{{\"subject\": \"e{}\", \"predicate\": \"k\", \"object\": \"e{}\"}}\n", i, i + 1);
  }
  jsonl += "{\"subject\": \"x\",\n";
  const auto facts = dir.write("facts.jsonl", jsonl);
  for (const char* threads : {"1", "2"}) {
    INFO("--threads " << threads);
    const auto result =
        kg::test::run_kg(fmt::format("build --threads {} {} -o {}", threads, quoted(facts), quoted(dir / "f.kg")));
    CHECK(result.status == 2);
    CHECK(result.err.rfind(facts.string() + ":2:", 0) == 0);
    CHECK_FALSE(std::filesystem::exists(dir / "f.kg"));
  }
  jsonl.replace(jsonl.find("{\"subject\": \"c\"}"), 16,
                "{\"subject\": \"c\", \"predicate\": \"k\", \"object\": \"d\"}");
  dir.write("facts.jsonl", jsonl);  // now the malformed last line is the first error
  for (const char* threads : {"1", "2"}) {
    const auto result =
        kg::test::run_kg(fmt::format("build --threads {} {} -o {}", threads, quoted(facts), quoted(dir / "f.kg")));
    CHECK(result.status == 2);
    CHECK(result.err.rfind(fmt::format("{}:{}:", facts.string(), 50003), 0) == 0);
  }
}
