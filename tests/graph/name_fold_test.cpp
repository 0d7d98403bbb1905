#include "kg/graph/name_fold.h"

#include <utf8proc.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>
#include <vector>

using kg::graph::edit_distance;
using kg::graph::fold_name;

namespace {

std::string utf8(char32_t c) {
  utf8proc_uint8_t bytes[4];
  const auto size = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), bytes);
  return {reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size)};
}

std::vector<utf8proc_int32_t> code_points(const std::string& text) {
  std::vector<utf8proc_int32_t> out;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    utf8proc_int32_t c = 0;
    const auto size = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &c);
    REQUIRE(size > 0);
    out.push_back(c);
    i += static_cast<std::size_t>(size);
  }
  return out;
}

std::string encode(const std::vector<utf8proc_int32_t>& chars) {
  std::string out;
  for (const utf8proc_int32_t c : chars) out += utf8(static_cast<char32_t>(c));
  return out;
}

std::string owned(utf8proc_uint8_t* text) {
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> hold(text, &std::free);
  REQUIRE(text != nullptr);
  return reinterpret_cast<const char*>(text);
}

// The documented punctuation variants, written out as the docs list them (independently of name_fold.cpp's
// table); dashes are every character of Unicode category Pd and the minus sign.
const std::u32string kApostrophes = U"`´ʹʻʼʽʾʿˈˊˋ\u0374՚᾽᾿\u1FEF\u1FFD῾‘’‚‛′‵‹›Ꞌꞌ＇｀";
const std::u32string kDoubleQuotes = U"«»ʺ˝“”„‟″‶〝〞〟＂";

utf8proc_int32_t documented_punctuation(utf8proc_int32_t c) {
  if (kApostrophes.find(static_cast<char32_t>(c)) != std::u32string::npos) return '\'';
  if (kDoubleQuotes.find(static_cast<char32_t>(c)) != std::u32string::npos) return '"';
  if (c == 0x2212 || utf8proc_category(c) == UTF8PROC_CATEGORY_PD) return '-';
  return c;
}

bool documented_space(utf8proc_int32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0x2028 || c == 0x2029 ||
         utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}

// What the docs promise, computed with utf8proc's own NFKC_Casefold: punctuation folded (before, so that NFKC does
// not split ´ into a space and a mark, and after), the dot of İ dropped, white space collapsed and trimmed.
std::string reference_fold(const std::string& text) {
  std::vector<utf8proc_int32_t> input = code_points(text);
  for (utf8proc_int32_t& c : input) c = documented_punctuation(c);
  const std::string casefolded =
      owned(utf8proc_NFKC_Casefold(reinterpret_cast<const utf8proc_uint8_t*>(encode(input).c_str())));
  std::vector<utf8proc_int32_t> folded;
  bool pending_space = false;
  for (const utf8proc_int32_t c : code_points(casefolded)) {
    if (documented_space(c)) {
      pending_space = !folded.empty();
      continue;
    }
    if (pending_space) folded.push_back(' ');
    pending_space = false;
    if (c == 0x0307 && !folded.empty() && folded.back() == 'i') continue;
    folded.push_back(documented_punctuation(c));
  }
  return owned(utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(encode(folded).c_str())));
}

}  // namespace

TEST_CASE("Folding lower-cases ASCII and collapses white space", "[graph]") {
  CHECK(fold_name("  Mirzo\t\tZIYOEV \n") == "mirzo ziyoev");
  CHECK(fold_name("Imomali\xC2\xA0Rahmon") == "imomali rahmon");
  CHECK(fold_name("   ").empty());
  CHECK(fold_name("Rahmon`s") == "rahmon's");
}

TEST_CASE("Folding case-folds Cyrillic and Greek, final sigma included", "[graph]") {
  CHECK(fold_name("Мирзо Зиёев") == fold_name("мирзо зиёев"));
  CHECK(fold_name("МИРЗО ЗИЁЕВ") == "мирзо зиёев");
  CHECK(fold_name("Эмомали Рахмон") == "эмомали рахмон");
  CHECK(fold_name("ОДИССЕЙ") == "одиссей");
  CHECK(fold_name("ΟΔΥΣΣΕΥΣ") == "οδυσσευσ");
  CHECK(fold_name("Οδυσσευς") == fold_name("ΟΔΥΣΣΕΥΣ"));  // ς and Σ both fold to σ
  CHECK(fold_name("Ἀθῆναι") == fold_name("ἀθῆναι"));
}

TEST_CASE("Folding makes Turkish dotted capital I an i and keeps dotless i apart", "[graph]") {
  CHECK(fold_name("İstanbul") == "istanbul");
  CHECK(fold_name("I\xCC\x87stanbul") == "istanbul");  // I + combining dot above, decomposed
  CHECK(fold_name("ISTANBUL") == "istanbul");
  CHECK(fold_name("Diyarbakır") == "diyarbakır");
  CHECK(fold_name("Diyarbakır") != fold_name("Diyarbakir"));
  CHECK(fold_name("İ\xCC\x81") == "í");  // the dot dropped, the acute composed onto the i
}

TEST_CASE("Folding turns German sharp s into ss", "[graph]") {
  CHECK(fold_name("Straße") == "strasse");
  CHECK(fold_name("STRASSE") == "strasse");
  CHECK(fold_name("STRAẞE") == "strasse");
}

TEST_CASE("Folding equates combining accents with precomposed letters", "[graph]") {
  CHECK(fold_name("Jose\xCC\x81") == fold_name("José"));
  CHECK(fold_name("José") == "josé");
  CHECK(fold_name("Зие\xCC\x88в") == fold_name("Зиёв"));
  CHECK(fold_name("Jose") != fold_name("José"));  // accents are not stripped: that is kg duplicates' business
  CHECK(fold_name("ἄ") == fold_name("α\xCC\x93\xCC\x81"));
}

