#include "output.h"

#include <fmt/format.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "choice_option.h"
#include "kg/graph/text.h"

namespace kg::cli {

void add_format_option(CLI::App& command, render::Style& style, bool with_csv) {
  std::vector<std::pair<std::string, render::Style>> styles{{"table", render::Style::table},
                                                            {"json", render::Style::json}};
  if (with_csv) styles.emplace_back("csv", render::Style::csv);
  add_choice_option(command, "--format", style, std::move(styles),
                    with_csv ? "Output format: table, json or csv" : "Output format: table or json")
      ->default_str("table");
}

CLI::Validator count_at_least(std::uint64_t min) {
  return CLI::Validator(
      [min](std::string& text) -> std::string {
        const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
        std::uint64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (!digits || error != std::errc() || end != text.data() + text.size()) {
          return fmt::format("expected a whole number of at least {}, got \"{}\"", min, text);
        }
        return value < min ? fmt::format("must be at least {}", min) : std::string{};
      },
      "N");
}

void refuse_overwriting_inputs(const std::vector<std::filesystem::path>& outputs,
                               const std::vector<std::filesystem::path>& inputs) {
  for (const std::filesystem::path& output : outputs) {
    for (const std::filesystem::path& input : inputs) {
      std::error_code missing;  // an output that does not exist yet is no input
      if (std::filesystem::equivalent(output, input, missing)) {
        throw std::runtime_error(
            fmt::format("the output {} is the input {} (the same file): kg would replace what it "
                        "reads; write the output to another file",
                        output.string(), input.string()));
      }
    }
  }
}

ProgressBar::ProgressBar(std::string label, std::string unit, bool quiet)
    : label_(std::move(label)),
      unit_(std::move(unit)),
      enabled_(!quiet && ::isatty(::fileno(stderr)) != 0),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

ProgressBar::~ProgressBar() { finish(); }

std::optional<double> ProgressBar::time_to_draw() {
  if (!enabled_) return std::nullopt;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return std::nullopt;
  last_draw_ = now;
  return std::chrono::duration<double>(now - start_).count();
}

void ProgressBar::update(std::uint64_t done, std::uint64_t total, std::uint64_t items) {
  const std::optional<double> elapsed = time_to_draw();
  if (!elapsed) return;
  const double seconds = *elapsed;
  const double fraction = total == 0 ? 0.0 : static_cast<double>(done) / static_cast<double>(total);
  constexpr int kWidth = 30;
  const int filled = static_cast<int>(fraction * kWidth);
  const double rate = seconds > 0 ? static_cast<double>(items) / seconds : 0.0;
  const double eta = fraction > 0 ? seconds * (1 - fraction) / fraction : 0.0;
  fmt::print(stderr, "\r{} [{:=<{}}{: <{}}] {:3.0f}%  {:.0f} {}/s  ETA {:.0f}s\x1b[K", label_, "", filled, "",
             kWidth - filled, fraction * 100, rate, unit_, eta);
  std::fflush(stderr);
}

void ProgressBar::count(std::uint64_t items, std::string_view note) {
  const std::optional<double> seconds = time_to_draw();
  if (!seconds) return;
  const double rate = *seconds > 0 ? static_cast<double>(items) / *seconds : 0.0;
  fmt::print(stderr, "\r{}  {} {} ({:.0f}/s), {}, {:.0f}s\x1b[K", label_, items, unit_, rate, note, *seconds);
  std::fflush(stderr);
}

void ProgressBar::finish() {
  if (!enabled_) return;
  fmt::print(stderr, "\r\x1b[K");
  std::fflush(stderr);
  enabled_ = false;
}

}  // namespace kg::cli
