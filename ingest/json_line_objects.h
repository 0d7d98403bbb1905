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

/// Reads `source` line by line (read and split on a second thread with `parse_ahead`: Lines). `start` is called
/// once, with the positions the trees' offsets refer to (valid for the whole read, telling lines and columns of
/// the current line), and returns the handler of each line's tree.
void read_json_line_objects(ByteSource& source, std::string_view display_name, bool parse_ahead,
                            const std::function<LineObjectHandler(TextPositions&)>& start);

}  // namespace kg::ingest::detail
