// Writes a generated graph as the files kg and the peer libraries read (DatasetFiles), and reads queries back.
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>

#include "generator.h"
#include "kg/graph/atomic_file.h"

namespace kg::bench {
namespace {

/// Formats into a buffer and hands it to an AtomicFile in large pieces.
class BufferedFile {
 public:
  explicit BufferedFile(const std::filesystem::path& target) : file_(target) {}
  template <class... Args>
  void print(fmt::format_string<Args...> format, Args&&... args) {
    fmt::format_to(std::back_inserter(buffer_), format, std::forward<Args>(args)...);
    if (buffer_.size() > (1U << 20)) flush();
  }
  void commit() {
    flush();
    file_.commit();
  }

 private:
  void flush() {
    file_.write(std::string_view(buffer_.data(), buffer_.size()));
    buffer_.clear();
  }
  kg::graph::AtomicFile file_;
  fmt::memory_buffer buffer_;
};

std::string date_text(std::int32_t packed) {
  const std::int32_t year = packed / 10000, month = packed / 100 % 100, day = packed % 100;
  if (month == 0) return fmt::format("{}", year);
  if (day == 0) return fmt::format("{}-{:02}", year, month);
  return fmt::format("{}-{:02}-{:02}", year, month, day);
}

std::string confidence_text(std::uint8_t percent) {
  return percent == 100 ? std::string("1.0") : fmt::format("0.{:02}", percent);
}

std::string quote_text(const GeneratedGraph& graph, const GeneratedFact& fact) {
  std::string predicate(predicate_names()[fact.predicate]);
  std::replace(predicate.begin(), predicate.end(), '_', ' ');
  return fmt::format("{} {} {}, according to a witness", graph.node_name(fact.subject), predicate,
                     graph.node_name(fact.object));
}

/// Persons and organisations sometimes have an alias; it is unique because names are.
std::string alias_of(const GeneratedGraph& graph, std::uint32_t node) {
  const std::string_view type = entity_type_names()[graph.node_type[node]];
  if (node % 4 != 0 || (type != "Person" && type != "Organization")) return {};
  const std::string name = graph.node_name(node);
  const std::size_t space = name.find(' ');
  return fmt::format("{} {}", name.substr(space + 1), name.substr(0, space));  // "Karoov Aziz", "Bank Karo"
}

/// Some persons have an age property.
std::optional<std::uint32_t> age_of(const GeneratedGraph& graph, std::uint32_t node) {
  if (entity_type_names()[graph.node_type[node]] != "Person" || node % 2 != 0) return std::nullopt;
  return 20 + node % 50;
}

void write_sources(const GeneratedGraph& graph, const DatasetFiles& files) {
  BufferedFile out(files.sources_jsonl);
  for (std::uint32_t source = 1; source <= graph.source_count; ++source) {
    out.print(R"({{"source": {{"id": "src-{}", "title": "Field report {}", "url": "https://example.org/reports/{}", )"
              R"("date": "{}"}}}})"
              "\n",
              source, source, source, 2005 + source % 8);
  }
  out.commit();
}

void write_entities(const GeneratedGraph& graph, const DatasetFiles& files) {
  BufferedFile jsonl(files.entities_jsonl);
  BufferedFile csv(files.entities_csv);
  csv.print("id,type,name,aliases,age\n");
  for (std::uint32_t node = 0; node < graph.node_count(); ++node) {
    const std::string key = graph.node_key(node), name = graph.node_name(node), alias = alias_of(graph, node);
    const std::string_view type = entity_type_names()[graph.node_type[node]];
    const auto age = age_of(graph, node);
    jsonl.print(R"({{"id": "{}", "type": "{}", "name": "{}")", key, type, name);
    if (!alias.empty()) jsonl.print(R"(, "aliases": ["{}"])", alias);
    if (age) jsonl.print(R"(, "props": {{"age": {}}})", *age);
    jsonl.print("}}\n");
    csv.print("{},{},{},{},{}\n", key, type, name, alias, age ? fmt::format("{}", *age) : std::string());
  }
  jsonl.commit();
  csv.commit();
}

void write_facts(const GeneratedGraph& graph, const DatasetFiles& files) {
  BufferedFile jsonl(files.facts_jsonl);
  BufferedFile csv(files.facts_csv);
  csv.print("subject,predicate,object,source,date,confidence,quote\n");
  for (const GeneratedFact& fact : graph.facts) {
    const std::string subject = graph.node_key(fact.subject), object = graph.node_key(fact.object);
    const std::string_view predicate = predicate_names()[fact.predicate];
    jsonl.print(R"({{"subject": "{}", "predicate": "{}", "object": "{}")", subject, predicate, object);
    if (fact.source == 0) {
      jsonl.print("}}\n");
      csv.print("{},{},{},,,,\n", subject, predicate, object);
      continue;
    }
    const std::string date = date_text(fact.date), confidence = confidence_text(fact.confidence_percent);
    const std::string quote = fact.quote ? quote_text(graph, fact) : std::string();
    jsonl.print(R"(, "source": "src-{}", "date": "{}", "confidence": {})", fact.source, date, confidence);
    if (fact.quote) jsonl.print(R"(, "quote": "{}")", quote);
    jsonl.print("}}\n");
    csv.print("{},{},{},src-{},{},{},{}\n", subject, predicate, object, fact.source, date, confidence,
              fact.quote ? fmt::format("\"{}\"", quote) : std::string());
  }
  jsonl.commit();
  csv.commit();
}

void write_queries(const GeneratedGraph& graph, const DatasetFiles& files) {
  BufferedFile out(files.queries);
  for (auto [from, to] : graph.queries) out.print("{}\t{}\n", graph.node_key(from), graph.node_key(to));
  out.commit();
}

}  // namespace

DatasetFiles::DatasetFiles(const std::filesystem::path& folder)
    : sources_jsonl(folder / "sources.jsonl"),
      entities_jsonl(folder / "entities.jsonl"),
      facts_jsonl(folder / "facts.jsonl"),
      entities_csv(folder / "entities.csv"),
      facts_csv(folder / "facts.csv"),
      queries(folder / "queries.tsv") {}

void write_dataset(const GeneratedGraph& graph, const std::filesystem::path& folder) {
  std::filesystem::create_directories(folder);
  const DatasetFiles files(folder);
  write_sources(graph, files);
  write_entities(graph, files);
  write_facts(graph, files);
  write_queries(graph, files);
}

std::vector<std::pair<std::string, std::string>> read_queries(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(fmt::format("cannot read {}", file.string()));
  std::vector<std::pair<std::string, std::string>> queries;
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos)
      throw std::runtime_error(fmt::format("{}: expected `from<TAB>to` lines", file.string()));
    queries.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return queries;
}

}  // namespace kg::bench
