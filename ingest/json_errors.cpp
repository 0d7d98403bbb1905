#include "json_errors.h"

#include <fmt/format.h>

namespace kg::ingest::detail {

std::string describe_byte(unsigned char byte) {
  if (byte >= 0x20 && byte < 0x7f) return fmt::format("'{}'", static_cast<char>(byte));
  return fmt::format("byte 0x{:02x}", byte);
}

std::string parse_error_message(rapidjson::ParseErrorCode code, std::optional<unsigned char> found,
                                std::string_view end_name) {
  std::string_view expected;
  switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
      expected = "a JSON object";
      break;
    case rapidjson::kParseErrorDocumentRootNotSingular:
      expected = "nothing after the top-level object";
      break;
    case rapidjson::kParseErrorValueInvalid:
      expected = "a JSON value";
      break;
    case rapidjson::kParseErrorObjectMissName:
      expected = "a field name in double quotes";
      break;
    case rapidjson::kParseErrorObjectMissColon:
      expected = "':' after the field name";
      break;
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
      expected = "',' or '}' after a field";
      break;
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
      expected = "',' or ']' after an array element";
      break;
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
      expected = "four hex digits after \\u";
      break;
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
      expected = "a valid UTF-16 surrogate pair";
      break;
    case rapidjson::kParseErrorStringEscapeInvalid:
      expected = "a valid escape sequence";
      break;
    case rapidjson::kParseErrorStringMissQuotationMark:
      expected = "a closing '\"'";
      break;
    case rapidjson::kParseErrorStringInvalidEncoding:
      expected = "UTF-8 text";
      break;
    case rapidjson::kParseErrorNumberTooBig:
      expected = "a number that fits a double";
      break;
    case rapidjson::kParseErrorNumberMissFraction:
      expected = "digits after the decimal point";
      break;
    case rapidjson::kParseErrorNumberMissExponent:
      expected = "digits in the exponent";
      break;
    default:
      expected = "valid JSON";
      break;
  }
  if (!found) {
    if (code == rapidjson::kParseErrorDocumentEmpty) return fmt::format("expected {}, got an empty file", expected);
    return fmt::format("expected {}, got {} (is the input truncated?)", expected, end_name);
  }
  if (code == rapidjson::kParseErrorStringInvalidEncoding) {
    return fmt::format("expected {}, got an invalid UTF-8 sequence starting with byte 0x{:02x}", expected, *found);
  }
  if (code == rapidjson::kParseErrorNumberTooBig) return std::string(kNumberTooBig);
  return fmt::format("expected {}, got {}", expected, describe_byte(*found));
}

}  // namespace kg::ingest::detail
