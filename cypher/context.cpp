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

}  // namespace kg::cypher::detail
