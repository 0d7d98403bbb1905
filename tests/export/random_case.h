#pragma once
// random_case: seeded random graphs with random provenance, built through GraphBuilder the way readers feed it —
// entities declared untyped and typed later, redeclared with more aliases and properties, facts citing entities by
// id, by a differently cased name, by alias, by inline declarations and by unknown names, sources declared, cited
// only, or declared and never cited — for the round trips of kg's exports through kg build.
#include <fmt/format.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "kg/graph/builder.h"

namespace kg::test {

/// Which values a random case may hold: `any` is everything kg's own JSON Lines can carry; `exportable` keeps to
/// what GraphML and GEXF give back (one kind per property key, plain keys, no list separators in names, sources
/// or quotes, no empty strings).
enum class RandomValues { any, exportable };

class RandomCase {
 public:
  RandomCase(std::uint64_t seed, RandomValues values) : state_(seed * 0x9E3779B97F4A7C15ULL + 1), values_(values) {}

  graph::Graph build() {
    graph::GraphBuilder builder;
    const std::uint32_t file = builder.add_file("random.json");
    const std::uint32_t sources = 1 + below(6);
    const std::uint32_t entities = 3 + below(30);
    for (std::uint32_t s = 0; s < sources; ++s) {
      if (chance(70)) builder.add_source(source(s), {file, 1 + s, 1});
    }
    if (chance(50)) builder.add_source({.id = "unused", .title = "never cited", .url = "", .date = {}}, {file, 1, 1});
    for (std::uint32_t i = 0; i < entities; ++i) builder.add_entity(entity(i, file, false));
    for (std::uint32_t i = 0; i < entities; ++i) {
      if (chance(20)) builder.add_entity(entity(i, file, true));  // declared again: a type, more aliases and props
    }
    const std::uint32_t facts = below(4 * entities);
    for (std::uint32_t f = 0; f < facts; ++f) {
      graph::EntityRecord subject_entity, object_entity;
      graph::FactRecord record{.subject = reference(entities, file, subject_entity),
                               .predicate = kPredicates[below(std::size(kPredicates))],
                               .object = reference(entities, file, object_entity),
                               .source = chance(70) ? keep(source_id(below(sources))) : std::string_view(),
                               .date = chance(60) ? statement_date() : graph::PartialDate{},
                               .confidence = chance(60) ? std::optional<float>(confidence()) : std::nullopt,
                               .quote = chance(50) ? quote() : std::string_view(),
                               .props = chance(30) ? properties() : Props{},
                               .at = {file, 100 + f, 1}};
      if (any() && chance(40)) record.grade = grade();  // ungraded, either part, or both; the source's filled in
      builder.add_fact(record);
    }
    return builder.build();
  }

 private:
  using Props = std::vector<std::pair<std::string_view, graph::PropertyValue>>;
  static constexpr std::string_view kPredicates[] = {"knows", "member_of", "funds", "located_in", "father_of"};
  static constexpr std::string_view kTypes[] = {"Person", "Organization", "Location", "Group", "Vessel"};

  std::uint64_t next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }
  std::uint32_t below(std::size_t n) { return static_cast<std::uint32_t>(next() % n); }
  bool chance(int percent) { return below(100) < static_cast<std::uint32_t>(percent); }
  bool any() const { return values_ == RandomValues::any; }
  /// Keeps `text` alive for the builder call (records hold views).
  std::string_view keep(std::string text) { return texts_.emplace_back(std::move(text)); }

