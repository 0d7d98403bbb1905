#include "kg/ingest/source_lines.h"

#include <fstream>
#include <system_error>

namespace kg::ingest {

std::optional<std::string> read_source_line(const std::filesystem::path& file, std::uint32_t number) {
  std::error_code error;
  if (number == 0 || !std::filesystem::is_regular_file(file, error)) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  std::string text;
  for (std::uint32_t i = 1; in && i <= number; ++i) {
    if (!std::getline(in, text)) return std::nullopt;
  }
  if (!in && !in.eof()) return std::nullopt;
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

}  // namespace kg::ingest
