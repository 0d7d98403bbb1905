#pragma once
/// A reader's `date` field or cell: a statement's date may be an interval (`1992/1997`, `2009/..`), a source's or a
/// decision's is a single date. The messages are the ones every reader prints at the field.
#include <string>
#include <string_view>

#include "kg/graph/date.h"

namespace kg::ingest::detail {

/// The date read, or `error` (not empty) to print at the field, before ", got ...".
struct FieldDate {
  kg::graph::PartialDate date{};
  std::string error{};
};

/// What the `key` field must hold: a date or interval for a statement (`point_of` empty), a single date for the
/// record `point_of` names ("a source", "a decision").
std::string date_expected(std::string_view key, std::string_view point_of);

/// Reads `text` (not empty) as the `key` field's date: `read_date_field("2009/..", "date", "")` is the open interval,
/// `read_date_field("1992/1997", "date", "a source")` the error "a source's date is a single date, not an interval".
FieldDate read_date_field(std::string_view text, std::string_view key, std::string_view point_of);

}  // namespace kg::ingest::detail