  std::string source_id(std::uint32_t s) const {
    return any() && s % 3 == 2 ? fmt::format("src; \xC3\xA9{}", s) : fmt::format("src{}", s);
  }
  graph::SourceRecord source(std::uint32_t s) {
    return {
        .id = keep(source_id(s)),
        .title = chance(70) ? keep(fmt::format("Source number {}", s)) : std::string_view(),
        .url = chance(50) ? keep(fmt::format("https://example.org/{}", s)) : std::string_view(),
        .date = chance(50) ? date() : graph::PartialDate{},
        .reliability = any() && chance(50) ? graph::Grade{static_cast<std::uint8_t>(1 + below(6)), 0} : graph::Grade{}};
  }
  graph::Grade grade() {
    return {static_cast<std::uint8_t>(below(7)), static_cast<std::uint8_t>(chance(50) ? 1 + below(6) : 0)};
  }
  graph::PartialDate date() {
    const std::int32_t year = 1990 + static_cast<std::int32_t>(below(30));
    const std::int32_t month = chance(30) ? 0 : 1 + static_cast<std::int32_t>(below(12));
    const std::int32_t day = month == 0 || chance(40) ? 0 : 1 + static_cast<std::int32_t>(below(28));
    return {year * 10000 + month * 100 + day};
  }
  /// A statement's date: a point, or one time in four an interval, open at its end or its start or bounded.
  graph::PartialDate statement_date() {
    const graph::PartialDate point = date();
    if (!chance(25)) return point;
    switch (below(3)) {
      case 0:
        return {point.packed, graph::PartialDate::kOpen};
      case 1:
        return {graph::PartialDate::kOpen, point.packed};
      default:
        return {point.packed, (point.packed / 10000 + 1 + static_cast<std::int32_t>(below(5))) * 10000};
    }
  }
  float confidence() { return std::bit_cast<float>(static_cast<std::uint32_t>(next() % 0x3F800001U)); }
  double real() {
    if (!any() || chance(50)) return static_cast<double>(below(2000)) / 8 - 100;
    double value = 0;
    do value = std::bit_cast<double>(next());
    while (!std::isfinite(value));
    return value;
  }
  std::string_view quote() {
    static constexpr std::string_view kQuotes[] = {"he said so", "as reported", "sons of the late commander"};
    static constexpr std::string_view kHostile[] = {"a; b", "line\nbreak \"quoted\" \x01", "\xD0\xB7\xD0\xB0"};
    return any() && chance(30) ? kHostile[below(std::size(kHostile))] : kQuotes[below(std::size(kQuotes))];
  }
  Props properties() {
    Props props;
    static constexpr std::string_view kKeys[] = {"age", "score", "alive", "note", "big"};
    for (std::uint32_t key = 0; key < std::size(kKeys); ++key) {
      if (!chance(40)) continue;
      switch (any() ? below(5) : key) {  // exportable: one kind per key
        case 0:
          props.emplace_back(kKeys[key], static_cast<std::int64_t>(below(100)));
          break;
        case 1:
          props.emplace_back(kKeys[key], real());
          break;
        case 2:
          props.emplace_back(kKeys[key], chance(50));
          break;
        case 3:
          props.emplace_back(kKeys[key], keep(any() && chance(20) ? std::string() : fmt::format("note {}", below(9))));
          break;
        default:
          props.emplace_back(kKeys[key], static_cast<std::int64_t>(next()));
          break;
      }
    }
    if (any() && chance(10)) props.emplace_back("", std::string_view("empty key"));
    return props;
  }
  std::string id_of(std::uint32_t i) const {
    return any() && i % 7 == 6 ? fmt::format("\xC3\xAA {}", i) : fmt::format("e{}", i);
  }
  graph::EntityRecord entity(std::uint32_t i, std::uint32_t file, bool again) {
    graph::EntityRecord record{.id = keep(id_of(i)),
                               .type = {},
                               .name = {},
                               .aliases = {},
                               .props = chance(60) ? properties() : Props{},
                               .at = {file, 10 + i, 1}};
    if (!again) {
      named_.push_back(chance(80));
      if (named_.back()) record.name = keep(fmt::format("Name {}", i));
    }
    if (again || chance(70)) record.type = kTypes[i % std::size(kTypes)];
    for (std::uint32_t k = 0; k < below(3); ++k) {
      record.aliases.push_back(keep(fmt::format("alias {}.{}{}", i, again ? 9 : k, any() && k == 1 ? " \t(x)" : "")));
    }
    return record;
  }
  graph::Reference reference(std::uint32_t entities, std::uint32_t file, graph::EntityRecord& declared) {
    const std::uint32_t i = below(entities);
    const graph::RecordLocation at{file, 200, 1};
    switch (below(any() ? 6 : 5)) {
      case 0:
        return {.text = keep(id_of(i)), .declared = {}, .at = at};
      case 1:  // the name, differently cased and spaced; the id when the entity has no name
        return {.text = keep(named_[i] ? fmt::format("NAME  {}", i) : id_of(i)), .declared = {}, .at = at};
      case 2:  // an alias, when it has one: the first alias declared is "alias i.0"
        return {.text = keep(fmt::format("Alias {}.0", i)), .declared = {}, .at = at};
      case 3:  // an inline entity with a name of its own: created by the first fact that names it
        declared = {.id = {},
                    .type = kTypes[i % 5 % 2],
                    .name = keep(fmt::format("inline {}", i % 5)),
                    .aliases = {},
                    .props = {},
                    .at = at};
        return {.text = declared.name, .declared = declared, .at = at};
      case 4:  // unknown: an Entity node, with a warning
        return {.text = keep(fmt::format("ghost {}", i % 4)), .declared = {}, .at = at};
      default:  // an inline entity whose id is white space only: not citable by text
        declared = {.id = "  ", .type = "Group", .name = "Blank", .aliases = {}, .props = {}, .at = at};
        return {.text = declared.name, .declared = declared, .at = at};
    }
  }

  std::uint64_t state_;
  RandomValues values_;
  std::deque<std::string> texts_;  // never moves its strings: records hold views into them
  std::vector<bool> named_;
};

}  // namespace kg::test
