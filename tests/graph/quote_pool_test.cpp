// The quote pool (graph/quote_pool.*): random quotes over many blocks read back as written, from several threads at
// once; the load-time check accepts what the writer writes and refuses every kind of broken pool.
#include "../../graph/quote_pool.h"

#include <fmt/format.h>
#include <zstd.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <random>
#include <string>
#include <thread>
#include <vector>

using kg::graph::detail::check_quote_pool;
using kg::graph::detail::QuoteBlocks;
using kg::graph::detail::QuotePoolWriter;

namespace {

struct Pool {
  std::vector<std::uint32_t> first{0};
  std::vector<std::uint64_t> offsets{0};
  std::vector<char> bytes;
};

Pool write_pool(const std::vector<std::string>& quotes) {
  Pool pool;
  QuotePoolWriter writer(pool.first, pool.offsets, pool.bytes);
  for (const std::string& quote : quotes) writer.add(quote);
  writer.finish();
  return pool;
}

/// Random quotes: mostly sentence-sized, some empty, some longer than a block, some repeated text.
std::vector<std::string> random_quotes(std::mt19937& random, std::size_t count) {
  std::vector<std::string> quotes;
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint32_t kind = random() % 100;
    const std::size_t length = kind == 0 ? 70000 + random() % 50000 : kind < 5 ? 0 : 10 + random() % 200;
    std::string quote;
    for (std::size_t j = 0; j < length; ++j) quote += static_cast<char>(kind % 2 ? 'a' + random() % 26 : random());
    quotes.push_back(std::move(quote));
  }
  return quotes;
}

/// One block frame compressed from `content` as given (no writer): for broken layouts.
Pool pool_of_block(const std::string& content, std::uint32_t count) {
  Pool pool;
  pool.bytes.resize(ZSTD_compressBound(content.size()));
  const std::size_t written = ZSTD_compress(pool.bytes.data(), pool.bytes.size(), content.data(), content.size(), 3);
  REQUIRE_FALSE(ZSTD_isError(written));
  pool.bytes.resize(written);
  pool.first.push_back(count);
  pool.offsets.push_back(written);
  return pool;
}

std::string little_endian(std::initializer_list<std::uint32_t> values) {
  std::string bytes;
  for (const std::uint32_t v : values) bytes.append(reinterpret_cast<const char*>(&v), 4);
  return bytes;
}

std::string refusal(const Pool& pool) {
  try {
    (void)check_quote_pool(pool.first, pool.offsets, pool.bytes);
  } catch (const std::runtime_error& error) {
    return error.what();
  }
  return "accepted";
}

}  // namespace

TEST_CASE("Quotes written over many blocks read back as written, from several threads at once", "[graph]") {
  std::mt19937 random(13);
  const std::vector<std::string> quotes = random_quotes(random, 3000);
  const Pool pool = write_pool(quotes);
  REQUIRE(pool.first.size() > 10);  // many blocks, some of a single long quote
  REQUIRE(pool.first.back() == quotes.size());
  REQUIRE(check_quote_pool(pool.first, pool.offsets, pool.bytes) == quotes.size());
  const QuoteBlocks blocks(pool.first, pool.offsets, pool.bytes);
  std::vector<int> wrong(4, 0);
  std::vector<std::thread> readers;
  for (std::size_t t = 0; t < wrong.size(); ++t) {
    readers.emplace_back([&, t] {
      std::mt19937 order(static_cast<std::uint32_t>(t));
      for (int i = 0; i < 5000; ++i) {
        const auto id = static_cast<std::uint32_t>(order() % quotes.size());
        if (blocks.quote(id) != quotes[id]) ++wrong[t];
      }
    });
  }
  for (std::thread& reader : readers) reader.join();
  CHECK(wrong == std::vector<int>(4, 0));
  // A view stays valid and unchanged while the QuoteBlocks lives, whatever is read after it.
  const std::string_view kept = blocks.quote(7);
  for (std::uint32_t id = 0; id < quotes.size(); ++id) REQUIRE(blocks.quote(id) == quotes[id]);
  CHECK(kept == quotes[7]);
}

TEST_CASE("An empty quote pool has no blocks and no bytes", "[graph]") {
  const Pool pool = write_pool({});
  CHECK(pool.first == std::vector<std::uint32_t>{0});
  CHECK(pool.offsets == std::vector<std::uint64_t>{0});
  CHECK(pool.bytes.empty());
  CHECK(check_quote_pool(pool.first, pool.offsets, pool.bytes) == 0);
}

TEST_CASE("A broken quote pool is refused at its check", "[graph]") {
  std::mt19937 random(3);
  const Pool good = write_pool(random_quotes(random, 400));
  REQUIRE(refusal(good) == "accepted");
  Pool bad = good;
  bad.first.pop_back();
  CHECK(refusal(bad) == "corrupt graph file (quote pool inconsistent)");
  bad = good;
  bad.offsets.back() -= 1;
  CHECK(refusal(bad) == "corrupt graph file (quote pool inconsistent)");
  bad = good;
  bad.first.push_back(bad.first.back());  // a last block of no quotes
  bad.offsets.push_back(bad.offsets.back());
  CHECK(refusal(bad) == fmt::format("corrupt graph file (quote block {}: out of order)", good.first.size() - 1));
  bad = good;
  bad.first[1] += 1;  // one quote moved to the previous block: both disagree with their frames
  CHECK_THAT(refusal(bad), Catch::StartsWith("corrupt graph file (quote block 0: "));
  bad = good;
  std::swap(bad.offsets[1], bad.offsets[2]);
  CHECK_THAT(refusal(bad), Catch::StartsWith("corrupt graph file (quote block "));
  for (const std::size_t at : {std::size_t{0}, std::size_t{6}, good.offsets[1] / 2, good.offsets[1] - 1}) {
    bad = good;
    bad.bytes[at] = static_cast<char>(bad.bytes[at] ^ 0x5a);
    CHECK_THAT(refusal(bad), Catch::StartsWith("corrupt graph file (quote block 0: "));
  }
  bad = good;  // a frame cut short, the block after it moved up
  bad.bytes.erase(bad.bytes.begin() + static_cast<std::ptrdiff_t>(good.offsets[1]) - 1);
  for (std::size_t b = 1; b < bad.offsets.size(); ++b) bad.offsets[b] -= 1;
  CHECK(refusal(bad) == "corrupt graph file (quote block 0: bad frame)");
}

TEST_CASE("A quote block that decompresses to a layout the writer never writes is refused", "[graph]") {
  CHECK(refusal(pool_of_block(little_endian({3, 5}) + "hello", 2)) == "accepted");
  CHECK(refusal(pool_of_block(little_endian({5, 3}) + "hello", 2)) ==
        "corrupt graph file (quote block 0: quote offsets decrease)");
  CHECK(refusal(pool_of_block(little_endian({3, 5}) + "hello!", 2)) ==
        "corrupt graph file (quote block 0: wrong size)");
  CHECK(refusal(pool_of_block(little_endian({3, 9}) + "hello", 2)) == "corrupt graph file (quote block 0: wrong size)");
  CHECK(refusal(pool_of_block(little_endian({3}), 2)) == "corrupt graph file (quote block 0: wrong size)");
  // Two frames where one belongs.
  Pool two = pool_of_block(little_endian({5}) + "hello", 1);
  const std::vector<char> frame = two.bytes;
  two.bytes.insert(two.bytes.end(), frame.begin(), frame.end());
  two.offsets.back() = two.bytes.size();
  CHECK(refusal(two) == "corrupt graph file (quote block 0: bad frame)");
}
