#include "csv_records.h"

#include <utility>

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
  thread_ =
      std::thread([this, &source, name = std::string(display_name), separator] { parse(source, name, separator); });
}

CsvRecords::~CsvRecords() {
  if (!thread_.joinable()) return;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void CsvRecords::parse(ByteSource& source, std::string_view display_name, char separator) {
  Batch batch;
  const auto hand_over = [&] {  // false when the reader is gone
    batch.bytes_read = source.done();
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return stop_ || ready_.size() < kBatchesAhead; });
    if (stop_) return false;
    Batch next;  // a spare one, its buffers kept, when the reader has handed one back
    if (!spare_.empty()) {
      next = std::move(spare_.back());
      spare_.pop_back();
      next.clear();
    }
    ready_.push_back(std::exchange(batch, std::move(next)));
    lock.unlock();
    changed_.notify_all();
    return true;
  };
  try {
    CsvParser parser(source, display_name, separator);
    std::vector<CsvField> fields;
    for (;;) {
      if (!parser.next(fields)) break;
      for (const CsvField& field : fields) {
        batch.fields.push_back({batch.bytes.size(), field.text.size(), field.line, field.column});
        batch.bytes.insert(batch.bytes.end(), field.text.begin(), field.text.end());
      }
      batch.record_end.push_back(batch.fields.size());
      batch.record_line.push_back(parser.record_line());
      if ((batch.record_end.size() == kRecords || batch.bytes.size() >= kBytes) && !hand_over()) return;
    }
  } catch (...) {
    batch.error = std::current_exception();
  }
  batch.last = true;
  hand_over();
}

void CsvRecords::next_batch() {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [&] { return !ready_.empty(); });
  Batch done = std::exchange(current_, std::move(ready_.front()));
  ready_.pop_front();
  spare_.push_back(std::move(done));
  lock.unlock();
  changed_.notify_all();
  record_ = 0;
  source_.report_progress(current_.bytes_read);
}

bool CsvRecords::next(std::vector<CsvField>& fields) {
  if (parser_) {
    const bool found = parser_->next(fields);
    record_line_ = parser_->record_line();
    return found;
  }
  while (record_ == current_.record_end.size()) {
    if (current_.error) std::rethrow_exception(current_.error);
    if (current_.last) return false;
    next_batch();
  }
  fields.clear();
  const std::size_t first = record_ == 0 ? 0 : current_.record_end[record_ - 1];
  for (std::size_t i = first; i < current_.record_end[record_]; ++i) {
    const Batch::Field& field = current_.fields[i];
    fields.push_back({std::string_view(current_.bytes.data() + field.offset, field.size), field.line, field.column});
  }
  record_line_ = current_.record_line[record_];
  ++record_;
  return true;
}

}  // namespace kg::ingest::detail
