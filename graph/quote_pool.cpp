#include "quote_pool.h"

#include <fmt/format.h>
#include <zstd.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace kg::graph::detail {
namespace {

constexpr std::size_t kBlockText = std::size_t{64} * 1024;    // a block is closed once its text reaches this
constexpr std::size_t kCheckBuffer = std::size_t{64} * 1024;  // what check_quote_pool decompresses through
constexpr int kLevel = 3;  // zstd's default: within 10 % of level 9's size on quotes, at several times its speed

[[noreturn]] void corrupt_block(std::size_t block, std::string_view what) {
  throw std::runtime_error(fmt::format("corrupt graph file (quote block {}: {})", block, what));
}

struct DCtxFree {
  void operator()(ZSTD_DCtx* context) const { ZSTD_freeDCtx(context); }
};

/// Decompresses one frame through `buffer` (its checksum checked when it has one, as the writer's frames do),
/// checking that it is exactly one frame of its declared size holding
/// `count` non-decreasing end offsets and then as much text as the last one says.
void check_block(ZSTD_DCtx* context, std::span<const char> frame, std::uint32_t count, std::vector<char>& buffer,
                 std::size_t block) {
  const unsigned long long declared = ZSTD_getFrameContentSize(frame.data(), frame.size());
  if (declared == ZSTD_CONTENTSIZE_UNKNOWN || declared == ZSTD_CONTENTSIZE_ERROR) corrupt_block(block, "bad frame");
  if (ZSTD_findFrameCompressedSize(frame.data(), frame.size()) != frame.size()) corrupt_block(block, "bad frame");
  ZSTD_DCtx_reset(context, ZSTD_reset_session_only);
  ZSTD_inBuffer in{frame.data(), frame.size(), 0};
  const std::uint64_t table_bytes = std::uint64_t{count} * 4;
  std::uint64_t produced = 0;
  std::uint32_t end = 0;      // the last complete end offset read
  std::uint32_t partial = 0;  // the bytes of the end offset being read, little-endian
  while (true) {
    ZSTD_outBuffer out{buffer.data(), buffer.size(), 0};
    const std::size_t left = ZSTD_decompressStream(context, &out, &in);
    if (ZSTD_isError(left)) corrupt_block(block, ZSTD_getErrorName(left));
    for (std::size_t i = 0; i < out.pos && produced + i < table_bytes; ++i) {
      const std::uint64_t at = produced + i;
      partial |= std::uint32_t{static_cast<unsigned char>(buffer[i])} << (8 * (at % 4));
      if (at % 4 == 3) {
        if (partial < end) corrupt_block(block, "quote offsets decrease");
        end = partial;
        partial = 0;
      }
    }
    produced += out.pos;
    if (produced > declared) corrupt_block(block, "longer than declared");
    if (left == 0) break;
    if (in.pos == in.size && out.pos < out.size) corrupt_block(block, "truncated");
  }
  if (produced != declared || declared != table_bytes + end) corrupt_block(block, "wrong size");
}

}  // namespace

void QuotePoolWriter::FreeCompressor::operator()(ZSTD_CCtx_s* compressor) const { ZSTD_freeCCtx(compressor); }

QuotePoolWriter::QuotePoolWriter(std::vector<std::uint32_t>& first, std::vector<std::uint64_t>& offsets,
                                 std::vector<char>& bytes)
    : compressor_(ZSTD_createCCtx()), first_(first), offsets_(offsets), bytes_(bytes) {
  if (!compressor_) throw std::bad_alloc();
  ZSTD_CCtx_setParameter(compressor_.get(), ZSTD_c_compressionLevel, kLevel);
  ZSTD_CCtx_setParameter(compressor_.get(), ZSTD_c_checksumFlag, 1);  // a changed byte is caught at load
}

void QuotePoolWriter::add(std::string_view quote) {
  text_.append(quote);
  ends_.push_back(static_cast<std::uint32_t>(text_.size()));
  if (text_.size() >= kBlockText) flush();
}

