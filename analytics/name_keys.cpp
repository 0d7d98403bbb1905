#include "name_keys.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "kg/graph/name_fold.h"
#include "kg/graph/text.h"

namespace kg::analytics::detail {
namespace {

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; });
}

// Spellings that transliteration systems give differently for one Cyrillic letter (х: h/kh, ж: z/zh, дж: dz/j, ...),
// each made one; longest first, so "shch" is reduced before "sh".
struct Reduction {
  std::string_view from, to;
};
constexpr Reduction kReductions[] = {{"shch", "s"}, {"dzh", "j"}, {"kh", "h"}, {"zh", "z"}, {"sh", "s"},
                                     {"ch", "c"},   {"ts", "c"},  {"dz", "j"}, {"dj", "j"}, {"yo", "o"},
                                     {"ya", "a"},   {"yu", "u"},  {"ye", "e"}, {"iy", "i"}, {"ij", "i"}};

std::string reduced(std::string_view token) {
  std::string out;
  for (std::size_t i = 0; i < token.size();) {
    const Reduction* match = nullptr;
    for (const Reduction& reduction : kReductions) {
      if (token.substr(i, reduction.from.size()) == reduction.from) {
        match = &reduction;
        break;
      }
    }
    const std::string_view next = match != nullptr ? match->to : token.substr(i, 1);
    i += match != nullptr ? match->from.size() : 1;
    for (const char c : next) {
      if (out.empty() || out.back() != c) out.push_back(c);  // doubled letters as one (Abdullaev, Abdulaev)
    }
  }
  return out;
}

bool is_digits(std::string_view token) {
  return !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A token less similar than this to every token of the other name counts as unmatched.
constexpr double kUnmatched = 0.5;

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

}  // namespace

struct NameKeys::Icu {
  std::unique_ptr<icu::Transliterator> latin;
};

NameKeys::NameKeys() : icu_(std::make_unique<Icu>()) {
  UErrorCode status = U_ZERO_ERROR;
  icu_->latin.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII"),
                                                        UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !icu_->latin) {
    throw std::runtime_error(std::string("ICU has no Any-Latin; Latin-ASCII transliterator: ") + u_errorName(status));
  }
}

NameKeys::~NameKeys() = default;

NameTokens NameKeys::tokens(std::string_view name) {
  NameTokens result;
  std::string text = graph::fold_name(name);
  if (!is_ascii(text)) {
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    icu_->latin->transliterate(unicode);
    std::string latin;
    unicode.toUTF8String(latin);
    result.transliterated = latin != text;
    text = graph::ascii_lowercase(latin);
  }
  std::string token;
  const auto finish = [&] {
    if (!token.empty()) result.tokens.push_back(reduced(token));
    token.clear();
  };
  for (const char c : text) {
    if (c == '\'' || c == '"') continue;  // O'zbek, Мар'яна: one word
    const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) & 0x80);
    if (letter) {
      token.push_back(c);
    } else {
      finish();
    }
  }
  finish();
  return result;
}

double token_similarity(std::string_view a, std::string_view b) {
  if (a == b) return 1.0;
  if (is_digits(a) || is_digits(b)) return 0.0;
  if (a.empty() || b.empty()) return 0.0;
  if (a.size() == 1 || b.size() == 1) return a.front() == b.front() ? 0.8 : 0.0;
  const std::size_t longer = std::max(graph::utf8_length(a), graph::utf8_length(b));
  const std::size_t distance = graph::edit_distance(a, b, longer);
  return 1.0 - static_cast<double>(distance) / static_cast<double>(longer);
}

void TokenRarity::add_entity(std::vector<std::string_view> tokens) {
  std::sort(tokens.begin(), tokens.end());
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  for (const std::string_view token : tokens) ++entities_with_[std::string(token)];
  ++entities_;
}

double TokenRarity::weight(std::string_view token) const {
  const auto found = entities_with_.find(std::string(token));
  const double with = found == entities_with_.end() ? 1.0 : static_cast<double>(found->second);
  return std::log2(1.0 + std::max(1.0, static_cast<double>(entities_)) / with);
}

double name_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b,
                       const TokenRarity* rarity) {
  if (a.empty() || b.empty()) return 0.0;
  double matched = 0;
  double weight = 0;
  const auto one_way = [&](const std::vector<std::string>& from, const std::vector<std::string>& to) {
    for (const std::string& token : from) {
      double best = 0;
      for (const std::string& other : to) best = std::max(best, token_similarity(token, other));
      if (best < kUnmatched) best = 0;  // "sons" and "supporters" share letters, not meaning
      double importance = static_cast<double>(graph::utf8_length(token));
      if (rarity != nullptr) importance *= rarity->weight(token);
      matched += best * importance;
      weight += importance;
    }
  };
  one_way(a, b);
  one_way(b, a);
  return matched / weight;
}

std::vector<std::string> block_keys(std::string_view token) {
  std::vector<std::string> keys;
  if (token.size() < 2) return keys;
  keys.push_back("t:" + std::string(token));
  if (is_digits(token)) return keys;
  if (token.size() >= 5) keys.push_back("p:" + std::string(token.substr(0, 4)));
  std::string skeleton;
  for (const char c : token) {
    if (!is_vowel(c) && c != 'h') skeleton.push_back(c);
  }
  if (skeleton.size() >= 2) keys.push_back("s:" + skeleton.substr(0, 3));
  return keys;
}

}  // namespace kg::analytics::detail
