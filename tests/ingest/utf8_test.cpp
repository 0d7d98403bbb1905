#include "../../ingest/utf8.h"

#include <catch2/catch.hpp>
#include <string>

using kg::ingest::detail::find_invalid_utf8;

TEST_CASE("Valid UTF-8 of every sequence length is accepted", "[ingest]") {
  CHECK(find_invalid_utf8("") == std::string_view::npos);
  CHECK(find_invalid_utf8("plain ASCII text that is longer than eight bytes") == std::string_view::npos);
  CHECK(find_invalid_utf8("Душанбе — 東京 — 𝄞") == std::string_view::npos);
  CHECK(find_invalid_utf8("\xF4\x8F\xBF\xBF") == std::string_view::npos);  // U+10FFFF
}

TEST_CASE("Invalid UTF-8 is found at the first byte of the bad sequence", "[ingest]") {
  CHECK(find_invalid_utf8("abcdefgh\xFF") == 8);
  CHECK(find_invalid_utf8("caf\xC3\x28") == 3);            // bad continuation byte
  CHECK(find_invalid_utf8("x\xC0\xAF") == 1);              // overlong '/'
  CHECK(find_invalid_utf8("xy\xE0\x80\xAF") == 2);         // overlong three-byte form
  CHECK(find_invalid_utf8("\xED\xA0\x80") == 0);           // UTF-16 surrogate
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);       // above U+10FFFF
  CHECK(find_invalid_utf8("ok \xE2\x82") == 3);            // truncated at the end
  CHECK(find_invalid_utf8(std::string("a\x80", 2)) == 1);  // lone continuation byte
}

TEST_CASE("UTF-8 validation agrees with a byte-at-a-time check on random input", "[ingest]") {
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
