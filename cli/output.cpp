#include "output.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <map>

namespace kg::cli {

void add_format_option(CLI::App& command, render::Style& style, bool with_csv) {
  std::map<std::string, render::Style> names{{"table", render::Style::table}, {"json", render::Style::json}};
  if (with_csv) names.emplace("csv", render::Style::csv);
  command
      .add_option("--format", style, with_csv ? "Output format: table, json or csv" : "Output format: table or json")
      ->transform(CLI::CheckedTransformer(names, CLI::ignore_case))
      ->default_str("table");
}

ProgressBar::ProgressBar(std::string label, std::string unit, bool quiet)
    : label_(std::move(label)),
      unit_(std::move(unit)),
      enabled_(!quiet && ::isatty(::fileno(stderr)) != 0),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::update(std::uint64_t done, std::uint64_t total, std::uint64_t items) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double fraction = total == 0 ? 0.0 : static_cast<double>(done) / static_cast<double>(total);
  constexpr int kWidth = 30;
  const int filled = static_cast<int>(fraction * kWidth);
  const double rate = seconds > 0 ? static_cast<double>(items) / seconds : 0.0;
  const double eta = fraction > 0 ? seconds * (1 - fraction) / fraction : 0.0;
  fmt::print(stderr, "\r{} [{:=<{}}{: <{}}] {:3.0f}%  {:.0f} {}/s  ETA {:.0f}s\x1b[K", label_, "", filled, "",
             kWidth - filled, fraction * 100, rate, unit_, eta);
  std::fflush(stderr);
}

void ProgressBar::finish() {
  if (!enabled_) return;
  fmt::print(stderr, "\r\x1b[K");
  std::fflush(stderr);
  enabled_ = false;
}

}  // namespace kg::cli
