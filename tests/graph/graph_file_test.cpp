#include "kg/graph/graph_file.h"

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstring>
#include <fstream>
#include <limits>
#include <thread>

#include "kg/graph/builder.h"
#include "support/test_support.h"

using namespace kg::graph;

namespace {

Graph small_graph() {
  GraphBuilder builder;
  builder.add_file("case.json");
  builder.add_source(
      {.id = "article", .title = "Report", .url = "https://example.org/r", .date = *parse_partial_date("2010-08")},
      {0, 1, 1});
  builder.add_entity({.id = "ziyoev",
                      .type = "Person",
                      .name = "Mirzo Ziyoev",
                      .aliases = {"Ziyoev"},
                      .props = {{"killed", true}},
                      .at = {0, 2, 1}});
  builder.add_entity({.id = "sons", .type = "Group", .name = "Ziyoev's sons", .at = {0, 3, 1}});
  FactRecord f;
  f.subject.text = "Ziyoev";
  f.predicate = "father_of";
  f.object.text = "sons";
  f.source = "article";
  f.quote = "His two sons were jailed in July";
  f.confidence = 0.8F;
  f.date = *parse_partial_date("2010-07");
  f.at = {0, 4, 1};
  builder.add_fact(f);
  return builder.build();
}

void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string load_error(const std::filesystem::path& path) {
  try {
    (void)load_graph_file(path);
  } catch (const GraphFileError& error) {
    return error.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("A graph survives a round trip through the graph file", "[graph]") {
  kg::test::TempDir dir;
  const Graph original = small_graph();
  save_graph_file(original, dir / "case.kg");
  const Graph loaded = load_graph_file(dir / "case.kg");
  REQUIRE(loaded.node_count() == 2);
  REQUIRE(loaded.edge_count() == 1);
  const NodeId ziyoev = loaded.find_nodes("ZIYOEV").at(0);
  CHECK(loaded.node_name(ziyoev) == "Mirzo Ziyoev");
  CHECK(loaded.node_aliases(ziyoev) == std::vector<std::string_view>{"Ziyoev"});
  CHECK(std::get<bool>(loaded.node_properties(ziyoev).at(0).value));
  const ProvenanceId p = loaded.provenance(EdgeId{0}).front();
  CHECK(loaded.provenance_quote(p) == "His two sons were jailed in July");
  CHECK(loaded.provenance_date(p).to_string() == "2010-07");
  CHECK(loaded.provenance_confidence(p) == Approx(0.8F));
  CHECK(loaded.source_url(loaded.provenance_source(p)) == "https://example.org/r");
  CHECK(loaded.source_date(loaded.provenance_source(p)).to_string() == "2010-08");
  CHECK(std::equal(original.image().begin(), original.image().end(), loaded.image().begin(), loaded.image().end()));
}

TEST_CASE("A foreign file is refused as not a graph file", "[graph]") {
  kg::test::TempDir dir;
  write_bytes(dir / "facts.kg", "{\"facts\": []}\n");
  CHECK(load_error(dir / "facts.kg") ==
        (dir / "facts.kg").string() + ": not a kg graph file (no kg signature at its start)");
  write_bytes(dir / "empty.kg", "");
  CHECK(load_error(dir / "empty.kg") ==
        (dir / "empty.kg").string() + ": not a kg graph file (no kg signature at its start)");
}

TEST_CASE("A truncated graph file is refused, at every length", "[graph]") {
  kg::test::TempDir dir;
  save_graph_file(small_graph(), dir / "case.kg");
  const std::string bytes = kg::test::read_file(dir / "case.kg");
  for (std::size_t length = 8; length < bytes.size(); length += 7) {
    write_bytes(dir / "cut.kg", bytes.substr(0, length));
    INFO(length);
    CHECK_THROWS_AS(load_graph_file(dir / "cut.kg"), GraphFileError);
  }
  write_bytes(dir / "cut.kg", bytes.substr(0, bytes.size() - 8));
  CHECK(load_error(dir / "cut.kg") == fmt::format("{}: truncated graph file ({} of {} bytes)",
                                                  (dir / "cut.kg").string(), bytes.size() - 8, bytes.size()));
}

TEST_CASE("A flipped byte anywhere is caught by the checksum or the structure checks", "[graph]") {
  kg::test::TempDir dir;
  save_graph_file(small_graph(), dir / "case.kg");
  const std::string bytes = kg::test::read_file(dir / "case.kg");
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    std::string corrupt = bytes;
    corrupt[at] = static_cast<char>(corrupt[at] ^ 0x5A);
    write_bytes(dir / "bad.kg", corrupt);
    INFO(at);
    CHECK_THROWS_AS(load_graph_file(dir / "bad.kg"), GraphFileError);
  }
}

TEST_CASE("A graph file from a newer kg is refused with its version", "[graph]") {
  kg::test::TempDir dir;
  save_graph_file(small_graph(), dir / "case.kg");
  std::string bytes = kg::test::read_file(dir / "case.kg");
  bytes[8] = static_cast<char>(kGraphFormatVersion + 1);
  write_bytes(dir / "new.kg", bytes);
  CHECK(load_error(dir / "new.kg") ==
        fmt::format("{}: written by a newer kg (graph format version {}; this kg reads up to {})",
                    (dir / "new.kg").string(), kGraphFormatVersion + 1, kGraphFormatVersion));
}

TEST_CASE("A graph file from an older kg is refused naming both versions and the command to rebuild it", "[graph]") {
  kg::test::TempDir dir;
  save_graph_file(small_graph(), dir / "case.kg");
  std::string bytes = kg::test::read_file(dir / "case.kg");
  bytes[8] = static_cast<char>(kGraphFormatVersion - 1);
  write_bytes(dir / "old.kg", bytes);
  const std::string old = (dir / "old.kg").string();
  CHECK(load_error(dir / "old.kg") ==
        fmt::format("{}: written by an older kg (graph format version {}; this kg reads version {}); rebuild it from "
                    "its input files: kg build INPUT... -o {}",
                    old, kGraphFormatVersion - 1, kGraphFormatVersion, old));
  // The example of the first format, as kg 0.1 wrote it.
  CHECK_THAT(load_error(kg::test::source_dir() / "fuzz/corpus/graph_file/version-1.kg"),
             Catch::Matchers::Contains(fmt::format("written by an older kg (graph format version 1; this kg reads "
                                                   "version {}); rebuild it from its input files",
                                                   kGraphFormatVersion)));
}

TEST_CASE("Structure checks catch an inconsistent image even with a matching checksum", "[graph]") {
  const Graph graph = small_graph();
  auto image = std::shared_ptr<std::byte[]>(new std::byte[graph.image().size()]);
  std::copy(graph.image().begin(), graph.image().end(), image.get());
  // Point every out-edge target far beyond the node count: from_image must refuse, not crash later.
  const std::size_t size = graph.image().size();
  bool refused = false;
  for (std::size_t at = 40; at + 4 <= size && !refused; at += 4) {
    auto copy = std::shared_ptr<std::byte[]>(new std::byte[size]);
    std::copy(image.get(), image.get() + size, copy.get());
    const std::uint32_t huge = 0x7FFFFFF0u;
    std::memcpy(copy.get() + at, &huge, sizeof(huge));
    try {
      const Graph loaded = Graph::from_image(copy, size);
      // Accepted images must be fully readable.
      for (std::uint32_t n = 0; n < loaded.node_count(); ++n) {
        for (auto [next, edge] : loaded.out(NodeId{n}))
          (void)loaded.node_name(next), (void)loaded.provenance_count(edge);
      }
    } catch (const std::runtime_error&) {
      refused = true;
    }
  }
  CHECK(refused);
}

TEST_CASE("Saving over an unwritable path leaves no file behind", "[graph]") {
  kg::test::TempDir dir;
  CHECK_THROWS_AS(save_graph_file(small_graph(), dir / "missing-folder" / "case.kg"), std::system_error);
  CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("An image with a valid header but no sections is refused", "[graph]") {
  // Found by fuzz/graph_file_fuzz: the empty section table once reached memcpy with a null destination.
  const std::string bytes = kg::test::read_file(kg::test::source_dir() / "fuzz/corpus/graph_file/no-sections.kg");
  std::shared_ptr<std::byte[]> image(new std::byte[bytes.size()]);
  std::memcpy(image.get(), bytes.data(), bytes.size());
  CHECK_THROWS_AS(Graph::from_image(image, bytes.size()), std::runtime_error);
}

TEST_CASE("An image holding an impossible date is refused", "[graph]") {
  // Found in review: a month of 99 once reached days_in_month's table through PartialDate::latest().
  GraphBuilder builder;
  builder.add_file("case.json");
  FactRecord f;
  f.subject.text = "a";
  f.predicate = "knows";
  f.object.text = "b";
  f.date = *parse_partial_date("2010-08-23");
  builder.add_fact(f);
  const Graph graph = builder.build();
  const auto bytes = graph.image();
  std::shared_ptr<std::byte[]> image(new std::byte[bytes.size()]);
  std::copy(bytes.begin(), bytes.end(), image.get());
  const std::int32_t good = 20100823;
  const std::int32_t impossible = 20109923;
  std::size_t replaced = 0;
  for (std::size_t at = 0; at + 4 <= bytes.size(); at += 4) {
    if (std::memcmp(image.get() + at, &good, 4) == 0) std::memcpy(image.get() + at, &impossible, 4), ++replaced;
  }
  REQUIRE(replaced == 1);
  CHECK_THROWS_WITH(Graph::from_image(image, bytes.size()), "corrupt graph file (impossible statement date)");
}

TEST_CASE("An image holding an interval date with a bad end, or one that ends before it starts, is refused",
          "[graph]") {
  GraphBuilder builder;
  builder.add_file("case.json");
  FactRecord f;
  f.subject.text = "a";
  f.predicate = "knows";
  f.object.text = "b";
  f.date = parse_date("2010-08-23/2010-08-25").date;
  builder.add_fact(f);
  const Graph graph = builder.build();
  const auto bytes = graph.image();
  const std::int32_t good_end = 20100825;
  for (const std::int32_t bad_end : {20100822, 20109925, -7}) {
    std::shared_ptr<std::byte[]> image(new std::byte[bytes.size()]);
    std::copy(bytes.begin(), bytes.end(), image.get());
    std::size_t replaced = 0;
    for (std::size_t at = 0; at + 4 <= bytes.size(); at += 4) {
      if (std::memcmp(image.get() + at, &good_end, 4) == 0) std::memcpy(image.get() + at, &bad_end, 4), ++replaced;
    }
    REQUIRE(replaced == 1);
    INFO(bad_end);
    CHECK_THROWS_WITH(Graph::from_image(image, bytes.size()), "corrupt graph file (impossible statement date)");
  }
}

TEST_CASE("Interval dates with open ends survive a round trip through the graph file", "[graph]") {
  kg::test::TempDir dir;
  GraphBuilder builder;
  builder.add_file("case.json");
  FactRecord f;
  f.subject.text = "a";
  f.predicate = "knows";
  f.object.text = "b";
  for (const char* text : {"1992/1997", "2009/..", "../2010", "2010-08"}) {
    f.date = parse_date(text).date;
    builder.add_fact(f);
  }
  save_graph_file(builder.build(), dir / "case.kg");
  const Graph loaded = load_graph_file(dir / "case.kg");
  std::vector<std::string> dates;
  for (const ProvenanceId p : loaded.provenance(EdgeId{0})) dates.push_back(loaded.provenance_date(p).to_string());
  CHECK(dates == std::vector<std::string>{"1992/1997", "2009/..", "../2010", "2010-08"});
}

TEST_CASE("A source's date is a single date, not an interval", "[graph]") {
  GraphBuilder builder;
  builder.add_file("case.json");
  CHECK_THROWS_WITH(
      builder.add_source({.id = "s", .title = "", .url = "", .date = parse_date("1992/1997").date}, {0, 3, 5}),
      Catch::Matchers::Contains("a source's date is a single date, not an interval"));
}

TEST_CASE("A foreign file is refused after its first bytes, however large", "[graph]") {
  kg::test::TempDir dir;
  const auto huge = dir / "huge.bin";
  write_bytes(huge, "PK\x03\x04 not a graph");
  std::filesystem::resize_file(huge, std::uintmax_t{20} << 30);  // 20 GB, sparse: reading it all would take minutes
  CHECK(load_error(huge) == huge.string() + ": not a kg graph file (no kg signature at its start)");
  CHECK(load_error("/dev/zero") == "/dev/zero: not a kg graph file (no kg signature at its start)");
  // Our signature, but a header stating another size than the file has: refused before the file is mapped.
  save_graph_file(small_graph(), dir / "case.kg");
  const auto grown = dir / "grown.kg";
  std::filesystem::copy_file(dir / "case.kg", grown);
  std::filesystem::resize_file(grown, std::uintmax_t{20} << 30);
  CHECK_THAT(load_error(grown), Catch::Matches(".*: corrupt graph file \\(21474836480 bytes, header says [0-9]+\\)"));
}

TEST_CASE("A graph file read from a pipe is read up to the size its header states", "[graph]") {
  kg::test::TempDir dir;
  save_graph_file(small_graph(), dir / "case.kg");
  const std::string image = kg::test::read_file(dir / "case.kg");
  for (const std::string& bytes : {image, image + "trailing junk"}) {
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    std::thread writer([&] {
      for (std::size_t done = 0; done < bytes.size();) {
        const ssize_t written = ::write(ends[1], bytes.data() + done, bytes.size() - done);
        if (written <= 0) break;
        done += static_cast<std::size_t>(written);
      }
      ::close(ends[1]);
    });
    const std::string path = fmt::format("/proc/self/fd/{}", ends[0]);
    if (bytes == image) {
      CHECK(load_graph_file(path).node_count() == 2);
    } else {
      CHECK_THAT(load_error(path), Catch::EndsWith("corrupt graph file (" + std::to_string(image.size() + 1) +
                                                   " bytes, header says " + std::to_string(image.size()) + ")"));
    }
    writer.join();
    ::close(ends[0]);
  }
}

TEST_CASE("A mapped graph file is registered for the fault handler, and a changed one is named", "[graph]") {
  kg::test::TempDir dir;
  const auto path = dir / "case.kg";
  save_graph_file(small_graph(), path);
  {
    const Graph mapped = load_graph_file(path);
    const Graph copied = load_graph_file(path, {.map = false});
    REQUIRE(mapped_graph_file_at(mapped.image().data()) != nullptr);
    CHECK(mapped_graph_file_at(mapped.image().data()) == path.string());
    CHECK(mapped_graph_file_at(mapped.image().data() + mapped.image().size() - 1) == path.string());
    CHECK(mapped_graph_file_at(copied.image().data()) == nullptr);
    CHECK(changed_graph_file() == nullptr);
    std::filesystem::resize_file(path, 16);  // another program truncates it in place
    REQUIRE(changed_graph_file() != nullptr);
    CHECK(changed_graph_file() == path.string());
    CHECK(copied.node_count() == 2);  // the copy does not depend on the file
    CHECK(copied.node_name(NodeId{0}) == "Mirzo Ziyoev");
  }
  CHECK(changed_graph_file() == nullptr);  // unmapped with the last Graph sharing its image
}

TEST_CASE("An image holding a confidence that is infinite or outside 0..1 is refused", "[graph]") {
  // Found by the adversarial test of issue 15: an infinite confidence (checksum recomputed) reached kg path's JSON.
  const Graph graph = small_graph();
  const auto bytes = graph.image();
  for (const float bad : {std::numeric_limits<float>::infinity(), -0.5F, 1.5F}) {
    std::shared_ptr<std::byte[]> image(new std::byte[bytes.size()]);
    std::copy(bytes.begin(), bytes.end(), image.get());
    const float good = 0.8F;
    std::size_t replaced = 0;
    for (std::size_t at = 0; at + 4 <= bytes.size(); at += 4) {
      if (std::memcmp(image.get() + at, &good, 4) == 0) std::memcpy(image.get() + at, &bad, 4), ++replaced;
    }
    REQUIRE(replaced == 1);  // the statement's confidence and the edge's best: equal columns, stored once
    CHECK_THROWS_WITH(Graph::from_image(image, bytes.size()), Catch::Matchers::Contains("outside 0..1"));
  }
}

namespace {

// Where section `wanted` (a column of kg/graph/columns.h) starts in `image`, read from the section table.
std::size_t section_offset(const std::byte* image, std::string_view wanted) {
  std::uint32_t id = 0;
  std::uint32_t wanted_id = 0;
#define KG_SECTION_NUMBER(name, ...) \
  ++id;                              \
  if (wanted == #name) wanted_id = id;
  KG_GRAPH_COLUMNS(KG_SECTION_NUMBER)
#undef KG_SECTION_NUMBER
  std::uint32_t sections = 0;
  std::memcpy(&sections, image + 12, 4);
  for (std::uint32_t i = 0; i < sections; ++i) {
    std::uint32_t entry_id = 0;
    std::uint64_t offset = 0;
    std::memcpy(&entry_id, image + 40 + 24 * i, 4);
    std::memcpy(&offset, image + 40 + 24 * i + 8, 8);
    if (entry_id == wanted_id) return offset;
  }
  FAIL("no section " << wanted);
  return 0;
}

}  // namespace

TEST_CASE("An image whose sparse column disagrees with its bits or ranks is refused", "[graph]") {
  const Graph graph = small_graph();  // one statement: its source's presence bit is bit 0 of the first word
  const auto bytes = graph.image();
  const auto refusal = [&](std::string_view section, auto change) {
    std::shared_ptr<std::byte[]> image(new std::byte[bytes.size()]);
    std::copy(bytes.begin(), bytes.end(), image.get());
    change(image.get() + section_offset(image.get(), section));
    try {
      (void)Graph::from_image(image, bytes.size());
    } catch (const std::runtime_error& error) {
      return std::string(error.what());
    }
    return std::string("accepted");
  };
  const auto set_word = [](std::uint64_t word) { return [=](std::byte* at) { std::memcpy(at, &word, 8); }; };
  // Equal columns share a section (make_image), so the first column checked of those sharing it is named.
  CHECK_THAT(refusal("prov_source_present", set_word(0b10)), Catch::EndsWith("marks rows beyond the last)"));
  CHECK_THAT(refusal("prov_source_present", set_word(0)), Catch::EndsWith("has 1 values, expected 0)"));
  CHECK_THAT(refusal("prov_source_rank", [](std::byte* at) { std::memset(at, 1, 1); }),
             Catch::StartsWith("corrupt graph file ("));
  CHECK_THAT(refusal("edge_extra_records", [](std::byte* at) { std::memset(at, 3, 1); }),
             Catch::StartsWith("corrupt graph file ("));
  CHECK(refusal("prov_source_present", set_word(1)) == "accepted");
}

TEST_CASE("Columns with equal bytes share one section, read back and counted once", "[graph]") {
  GraphBuilder builder;
  builder.add_file("facts.jsonl");
  builder.add_source({.id = "article", .title = "Report"}, {0, 1, 1});
  for (int i = 0; i < 200; ++i) {
    const std::string subject = fmt::format("person-{}", i), object = fmt::format("person-{}", i + 1);
    FactRecord f;  // its texts are views
    f.subject.text = subject;
    f.predicate = "knows";
    f.object.text = object;
    if (i % 3 == 0) {  // every third statement states a source, a date and a confidence; none a quote or grade
      f.source = "article";
      f.date = *parse_partial_date("2010");
      f.confidence = 0.5F + static_cast<float>(i % 5) / 10;
    }
    f.at = {0, static_cast<std::uint32_t>(i + 2), 1};
    builder.add_fact(f);
  }
  const Graph graph = builder.build();
  const std::byte* image = graph.image().data();
  CHECK(section_offset(image, "prov_date_present") == section_offset(image, "prov_source_present"));
  CHECK(section_offset(image, "prov_confidence_present") == section_offset(image, "prov_source_present"));
  CHECK(section_offset(image, "prov_quote_present") == section_offset(image, "prov_grade_present"));
  CHECK(section_offset(image, "prov_quote_present") != section_offset(image, "prov_source_present"));
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    const ProvenanceId p = *graph.provenance(EdgeId{e}).begin();
    const bool stated = graph.provenance_source(p).value != 0;
    CHECK(graph.provenance_date(p).dated() == stated);
    CHECK(graph.provenance_confidence(p).has_value() == stated);
    CHECK(graph.edge_confidence(EdgeId{e}) == graph.provenance_confidence(p));
    CHECK(graph.provenance_quote(p).empty());
  }
  // Every byte of the sections is counted once: they are the image but for its header, table and padding.
  std::uint32_t sections = 0;
  std::memcpy(&sections, image + 12, 4);
  const std::size_t laid_out = graph.image().size() - 40 - 24 * std::size_t{sections};
  const std::size_t counted = graph.memory_usage().total();
  CHECK(counted <= laid_out);
  CHECK(counted + 7 * std::size_t{sections} >= laid_out);  // at most 7 bytes of padding after each section
}
