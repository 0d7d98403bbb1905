#pragma once
// WorkMeter: counts a search's steps against its WorkLimits, reports progress, and throws WorkLimitExceeded.
#include <chrono>
#include <cstddef>
#include <cstdint>

#include "kg/query/work_limits.h"

namespace kg::query::detail {

class WorkMeter {
 public:
  explicit WorkMeter(const WorkLimits& limits);

  /// Counts `steps` more; throws WorkLimitExceeded once a limit is passed (the clock is read every 2^16 steps).
  void add(std::uint64_t steps) {
    steps_ += steps;
    if (steps_ >= next_check_) check();
  }
  /// The number of paths found so far, for progress reports and the error.
  void set_paths(std::size_t paths) { paths_ = paths; }

 private:
  void check();

  const WorkLimits& limits_;
  std::chrono::steady_clock::time_point start_;
  std::uint64_t steps_ = 0;
  std::uint64_t next_check_;
  std::size_t paths_ = 0;
};

}  // namespace kg::query::detail
