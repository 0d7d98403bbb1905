#pragma once
// What the render tests share: a graph of awkward text, and rendering into a string.
#include <string>

#include "kg/graph/builder.h"
#include "kg/render/output.h"

namespace kg::test {

inline const std::string kLongQuote =
    "Он сказал: \"мы видели их у ворот\", and then a very long sentence follows that goes on and on well past the "
    "point where a table should cut it short";

/// Awkward text on purpose: quotes, commas, a newline, Cyrillic, a long quote; three statements of one fact.
inline kg::graph::Graph awkward() {
  kg::graph::GraphBuilder builder;
  std::uint32_t file = builder.add_file("t.json");
  builder.add_source({.id = "rferl", .title = "RFE/RL, \"report\"", .url = "", .date = {}}, {file, 1, 1});
  builder.add_entity(
      {.id = "a", .type = "Person", .name = "Abdullo \"Mullo\" Rahimov", .aliases = {}, .props = {}, .at = {}});
  builder.add_entity(
      {.id = "b", .type = "Event", .name = "Душанбе, raid\nAugust", .aliases = {}, .props = {}, .at = {}});
  builder.add_entity({.id = "c", .type = "Person", .name = "C", .aliases = {}, .props = {}, .at = {}});
  kg::graph::FactRecord fact;
  fact.subject.text = "a", fact.predicate = "organised", fact.object.text = "b";
  fact.source = "rferl", fact.date = {2010'08'23}, fact.confidence = 0.7f, fact.quote = kLongQuote;
  builder.add_fact(fact);
  for (int i = 0; i < 4; ++i) {  // repeated statements: one edge, five records
    fact.source = "", fact.date = {2010'08'00 + i}, fact.confidence = std::nullopt, fact.quote = "";
    builder.add_fact(fact);
  }
  fact.subject.text = "c", fact.predicate = "took_part_in", fact.object.text = "b", fact.source = "";
  builder.add_fact(fact);
  return builder.build();
}

/// What `render` (called with an Output) writes, as a string.
template <class Render>
std::string rendered(Render&& render) {
  std::string text;
  {
    kg::render::Output out(text);
    render(out);
  }
  return text;
}

}  // namespace kg::test
