#include "output.h"

#include <cmath>

namespace kg::io::detail {

void Output::real(double value) {
  if (std::isnan(value)) return append("NaN");
  if (std::isinf(value)) return append(value > 0 ? "INF" : "-INF");
  const std::size_t start = buffer_.size();
  fmt::format_to(fmt::appender(buffer_), "{}", value);
  const std::string_view text(buffer_.data() + start, buffer_.size() - start);
  if (text.find_first_of(".e") == std::string_view::npos) append(".0");
}

void Output::flush() {
  sink_(std::string_view(buffer_.data(), buffer_.size()));
  buffer_.clear();
}

}  // namespace kg::io::detail
