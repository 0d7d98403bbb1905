#pragma once
// What the render tests share: a graph of awkward text, and rendering into a string.
#include <string>

#include "kg/graph/builder.h"
#include "kg/render/output.h"

namespace kg::test {

inline const std::string kLongQuote =
    "Он сказал: \"мы видели их у ворот\", and then a very long sentence follows that goes on and on well past the "
    "point where a table should cut it short";

/// Awkward text on purpose: quotes, commas, a newline, Cyrillic, a long quote; five statements of one fact, the
/// first graded B2.
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
  fact.grade = {2, 2};  // B2
  builder.add_fact(fact);
  fact.grade = {};
  for (int i = 0; i < 4; ++i) {  // repeated statements: one edge, five records
    fact.source = "", fact.date = {2010'08'00 + i}, fact.confidence = std::nullopt, fact.quote = "";
    builder.add_fact(fact);
  }
  fact.subject.text = "c", fact.predicate = "took_part_in", fact.object.text = "b", fact.source = "";
  builder.add_fact(fact);
  return builder.build();
}

/// Emomali Rahmon under two ids that a same_as decision joins, leading his administration; C stays apart.
inline kg::graph::Graph merged() {
  kg::graph::GraphBuilder builder;
  builder.add_entity(
      {.id = "rahmon", .type = "Person", .name = "Emomali Rahmon", .aliases = {}, .props = {}, .at = {}});
  builder.add_entity(
      {.id = "рахмон", .type = "Person", .name = "Эмомали Рахмон", .aliases = {}, .props = {}, .at = {}});
  builder.add_entity(
      {.id = "gov", .type = "Organization", .name = "the administration", .aliases = {}, .props = {}, .at = {}});
  kg::graph::FactRecord fact;
  fact.subject.text = "рахмон", fact.predicate = "leads", fact.object.text = "gov";
  builder.add_fact(fact);
  builder.add_decision({.kind = kg::graph::DecisionKind::same_as,
                        .ids = {"rahmon", "рахмон"},
                        .reason = "Russian spelling",
                        .author = "",
                        .date = {},
                        .at = {}});
  return builder.build();
}

/// Terminal escapes in every name a table shows: an entity, its type and id, a predicate, a quote.
inline kg::graph::Graph escapes() {
  kg::graph::GraphBuilder builder;
  builder.add_file("t.json");
  builder.add_entity({.id = "x\x1b[2J", .type = "Per\x07son", .name = "\x1b[31mRed\x1b[0m", .at = {}});
  builder.add_entity({.id = "y", .type = "Person", .name = "Y", .at = {}});
  kg::graph::FactRecord fact;
  fact.subject.text = "x\x1b[2J", fact.predicate = "kno\x1bws", fact.object.text = "y";
  fact.quote = "said \x1b[1mloud";
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
