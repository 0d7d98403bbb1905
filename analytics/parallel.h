#pragma once
// Running one job on a few threads: how many to use, how to split nodes between them, and starting them. Private
// to analytics/*.cpp.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <exception>
#include <functional>
#include <thread>
#include <vector>

#include "kg/analytics/snapshot.h"

namespace kg::analytics::detail {

/// The threads to use: `requested` when it is not 0; otherwise every core, but fewer when the job (`work` steps) is
/// too small to repay starting them.
inline unsigned thread_count(unsigned requested, std::uint64_t work) {
  if (requested != 0) return requested;
  constexpr std::uint64_t kWorkPerThread = 200'000;
  const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::clamp<std::uint64_t>(work / kWorkPerThread, 1, cores));
}

/// Boundaries of `parts` consecutive node ranges with about the same number of nodes plus arcs:
/// part t is [bounds[t], bounds[t + 1]).
inline std::vector<std::uint32_t> split_nodes(const Adjacency& arcs, unsigned parts) {
  const std::uint32_t n = static_cast<std::uint32_t>(arcs.offsets.size() - 1);
  const std::uint64_t total = arcs.arc_count() + n;
  std::vector<std::uint32_t> bounds{0};
  std::uint32_t v = 0;
  for (unsigned t = 1; t < parts; ++t) {
    const std::uint64_t goal = total * t / parts;
    while (v < n && arcs.offsets[v] + static_cast<std::uint64_t>(v) < goal) ++v;
    bounds.push_back(v);
  }
  bounds.push_back(n);
  return bounds;
}

/// Calls job(t) for t in 0..threads-1, each on its own thread (t = 0 on the caller's), and waits for all. The first
/// exception a job throws is rethrown here once every thread has finished.
template <class Job>
void run_on_threads(unsigned threads, const Job& job) {
  std::vector<std::exception_ptr> errors(threads);
  const auto guarded = [&](unsigned t) {
    try {
      job(t);
    } catch (...) {
      errors[t] = std::current_exception();
    }
  };
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) workers.emplace_back(guarded, t);
  guarded(0);
  for (std::thread& worker : workers) worker.join();
  for (const std::exception_ptr& error : errors) {
    if (error) std::rethrow_exception(error);
  }
}

/// Items 0..count-1 dealt to `threads` threads in turn (item i to thread i % threads), so each thread's share, and
/// so the result, depends only on the thread count; reports how many are done to `progress` from thread 0.
class DealtItems {
 public:
  using Progress = std::function<void(std::uint64_t done, std::uint64_t total)>;
  DealtItems(std::size_t count, unsigned threads, const Progress& progress)
      : count_(count), threads_(threads), progress_(progress) {}

  /// Calls fn(i) for thread t's items.
  template <class Fn>
  void run(unsigned t, const Fn& fn) {
    for (std::size_t i = t; i < count_; i += threads_) {
      fn(i);
      const std::uint64_t done = done_.fetch_add(1, std::memory_order_relaxed) + 1;
      if (t == 0 && progress_) progress_(done, count_);
    }
  }

 private:
  std::size_t count_;
  unsigned threads_;
  const Progress& progress_;
  std::atomic<std::uint64_t> done_{0};
};

}  // namespace kg::analytics::detail
