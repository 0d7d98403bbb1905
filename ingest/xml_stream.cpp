#include "xml_stream.h"

#include <expat.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <exception>
#include <limits>

#include "kg/graph/diagnostics.h"

namespace kg::ingest::detail {
namespace {

constexpr char kNamespaceSeparator = '\x01';  // never in a name or URI: XML forbids U+0001

XmlName split_name(const XML_Char* name) {
  const std::string_view text(name);
  const std::size_t separator = text.find(kNamespaceSeparator);
  if (separator == std::string_view::npos) return {{}, text};
  return {text.substr(0, separator), text.substr(separator + 1)};
}

std::string display_name(const XmlName& name) { return std::string(name.local); }

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// Newline offsets of the bytes fed to expat and not yet passed by a located position: turns byte offsets, asked
/// for in increasing order, into line and byte column. Holds about one chunk of offsets at most.
class LineIndex {
 public:
  void feed(const char* bytes, std::size_t size, std::uint64_t base) {
    for (const char* p = bytes; (p = static_cast<const char*>(std::memchr(p, '\n', size - (p - bytes)))); ++p) {
      newlines_.push_back(base + static_cast<std::uint64_t>(p - bytes));
    }
  }
  /// nullopt for an offset before the last one located (the index has moved past it).
  std::optional<LineColumn> locate(std::uint64_t offset) {
    if (offset < line_start_) return std::nullopt;
    while (!newlines_.empty() && newlines_.front() < offset) {
      ++line_;
      line_start_ = newlines_.front() + 1;
      newlines_.pop_front();
    }
    const std::uint64_t column = offset - line_start_ + 1;
    return LineColumn{line_,
                      column > std::numeric_limits<std::uint32_t>::max() ? 0 : static_cast<std::uint32_t>(column)};
  }

 private:
  std::deque<std::uint64_t> newlines_;
  std::uint32_t line_ = 1;
  std::uint64_t line_start_ = 0;
};

struct OpenElement {
  std::string name;
  LineColumn at;
};

}  // namespace

std::optional<std::string_view> XmlElement::attribute(std::string_view local) const {
  for (const XmlAttribute& attribute : attributes) {
    if (attribute.name.ns.empty() && attribute.name.local == local) return attribute.value;
  }
  return std::nullopt;
}

class XmlStream::Impl {
 public:
  Impl(ByteSource& source, std::string_view display_name)
      : source_(source), display_name_(display_name), parser_(XML_ParserCreateNS(nullptr, kNamespaceSeparator)) {
    if (parser_ == nullptr) throw std::bad_alloc();
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, on_start, on_end);
    XML_SetCharacterDataHandler(parser_, on_text);
    XML_SetEntityDeclHandler(parser_, on_entity_declaration);
    XML_SetSkippedEntityHandler(parser_, on_skipped_entity);
    XML_SetExternalEntityRefHandler(parser_, on_external_entity);
    XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
  }
  ~Impl() { XML_ParserFree(parser_); }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  void parse(XmlHandler& handler) {
    handler_ = &handler;
    bool final = false;
    while (!final) {
      void* buffer = XML_GetBuffer(parser_, static_cast<int>(kChunk));
      if (buffer == nullptr) throw std::bad_alloc();
      const std::size_t count = source_.read(static_cast<char*>(buffer), kChunk);
      final = count == 0;
      lines_.feed(static_cast<const char*>(buffer), count, fed_);
      fed_ += count;
      if (XML_ParseBuffer(parser_, static_cast<int>(count), final ? XML_TRUE : XML_FALSE) != XML_STATUS_OK) {
        if (failure_) std::rethrow_exception(failure_);
        fail_on_expat_error();
      }
    }
  }

  LineColumn locate(std::uint64_t offset) const {
    if (const auto where = lines_.locate(offset)) return *where;
    return expat_position();
  }
  LineColumn here() const {
    const XML_Index index = XML_GetCurrentByteIndex(parser_);
    if (index < 0) return expat_position();
    const LineColumn where = locate(static_cast<std::uint64_t>(index));
    // expat also ends lines at a lone CR; where it counts differently, trust its line and character column.
    return where.line == XML_GetCurrentLineNumber(parser_) ? where : expat_position();
  }
  LineColumn attribute_position(std::string_view local) const;
  /// Where the entity declaration being reported starts.
  LineColumn declaration_position() const;
  /// `from` moved past `text`.
  static LineColumn advance(LineColumn from, std::string_view text);
  LineColumn text_position() const { return has_text_ ? text_at_ : here(); }
  std::size_t depth() const { return open_.size(); }

