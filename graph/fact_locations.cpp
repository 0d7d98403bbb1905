#include "fact_locations.h"

#include <algorithm>

namespace kg::graph::detail {

void FactLocations::push_back(const RecordLocation& subject, const RecordLocation& object) {
  const auto fact = static_cast<std::uint32_t>(line_.size());
  if (files_.empty() || files_.back().file != subject.file) files_.push_back({fact, subject.file});
  line_.push_back(subject.line);
  subject_column_.push_back(subject.column);
  object_column_.push_back(object.column);
  const std::int64_t offset = std::int64_t{object.line} - std::int64_t{subject.line};
  if (object.file == subject.file && offset > kElsewhere && offset <= INT16_MAX) {
    object_line_.push_back(static_cast<std::int16_t>(offset));
  } else {
    object_line_.push_back(kElsewhere);
    elsewhere_.emplace(fact, object);
  }
}

std::uint32_t FactLocations::file(std::size_t fact) const {
  const auto after = std::upper_bound(files_.begin(), files_.end(), fact,
                                      [](std::size_t value, const FileRun& run) { return value < run.first_fact; });
  return std::prev(after)->file;
}

RecordLocation FactLocations::subject(std::size_t fact) const {
  return {file(fact), line_[fact], subject_column_[fact]};
}

RecordLocation FactLocations::object(std::size_t fact) const {
  if (object_line_[fact] == kElsewhere) return elsewhere_.at(static_cast<std::uint32_t>(fact));
  return {file(fact), static_cast<std::uint32_t>(std::int64_t{line_[fact]} + object_line_[fact]), object_column_[fact]};
}

}  // namespace kg::graph::detail
