#pragma once
/// read_json_line_objects: the JSON Lines loop both line readers share (kg's JSON Lines, FollowTheMoney): each
/// non-blank line parsed in place as one JSON object of at most RecordCollector::kMaxDepth levels, handed over as a
/// JsonTree; malformed lines are InputErrors at their line and column.
#include <functional>
#include <string_view>

#include "byte_source.h"
#include "json_tree.h"
#include "text_positions.h"

namespace kg::ingest::detail {

using LineObjectHandler = std::function<void(const JsonTree& tree)>;

/// Reads `source` line by line. With `parse_ahead` and a regular file, lines are read, split and parsed on a second
/// thread a few thousand lines ahead (ParseAhead), and a malformed line's error reaches the caller after every line
/// before it has been handled, as on one thread. `start` is called once, with the positions the trees' offsets
/// refer to (valid for the whole read, telling lines and columns of the line being handled), and returns the
/// handler of each line's tree.
void read_json_line_objects(ByteSource& source, std::string_view display_name, bool parse_ahead,
                            const std::function<LineObjectHandler(TextPositions&)>& start);

}  // namespace kg::ingest::detail