  [[noreturn]] void fail(LineColumn at, std::string message) const {
    throw kg::graph::InputError({display_name_, at.line, at.column}, std::move(message));
  }

 private:
  LineColumn expat_position() const {
    return {static_cast<std::uint32_t>(XML_GetCurrentLineNumber(parser_)),
            static_cast<std::uint32_t>(XML_GetCurrentColumnNumber(parser_) + 1)};
  }

  /// Runs a callback's work; an exception stops the parser and is rethrown by parse(), never through expat's C.
  template <class Work>
  void guarded(Work work) {
    if (failure_) return;
    try {
      work();
    } catch (...) {
      failure_ = std::current_exception();
      XML_StopParser(parser_, XML_FALSE);
    }
  }

  static void on_start(void* self, const XML_Char* name, const XML_Char** attributes) {
    static_cast<Impl*>(self)->guarded([&] { static_cast<Impl*>(self)->start(name, attributes); });
  }
  static void on_end(void* self, const XML_Char* name) {
    static_cast<Impl*>(self)->guarded([&] { static_cast<Impl*>(self)->end(name); });
  }
  static void on_text(void* self, const XML_Char* text, int size) {
    Impl& impl = *static_cast<Impl*>(self);
    impl.guarded([&] {
      if (!impl.has_text_) {
        impl.has_text_ = true;
        impl.text_at_ = impl.here();
      }
      impl.text_.append(text, static_cast<std::size_t>(size));
    });
  }
  static void on_entity_declaration(void* self, const XML_Char* name, int parameter, const XML_Char*, int,
                                    const XML_Char*, const XML_Char*, const XML_Char*, const XML_Char*) {
    Impl& impl = *static_cast<Impl*>(self);
    impl.guarded([&] {
      impl.fail(impl.declaration_position(),
                fmt::format("the document declares the {}entity \"{}\": kg refuses XML entity "
                            "declarations, which can expand without bound or read other files",
                            parameter != 0 ? "parameter " : "", name));
    });
  }
  static void on_skipped_entity(void* self, const XML_Char* name, int) {
    Impl& impl = *static_cast<Impl*>(self);
    impl.guarded([&] {
      impl.fail(impl.here(), fmt::format("reference to the undeclared entity \"&{};\" (only &amp; &lt; &gt; "
                                         "&quot; &apos; and character references are read)",
                                         name));
    });
  }
  static int on_external_entity(XML_Parser, const XML_Char*, const XML_Char*, const XML_Char*, const XML_Char*) {
    return XML_STATUS_ERROR;  // never read: declarations are refused first
  }

  void start(const XML_Char* name, const XML_Char** attributes) {
    const XmlName element_name = split_name(name);
    const LineColumn at = here();
    if (open_.size() >= kMaxDepth) {
      fail(at, fmt::format("elements nest deeper than {} levels at <{}>", kMaxDepth, display_name(element_name)));
    }
    open_.push_back({std::string(element_name.local), at});
    attributes_.clear();
    for (const XML_Char** pair = attributes; *pair != nullptr; pair += 2) {
      attributes_.push_back({split_name(pair[0]), pair[1]});
    }
    text_.clear();
    has_text_ = false;
    handler_->start(XmlElement{element_name, attributes_});
  }

  void end(const XML_Char* name) {
    handler_->end(split_name(name), text_);
    open_.pop_back();
    text_.clear();
    has_text_ = false;
  }

  [[noreturn]] void fail_on_expat_error() const;

  ByteSource& source_;
  std::string display_name_;
  XML_Parser parser_;
  XmlHandler* handler_ = nullptr;
  mutable LineIndex lines_;
  std::uint64_t fed_ = 0;
  std::vector<OpenElement> open_;
  std::vector<XmlAttribute> attributes_;
  std::string text_;
  bool has_text_ = false;
  LineColumn text_at_;
  std::exception_ptr failure_;
};

LineColumn XmlStream::Impl::advance(LineColumn from, std::string_view text) {
  for (const char c : text) {
    if (c == '\n') {
      ++from.line;
      from.column = 1;
    } else {
      ++from.column;
    }
  }
  return from;
}

