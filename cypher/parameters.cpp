// JSON to parameter values, with RapidJSON's DOM (parameters are small).
#include "kg/cypher/parameters.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "kg/graph/text.h"
#include "source.h"

namespace kg::cypher {
namespace {

query::Value convert(const rapidjson::Value& json) {
  switch (json.GetType()) {
    case rapidjson::kNullType:
      return {};
    case rapidjson::kFalseType:
      return query::Value::boolean(false);
    case rapidjson::kTrueType:
      return query::Value::boolean(true);
    case rapidjson::kStringType:
      return query::Value::string(std::string(json.GetString(), json.GetStringLength()));
    case rapidjson::kNumberType:
      if (json.IsInt64()) return query::Value::integer(json.GetInt64());
      return query::Value::real(json.GetDouble());
    case rapidjson::kArrayType: {
      query::ValueList items;
      for (const rapidjson::Value& item : json.GetArray()) items.push_back(convert(item));
      return query::Value::list(std::move(items));
    }
    case rapidjson::kObjectType: {
      query::ValueMap entries;
      for (const auto& member : json.GetObject()) {
        entries.emplace_back(std::string(member.name.GetString(), member.name.GetStringLength()),
                             convert(member.value));
      }
      return query::Value::map(std::move(entries));
    }
  }
  return {};
}

// Integers too large for 64 bits would silently become floats: refuse them.
bool has_huge_integer(const rapidjson::Value& json) {
  if (json.IsNumber()) return json.IsUint64() && !json.IsInt64();
  if (json.IsArray()) {
    for (const rapidjson::Value& item : json.GetArray()) {
      if (has_huge_integer(item)) return true;
    }
  }
  if (json.IsObject()) {
    for (const auto& member : json.GetObject()) {
      if (has_huge_integer(member.value)) return true;
    }
  }
  return false;
}

// A lone surrogate escape ("\udc00") decodes to bytes that are not UTF-8: refuse it, as the fact readers do.
bool has_invalid_text(const rapidjson::Value& json) {
  const auto invalid = [](const rapidjson::Value& text) {
    return graph::find_invalid_utf8({text.GetString(), text.GetStringLength()}) != std::string_view::npos;
  };
  if (json.IsString()) return invalid(json);
  if (json.IsArray()) {
    for (const rapidjson::Value& item : json.GetArray()) {
      if (has_invalid_text(item)) return true;
    }
  }
  if (json.IsObject()) {
    for (const auto& member : json.GetObject()) {
      if (invalid(member.name) || has_invalid_text(member.value)) return true;
    }
  }
  return false;
}

rapidjson::Document parse(std::string_view json, const detail::Source& source) {
  rapidjson::Document document;
  document.Parse<rapidjson::kParseFullPrecisionFlag>(json.data(), json.size());
  if (document.HasParseError()) {
    source.fail(static_cast<std::uint32_t>(document.GetErrorOffset()),
                fmt::format("invalid JSON: {}", rapidjson::GetParseError_En(document.GetParseError())));
  }
  if (has_huge_integer(document)) source.fail(0, "an integer in the JSON does not fit in 64 bits");
  if (has_invalid_text(document)) {
    source.fail(0, "a string in the JSON is not valid UTF-8 (a lone surrogate escape such as \\udc00?)");
  }
  return document;
}

}  // namespace

query::Value parameter_from_json(std::string_view json, std::string_view source_name) {
  const detail::Source source{json, std::string(source_name)};
  return convert(parse(json, source));
}

Parameters parameters_from_json(std::string_view json, std::string_view source_name) {
  const detail::Source source{json, std::string(source_name)};
  const rapidjson::Document document = parse(json, source);
  if (!document.IsObject()) source.fail(0, "expected a JSON object of parameters, like {\"who\": \"Ziyoev\"}");
  return convert(document).as_map();
}

}  // namespace kg::cypher