void QuotePoolWriter::flush() {
  if (ends_.empty()) return;
  std::string block(ends_.size() * 4 + text_.size(), '\0');
  for (std::size_t i = 0; i < ends_.size(); ++i) {
    for (int b = 0; b < 4; ++b) block[i * 4 + b] = static_cast<char>((ends_[i] >> (8 * b)) & 0xff);
  }
  std::memcpy(block.data() + ends_.size() * 4, text_.data(), text_.size());
  const std::size_t before = bytes_.size();
  bytes_.resize(before + ZSTD_compressBound(block.size()));
  const std::size_t written =
      ZSTD_compress2(compressor_.get(), bytes_.data() + before, bytes_.size() - before, block.data(), block.size());
  if (ZSTD_isError(written)) throw std::runtime_error(fmt::format("zstd: {}", ZSTD_getErrorName(written)));
  bytes_.resize(before + written);
  offsets_.push_back(bytes_.size());
  first_.push_back(first_.back() + static_cast<std::uint32_t>(ends_.size()));
  ends_.clear();
  text_.clear();
}

std::uint64_t check_quote_pool(std::span<const std::uint32_t> first, std::span<const std::uint64_t> offsets,
                               std::span<const char> bytes) {
  if (first.empty() || first.size() != offsets.size() || first.front() != 0 || offsets.front() != 0 ||
      offsets.back() != bytes.size()) {
    throw std::runtime_error("corrupt graph file (quote pool inconsistent)");
  }
  const std::unique_ptr<ZSTD_DCtx, DCtxFree> context(ZSTD_createDCtx());
  if (!context) throw std::bad_alloc();
  std::vector<char> buffer(kCheckBuffer);
  for (std::size_t b = 0; b + 1 < first.size(); ++b) {
    if (first[b + 1] <= first[b] || offsets[b + 1] < offsets[b]) corrupt_block(b, "out of order");
    check_block(context.get(), bytes.subspan(offsets[b], offsets[b + 1] - offsets[b]), first[b + 1] - first[b], buffer,
                b);
  }
  return first.back();
}

QuoteBlocks::QuoteBlocks(std::span<const std::uint32_t> first, std::span<const std::uint64_t> offsets,
                         std::span<const char> bytes)
    : first_(first),
      offsets_(offsets),
      bytes_(bytes),
      blocks_(std::make_unique<std::atomic<const char*>[]>(first.empty() ? 0 : first.size() - 1)) {}

QuoteBlocks::~QuoteBlocks() {
  for (std::size_t b = 0; b + 1 < first_.size(); ++b) delete[] blocks_[b].load(std::memory_order_relaxed);
}

const char* QuoteBlocks::block(std::size_t b) const {
  if (const char* done = blocks_[b].load(std::memory_order_acquire)) return done;
  const std::span<const char> frame = bytes_.subspan(offsets_[b], offsets_[b + 1] - offsets_[b]);
  const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());  // checked at load
  std::unique_ptr<char[]> decompressed(new char[size]);
  const std::size_t got = ZSTD_decompress(decompressed.get(), size, frame.data(), frame.size());
  if (ZSTD_isError(got) || got != size) corrupt_block(b, "changed since it was loaded");
  const char* expected = nullptr;
  if (blocks_[b].compare_exchange_strong(expected, decompressed.get(), std::memory_order_acq_rel)) {
    return decompressed.release();
  }
  return expected;  // another thread decompressed it first
}

std::string_view QuoteBlocks::quote(std::uint32_t id) const {
  const std::size_t b =
      static_cast<std::size_t>(std::upper_bound(first_.begin(), first_.end(), id) - first_.begin()) - 1;
  const char* data = block(b);
  const std::uint32_t count = first_[b + 1] - first_[b];
  const std::uint32_t i = id - first_[b];
  std::uint32_t begin = 0, end = 0;
  if (i > 0) std::memcpy(&begin, data + (i - 1) * std::size_t{4}, 4);
  std::memcpy(&end, data + i * std::size_t{4}, 4);
  return {data + count * std::size_t{4} + begin, end - begin};
}

}  // namespace kg::graph::detail
