#pragma once
// Names in one comparable form for kg duplicates: folded (kg::graph::fold_name), transliterated to Latin ASCII by
// ICU (Cyrillic, Greek, Arabic, ... -> Latin; accents dropped), spelling variants of transliteration reduced
// (kh -> h, zh -> z, sh -> s, ch -> c, ts -> c, yo/ya/yu/ye -> o/a/u/e, apostrophes dropped), split into tokens.
// So "Эмомали Рахмон", "Emomali Rakhmon" and "EMOMALI RAHMON" all give {"emomali", "rahmon"}. Private to analytics/.
#include <absl/container/flat_hash_map.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kg::analytics::detail {

/// The tokens of a name as kg duplicates compares them.
struct NameTokens {
  std::vector<std::string> tokens;
  bool transliterated = false;  ///< the name had non-ASCII letters that ICU turned into Latin
};

class NameKeys {
 public:
  /// Opens ICU's "Any-Latin; Latin-ASCII" transliterator; throws std::runtime_error when ICU lacks it.
  NameKeys();
  ~NameKeys();
  NameKeys(const NameKeys&) = delete;
  NameKeys& operator=(const NameKeys&) = delete;

  NameTokens tokens(std::string_view name);

 private:
  struct Icu;
  std::unique_ptr<Icu> icu_;
};

/// How alike two tokens are, 0..1: 1 - edit distance / longer length; an initial ("e") against a token it starts
/// (emomali) is 0.8; tokens of digits match only exactly.
double token_similarity(std::string_view a, std::string_view b);

/// How rare each name part is among a set of entities: a part many entities' names have ("of", "ministry", a
/// common surname) says less about a pair than a rare one.
class TokenRarity {
 public:
  /// Counts the distinct tokens of one entity's names.
  void add_entity(std::vector<std::string_view> tokens);
  /// log2(1 + entities / entities with `token`); the largest value for a token never counted.
  double weight(std::string_view token) const;

 private:
  absl::flat_hash_map<std::string, std::uint32_t> entities_with_;
  std::uint32_t entities_ = 0;
};

/// How alike two names are, 0..1: every token matched to its most similar token of the other name, both ways (a
/// best similarity under 0.5 counts as none), averaged with weights: a token's length, times its rarity when `rarity`
/// is given. By length alone, "Emomali Rahmon" ~ "Rahmon" is 12/19, and a shared surname alone less.
double name_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b,
                       const TokenRarity* rarity = nullptr);

/// The blocking keys of a token: candidates for a pair share one. The token itself, its first four letters, and
/// the start of its consonant skeleton (vowels, y and h dropped: "imomali" and "emomali" both give "mml").
std::vector<std::string> block_keys(std::string_view token);

}  // namespace kg::analytics::detail
