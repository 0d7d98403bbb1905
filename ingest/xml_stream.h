#pragma once
/// XmlStream: an XML document from a ByteSource, streamed through expat (a SAX parser: no tree is ever built) in
/// fixed-size chunks, with namespaces resolved. Hostile input is refused, never expanded: an entity declaration
/// (the billion laughs, external entities), a reference to an undeclared entity and nesting deeper than kMaxDepth
/// are errors. Positions are byte offsets, turned into line and column (in bytes) only when asked for.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "byte_source.h"
#include "text_positions.h"

namespace kg::ingest::detail {

/// An element or attribute name: its namespace URI ("" for none) and local part.
struct XmlName {
  std::string_view ns;
  std::string_view local;
};

struct XmlAttribute {
  XmlName name;
  std::string_view value;
};

/// A start tag as the handler sees it; the views are valid during the handler call only.
struct XmlElement {
  XmlName name;
  std::span<const XmlAttribute> attributes;

  /// The value of the attribute `local` without a namespace (as `id="n0"` is), if present.
  std::optional<std::string_view> attribute(std::string_view local) const;
};

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(const XmlElement& element) = 0;
  /// `text` is the character data since the element's start tag or its last child's end tag: a leaf's whole text.
  virtual void end(const XmlName& name, std::string_view text) = 0;
};

class XmlStream {
 public:
  static constexpr std::size_t kMaxDepth = 100;
  static constexpr std::size_t kChunk = std::size_t{64} * 1024;

  XmlStream(ByteSource& source, std::string_view display_name);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  /// Parses the whole input, calling `handler`. Throws kg::graph::InputError on malformed or hostile XML and
  /// rethrows whatever the handler throws.
  void parse(XmlHandler& handler);

  /// Where the current start or end tag begins (during a handler call).
  LineColumn here() const;
  /// Where the value of the current start tag's attribute `local` begins; here() when it cannot be found.
  LineColumn attribute_position(std::string_view local) const;
  /// Where the text passed to the current end() call begins; here() when there is none.
  LineColumn text_position() const;
  /// How many elements are open, the current one included.
  std::size_t depth() const;

  [[noreturn]] void fail(LineColumn at, std::string message) const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::ingest::detail
