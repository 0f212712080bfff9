#pragma once
// The batch pipeline: the reader (the calling thread) fills batches, worker threads (each with
// its own auditor and JSON parser) audit and format them, and they are written in input order
// by whichever worker finishes the batch that is next (one writes at a time; a batch finished
// early waits for its turn and is written by the worker that finishes the one before). At most
// `max_in_flight` batches exist, so memory stays flat however long the input. With one thread
// everything runs on the calling thread, batch by batch.
//
// No thread of its own writes, and a reader that has filled every batch is woken when half of
// them are free again (it then fills them in one go): each wake-up of a sleeping thread costs
// an interrupt and takes a core from a worker. With a writer thread and a wake-up per batch
// each way, two threads spent 16% more CPU than one on the same input.
//
// A write error (closed pipe, full disk) stops the run: later batches are dropped, the reader
// sees failed() and stops reading, and finish() rethrows the error.

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "batch.hpp"

namespace cxaudit_cli {

class pipeline {
 public:
  /// Audits and formats one batch; one per thread (it owns an auditor and a parser).
  using process_fn = std::function<void(batch&)>;
  /// Writes one batch's output (one batch at a time, in input order; may throw io_error).
  using write_fn = std::function<void(batch&)>;

  /// `make_worker()` is called once per worker thread (once in all with one thread).
  /// `usual_bytes` is the input a batch usually holds (to give back memory after huge ones).
  pipeline(unsigned threads, const std::function<process_fn()>& make_worker, write_fn write,
           std::size_t usual_bytes)
      : write_(std::move(write)),
        usual_bytes_(usual_bytes),
        max_in_flight_(threads <= 1 ? 2 : 4 * static_cast<std::size_t>(threads) + 2),
        refill_at_(max_in_flight_ / 2) {
    if (threads <= 1) {
      inline_worker_ = make_worker();
      return;
    }
    for (unsigned i = 0; i < threads; ++i)
      workers_.emplace_back([this, work = make_worker()] { work_loop(work); });
  }

  ~pipeline() { stop(); }
  pipeline(const pipeline&) = delete;
  pipeline& operator=(const pipeline&) = delete;

  /// An empty batch to fill (waits while too many are in flight).
  batch& next_batch() {
    std::unique_lock<std::mutex> lock(mutex_);
    if (free_.empty() && owned_.size() >= max_in_flight_) {
      reader_waiting_ = true;
      space_.wait(lock, [this] { return free_.size() >= refill_at_; });
      reader_waiting_ = false;
    }
    if (free_.empty()) {
      owned_.push_back(std::make_unique<slot>());
      free_.push_back(owned_.back().get());
    }
    slot* s = free_.back();
    free_.pop_back();
    s->done = false;
    return *s;
  }

  /// Hands back a batch from next_batch() that was not filled.
  void give_back(batch& b) {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(slot_of(b));
  }

  /// Queues a filled batch for auditing and ordered writing.
  void submit(batch& b) {
    slot* s = slot_of(b);
    if (workers_.empty()) {
      inline_worker_(b);
      write_one(b);
      recycle(s);
      return;
    }
    std::lock_guard<std::mutex> lock(mutex_);
    in_order_.push_back(s);
    todo_.push_back(s);
    work_.notify_one();
  }

  /// True once a write failed: the reader should stop.
  bool failed() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return error_ != nullptr;
  }

  /// Waits until every submitted batch is written; rethrows a write error.
  void finish() {
    if (!workers_.empty()) {
      std::unique_lock<std::mutex> lock(mutex_);
      written_.wait(lock, [this] { return in_order_.empty() && !writing_; });
    }
    stop();
    if (error_ != nullptr) std::rethrow_exception(error_);
  }

 private:
  // A batch and whether a worker has finished it.
  struct slot : batch {
    bool done = false;
  };

  static slot* slot_of(batch& b) { return static_cast<slot*>(&b); }  // every batch is a slot

  void write_one(batch& b) {
    if (failed()) return;  // after a failed write, output is dropped
    try {
      write_(b);
    } catch (...) {
      std::lock_guard<std::mutex> lock(mutex_);
      error_ = std::current_exception();
    }
  }

  void recycle(slot* s) {
    s->reset(usual_bytes_);
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(s);
    if (reader_waiting_ && free_.size() >= refill_at_) space_.notify_one();
  }

  void work_loop(const process_fn& work) {
    for (;;) {
      slot* s = nullptr;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_.wait(lock, [this] { return stopping_ || !todo_.empty(); });
        if (todo_.empty()) return;
        s = todo_.front();
        todo_.pop_front();
      }
      try {
        if (!failed()) work(*s);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mutex_);
        if (error_ == nullptr) error_ = std::current_exception();
      }
      std::unique_lock<std::mutex> lock(mutex_);
      s->done = true;
      if (writing_) continue;  // the worker writing now writes this batch in its turn
      writing_ = true;
      while (!stopping_ && !in_order_.empty() && in_order_.front()->done) {
        slot* next = in_order_.front();
        in_order_.pop_front();
        lock.unlock();
        write_one(*next);
        recycle(next);
        lock.lock();
      }
      writing_ = false;
      if (in_order_.empty()) written_.notify_all();
    }
  }

  void stop() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    work_.notify_all();
    for (std::thread& t : workers_) t.join();
    workers_.clear();
  }

  write_fn write_;
  std::size_t usual_bytes_;
  std::size_t max_in_flight_;
  std::size_t refill_at_;  // free batches that wake a reader waiting for one
  process_fn inline_worker_;
  std::vector<std::thread> workers_;
  mutable std::mutex mutex_;
  std::condition_variable work_, written_, space_;
  std::deque<slot*> todo_, in_order_;
  std::vector<slot*> free_;
  std::vector<std::unique_ptr<slot>> owned_;
  std::exception_ptr error_;
  bool writing_ = false;  // a worker is writing finished batches in order
  bool reader_waiting_ = false;
  bool stopping_ = false;
};

}  // namespace cxaudit_cli
