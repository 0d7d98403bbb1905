#pragma once
// XML name tokens (NMTOKEN): what GraphML allows as a key name and a node id, checked the way every validator
// agrees on.
#include <string>
#include <string_view>

namespace kg::io::detail {

/// True when `text` is a non-empty name token: ASCII letters, digits, `_ . -`, and the letters, digits and marks
/// of any script in the Basic Multilingual Plane (XML 1.0 name characters less the symbol and punctuation blocks
/// that older validators such as libxml2's refuse).
bool is_name_token(std::string_view text);

/// `text` with every character that is no name character replaced by one `_` (invalid UTF-8: one per broken
/// sequence); "" stays "".
std::string to_name_token(std::string_view text);

}  // namespace kg::io::detail
