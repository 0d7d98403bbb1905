#pragma once
/// How a result is rendered: for people (an aligned table), programs (JSON, documented in docs/CLI.md and
/// docs/QUERY.md) or spreadsheets (CSV).
namespace kg::render {

enum class Style { table, json, csv };

struct RenderOptions {
  Style style = Style::table;
  bool full = false;         ///< tables: every source and whole quotes and values instead of the first few, truncated
  bool blank_nulls = false;  ///< result tables: a null cell is left blank (listings) instead of `null` (queries)
};

}  // namespace kg::render
