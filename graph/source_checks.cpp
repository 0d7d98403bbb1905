// check_sources: every source a fact cites is declared, and a statement's grade agrees with its source's.
#include <fmt/format.h>

#include <algorithm>

#include "builder_state.h"
#include "kg/graph/name_fold.h"

namespace kg::graph::detail {
namespace {

// "; did you mean "a", "b"?" naming up to three declared source ids close to `key`, or "".
std::string suggest_source(const BuilderState& state, std::string_view key) {
  const Sources& sources = state.sources;
  const std::string folded = fold_name(key);
  const std::size_t max_distance = suggestion_radius(folded);
  std::vector<std::pair<std::size_t, std::string_view>> near;
  for (std::size_t i = 1; i < sources.key.size(); ++i) {
    if (!sources.declared[i]) continue;
    const std::string_view candidate = state.strings.view(StringId{sources.key[i]});
    const std::string other = fold_name(candidate);
    // A cut-short id ("rferl-2010" for "rferl-2010-08-23") is as likely a slip as a typo.
    const bool contains = !folded.empty() && other.find(folded) != std::string::npos;
    const std::size_t distance = contains ? 0 : edit_distance(folded, other, max_distance);
    if (distance <= max_distance) near.emplace_back(distance, candidate);
  }
  if (near.empty()) return {};
  std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string text = "; did you mean ";
  constexpr std::size_t kSuggestions = 3;
  for (std::size_t i = 0; i < near.size() && i < kSuggestions; ++i) {
    text += fmt::format("{}\"{}\"", i == 0 ? "" : ", ", near[i].second);
  }
  return text + "?";
}

}  // namespace

void check_sources(const BuilderState& state) {
  const Sources& sources = state.sources;
  const bool any_declared = std::any_of(sources.declared.begin() + 1, sources.declared.end(), [](auto d) { return d; });
  for (std::size_t i = 1; i < sources.key.size(); ++i) {
    if (sources.declared[i]) continue;
    // Formats that cannot declare sources cite them by id alone; such an id is suspect only when it is a near miss
    // of a source declared elsewhere in the build (so a build that declares none pays no search for them).
    if (sources.id_only[i] && !any_declared) continue;
    const std::string_view key = state.strings.view(StringId{sources.key[i]});
    const std::string suggestion = suggest_source(state, key);
    if (sources.id_only[i] && suggestion.empty()) continue;
    if (state.options.strict) {
      throw InputError(state.location(sources.at[i]),
                       fmt::format("unknown source \"{}\": no source is declared with this id{}", key, suggestion));
    }
    state.warn(sources.at[i], fmt::format("unknown source \"{}\": cited but never declared, kept with no title{} "
                                          "(strict mode makes this an error)",
                                          key, suggestion));
  }
  const Facts& facts = state.facts;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const Grade stated = Grade::unpack(facts.statement(i).grade);
    const Grade declared = Grade::unpack(sources.reliability[facts.statement(i).source]);
    if (stated.reliability == 0 || declared.reliability == 0 || stated.reliability == declared.reliability) continue;
    state.warn(
        facts.at.subject(i),
        fmt::format("grade \"{}\" rates source \"{}\" {}, but the source is declared {}; this statement keeps {}",
                    stated.to_string(), state.strings.view(StringId{sources.key[facts.statement(i).source]}),
                    stated.to_string().front(), declared.to_string().front(), stated.to_string().front()));
  }
}

}  // namespace kg::graph::detail
