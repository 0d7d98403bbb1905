#pragma once
// PathRegistry: a fixed table of file paths (each with some plain data, `Extra`) that a signal handler may read
// while the program adds and removes entries. Entries are published by atomic stores, so a handler sees each one
// whole or not at all, and reading the table takes no lock and allocates nothing (async-signal-safe).
// Used for the temporary files AtomicFile must remove on Ctrl-C and the graph files mapped into memory.
#include <array>
#include <atomic>
#include <cstddef>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>

namespace kg::graph::detail {

template <class Extra>
class PathRegistry {
 public:
  static constexpr std::size_t kSlots = 64;

  /// Registers a copy of `path` with `extra`; the slot, or nullopt when all are taken.
  std::optional<std::size_t> add(std::string_view path, const Extra& extra = {}) {
    auto copy = std::make_unique<char[]>(path.size() + 1);
    std::memcpy(copy.get(), path.data(), path.size());
    copy[path.size()] = '\0';
    for (std::size_t i = 0; i < kSlots; ++i) {
      Slot& slot = slots_[i];
      int free = kFree;
      if (!slot.state.compare_exchange_strong(free, kBusy)) continue;
      slot.path = copy.release();
      slot.extra = extra;
      slot.state.store(kReady, std::memory_order_release);
      return i;
    }
    return std::nullopt;
  }
  void remove(std::size_t index) {
    Slot& slot = slots_[index];
    slot.state.store(kBusy, std::memory_order_release);  // a handler skips it from now on
    delete[] slot.path;
    slot.path = nullptr;
    slot.state.store(kFree, std::memory_order_release);
  }
  /// Calls fn(path, extra) for every entry; async-signal-safe when `fn` is.
  template <class Fn>
  void for_each(Fn&& fn) const {
    for (const Slot& slot : slots_) {
      if (slot.state.load(std::memory_order_acquire) == kReady) fn(slot.path, slot.extra);
    }
  }

 private:
  static constexpr int kFree = 0, kBusy = 1, kReady = 2;
  struct Slot {
    std::atomic<int> state{kFree};
    const char* path = nullptr;
    Extra extra{};
  };
  std::array<Slot, kSlots> slots_{};
};

}  // namespace kg::graph::detail
