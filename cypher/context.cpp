#include "context.h"

#include <algorithm>

#include "kg/cypher/cypher.h"

namespace kg::cypher::detail {

void ExecContext::check() const {
  if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) throw QueryInterrupted("the query was cancelled");
  if (std::chrono::steady_clock::now() > deadline) throw QueryInterrupted("the query ran out of time (--timeout)");
}

void ExecContext::warn_once(std::uint32_t offset, const std::string& message) {
  if (std::find(warned.begin(), warned.end(), offset) != warned.end()) return;
  warned.push_back(offset);
  if (warn) warn(source.location(offset), message);
}

double ExecContext::random_unit() {
  if (!random_) random_.emplace(std::random_device{}());
  return std::uniform_real_distribution<double>(0.0, 1.0)(*random_);
}

}  // namespace kg::cypher::detail
