#include "kg/query/resolve.h"

#include <catch2/catch.hpp>

#include "kg/graph/builder.h"
#include "kg/graph/diagnostics.h"

using namespace kg::query;
using Catch::Matchers::Contains;
using Catch::Matchers::Equals;

namespace {

kg::graph::Graph people() {
  kg::graph::GraphBuilder builder;
  builder.add_file("case.json");
  builder.add_entity(
      {.id = "ziyoev", .type = "Person", .name = "Mirzo Ziyoev", .aliases = {"Ziyoev"}, .props = {}, .at = {}});
  builder.add_entity({.id = "ali-1", .type = "Person", .name = "Ali", .aliases = {}, .props = {}, .at = {}});
  builder.add_entity({.id = "ali-2", .type = "Organization", .name = "Ali", .aliases = {}, .props = {}, .at = {}});
  kg::graph::FactRecord fact;
  fact.subject.text = "ziyoev", fact.predicate = "father_of", fact.object.text = "ali-1";
  builder.add_fact(fact);
  return builder.build();
}

std::string error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const kg::graph::InputError& error) {
    CHECK(error.where().file == "case.kg");
    return error.message();
  }
  FAIL("no InputError");
  return {};
}

}  // namespace

TEST_CASE("Entities resolve by id, name or alias", "[query]") {
  kg::graph::Graph graph = people();
  kg::graph::NodeId ziyoev = resolve_node(graph, "ziyoev", "case.kg");
  CHECK(graph.node_name(ziyoev) == "Mirzo Ziyoev");
  CHECK(resolve_node(graph, "mirzo  ziyoev", "case.kg") == ziyoev);
  CHECK(resolve_node(graph, "Ziyoev", "case.kg") == ziyoev);
}

TEST_CASE("An unknown entity is an error naming it and the closest known names", "[query]") {
  kg::graph::Graph graph = people();
  std::string message = error_of([&] { resolve_node(graph, "Mirzo Zyoev", "case.kg"); });
  CHECK_THAT(message, Contains("unknown entity \"Mirzo Zyoev\"; did you mean \"Mirzo Ziyoev\" (Person, id ziyoev)"));
}

TEST_CASE("An ambiguous entity is an error listing the candidates", "[query]") {
  kg::graph::Graph graph = people();
  std::string message = error_of([&] { resolve_node(graph, "Ali", "case.kg"); });
  CHECK_THAT(message, Contains("ambiguous entity \"Ali\": it may be"));
  CHECK_THAT(message, Contains("\"Ali\" (Person, id ali-1)"));
  CHECK_THAT(message, Contains("\"Ali\" (Organization, id ali-2)"));
}

