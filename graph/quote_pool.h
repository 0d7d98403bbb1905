#pragma once
// The quote pool: the statements' quotes, each text once, compressed with zstd in blocks of about 64 KiB of text, so
// that a graph whose quotes are never read pays only for their compressed bytes and reading one quote costs one
// block's decompression, kept while the graph lives. Its three columns (kg/graph/columns.h):
//   quote_block_first:   each block's first quote id, then the quote count (blocks + 1 entries)
//   quote_block_offsets: where each block's zstd frame starts in quote_bytes, then where the last ends
//   quote_bytes:         the frames, with their checksums; a block decompressed is a 32-bit end offset per quote,
//                        then the quotes' text
#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct ZSTD_CCtx_s;

namespace kg::graph::detail {

/// Appends quotes, in id order, to the quote columns (which start as {0}, {0} and empty, as OwnedColumns makes them).
class QuotePoolWriter {
 public:
  QuotePoolWriter(std::vector<std::uint32_t>& first, std::vector<std::uint64_t>& offsets, std::vector<char>& bytes);
  QuotePoolWriter(const QuotePoolWriter&) = delete;
  QuotePoolWriter& operator=(const QuotePoolWriter&) = delete;

  void add(std::string_view quote);
  /// Writes the last block: call once, after the last add.
  void finish() { flush(); }

 private:
  void flush();
  struct FreeCompressor {
    void operator()(ZSTD_CCtx_s* compressor) const;
  };

  std::unique_ptr<ZSTD_CCtx_s, FreeCompressor> compressor_;
  std::vector<std::uint32_t>& first_;
  std::vector<std::uint64_t>& offsets_;
  std::vector<char>& bytes_;
  std::vector<std::uint32_t> ends_;  // the block's quotes' end offsets in text_
  std::string text_;
};

/// The number of quotes in a pool whose columns are consistent and whose every block decompresses to what the
/// writer writes (one end offset per quote, non-decreasing, then exactly that much text); throws
/// std::runtime_error otherwise. Decompresses through a 64 KiB buffer, so a hostile file costs no more memory.
std::uint64_t check_quote_pool(std::span<const std::uint32_t> first, std::span<const std::uint64_t> offsets,
                               std::span<const char> bytes);

/// The quotes of a checked pool, each block decompressed at its first read and kept: a view it returns lives as long
/// as the QuoteBlocks. Thread-safe.
class QuoteBlocks {
 public:
  QuoteBlocks(std::span<const std::uint32_t> first, std::span<const std::uint64_t> offsets,
              std::span<const char> bytes);
  QuoteBlocks(const QuoteBlocks&) = delete;
  QuoteBlocks& operator=(const QuoteBlocks&) = delete;
  ~QuoteBlocks();

  std::string_view quote(std::uint32_t id) const;

 private:
  const char* block(std::size_t b) const;

  std::span<const std::uint32_t> first_;
  std::span<const std::uint64_t> offsets_;
  std::span<const char> bytes_;
  std::unique_ptr<std::atomic<const char*>[]> blocks_;  // decompressed, or nullptr until first read
};

}  // namespace kg::graph::detail
