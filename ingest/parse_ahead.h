#pragma once
/// ParseAhead: the two-stage pipeline of a reader on two cores. A producer runs on a second thread, filling owned
/// batches and handing each over in order, at most kBatchesAhead ahead; the reader takes them one by one on its
/// own thread. What the producer throws travels after its last batch, so the reader meets it where one thread
/// would have: after every record before it. Batch has clear(), and the members `error` (std::exception_ptr) and
/// `last` (bool), which ParseAhead sets.
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace kg::ingest::detail {

template <class Batch>
class ParseAhead {
 public:
  static constexpr std::size_t kBatchesAhead = 4;

  /// Starts `produce(ahead, batch)` on a second thread: it fills `batch` and calls `ahead.hand_over(batch)` for
  /// each full one, returning when that is false (the reader is gone) or at the end of its input. What it leaves in
  /// `batch` goes last.
  template <class Produce>
  explicit ParseAhead(Produce produce)
      : thread_([this, produce = std::move(produce)]() mutable {
          Batch batch;
          try {
            produce(*this, batch);
          } catch (...) {
            batch.error = std::current_exception();
          }
          batch.last = true;
          hand_over(batch);
        }) {}
  ~ParseAhead() {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }
  ParseAhead(const ParseAhead&) = delete;
  ParseAhead& operator=(const ParseAhead&) = delete;

  /// Producer side: hands `batch` over and gives it back cleared (a spare one, its buffers kept, where the reader
  /// has returned one); false when the reader is gone.
  bool hand_over(Batch& batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return stop_ || ready_.size() < kBatchesAhead; });
    if (stop_) return false;
    Batch next;
    if (!spare_.empty()) {
      next = std::move(spare_.back());
      spare_.pop_back();
      next.clear();
    }
    ready_.push_back(std::exchange(batch, std::move(next)));
    lock.unlock();
    changed_.notify_all();
    return true;
  }

  /// Reader side: the batch holding the reader's next item, `item` counting the items of the current batch (of
  /// which there are count(batch)). Once those are used up it moves on to the next batch (item 0, passed to
  /// `on_batch` first), rethrows the producer's exception after its last item, and gives nullptr at the end.
  template <class Count, class OnBatch>
  Batch* batch_for(std::size_t& item, const Count& count, const OnBatch& on_batch) {
    while (!started_ || item == count(current_)) {
      if (started_ && current_.error) std::rethrow_exception(current_.error);
      if (started_ && current_.last) return nullptr;
      on_batch(next());
      item = 0;
    }
    return &current_;
  }

 private:
  /// The next batch, once the producer has handed it over; the previous one goes back to it.
  Batch& next() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return !ready_.empty(); });
    if (started_) spare_.push_back(std::move(current_));
    current_ = std::move(ready_.front());
    ready_.pop_front();
    started_ = true;
    lock.unlock();
    changed_.notify_all();
    return current_;
  }

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Batch> ready_;   // handed over, in order
  std::vector<Batch> spare_;  // given back by the reader
  Batch current_;
  bool started_ = false;
  bool stop_ = false;   // the reader is gone: the producer ends at its next hand-over
  std::thread thread_;  // last: it starts once everything above is constructed
};

}  // namespace kg::ingest::detail
