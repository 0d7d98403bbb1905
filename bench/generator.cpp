#include "generator.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kg::bench {
namespace {

/// splitmix64: tiny, fast, and the same sequence everywhere.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  /// Uniform in [0, bound).
  std::uint32_t below(std::uint32_t bound) { return static_cast<std::uint32_t>(unit() * bound); }
  /// An index drawn with the given (not necessarily normalised) weights.
  template <std::size_t N>
  std::uint8_t weighted(const std::array<std::uint8_t, N>& weights) {
    const unsigned total = std::accumulate(weights.begin(), weights.end(), 0U);
    unsigned pick = below(total);
    std::uint8_t index = 0;
    while (pick >= weights[index]) pick -= weights[index++];
    return index;
  }

 private:
  std::uint64_t state_;
};

constexpr std::array<std::string_view, 9> kTypes = {"Person", "Organization", "Group",   "Location", "Event",
                                                    "Phone",  "Account",      "Vehicle", "Document"};
enum Type : std::uint8_t { person, organization, group, location, event, phone, account, vehicle, document };
constexpr std::array<std::uint8_t, 9> kTypeShares = {45, 12, 5, 8, 8, 8, 6, 4, 4};
constexpr std::array<std::string_view, 9> kKeyPrefixes = {"person", "org",     "group",   "place", "event",
                                                          "phone",  "account", "vehicle", "doc"};

constexpr std::array<std::string_view, 12> kPredicates = {"knows",     "related_to",     "father_of",  "member_of",
                                                          "works_for", "leads",          "located_in", "owns",
                                                          "called",    "transferred_to", "attended",   "mentioned_in"};
enum Predicate : std::uint8_t {
  knows,
  related_to,
  father_of,
  member_of,
  works_for,
  leads,
  located_in,
  owns,
  called,
  transferred_to,
  attended,
  mentioned_in
};

constexpr std::array<std::string_view, 40> kFirstNames = {
    "Aziz",   "Bakhtiyor", "Dilshod", "Farrukh", "Gulnora", "Hamid",  "Ibrohim", "Jamshed",  "Karim", "Lola",
    "Mirzo",  "Nodira",    "Odil",    "Parviz",  "Rustam",  "Sanjar", "Timur",   "Umed",     "Vali",  "Zarina",
    "Anvar",  "Bahrom",    "Davron",  "Firuza",  "Gafur",   "Habib",  "Ilhom",   "Jahongir", "Kamol", "Laylo",
    "Malika", "Nasim",     "Oybek",   "Pulod",   "Rahim",   "Sitora", "Tohir",   "Ulugbek",  "Yusuf", "Zafar"};
constexpr std::array<std::string_view, 24> kSyllables = {"ka", "ro", "mi", "zo", "da",  "ri", "na", "sha",
                                                         "bo", "lu", "ta", "vo", "khi", "je", "go", "fa",
                                                         "mu", "si", "ne", "tu", "ba",  "yo", "pe", "di"};
constexpr std::array<std::string_view, 6> kOrganizationKinds = {
    "Trading", "Bank", "Foundation", "Holding", "Security Services", "Transport"};

