#include "kg/ingest/csv_mapping.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <rapidjson/reader.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "byte_source.h"
#include "chunked_stream.h"
#include "json_errors.h"
#include "json_tree.h"

namespace kg::ingest {
namespace {

using detail::JsonKind;
using detail::JsonNode;
using detail::JsonTree;

/// `*` matches any run of characters, `?` one character.
bool matches(std::string_view pattern, std::string_view name) {
  if (pattern.empty()) return name.empty();
  if (pattern.front() == '*') {
    for (std::size_t skip = 0; skip <= name.size(); ++skip) {
      if (matches(pattern.substr(1), name.substr(skip))) return true;
    }
    return false;
  }
  if (name.empty() || (pattern.front() != '?' && pattern.front() != name.front())) return false;
  return matches(pattern.substr(1), name.substr(1));
}

void overlay(MappedValue& base, const MappedValue& top) {
  if (!top.empty()) base = top;
}

EntityColumns overlay(EntityColumns base, const EntityColumns& top) {
  overlay(base.id, top.id);
  overlay(base.name, top.name);
  overlay(base.type, top.type);
  overlay(base.aliases, top.aliases);
  if (top.alias_separator) base.alias_separator = top.alias_separator;
  return base;
}

FactColumns overlay(FactColumns base, const FactColumns& top) {
  for (auto [field, over] : {std::pair{&base.subject, &top.subject},
                             {&base.object, &top.object},
                             {&base.predicate, &top.predicate},
                             {&base.date, &top.date},
                             {&base.start, &top.start},
                             {&base.end, &top.end},
                             {&base.source, &top.source},
                             {&base.confidence, &top.confidence},
                             {&base.quote, &top.quote}}) {
    overlay(*field, *over);
  }
  if (!top.date_formats.empty()) base.date_formats = top.date_formats;
  return base;
}

/// Reads the mapping's JSON tree into CsvMapping, failing at the offending value.
class MappingParser {
 public:
  MappingParser(const JsonTree& tree, detail::TextPositions& text, std::string_view display_name)
      : tree_(tree), text_(text), display_name_(display_name) {}

  CsvMapping parse() {
    CsvMapping mapping;
    mapping.display_name = display_name_;
    const JsonNode& root = tree_.node(0);
    if (root.kind != JsonKind::object) fail(root, fmt::format("expected a mapping object, got {}", kind(root)));
    for (const JsonNode& field : fields(root)) {
      if (field.key == "entities") {
        mapping.entities = entities(field);
      } else if (field.key == "facts") {
        mapping.facts = facts(field);
      } else if (field.key == "files") {
        files(field, mapping.files);
      } else {
        unknown(field, "the mapping", {"entities", "facts", "files"});
      }
    }
    if (!mapping.entities && !mapping.facts && mapping.files.empty()) {
      fail(root, "expected \"entities\", \"facts\" or \"files\" in the mapping, found none");
    }
    return mapping;
  }

 private:
  [[noreturn]] void fail(const JsonNode& node, std::string message) const {
    detail::throw_input_error(text_, display_name_, text_.skip_separators(node.offset), std::move(message));
  }
  static std::string kind(const JsonNode& node) { return std::string(detail::kind_name(node.kind)); }
  std::vector<std::reference_wrapper<const JsonNode>> fields(const JsonNode& object) const {
    std::vector<std::reference_wrapper<const JsonNode>> out;
    for (std::uint32_t index : tree_.children(tree_.index_of(object))) out.emplace_back(tree_.node(index));
    return out;
  }
  [[noreturn]] void unknown(const JsonNode& field, std::string_view where,
                            std::initializer_list<std::string_view> known) const {
    fail(field, fmt::format("unknown field \"{}\" in {}; expected {}", field.key, where, fmt::join(known, ", ")));
  }
  std::string string(const JsonNode& node) const {
    if (node.kind != JsonKind::string || node.text.empty()) {
      fail(node, fmt::format("\"{}\" must be a non-empty string, got {}", node.key,
                             node.kind == JsonKind::string ? "an empty one" : kind(node)));
    }
    return std::string(node.text);
  }
  /// "column", ["first", "second"], {"column": "c"}, {"columns": [...]} or {"value": "constant"}.
  MappedValue value(const JsonNode& node) const;
  void strings(const JsonNode& node, std::vector<std::string>& out) const;
  EntityColumns entities(const JsonNode& node) const;
  FactColumns facts(const JsonNode& node) const;
  void files(const JsonNode& node, std::vector<CsvFileRule>& out) const;

