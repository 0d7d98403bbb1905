#include "kg/graph/text.h"

#include <catch2/catch.hpp>
#include <string>

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

TEST_CASE("Valid UTF-8 of every sequence length is accepted", "[graph]") {
  CHECK(find_invalid_utf8("") == std::string_view::npos);
  CHECK(find_invalid_utf8("plain ASCII text that is longer than eight bytes") == std::string_view::npos);
  CHECK(find_invalid_utf8("Душанбе — 東京 — 𝄞") == std::string_view::npos);
  CHECK(find_invalid_utf8("\xF4\x8F\xBF\xBF") == std::string_view::npos);  // U+10FFFF
}

TEST_CASE("Invalid UTF-8 is found at the first byte of the bad sequence", "[graph]") {
  CHECK(find_invalid_utf8("abcdefgh\xFF") == 8);
  CHECK(find_invalid_utf8("caf\xC3\x28") == 3);            // bad continuation byte
  CHECK(find_invalid_utf8("x\xC0\xAF") == 1);              // overlong '/'
  CHECK(find_invalid_utf8("xy\xE0\x80\xAF") == 2);         // overlong three-byte form
  CHECK(find_invalid_utf8("\xED\xA0\x80") == 0);           // UTF-16 surrogate
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);       // above U+10FFFF
  CHECK(find_invalid_utf8("ok \xE2\x82") == 3);            // truncated at the end
  CHECK(find_invalid_utf8(std::string("a\x80", 2)) == 1);  // lone continuation byte
}

TEST_CASE("UTF-8 validation agrees with a byte-at-a-time check on random input", "[graph]") {
  // Reference: decode code points one by one with the rules of RFC 3629.
  const auto reference = [](std::string_view text) -> std::size_t {
    std::size_t i = 0;
    while (i < text.size()) {
      const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
      const unsigned lead = byte(i);
      std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 6 ? 2 : (lead >> 4) == 14 ? 3 : (lead >> 3) == 30 ? 4 : 0;
      if (length == 0 || i + length > text.size()) return i;
      unsigned code = length == 1 ? lead : lead & (0x7F >> length);
      for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return i;
        code = (code << 6) | (byte(i + k) & 0x3F);
      }
      const unsigned minimum[] = {0, 0, 0x80, 0x800, 0x10000};
      if (code < minimum[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
      i += length;
    }
    return std::string_view::npos;
  };
  std::uint32_t state = 12345;
  const auto next = [&] { return state = state * 1103515245U + 12345U; };
  for (int round = 0; round < 20000; ++round) {
    std::string text(next() % 24, '\0');
    for (char& c : text) {
      const std::uint32_t r = next() >> 16;
      c = static_cast<char>(r % 4 == 0 ? 0x80 + r % 0x80 : r % 4 == 1 ? 0xC0 + r % 0x40 : 'a' + r % 26);
    }
    INFO("round " << round);
    CHECK(find_invalid_utf8(text) == reference(text));
  }
}