/// A pronounceable word that is unique for each number (its base-24 digits as syllables, at least two).
std::string word(std::uint32_t number) {
  std::string text;
  int syllables = 0;
  do {
    text += kSyllables[number % kSyllables.size()];
    number /= kSyllables.size();
    ++syllables;
  } while (number != 0 || syllables < 2);
  text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

/// Chung-Lu: endpoint rank r is drawn with weight (r+1)^(-1/(γ-1)), which gives expected degrees P(k) ~ k^-γ.
class PowerLawSampler {
 public:
  PowerLawSampler(std::uint32_t nodes, double exponent, Random& random) : cumulative_(nodes), node_of_rank_(nodes) {
    const double power = -1.0 / (exponent - 1.0);
    double total = 0;
    for (std::uint32_t rank = 0; rank < nodes; ++rank) {
      total += std::pow(rank + 1.0, power);
      cumulative_[rank] = total;
    }
    // Hubs land on random nodes (and so on random types), not on the first ids.
    std::iota(node_of_rank_.begin(), node_of_rank_.end(), 0U);
    for (std::uint32_t i = nodes; i > 1; --i) std::swap(node_of_rank_[i - 1], node_of_rank_[random.below(i)]);
  }
  std::uint32_t draw(Random& random) const {
    const double target = random.unit() * cumulative_.back();
    const auto rank = std::upper_bound(cumulative_.begin(), cumulative_.end(), target) - cumulative_.begin();
    return node_of_rank_[std::min<std::size_t>(static_cast<std::size_t>(rank), node_of_rank_.size() - 1)];
  }

 private:
  std::vector<double> cumulative_;
  std::vector<std::uint32_t> node_of_rank_;
};

/// A predicate that fits the object's type (a person is known, an organisation joined, a phone called, ...).
std::uint8_t predicate_for(std::uint8_t subject_type, std::uint8_t object_type, Random& random) {
  switch (object_type) {
    case person:
      if (subject_type != person) return related_to;
      return std::array<std::uint8_t, 3>{knows, related_to,
                                         father_of}[random.weighted(std::array<std::uint8_t, 3>{6, 3, 1})];
    case organization:
      return std::array<std::uint8_t, 4>{member_of, works_for, leads,
                                         transferred_to}[random.weighted(std::array<std::uint8_t, 4>{4, 3, 1, 2})];
    case group:
      return random.below(5) == 0 ? leads : member_of;
    case location:
      return located_in;
    case event:
      return attended;
    case phone:
      return random.below(4) == 0 ? owns : called;
    case account:
      return random.below(3) == 0 ? owns : transferred_to;
    case vehicle:
      return owns;
    default:
      return mentioned_in;
  }
}

std::int32_t random_date(Random& random) {
  const std::int32_t year = 2005 + static_cast<std::int32_t>(random.below(8));
  const std::uint32_t precision = random.below(10);  // 5 in 10 full dates, 3 year-month, 2 year only
  const std::int32_t month = precision < 8 ? 1 + static_cast<std::int32_t>(random.below(12)) : 0;
  const std::int32_t day = precision < 5 ? 1 + static_cast<std::int32_t>(random.below(28)) : 0;
  return year * 10000 + month * 100 + day;
}

}  // namespace

std::optional<SizePreset> find_size_preset(std::string_view name) {
  for (const SizePreset& preset : kSizePresets) {
    if (preset.name == name) return preset;
  }
  return std::nullopt;
}

std::span<const std::string_view> entity_type_names() { return kTypes; }
std::span<const std::string_view> predicate_names() { return kPredicates; }

std::string GeneratedGraph::node_key(std::uint32_t node) const {
  return fmt::format("{}-{}", kKeyPrefixes[node_type[node]], node);
}

std::string GeneratedGraph::node_name(std::uint32_t node) const {
  switch (node_type[node]) {
    case person:
      return fmt::format("{} {}ov", kFirstNames[node % kFirstNames.size()], word(node / 40));
    case organization:
      return fmt::format("{} {}", word(node), kOrganizationKinds[node % kOrganizationKinds.size()]);
    case group:
      return fmt::format("{} network", word(node));
    case location:
      return fmt::format("{}obod", word(node));
    case event:
      return fmt::format("Meeting at {}", word(node));
    case phone:
      return fmt::format("+992 9{:08}", node);
    case account:
      return fmt::format("TJ{:012}", node);
    case vehicle:
      return fmt::format("Car {}", word(node));
    default:
      return fmt::format("Report {}", word(node));
  }
}

GeneratedGraph generate_graph(const GeneratorOptions& options) {
  GeneratedGraph graph;
  graph.options = options;
  graph.source_count = std::max<std::uint32_t>(10, options.facts / 1000);
  Random random(options.seed);
  graph.node_type.resize(options.nodes);
  for (std::uint8_t& type : graph.node_type) type = random.weighted(kTypeShares);

  const PowerLawSampler sampler(options.nodes, options.degree_exponent, random);
  std::vector<std::uint32_t> degree(options.nodes, 0);
  graph.facts.resize(options.facts);
  for (GeneratedFact& fact : graph.facts) {
    fact.subject = sampler.draw(random);
    do fact.object = sampler.draw(random);
    while (fact.object == fact.subject && options.nodes > 1);
    ++degree[fact.subject];
    ++degree[fact.object];
    fact.predicate = predicate_for(graph.node_type[fact.subject], graph.node_type[fact.object], random);
    if (random.unit() < options.provenance_share) {
      fact.source = 1 + random.below(graph.source_count);
      fact.date = random_date(random);
      fact.confidence_percent = static_cast<std::uint8_t>(50 + random.below(51));
      fact.quote = random.unit() < options.quote_share;
    }
  }

  std::vector<std::uint32_t> connected;
  for (std::uint32_t node = 0; node < options.nodes; ++node) {
    if (degree[node] != 0) connected.push_back(node);
  }
  if (connected.size() >= 2) {
    const auto count = static_cast<std::uint32_t>(connected.size());
    for (std::uint32_t i = 0; i < options.queries; ++i) {
      const std::uint32_t from = connected[random.below(count)];
      std::uint32_t to = from;
      while (to == from) to = connected[random.below(count)];
      graph.queries.emplace_back(from, to);
    }
  }
  return graph;
}

}  // namespace kg::bench
