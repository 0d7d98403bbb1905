// Fuzz target: kg::cypher on arbitrary statement text: parse, bind and plan it against a small graph and, when
// that succeeds, run it under tight limits. Errors in the text (InputError) and stopped runs are expected outcomes.
#include <string_view>

#include "fuzz_target.h"
#include "kg/cypher/cypher.h"
#include "kg/cypher/script.h"

namespace {

// Three persons in a knows triangle with a self-loop, an organisation, properties, dates and confidences.
const kg::graph::Graph& small_graph() {
  static const kg::graph::Graph graph = [] {
    kg::graph::GraphBuilder builder;
    const std::uint32_t file = builder.add_file("fuzz");
    builder.add_source({.id = "s1", .title = "one", .url = "", .date = {}}, {file, 1, 1});
    builder.add_entity({.id = "a",
                        .type = "Person",
                        .name = "Ann",
                        .aliases = {"A"},
                        .props = {{"age", std::int64_t{30}}},
                        .at = {file, 2, 1}});
    builder.add_entity({.id = "b", .type = "Person", .props = {{"score", 0.5}}, .at = {file, 3, 1}});
    builder.add_entity({.id = "c", .type = "Person", .at = {file, 4, 1}});
    builder.add_entity({.id = "o", .type = "Organization", .at = {file, 5, 1}});
    const auto fact = [&](std::string_view s, std::string_view p, std::string_view o, std::uint32_t line) {
      kg::graph::FactRecord record;
      record.subject.text = s;
      record.predicate = p;
      record.object.text = o;
      record.source = "s1";
      record.confidence = 0.5f + 0.1f * static_cast<float>(line % 5);
      if (line % 2 == 0) record.date = kg::graph::PartialDate{static_cast<std::int32_t>(2010'08'00 + line)};
      record.quote = "q";
      record.at = {file, line, 1};
      builder.add_fact(record);
    };
    fact("a", "knows", "b", 6);
    fact("b", "knows", "c", 7);
    fact("c", "knows", "a", 8);
    fact("c", "knows", "c", 9);
    fact("a", "funds", "o", 10);
    fact("a", "funds", "o", 11);
    return builder.build();
  }();
  return graph;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    for (const kg::cypher::ScriptStatement& statement : kg::cypher::split_statements(text, "fuzz")) {
      try {
        const kg::cypher::PreparedQuery query = kg::cypher::prepare(small_graph(), statement.text, {.max_hops = 4});
        (void)query.explain();
        kg::cypher::RunOptions options;
        options.max_rows = 1000;
        options.timeout = std::chrono::milliseconds(200);
        (void)query.run({{"p", kg::query::Value::integer(1)}}, options);
      } catch (const kg::graph::InputError&) {
      } catch (const kg::cypher::QueryInterrupted&) {
      }
    }
  } catch (const kg::graph::InputError&) {
  }
  return 0;
}
