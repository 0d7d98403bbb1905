#pragma once
/// WorkLimits: the budget every path search runs under (edges looked at, wall-clock time), progress reports while
/// it runs, and WorkLimitExceeded, the error a search stops with when its budget is spent.
///
///   kg::query::PathOptions options{.max_hops = 8, .work = {.max_steps = 1'000'000}};
///   try { paths = kg::query::simple_paths(graph, a, b, options, workspace); }
///   catch (const kg::query::WorkLimitExceeded& stopped) { fmt::print("{}\n", stopped.what()); }
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>

namespace kg::query {

/// A step is one edge a search looks at, or one hop of a path it copies into its result.
inline constexpr std::uint64_t kDefaultMaxSteps = 1'000'000'000;
inline constexpr std::chrono::seconds kDefaultMaxTime{60};

struct WorkLimits {
  std::uint64_t max_steps = kDefaultMaxSteps;            ///< the search stops after this many steps
  std::chrono::milliseconds max_time = kDefaultMaxTime;  ///< ... or after this long; zero: no time limit
  /// Called every 2^16 steps or so with the steps taken and the paths found so far; may be empty.
  std::function<void(std::uint64_t steps, std::size_t paths)> progress{};
};

/// A search stopped because it spent its WorkLimits. what() says which limit, after how much work, and how many
/// paths it had found (they are not returned: a cut-short listing would look complete).
class WorkLimitExceeded : public std::runtime_error {
 public:
  enum class Limit { steps, time };
  WorkLimitExceeded(Limit limit, std::uint64_t steps, std::size_t paths, std::chrono::milliseconds elapsed);
  Limit limit() const { return limit_; }
  std::uint64_t steps() const { return steps_; }
  std::size_t paths() const { return paths_; }

 private:
  Limit limit_;
  std::uint64_t steps_;
  std::size_t paths_;
};

}  // namespace kg::query
