#include "../../analytics/name_keys.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

using kg::analytics::detail::block_keys;
using kg::analytics::detail::name_similarity;
using kg::analytics::detail::NameKeys;
using kg::analytics::detail::token_similarity;
using kg::analytics::detail::TokenRarity;
using Tokens = std::vector<std::string>;

TEST_CASE("Names in Cyrillic and in English transliterations give the same tokens", "[analytics]") {
  NameKeys keys;
  CHECK(keys.tokens("Эмомали Рахмон").tokens == Tokens{"emomali", "rahmon"});
  CHECK(keys.tokens("Эмомали Рахмон").transliterated);
  CHECK(keys.tokens("Emomali Rakhmon").tokens == Tokens{"emomali", "rahmon"});
  CHECK_FALSE(keys.tokens("Emomali Rakhmon").transliterated);
  CHECK(keys.tokens("EMOMALI  RAHMON").tokens == Tokens{"emomali", "rahmon"});
  CHECK(keys.tokens("Мирзо Зиёев").tokens == keys.tokens("Mirzo Zieev").tokens);
  CHECK(keys.tokens("Жуков").tokens == keys.tokens("Zhukov").tokens);
  CHECK(keys.tokens("Шукурджон").tokens == keys.tokens("Shukurdzhon").tokens);
  CHECK(keys.tokens("Abdullaev").tokens == keys.tokens("Абдулаев").tokens);
}

TEST_CASE("Names in Greek, with accents or apostrophes give plain Latin tokens", "[analytics]") {
  NameKeys keys;
  CHECK(keys.tokens("Αθήνα").tokens == Tokens{"athena"});
  CHECK(keys.tokens("José Müller").tokens == Tokens{"jose", "muler"});  // doubled letters count once
  CHECK(keys.tokens("O‘zbekiston").tokens == Tokens{"ozbekiston"});
  CHECK(keys.tokens("Kulob-Dushanbe road").tokens == Tokens{"kulob", "dusanbe", "road"});
  CHECK(keys.tokens("İstanbul").tokens == keys.tokens("Istanbul").tokens);
  CHECK(keys.tokens("Diyarbakır").tokens == keys.tokens("Diyarbakir").tokens);
}

TEST_CASE("Token similarity is one minus the edit distance over the longer length", "[analytics]") {
  CHECK(token_similarity("rahmon", "rahmon") == 1.0);
  CHECK(token_similarity("emomali", "imomali") == Approx(6.0 / 7.0));
  CHECK(token_similarity("e", "emomali") == 0.8);
  CHECK(token_similarity("r", "emomali") == 0.0);
  CHECK(token_similarity("1952", "1953") == 0.0);
  CHECK(token_similarity("rahmon", "rahmonov") == Approx(0.75));
}

TEST_CASE("Name similarity ranks a variant spelling above a relative sharing one name", "[analytics]") {
  const double variant = name_similarity({"imomali", "rahmon"}, {"emomali", "rahmon"});
  const double surname_only = name_similarity({"rahmon"}, {"emomali", "rahmon"});
  const double relative = name_similarity({"rustam", "rahmon"}, {"emomali", "rahmon"});
  CHECK(variant == Approx((6.0 / 7 * 7 + 6 + 6.0 / 7 * 7 + 6) / 26));
  CHECK(variant > surname_only);
  CHECK(surname_only > relative);
  CHECK(name_similarity({"a", "b"}, {"a", "b"}) == 1.0);
  CHECK(name_similarity({}, {"a"}) == 0.0);
}

TEST_CASE("A name part matching no part of the other name better than half counts as unmatched", "[analytics]") {
  CHECK(token_similarity("sons", "supporters") < 0.5);
  CHECK(name_similarity({"sons"}, {"supporters"}) == 0.0);
  CHECK(name_similarity({"ziyoev", "sons"}, {"ziyoev", "supporters"}) == Approx(12.0 / 26));
}

TEST_CASE("A name part many entities share weighs less than a rare one", "[analytics]") {
  TokenRarity rarity;
  rarity.add_entity({"ministry", "of", "defence"});
  rarity.add_entity({"ministry", "of", "interior", "ministry"});  // a part counts once per entity
  rarity.add_entity({"ministry", "of", "finance"});
  rarity.add_entity({"emomali", "rahmon"});
  CHECK(rarity.weight("ministry") == Approx(std::log2(1.0 + 4.0 / 3)));
  CHECK(rarity.weight("rahmon") == Approx(std::log2(5.0)));
  CHECK(rarity.weight("never-seen") == rarity.weight("rahmon"));
  CHECK(rarity.weight("ministry") < rarity.weight("defence"));
  const Tokens a{"ministry", "of", "defence"};
  const Tokens b{"ministry", "of", "finance"};
  CHECK(name_similarity(a, b, &rarity) < name_similarity(a, b));
}

TEST_CASE("Block keys are the token, its first four letters and the start of its consonant skeleton", "[analytics]") {
  CHECK(block_keys("rahmonov") == Tokens{"t:rahmonov", "p:rahm", "s:rmn"});
  CHECK(block_keys("imomali") == Tokens{"t:imomali", "p:imom", "s:mml"});
  CHECK(block_keys("emomali").back() == "s:mml");
  CHECK(block_keys("1952") == Tokens{"t:1952"});
  CHECK(block_keys("e").empty());
}
