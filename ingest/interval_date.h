#pragma once
/// The one place where a foreign format's start and end dates (FollowTheMoney startDate/endDate, a mapped CSV's
/// start and end columns, GEXF spells) become a statement's date.
#include <optional>

#include "kg/graph/date.h"

namespace kg::ingest::detail {

/// The interval from `start` to `end` (points, either undated): `START/END` when both are dated, `START/..` when
/// only the start is (nothing says it ended), `../END` when only the end is, undated when neither is; one point
/// when both are the same date. nullopt when the end comes before the start, for the reader to report.
inline std::optional<kg::graph::PartialDate> interval_date(kg::graph::PartialDate start, kg::graph::PartialDate end) {
  using kg::graph::PartialDate;
  if (!start.dated() && !end.dated()) return PartialDate{};
  if (start == end) return start;
  const PartialDate interval{start.dated() ? start.packed : PartialDate::kOpen,
                             end.dated() ? end.packed : PartialDate::kOpen};
  if (!interval.is_valid()) return std::nullopt;
  return interval;
}

}  // namespace kg::ingest::detail
