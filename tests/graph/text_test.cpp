#include "kg/graph/text.h"

#include <catch2/catch.hpp>

using namespace kg::graph;

TEST_CASE("ASCII case folding changes ASCII letters only", "[graph]") {
  CHECK(ascii_lowercase("Mirzo ZIYOEV 1998") == "mirzo ziyoev 1998");
  CHECK(ascii_lowercase("ДУШАНБЕ") == "ДУШАНБЕ");
  CHECK(equals_ascii_folded(".GEXF", ".gexf"));
  CHECK_FALSE(equals_ascii_folded(".gexf", ".gexf2"));
  CHECK_FALSE(equals_ascii_folded("Д", "д"));
}

TEST_CASE("UTF-8 length counts characters, not bytes", "[graph]") {
  CHECK(utf8_length("") == 0);
  CHECK(utf8_length("Rahmon") == 6);
  CHECK(utf8_length("Гафаров") == 7);
  CHECK(utf8_length("—→") == 2);
  CHECK(is_utf8_continuation('\x80'));
  CHECK_FALSE(is_utf8_continuation('a'));
}

TEST_CASE("A UTF-8 sequence is measured, and every malformed one is 0", "[graph]") {
  CHECK(utf8_sequence_length("a", 0) == 1);
  CHECK(utf8_sequence_length("é", 0) == 2);
  CHECK(utf8_sequence_length("€", 0) == 3);
  CHECK(utf8_sequence_length("😀", 0) == 4);
  CHECK(utf8_sequence_length("\x80", 0) == 0);              // stray continuation byte
  CHECK(utf8_sequence_length("\xC0\xAF", 0) == 0);          // overlong '/'
  CHECK(utf8_sequence_length("\xE0\x80\xAF", 0) == 0);      // overlong
  CHECK(utf8_sequence_length("\xED\xA0\x80", 0) == 0);      // UTF-16 surrogate
  CHECK(utf8_sequence_length("\xF4\x90\x80\x80", 0) == 0);  // above U+10FFFF
  CHECK(utf8_sequence_length("\xE2\x82", 0) == 0);          // cut short
  CHECK(utf8_sequence_length("x\xE2\x82\xAC", 1) == 3);
}

TEST_CASE("The shortest double of a float reads as the float was written", "[graph]") {
  CHECK(shortest_double(0.7f) == 0.7);
  CHECK(shortest_double(0.9f) == 0.9);
  CHECK(shortest_double(1.0f) == 1.0);
  CHECK(shortest_double(0.123456f) == 0.123456);
}

TEST_CASE("Control characters and invalid UTF-8 are shown escaped, other text unchanged", "[graph]") {
  CHECK(escape_controls("Mirzo Ziyoev, Душанбе 😀") == "Mirzo Ziyoev, Душанбе 😀");
  CHECK(escape_controls("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m");
  CHECK(escape_controls("a\tb\nc\rd\x7f\x01") == "a\\tb\\nc\\rd\\x7f\\x01");
  CHECK(escape_controls("a\tb\nc\rd", true) == "a\tb\nc\\rd");  // line breaks kept, a lone CR never
  CHECK(escape_controls("\xC2\x9B"
                        "2J") == "\\u009b2J");       // C1 CSI: clears a screen on some terminals
  CHECK(escape_controls("\xC2\xA0") == "\xC2\xA0");  // U+00A0 is no control
  CHECK(escape_controls("caf\xE9!") == "caf\\xe9!");
  CHECK(escape_controls(std::string_view("a\0b", 3)) == "a\\x00b");
}
