#pragma once
// FactLocations: where each fact's subject and object were read, kept for messages until the facts are laid out.
// Facts arrive file by file and mostly name their object on the subject's line, so a fact takes 14 bytes (line,
// two columns, the object's line as an offset from the subject's) where two full RecordLocations took 24; the
// file is kept per run of facts, and an object too far from its subject is kept aside.
#include <absl/container/flat_hash_map.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "kg/graph/records.h"

namespace kg::graph::detail {

class FactLocations {
 public:
  void push_back(const RecordLocation& subject, const RecordLocation& object);
  RecordLocation subject(std::size_t fact) const;
  RecordLocation object(std::size_t fact) const;
  std::size_t size() const { return line_.size(); }

 private:
  static constexpr std::int16_t kElsewhere = INT16_MIN;  // object_line_[fact]: the object is in elsewhere_
  std::uint32_t file(std::size_t fact) const;

  struct FileRun {
    std::uint32_t first_fact;
    std::uint32_t file;
  };
  std::vector<FileRun> files_;  // where each run of facts from one file begins
  std::vector<std::uint32_t> line_, subject_column_, object_column_;
  std::vector<std::int16_t> object_line_;                         // the object's line less the subject's, or kElsewhere
  absl::flat_hash_map<std::uint32_t, RecordLocation> elsewhere_;  // by fact
};

}  // namespace kg::graph::detail
