#pragma once
/// The source line a diagnostic about an input file quotes under its caret.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace kg::ingest {

/// The text of line `number` (from 1) of `file` without its line break, or nullopt when the file cannot be read
/// again (gone, or not a regular file: a pipe is never read twice).
std::optional<std::string> read_source_line(const std::filesystem::path& file, std::uint32_t number);

}  // namespace kg::ingest
