#include "kg/graph/grade.h"

namespace kg::graph {

std::string Grade::to_string() const {
  if (!graded()) return {};
  std::string text;
  text += reliability == 0 ? '?' : static_cast<char>('A' + reliability - 1);
  text += credibility == 0 ? '?' : static_cast<char>('0' + credibility);
  return text;
}

std::optional<Grade> parse_grade(std::string_view text) {
  Grade grade;
  if (!text.empty() && ((text[0] >= 'A' && text[0] <= 'F') || (text[0] >= 'a' && text[0] <= 'f'))) {
    grade.reliability = static_cast<std::uint8_t>((text[0] | 0x20) - 'a' + 1);
    text.remove_prefix(1);
  } else if (!text.empty() && text[0] == '?') {
    text.remove_prefix(1);
  }
  if (!text.empty() && text[0] >= '1' && text[0] <= '6') {
    grade.credibility = static_cast<std::uint8_t>(text[0] - '0');
    text.remove_prefix(1);
  } else if (!text.empty() && text[0] == '?') {
    text.remove_prefix(1);
  }
  if (!text.empty() || !grade.graded()) return std::nullopt;
  return grade;
}

bool meets_grade(Grade grade, Grade minimum) {
  const auto meets = [](std::uint8_t value, std::uint8_t bound) {
    return bound == 0 || (value != 0 && value <= bound);
  };
  return meets(grade.reliability, minimum.reliability) && meets(grade.credibility, minimum.credibility);
}

}  // namespace kg::graph
