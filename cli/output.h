#pragma once
// Pieces every subcommand shares: the --format option and the progress bar on stderr.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "kg/render/style.h"

namespace kg::cli {

/// Adds `--format` taking table|json (and csv when `with_csv`), defaulting to table.
void add_format_option(CLI::App& command, render::Style& style, bool with_csv);

/// A one-line progress bar on stderr (done/total, rate of `unit` per second, ETA), drawn only when stderr is a
/// terminal and not `quiet`; at most ten redraws a second. finish() clears the line.
class ProgressBar {
 public:
  ProgressBar(std::string label, std::string unit, bool quiet);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  /// `done` of `total` (any unit) is the fraction shown; `items` is what the rate counts (facts, elements).
  void update(std::uint64_t done, std::uint64_t total, std::uint64_t items);
  void finish();

 private:
  std::string label_;
  std::string unit_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace kg::cli