TEST_CASE("Folding reads full-width and compatibility forms as their plain letters", "[graph]") {
  CHECK(fold_name("ＲＡＨＭＯＮ") == "rahmon");
  CHECK(fold_name("ｒａｈｍｏｎ　２０１０") == "rahmon 2010");  // ideographic space
  CHECK(fold_name("ﬁnance") == "finance");
  CHECK(fold_name("Ⅳ") == "iv");
}

TEST_CASE("Folding makes apostrophe, quote and dash variants ASCII", "[graph]") {
  for (const char* apostrophe : {"’", "‘", "ʼ", "'", "`", "´", "ʻ", "′", "＇"}) {
    CAPTURE(apostrophe);
    CHECK(fold_name(std::string("Rahmon") + apostrophe + "s administration") == "rahmon's administration");
  }
  for (const char* quote : {"“", "”", "„", "«", "»", "\"", "″"}) {
    CAPTURE(quote);
    CHECK(fold_name(std::string(quote) + "Asia-Plus" + quote) == "\"asia-plus\"");
  }
  for (const char* dash : {"-", "‐", "‑", "‒", "–", "—", "―", "−", "－", "⸺"}) {
    CAPTURE(dash);
    CHECK(fold_name(std::string("Kulob") + dash + "Dushanbe") == "kulob-dushanbe");
  }
}

TEST_CASE("Folding collapses every kind of white space and drops invisible characters", "[graph]") {
  CHECK(fold_name("\xE2\x80\x83Mirzo\xE2\x80\xAF\xE2\x80\xA8Ziyoev\xE3\x80\x80") == "mirzo ziyoev");  // em, nnbsp, LS
  CHECK(fold_name("Rah\xC2\xADmon") == "rahmon");                                                     // soft hyphen
  CHECK(fold_name("Rah\xE2\x80\x8Bmon") == "rahmon");  // zero-width space
  CHECK(fold_name("\xEF\xBB\xBFRahmon") == "rahmon");  // byte order mark
}

TEST_CASE("Folding text that is not UTF-8 folds its ASCII and keeps its other bytes", "[graph]") {
  CHECK(fold_name("ABC\xFF  D\xC3") == "abc\xFF d\xC3");
}

TEST_CASE("Folding every code point agrees with utf8proc's NFKC_Casefold tables and the documented extras", "[graph]") {
  std::size_t differences = 0;
  for (char32_t c = 1; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const std::string text = "a" + utf8(c) + "b";
    if (fold_name(text) != reference_fold(text)) {
      if (++differences <= 5) FAIL_CHECK("U+" << std::hex << static_cast<std::uint32_t>(c));
    }
  }
  CHECK(differences == 0);
}

TEST_CASE("Folding random mixed-script strings agrees with utf8proc and is idempotent", "[graph]") {
  // Pieces an analyst's data mixes: ASCII, Latin with accents, combining marks, Cyrillic (Tajik letters too),
  // Greek, Turkish i's, ß, full-width forms, ligatures, spaces and punctuation variants, and any code point.
  const std::vector<std::u32string> pieces = {U"abcXYZ019",
                                              U"éÉüÜçÇñÑøØåÅ",
                                              U"\u0300\u0301\u0307\u0308\u0323\u0331",
                                              U"МирзоЗиёевҲҶӢӮҒҚҳҷӣӯғқ",
                                              U"ΟδυσσεύςΣΆΈ",
                                              U"İıIi",
                                              U"ßẞ",
                                              U"ＡＺａｚ０９",
                                              U"ﬁﬂǅǈ",
                                              U" \t\u00A0\u2003\u3000\n",
                                              U"'’‘ʼ`´“”«»-–—−",
                                              U"\u00AD\u200B\uFEFF"};
  std::mt19937 random(20240512);
  for (int round = 0; round < 20000; ++round) {
    std::vector<utf8proc_int32_t> chars;
    const int length = static_cast<int>(random() % 12);
    for (int i = 0; i < length; ++i) {
      if (random() % 8 == 0) {
        char32_t c = 0;
        do {
          c = static_cast<char32_t>(random() % 0x30000);
        } while (c == 0 || (c >= 0xD800 && c <= 0xDFFF));
        chars.push_back(static_cast<utf8proc_int32_t>(c));
      } else {
        const std::u32string& piece = pieces[random() % pieces.size()];
        chars.push_back(static_cast<utf8proc_int32_t>(piece[random() % piece.size()]));
      }
    }
    const std::string text = encode(chars);
    CAPTURE(text);
    const std::string folded = fold_name(text);
    REQUIRE(folded == reference_fold(text));
    REQUIRE(fold_name(folded) == folded);
  }
}

TEST_CASE("Edit distance counts insertions, deletions and substitutions up to a bound", "[graph]") {
  CHECK(edit_distance("rahmon", "rahmon", 3) == 0);
  CHECK(edit_distance("rahmon", "rakhmon", 3) == 1);
  CHECK(edit_distance("kitten", "sitting", 3) == 3);
  CHECK(edit_distance("a", "abcdefgh", 3) == 4);  // beyond the bound: bound + 1
}

TEST_CASE("Edit distance counts characters, not bytes", "[graph]") {
  CHECK(edit_distance("рахмон", "рахмонов", 3) == 2);
  CHECK(edit_distance("зиёев", "зиеев", 3) == 1);  // ё and е are two bytes each, one character
  CHECK(edit_distance("δ", "d", 3) == 1);
  CHECK(edit_distance("страсть", "страсти", 0) == 1);
  CHECK(edit_distance("a\xFF", "a\xFE", 3) == 1);  // invalid bytes count one each
}
