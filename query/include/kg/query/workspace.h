#pragma once
/// Workspace: the reusable scratch memory of queries over one graph (generation-stamped per-node arrays), so
/// that a query never allocates or clears arrays of the graph's size. Allocated on first use, reused afterwards.
///
///   kg::query::Workspace workspace;
///   for (auto [a, b] : pairs) auto path = kg::query::shortest_path(graph, a, b, {}, workspace);
#include <memory>

namespace kg::query {

namespace detail {
struct Scratch;
}

/// Not thread-safe: use one Workspace per thread. It may serve graphs of different sizes in turn.
class Workspace {
 public:
  Workspace();
  ~Workspace();
  Workspace(Workspace&&) noexcept;
  Workspace& operator=(Workspace&&) noexcept;

  /// The scratch arrays. For query algorithms only.
  detail::Scratch& scratch() { return *scratch_; }

 private:
  std::unique_ptr<detail::Scratch> scratch_;
};

}  // namespace kg::query
