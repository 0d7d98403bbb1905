#include "../../ingest/xml_stream.h"

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "reader_test_support.h"

using kg::ingest::detail::ByteSource;
using kg::ingest::detail::XmlElement;
using kg::ingest::detail::XmlName;
using kg::ingest::detail::XmlStream;

namespace {

/// Records every event as a line: `start NS|NAME @L:C attr=value@L:C ...`, `end NAME "text" @L:C`.
class Recorder final : public kg::ingest::detail::XmlHandler {
 public:
  explicit Recorder(XmlStream& xml) : xml_(xml) {}
  void start(const XmlElement& element) override {
    std::string line =
        fmt::format("start {}|{} @{}:{}", element.name.ns, element.name.local, xml_.here().line, xml_.here().column);
    for (const auto& attribute : element.attributes) {
      const auto at = xml_.attribute_position(attribute.name.local);
      line += fmt::format(" {}={}@{}:{}", attribute.name.local, attribute.value, at.line, at.column);
    }
    events.push_back(line);
    if (element.name.local == "boom") throw std::runtime_error("handler failed");
  }
  void end(const XmlName& name, std::string_view text) override {
    events.push_back(
        fmt::format("end {} \"{}\" @{}:{}", name.local, text, xml_.text_position().line, xml_.text_position().column));
  }
  std::vector<std::string> events;

 private:
  XmlStream& xml_;
};

std::vector<std::string> parse(std::string_view text) {
  const kg::ingest::ReadOptions options;
  ByteSource source = ByteSource::from_memory(text, options);
  XmlStream xml(source, "in.xml");
  Recorder recorder(xml);
  xml.parse(recorder);
  return recorder.events;
}

std::string parse_error(std::string_view text) {
  return kg::ingest::test::input_error([&] { parse(text); });
}

}  // namespace

TEST_CASE("XML elements arrive with namespaces, attributes, text and byte positions", "[ingest]") {
  const std::vector<std::string> events = parse(
      "<?xml version=\"1.0\"?>\n"
      "<g xmlns=\"urn:g\" xmlns:v=\"urn:v\">\n"
      "  <n id=\"\xC3\xA9t\xC3\xA9\" v:x='1'>caf\xC3\xA9 &amp; <![CDATA[<raw>]]></n>\n"
      "  <n\n     id=\"b\"/>\n"
      "</g>\n");
  CHECK(events == std::vector<std::string>{
                      "start urn:g|g @2:1",
                      "start urn:g|n @3:3 id=\xC3\xA9t\xC3\xA9@3:10 x=1@3:3",
                      "end n \"caf\xC3\xA9 & <raw>\" @3:25",
                      "start urn:g|n @4:3 id=b@5:10",
                      "end n \"\" @5:14",
                      "end g \"\n\" @5:14",
                  });
}

TEST_CASE("Entity declarations are refused before anything expands: billion laughs, external entities", "[ingest]") {
  CHECK(parse_error("<!DOCTYPE g [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><g>&b;</g>") ==
        "in.xml:1:14: the document declares the entity \"a\": kg refuses XML entity declarations, which can expand "
        "without bound or read other files");
  CHECK(parse_error("<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<g>&x;</g>") ==
        "in.xml:1:14: the document declares the entity \"x\": kg refuses XML entity declarations, which can expand "
        "without bound or read other files");
  CHECK(parse_error("<!DOCTYPE g [<!ENTITY % p SYSTEM \"http://example.org/evil.dtd\"> %p;]><g/>") ==
        "in.xml:1:14: the document declares the parameter entity \"p\": kg refuses XML entity declarations, which "
        "can expand without bound or read other files");
  CHECK(parse_error("<g>&nbsp;</g>") ==
        "in.xml:1:4: reference to an undeclared entity (only &amp; &lt; &gt; &quot; &apos; and character "
        "references are read)");
  CHECK(parse_error("<!DOCTYPE g SYSTEM \"g.dtd\"><g>&x;</g>") ==
        "in.xml:1:31: reference to the undeclared entity \"&x;\" (only &amp; &lt; &gt; &quot; &apos; and character "
        "references are read)");
}

TEST_CASE("Nesting deeper than the limit is an error, not a stack or memory problem", "[ingest]") {
  std::string deep;
  for (std::size_t i = 0; i <= XmlStream::kMaxDepth; ++i) deep += "<a>";
  CHECK(parse_error(deep) ==
        fmt::format("in.xml:1:{}: elements nest deeper than 100 levels at <a>", 3 * XmlStream::kMaxDepth + 1));
}

TEST_CASE("Malformed XML is reported with what was expected at line and column", "[ingest]") {
  CHECK(parse_error("") == "in.xml:1:1: expected an XML document, got no element");
  CHECK(parse_error("<g>\n  <n>\n") ==
        "in.xml:3:1: expected </n> (closing the element opened at line 2), got the end of the file");
  CHECK(parse_error("<g>\n  <n></g>") ==
        "in.xml:2:8: expected </n> (closing the element opened at line 2), got another end tag");
  CHECK(parse_error("<g/>\n<h/>") ==
        "in.xml:2:1: expected the end of the file after the root element, got more content");
  CHECK(parse_error("<g a=\"1\" a=\"2\"/>") == "in.xml:1:10: malformed XML: duplicate attribute");
  CHECK(parse_error("<g>caf\xE9</g>") == "in.xml:1:7: malformed XML: not well-formed (invalid token)");
}

TEST_CASE("An exception from the handler stops the parse and reaches the caller", "[ingest]") {
  CHECK_THROWS_WITH(parse("<g><boom/><never/></g>"), "handler failed");
}

TEST_CASE("Input read in many chunks keeps its line numbers", "[ingest]") {
  std::string text = "<g>\n";
  for (int i = 0; i < 20000; ++i) text += fmt::format("  <n id=\"{}\"/>\n", i);
  text += "  <bad\n";
  CHECK(parse_error(text) == "in.xml:20002:3: malformed XML: unclosed token");
}
