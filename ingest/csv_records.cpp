#include "csv_records.h"

#include <string>

namespace kg::ingest::detail {

void CsvRecords::Batch::clear() {
  bytes.clear();
  fields.clear();
  record_end.clear();
  record_line.clear();
  bytes_read = 0;
  error = nullptr;
  last = false;
}

CsvRecords::CsvRecords(ByteSource& source, std::string_view display_name, char separator, bool ahead)
    : source_(source) {
  if (!ahead || !source.regular_file()) {
    parser_.emplace(source, display_name, separator);
    return;
  }
  source.hold_progress();
  ahead_ = std::make_unique<ParseAhead<Batch>>(
      [&source, name = std::string(display_name), separator](ParseAhead<Batch>& queue, Batch& batch) {
        CsvParser parser(source, name, separator);
        std::vector<CsvField> fields;
        while (parser.next(fields)) {
          for (const CsvField& field : fields) {
            batch.fields.push_back({batch.bytes.size(), field.text.size(), field.line, field.column});
            batch.bytes.insert(batch.bytes.end(), field.text.begin(), field.text.end());
          }
          batch.record_end.push_back(batch.fields.size());
          batch.record_line.push_back(parser.record_line());
          if (batch.record_end.size() == kRecords || batch.bytes.size() >= kBytes) {
            batch.bytes_read = source.done();
            if (!queue.hand_over(batch)) return;
          }
        }
        batch.bytes_read = source.done();
      });
}

bool CsvRecords::next(std::vector<CsvField>& fields) {
  if (parser_) {
    const bool found = parser_->next(fields);
    record_line_ = parser_->record_line();
    return found;
  }
  const Batch* batch = ahead_->batch_for(
      record_, [](const Batch& b) { return b.record_end.size(); },
      [&](const Batch& b) { source_.report_progress(b.bytes_read); });
  if (batch == nullptr) return false;
  fields.clear();
  const std::size_t first = record_ == 0 ? 0 : batch->record_end[record_ - 1];
  for (std::size_t i = first; i < batch->record_end[record_]; ++i) {
    const Batch::Field& field = batch->fields[i];
    fields.push_back({std::string_view(batch->bytes.data() + field.offset, field.size), field.line, field.column});
  }
  record_line_ = batch->record_line[record_];
  ++record_;
  return true;
}

}  // namespace kg::ingest::detail
