// A query's result table as an aligned table, JSON (one row a line) or CSV.
#include "kg/render/result_table.h"

#include <fmt/format.h>

#include <algorithm>

#include "cell_text.h"
#include "csv_field.h"
#include "kg/graph/text.h"
#include "value_json.h"
#include "value_text.h"

namespace kg::render {
namespace {

constexpr std::size_t kCellLength = 60;  // characters a value shows, without --full

void table_text(const graph::Graph& graph, const query::ResultTable& table, const RenderOptions& options, Output& out) {
  const std::size_t columns = table.column_count();
  std::vector<std::vector<std::string>> cells(table.row_count());
  std::vector<std::size_t> width(columns);
  std::vector<bool> numeric(columns, true);
  for (std::size_t c = 0; c < columns; ++c) width[c] = graph::utf8_length(table.columns()[c]);
  for (std::size_t r = 0; r < table.row_count(); ++r) {
    for (std::size_t c = 0; c < columns; ++c) {
      const query::Value& value = table.row(r)[c];
      if (!value.is_null() && !value.is_number()) numeric[c] = false;
      std::string text =
          options.blank_nulls && value.is_null() ? std::string() : detail::one_line(detail::value_text(graph, value));
      if (!options.full) text = detail::truncated(text, kCellLength);
      width[c] = std::max(width[c], graph::utf8_length(text));
      cells[r].push_back(std::move(text));
    }
  }
  const auto line = [&](const auto& texts) {
    std::string text = " ";
    for (std::size_t c = 0; c < columns; ++c)
      text += " " + detail::padded(texts[c], width[c], numeric[c]) + (c + 1 < columns ? " " : "");
    text.erase(text.find_last_not_of(' ') + 1);
    out.write(text);
    out.put('\n');
  };
  line(table.columns());
  for (const std::vector<std::string>& row : cells) line(row);
  out.write(fmt::format("\n{}\n", detail::plural(table.row_count(), "row")));
}

void table_json(const graph::Graph& graph, const query::ResultTable& table, const query::CompiledFilter& filter,
                Output& out) {
  detail::JsonStream stream{out};
  out.write("{\n  \"columns\": ");
  {
    detail::CompactJson json(stream);
    json.StartArray();
    for (const std::string& column : table.columns()) detail::write_string(json, column);
    json.EndArray();
  }
  out.write(",\n  \"rows\": [");
  for (std::size_t r = 0; r < table.row_count(); ++r) {
    out.write(r == 0 ? "\n    " : ",\n    ");
    detail::CompactJson json(stream);
    json.StartArray();
    for (const query::Value& value : table.row(r)) detail::write_value(json, graph, filter, value);
    json.EndArray();
  }
  out.write(table.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

void table_csv(const graph::Graph& graph, const query::ResultTable& table, const query::CompiledFilter& filter,
               Output& out) {
  const auto row = [&](std::size_t count, auto&& field) {
    for (std::size_t c = 0; c < count; ++c) {
      if (c != 0) out.put(',');
      field(c);
    }
    out.put('\n');
  };
  row(table.column_count(), [&](std::size_t c) { detail::write_csv_field(out, table.columns()[c]); });
  for (std::size_t r = 0; r < table.row_count(); ++r) {
    row(table.column_count(), [&](std::size_t c) {
      const query::Value& value = table.row(r)[c];
      using Kind = query::Value::Kind;
      switch (value.kind()) {
        case Kind::null:
          return;
        case Kind::boolean:
        case Kind::integer:
        case Kind::real:
        case Kind::string:
          return detail::write_csv_field(out, detail::value_text(graph, value));
        default: {
          std::string json_text;
          Output text(json_text);
          detail::JsonStream stream{text};
          detail::CompactJson json(stream);
          detail::write_value(json, graph, filter, value);
          return detail::write_csv_field(out, json_text);
        }
      }
    });
  }
}

}  // namespace

void render_result_table(const graph::Graph& graph, const query::ResultTable& table, const query::Filter& evidence,
                         const RenderOptions& options, Output& out) {
  const query::CompiledFilter filter(graph, evidence, {});
  switch (options.style) {
    case Style::table:
      return table_text(graph, table, options, out);
    case Style::json:
      return table_json(graph, table, filter, out);
    case Style::csv:
      return table_csv(graph, table, filter, out);
  }
}

}  // namespace kg::render
