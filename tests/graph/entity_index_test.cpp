// EntityIndex (graph/entity_index.*): names added and looked up in random interleavings, as references are resolved,
// against a brute-force index of the same names: which entities a folded name denotes, in what order, which names
// are shared and in what order they became so, and the nearest names.
#include "../../graph/entity_index.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "kg/graph/name_fold.h"

using kg::graph::fold_name;
using kg::graph::detail::EntityIndex;
using kg::graph::detail::StringInterner;

namespace {

/// The entities of each folded name in the order they were added, and the names in the order they became shared:
/// what the index must answer.
struct BruteForce {
  std::map<std::string, std::vector<std::uint32_t>> entities;
  std::vector<std::string> became_shared;  // when a name's second entity came

  void add(const std::string& folded, std::uint32_t entity) {
    std::vector<std::uint32_t>& list = entities[folded];
    if (std::find(list.begin(), list.end(), entity) != list.end()) return;
    list.push_back(entity);
    if (list.size() == 2) became_shared.push_back(folded);
  }
  std::vector<std::uint32_t> find(const std::string& folded) const {
    const auto found = entities.find(folded);
    return found == entities.end() ? std::vector<std::uint32_t>{} : found->second;
  }
  std::vector<std::pair<std::string, std::vector<std::uint32_t>>> shared() const {
    std::vector<std::pair<std::string, std::vector<std::uint32_t>>> shared;
    for (const std::string& name : became_shared) shared.emplace_back(name, find(name));
    return shared;
  }
};

/// Names from a small vocabulary in varying case and spacing, so that many fold together; some non-ASCII.
std::string random_name(std::mt19937& random) {
  static const std::vector<std::string> kWords = {"Mirzo", "ZIYOEV",   "imu",    "Straße",   "strasse", "Мирзо",
                                                  "мирзо", "Dushanbe", "prison", "escapees", "a",       "b"};
  std::string name = kWords[random() % kWords.size()];
  if (random() % 2 == 0) name += (random() % 2 == 0 ? " " : "  ") + kWords[random() % kWords.size()];
  if (random() % 5 == 0) name += std::to_string(random() % 50);
  return name;
}

}  // namespace

TEST_CASE("EntityIndex answers as a brute-force index of the same names, however adds and lookups interleave",
          "[graph]") {
  for (const unsigned seed : {1U, 2U, 3U}) {
    INFO("seed " << seed);
    std::mt19937 random(seed);
    StringInterner strings;
    EntityIndex index(strings);
    BruteForce expected;
    std::uint32_t entities = 0;
    // Many adds before the first lookup (the entities read from files), then lookups among further adds (the
    // entities created for unknown references), enough of them to sort the new names in several times.
    for (int step = 0; step < 30000; ++step) {
      const bool reading = step < 10000;
      if (reading || random() % 3 != 0) {
        const std::string name = random_name(random);
        const std::string folded = fold_name(name);
        const std::uint32_t entity = random() % 4 == 0 && entities > 0 ? random() % entities : entities++;
        index.add(folded, strings.intern(name), entity);
        expected.add(folded, entity);
      } else {
        const std::string folded = fold_name(random_name(random));
        const auto found = index.find(folded);
        REQUIRE(std::vector<std::uint32_t>(found.begin(), found.end()) == expected.find(folded));
      }
    }
    std::vector<std::pair<std::string, std::vector<std::uint32_t>>> shared;
    for (const EntityIndex::Shared& name : index.shared()) shared.emplace_back(name.folded, name.entities);
    CHECK(shared == expected.shared());
    CHECK_FALSE(shared.empty());
  }
}

TEST_CASE("EntityIndex suggests the nearest names, ties in the order the entities were created", "[graph]") {
  StringInterner strings;
  EntityIndex index(strings);
  const std::vector<std::string> names = {"Mirzo Ziyoev", "Mirza Ziyoev", "Mirzo Ziyoeva", "IMU", "Mirzo Zioev"};
  for (std::uint32_t entity = 0; entity < names.size(); ++entity) {
    index.add(fold_name(names[entity]), strings.intern(names[entity]), entity);
  }
  index.add(fold_name("M. Ziyoev"), strings.intern("M. Ziyoev"), 3);  // an alias
  CHECK(index.nearest(fold_name("MIRZO ZIYOEV"), 3) == std::vector<std::uint32_t>{0, 1, 2});
  CHECK(index.nearest(fold_name("Mirzo Ziyoev"), 10) == std::vector<std::uint32_t>{0, 1, 2, 4, 3});
  CHECK(index.nearest(fold_name("nothing like it"), 3).empty());
  CHECK(index.find(fold_name("imu")).size() == 1);
  index.add(fold_name("Nothing Like It"), strings.intern("Nothing Like It"), 5);  // after the names were folded
  CHECK(index.nearest(fold_name("nothing like it"), 3) == std::vector<std::uint32_t>{5});
}
