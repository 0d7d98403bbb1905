// WorkMeter and WorkLimitExceeded: the budget of path searches.
#include "work_meter.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace kg::query {

namespace {

std::string stopped_message(WorkLimitExceeded::Limit limit, std::uint64_t steps, std::size_t paths,
                            std::chrono::milliseconds elapsed) {
  const std::string found = fmt::format("{} path{} found so far", paths, paths == 1 ? "" : "s");
  if (limit == WorkLimitExceeded::Limit::time) {
    return fmt::format("the path search stopped at its time limit, after {:.1f} s and {} steps ({})",
                       static_cast<double>(elapsed.count()) / 1000, steps, found);
  }
  return fmt::format("the path search stopped at its work limit of {} steps, after {:.1f} s ({})", steps,
                     static_cast<double>(elapsed.count()) / 1000, found);
}

}  // namespace

WorkLimitExceeded::WorkLimitExceeded(Limit limit, std::uint64_t steps, std::size_t paths,
                                     std::chrono::milliseconds elapsed)
    : std::runtime_error(stopped_message(limit, steps, paths, elapsed)), limit_(limit), steps_(steps), paths_(paths) {}

namespace detail {

namespace {
constexpr std::uint64_t kCheckEvery = std::uint64_t{1} << 16;

/// The step count at which to check next: `kCheckEvery` steps on, or just past the step limit if sooner.
std::uint64_t next_check(std::uint64_t steps, std::uint64_t max_steps) {
  const std::uint64_t past_limit = max_steps == UINT64_MAX ? max_steps : max_steps + 1;
  return std::min(steps + kCheckEvery, past_limit);
}

}  // namespace

WorkMeter::WorkMeter(const WorkLimits& limits)
    : limits_(limits), start_(std::chrono::steady_clock::now()), next_check_(next_check(0, limits.max_steps)) {}

void WorkMeter::check() {
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start_);
  if (steps_ > limits_.max_steps) {
    throw WorkLimitExceeded(WorkLimitExceeded::Limit::steps, limits_.max_steps, paths_, elapsed);
  }
  if (limits_.max_time.count() > 0 && elapsed >= limits_.max_time) {
    throw WorkLimitExceeded(WorkLimitExceeded::Limit::time, steps_, paths_, elapsed);
  }
  if (limits_.progress) limits_.progress(steps_, paths_);
  next_check_ = next_check(steps_, limits_.max_steps);
}

}  // namespace detail
}  // namespace kg::query
