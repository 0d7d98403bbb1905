#pragma once
/// Turns a RapidJSON parse error into a message that says what was expected and what was found.
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/error/error.h>

namespace kg::ingest::detail {

/// `found` is the byte at the error offset (nullopt at the end of the input, which `end_name` names, e.g.
/// "the end of the file").
std::string parse_error_message(rapidjson::ParseErrorCode code, std::optional<unsigned char> found,
                                std::string_view end_name);

/// The message for a number beyond a double's range (RapidJSON's kParseErrorNumberTooBig, or the readers' own).
inline constexpr std::string_view kNumberTooBig = "expected a number that fits a double, got a bigger one";

/// `'x'` for a printable ASCII byte, `byte 0xff` otherwise.
std::string describe_byte(unsigned char byte);

}  // namespace kg::ingest::detail