TEST_CASE("An entity ambiguous among thousands lists five candidates and the count", "[query]") {
  kg::graph::GraphBuilder builder;
  builder.add_file("case.json");
  std::vector<std::string> ids;
  for (int i = 0; i < 20'000; ++i) ids.push_back("ali-" + std::to_string(i));
  for (const std::string& id : ids) builder.add_entity({.id = id, .type = "Person", .name = "Ali", .at = {}});
  kg::graph::Graph graph = builder.build();
  std::string message = error_of([&] { resolve_node(graph, "ali", "case.kg"); });
  CHECK_THAT(message, Contains("ambiguous entity \"ali\": it may be \"Ali\" (Person, id "));
  CHECK_THAT(message, Contains(" or 19995 others (20000 entities); give an id"));
  CHECK(message.size() < 400);
}

TEST_CASE("Filters given by name resolve to ids, and bad names or values are errors", "[query]") {
  kg::graph::Graph graph = people();
  FilterSpec spec;
  spec.direction = "out";
  spec.predicates = {"FATHER_OF"};
  spec.excluded_node_types = {"organization"};
  spec.avoid = {"ali-2"};
  spec.from = "2010-08";
  spec.to = "2010";
  spec.min_confidence = 0.5f;
  Filter filter = resolve_filter(graph, spec, "case.kg");
  CHECK(filter.direction == Direction::out);
  REQUIRE(filter.predicates.size() == 1);
  CHECK(graph.predicate_name(filter.predicates[0]) == "father_of");
  REQUIRE(filter.excluded_node_types.size() == 1);
  CHECK(graph.type_name(filter.excluded_node_types[0]) == "Organization");
  CHECK(filter.avoid == std::vector<kg::graph::NodeId>{resolve_node(graph, "ali-2", "case.kg")});
  CHECK(filter.from->packed == 2010'08'00);
  CHECK(filter.to->packed == 2010'00'00);

  FilterSpec typo;
  typo.predicates = {"father-of"};
  CHECK_THAT(error_of([&] { resolve_filter(graph, typo, "case.kg"); }),
             Equals("unknown predicate \"father-of\"; did you mean \"father_of\"?"));
  FilterSpec bad_type;
  bad_type.node_types = {"Vehicle"};
  CHECK_THAT(error_of([&] { resolve_filter(graph, bad_type, "case.kg"); }), Contains("unknown node type \"Vehicle\""));
  FilterSpec bad_date;
  bad_date.from = "2010-13";
  CHECK_THAT(error_of([&] { resolve_filter(graph, bad_date, "case.kg"); }),
             Equals("invalid start date \"2010-13\": expected YYYY, YYYY-MM or YYYY-MM-DD"));
  FilterSpec backwards;
  backwards.from = "2011";
  backwards.to = "2010-12-31";
  CHECK_THAT(error_of([&] { resolve_filter(graph, backwards, "case.kg"); }),
             Equals("the date window ends (2010-12-31) before it starts (2011)"));
  FilterSpec bad_confidence;
  bad_confidence.min_confidence = 1.5f;
  CHECK_THAT(error_of([&] { resolve_filter(graph, bad_confidence, "case.kg"); }),
             Equals("minimum confidence 1.5 is outside 0..1"));
  FilterSpec sideways;
  sideways.direction = "up";
  CHECK_THAT(error_of([&] { resolve_filter(graph, sideways, "case.kg"); }),
             Equals("unknown direction \"up\": expected out, in or both"));
}

TEST_CASE("Sources resolve by id, exactly or case-insensitively, an unknown one suggests the closest", "[query]") {
  kg::graph::GraphBuilder builder;
  builder.add_file("case.json");
  builder.add_source({.id = "rferl-2010"}, {});
  builder.add_source({.id = "Asia-Plus"}, {});
  kg::graph::FactRecord fact;
  fact.subject.text = "a", fact.predicate = "knows", fact.object.text = "b", fact.source = "rferl-2010";
  builder.add_fact(fact);
  kg::graph::Graph graph = builder.build();
  CHECK(graph.source_key(resolve_source(graph, "rferl-2010", "case.kg")) == "rferl-2010");
  CHECK(graph.source_key(resolve_source(graph, "asia-plus", "case.kg")) == "Asia-Plus");
  CHECK_THAT(error_of([&] { resolve_source(graph, "rferl-2011", "case.kg"); }),
             Equals("unknown source \"rferl-2011\"; did you mean \"rferl-2010\"?"));
  FilterSpec spec;
  spec.sources = {"rferl-2010"};
  spec.excluded_sources = {"asia-plus"};
  spec.min_sources = 2;
  Filter filter = resolve_filter(graph, spec, "case.kg");
  CHECK(filter.sources == std::vector<kg::graph::SourceId>{resolve_source(graph, "rferl-2010", "case.kg")});
  CHECK(filter.excluded_sources == std::vector<kg::graph::SourceId>{resolve_source(graph, "Asia-Plus", "case.kg")});
  CHECK(filter.min_sources == 2);
  spec.sources = {"bbc"};
  CHECK_THAT(error_of([&] { resolve_filter(graph, spec, "case.kg"); }), Equals("unknown source \"bbc\""));
}

TEST_CASE("A minimum grade is read as analysts write it, and a malformed one is an error", "[query]") {
  kg::graph::Graph graph = people();
  FilterSpec spec;
  spec.min_grade = "B3";
  CHECK(resolve_filter(graph, spec, "case.kg").min_grade == kg::graph::Grade{2, 3});
  spec.min_grade = "3B";
  CHECK_THAT(error_of([&] { resolve_filter(graph, spec, "case.kg"); }),
             Equals("invalid minimum grade \"3B\": expected a reliability letter A to F and/or a credibility digit 1 "
                    "to 6, as in B3"));
}
