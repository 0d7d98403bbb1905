#pragma once
/// Admiralty (NATO) grades: how reliable a source is (A completely reliable, B usually reliable, C fairly reliable,
/// D not usually reliable, E unreliable, F reliability cannot be judged) and how credible one piece of information
/// is (1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 truth cannot be judged), written
/// together as `B2`. Either part may be missing. A grade is the analyst's record of the evidence, kept apart from
/// the confidence they give a statement: neither is derived from the other.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg::graph {

struct Grade {
  std::uint8_t reliability = 0;  ///< 1..6 for A..F; 0 when not graded
  std::uint8_t credibility = 0;  ///< 1..6; 0 when not graded

  bool graded() const { return reliability != 0 || credibility != 0; }
  /// True when each part is 0 to 6.
  bool is_valid() const { return reliability <= 6 && credibility <= 6; }
  /// `B2`; a missing part is `?` (`B?`, `?2`); "" when neither is graded.
  std::string to_string() const;
  /// One byte: reliability in the high four bits, credibility in the low four (the graph file's form).
  std::uint8_t packed() const { return static_cast<std::uint8_t>(reliability << 4 | credibility); }
  static Grade unpack(std::uint8_t byte) {
    return {static_cast<std::uint8_t>(byte >> 4), static_cast<std::uint8_t>(byte & 0x0F)};
  }
  friend bool operator==(Grade, Grade) = default;
};

/// Parses a grade as analysts write it: `B2` (reliability and credibility), `B` (reliability only) or `2`
/// (credibility only); the letter in either case; a missing part may be written `?` as to_string() writes it
/// (`B?`, `?2`). Returns nullopt on anything else (`G1`, `B7`, `2B`, `??`, "").
std::optional<Grade> parse_grade(std::string_view text);

/// True when `grade` is at least as good as `minimum` in each part `minimum` grades (A is best, then B, ...; 1
/// is best, then 2, ...). A part `minimum` grades and `grade` does not fails.
bool meets_grade(Grade grade, Grade minimum);

}  // namespace kg::graph