LineColumn XmlStream::Impl::declaration_position() const {
  int offset = 0;
  int size = 0;
  const char* context = XML_GetInputContext(parser_, &offset, &size);
  const LineColumn now = here();
  if (context == nullptr || offset < 0 || offset > size) return now;
  const std::string_view before(context, static_cast<std::size_t>(offset));
  const std::size_t start = before.rfind("<!ENTITY");
  if (start == std::string_view::npos) return now;
  // Walk back from here to the declaration: count the line breaks between them.
  const std::string_view between = before.substr(start);
  const auto breaks = static_cast<std::uint32_t>(std::count(between.begin(), between.end(), '\n'));
  if (breaks == 0) return {now.line, now.column - static_cast<std::uint32_t>(between.size())};
  const std::size_t line_start = before.rfind('\n', start);
  if (line_start == std::string_view::npos) return {now.line - breaks, 0};
  return {now.line - breaks, static_cast<std::uint32_t>(start - line_start)};
}

LineColumn XmlStream::Impl::attribute_position(std::string_view local) const {
  int offset = 0;
  int size = 0;
  const char* context = XML_GetInputContext(parser_, &offset, &size);
  const LineColumn tag = here();
  if (context == nullptr || offset < 0 || offset >= size || context[offset] != '<') return tag;
  const std::string_view text(context + offset, static_cast<std::size_t>(size - offset));
  // Walk the start tag: `<name (space attribute space? = space? quoted-value)* space? /? >`.
  std::size_t i = 1;
  while (i < text.size() && !is_xml_space(text[i]) && text[i] != '>' && text[i] != '/') ++i;
  for (;;) {
    while (i < text.size() && is_xml_space(text[i])) ++i;
    if (i >= text.size() || text[i] == '>' || text[i] == '/') return tag;
    const std::size_t name_start = i;
    while (i < text.size() && !is_xml_space(text[i]) && text[i] != '=') ++i;
    const std::string_view name = text.substr(name_start, i - name_start);
    while (i < text.size() && (is_xml_space(text[i]) || text[i] == '=')) ++i;
    if (i >= text.size() || (text[i] != '"' && text[i] != '\'')) return tag;
    const std::size_t value_start = i;
    const std::size_t close = text.find(text[i], i + 1);
    if (close == std::string_view::npos) return tag;
    if (name == local) return advance(tag, text.substr(0, value_start + 1));  // the value's first character
    i = close + 1;
  }
}

void XmlStream::Impl::fail_on_expat_error() const {
  const XML_Error code = XML_GetErrorCode(parser_);
  const LineColumn at = expat_position();
  const LineColumn where = [&] {
    const XML_Index index = XML_GetCurrentByteIndex(parser_);
    if (index < 0) return at;
    const LineColumn located = locate(static_cast<std::uint64_t>(index));
    return located.line == at.line ? located : at;
  }();
  switch (code) {
    case XML_ERROR_NO_ELEMENTS:
      if (open_.empty()) fail(where, "expected an XML document, got no element");
      fail(where, fmt::format("expected </{}> (closing the element opened at line {}), got the end of the file",
                              open_.back().name, open_.back().at.line));
    case XML_ERROR_TAG_MISMATCH:
      fail(where, open_.empty() ? std::string("expected no end tag here")
                                : fmt::format("expected </{}> (closing the element opened at line {}), got another "
                                              "end tag",
                                              open_.back().name, open_.back().at.line));
    case XML_ERROR_JUNK_AFTER_DOC_ELEMENT:
      fail(where, "expected the end of the file after the root element, got more content");
    case XML_ERROR_UNDEFINED_ENTITY:
      fail(where,
           "reference to an undeclared entity (only &amp; &lt; &gt; &quot; &apos; and character "
           "references are read)");
    case XML_ERROR_AMPLIFICATION_LIMIT_BREACH:
      fail(where, "entity expansion beyond expat's amplification limit: refused");
    default:
      fail(where, fmt::format("malformed XML: {}", XML_ErrorString(code)));
  }
}

XmlStream::XmlStream(ByteSource& source, std::string_view display_name)
    : impl_(std::make_unique<Impl>(source, display_name)) {}
XmlStream::~XmlStream() = default;
void XmlStream::parse(XmlHandler& handler) { impl_->parse(handler); }
LineColumn XmlStream::here() const { return impl_->here(); }
LineColumn XmlStream::attribute_position(std::string_view local) const { return impl_->attribute_position(local); }
LineColumn XmlStream::text_position() const { return impl_->text_position(); }
std::size_t XmlStream::depth() const { return impl_->depth(); }
void XmlStream::fail(LineColumn at, std::string message) const { impl_->fail(at, std::move(message)); }

}  // namespace kg::ingest::detail