  const JsonTree& tree_;
  detail::TextPositions& text_;
  std::string display_name_;
};

void MappingParser::strings(const JsonNode& node, std::vector<std::string>& out) const {
  if (node.kind == JsonKind::string) return out.push_back(string(node));
  if (node.kind != JsonKind::array)
    fail(node, fmt::format("\"{}\" must be a string or a list of strings, got {}", node.key, kind(node)));
  for (std::uint32_t index : tree_.children(tree_.index_of(node))) out.push_back(string(tree_.node(index)));
  if (out.empty()) fail(node, fmt::format("\"{}\" must name at least one column", node.key));
}

MappedValue MappingParser::value(const JsonNode& node) const {
  MappedValue mapped;
  if (node.kind != JsonKind::object) {
    strings(node, mapped.columns);
    return mapped;
  }
  for (const JsonNode& field : fields(node)) {
    if (field.key == "column" || field.key == "columns") {
      strings(field, mapped.columns);
    } else if (field.key == "value") {
      mapped.constant = string(field);
    } else {
      unknown(field, fmt::format("\"{}\"", node.key), {"column", "columns", "value"});
    }
  }
  if (mapped.columns.empty() == !mapped.constant) {
    fail(node, fmt::format("\"{}\" must name a column (\"column\") or a constant (\"value\"), and not both", node.key));
  }
  return mapped;
}

EntityColumns MappingParser::entities(const JsonNode& node) const {
  if (node.kind != JsonKind::object) fail(node, fmt::format("\"entities\" must be an object, got {}", kind(node)));
  EntityColumns columns;
  for (const JsonNode& field : fields(node)) {
    if (field.key == "id") {
      columns.id = value(field);
    } else if (field.key == "name") {
      columns.name = value(field);
    } else if (field.key == "type") {
      columns.type = value(field);
    } else if (field.key == "aliases") {
      columns.aliases = value(field);
    } else if (field.key == "alias_separator") {
      columns.alias_separator = string(field);
    } else {
      unknown(field, "\"entities\"", {"id", "name", "type", "aliases", "alias_separator"});
    }
  }
  return columns;
}

FactColumns MappingParser::facts(const JsonNode& node) const {
  if (node.kind != JsonKind::object) fail(node, fmt::format("\"facts\" must be an object, got {}", kind(node)));
  FactColumns columns;
  const std::pair<std::string_view, MappedValue*> named[] = {
      {"subject", &columns.subject}, {"object", &columns.object},         {"predicate", &columns.predicate},
      {"date", &columns.date},       {"start", &columns.start},           {"end", &columns.end},
      {"source", &columns.source},   {"confidence", &columns.confidence}, {"quote", &columns.quote}};
  for (const JsonNode& field : fields(node)) {
    if (field.key == "date_format") {
      strings(field, columns.date_formats);
      continue;
    }
    const auto found =
        std::find_if(std::begin(named), std::end(named), [&](const auto& n) { return n.first == field.key; });
    if (found == std::end(named)) {
      unknown(
          field, "\"facts\"",
          {"subject", "predicate", "object", "date", "start", "end", "source", "confidence", "quote", "date_format"});
    }
    *found->second = value(field);
  }
  if (!columns.date.empty() && !(columns.start.empty() && columns.end.empty())) {
    fail(node, "\"facts\" gives \"date\" and \"start\"/\"end\": use one or the other");
  }
  return columns;
}

void MappingParser::files(const JsonNode& node, std::vector<CsvFileRule>& out) const {
  if (node.kind != JsonKind::array) fail(node, fmt::format("\"files\" must be a list of rules, got {}", kind(node)));
  for (std::uint32_t index : tree_.children(tree_.index_of(node))) {
    const JsonNode& rule_node = tree_.node(index);
    if (rule_node.kind != JsonKind::object)
      fail(rule_node, fmt::format("each file rule must be an object, got {}", kind(rule_node)));
    CsvFileRule rule;
    for (const JsonNode& field : fields(rule_node)) {
      if (field.key == "file") {
        rule.file = string(field);
      } else if (field.key == "entities") {
        rule.entities = entities(field);
      } else if (field.key == "facts") {
        rule.facts = facts(field);
      } else {
        unknown(field, "a file rule", {"file", "entities", "facts"});
      }
    }
    if (rule.file.empty()) fail(rule_node, "expected \"file\" (a file name, * and ? allowed) in the file rule");
    out.push_back(std::move(rule));
  }
}

}  // namespace

CsvMapping CsvMapping::for_file(std::string_view file_name) const {
  CsvMapping chosen;
  chosen.display_name = display_name;
  chosen.entities = entities;
  chosen.facts = facts;
  for (const CsvFileRule& rule : files) {
    if (!matches(rule.file, file_name)) continue;
    if (rule.entities) chosen.entities = overlay(entities.value_or(EntityColumns{}), *rule.entities);
    if (rule.facts) chosen.facts = overlay(facts.value_or(FactColumns{}), *rule.facts);
    if (rule.entities && !rule.facts) chosen.facts.reset();  // the rule says what the file holds
    if (rule.facts && !rule.entities) chosen.entities.reset();
    break;
  }
  return chosen;
}

CsvMapping parse_csv_mapping(std::string_view text, std::string_view display_name) {
  const ReadOptions quiet;
  detail::ByteSource source = detail::ByteSource::from_memory(text, quiet);
  detail::ChunkedStream stream(source);
  detail::RecordCollector collector(stream, display_name);
  rapidjson::Reader reader;
  const rapidjson::ParseResult result =
      reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(stream, collector);
  if (result.IsError()) {
    detail::throw_input_error(
        stream, display_name, result.Offset(),
        detail::parse_error_message(result.Code(), stream.byte_at(result.Offset()), "the end of the file"));
  }
  return MappingParser(collector.tree(), stream, display_name).parse();
}

CsvMapping load_csv_mapping(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("cannot open {}", file.string()));
  std::ostringstream text;
  text << in.rdbuf();
  return parse_csv_mapping(text.str(), file.string());
}

}  // namespace kg::ingest
