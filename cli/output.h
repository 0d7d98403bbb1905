#pragma once
// Pieces every subcommand shares: the --format option and the progress bar on stderr.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/render/style.h"

namespace kg::cli {

/// Adds `--format` taking table|json (and csv when `with_csv`), defaulting to table.
void add_format_option(CLI::App& command, render::Style& style, bool with_csv);

/// Accepts a count written in decimal digits (no sign) of at least `min`, so `--limit -1` is refused rather than
/// read as a huge unsigned number.
CLI::Validator count_at_least(std::uint64_t min);

/// Throws (exit status 2) when one of `outputs` is one of `inputs`: the same file by device and inode, so also
/// through links. A command checks before it reads anything, so it never replaces what it reads.
void refuse_overwriting_inputs(const std::vector<std::filesystem::path>& outputs,
                               const std::vector<std::filesystem::path>& inputs);

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
  /// For work of unknown size: `items` so far, their rate, and `note` (e.g. "3 paths found").
  void count(std::uint64_t items, std::string_view note);
  void finish();

 private:
  std::string label_;
  std::string unit_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;

  /// Seconds since the start, or nullopt when the bar is off or drew less than 0.1 s ago.
  std::optional<double> time_to_draw();
};

}  // namespace kg::cli
