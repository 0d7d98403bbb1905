// kg duplicates: candidate pairs by blocking on name parts, then each pair scored from its evidence.
#include "kg/analytics/duplicates.h"

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <variant>

#include "kg/graph/name_fold.h"
#include "name_keys.h"

namespace kg::analytics {
namespace {

using graph::NodeId;
using Kind = DuplicateEvidence::Kind;

// What the score is made of (docs/CLI.md, kg duplicates).
constexpr double kNameWeight = 0.70;       // times the name similarity
constexpr double kSameTypeWeight = 0.15;   // both declared with one type
constexpr double kUntypedWeight = 0.05;    // one of them untyped (Entity)
constexpr double kNeighbourWeight = 0.15;  // times the shared-neighbour term (at most 1)
constexpr double kSamePropertyWeight = 0.05;
constexpr double kSamePropertyMost = 0.10;
constexpr double kOtherPropertyWeight = -0.25;
constexpr double kOtherPropertyMost = -0.50;
constexpr double kLinkedWeight = -0.20;
constexpr double kMinNameSimilarity = 0.6;  // pairs whose names are less alike are not scored at all

struct Variant {
  std::string_view text;
  std::string folded;
  detail::NameTokens name;
};

/// The node's name and aliases, each folded and as tokens.
std::vector<Variant> node_variants(const graph::Graph& graph, NodeId node, detail::NameKeys& keys) {
  std::vector<std::string_view> names = graph.node_aliases(node);
  names.insert(names.begin(), graph.node_name(node));
  std::vector<Variant> variants;
  variants.reserve(names.size());
  for (const std::string_view text : names) variants.push_back({text, graph::fold_name(text), keys.tokens(text)});
  return variants;
}

std::vector<NodeId> neighbours(const graph::Graph& graph, NodeId node) {
  std::vector<NodeId> list;
  for (const auto [next, edge] : graph.out(node)) list.push_back(next);
  for (const auto [previous, edge] : graph.in(node)) list.push_back(previous);
  std::sort(list.begin(), list.end());
  list.erase(std::unique(list.begin(), list.end()), list.end());
  return list;
}

bool same_value(const graph::PropertyValue& a, const graph::PropertyValue& b) {
  const auto* text_a = std::get_if<std::string_view>(&a);
  const auto* text_b = std::get_if<std::string_view>(&b);
  if (text_a != nullptr && text_b != nullptr) return graph::fold_name(*text_a) == graph::fold_name(*text_b);
  const auto number = [](const graph::PropertyValue& v) -> std::optional<double> {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&v)) return *d;
    return std::nullopt;
  };
  if (number(a) && number(b)) return *number(a) == *number(b);
  return a == b;
}

std::string value_text(const graph::PropertyValue& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::string_view>) return fmt::format("\"{}\"", v);
        if constexpr (std::is_same_v<T, bool>) return v ? "true" : "false";
        if constexpr (!std::is_same_v<T, std::string_view> && !std::is_same_v<T, bool>) return fmt::format("{}", v);
      },
      value);
}

class PairScorer {
 public:
  PairScorer(const graph::Graph& graph, const std::vector<std::vector<Variant>>& variants,
             const detail::TokenRarity& rarity)
      : graph_(graph), variants_(variants), rarity_(rarity) {
    const std::optional<graph::TypeId> entity = graph.find_type("Entity");
    if (entity && graph.type_name(*entity) == "Entity") untyped_ = *entity;
  }

  /// The pair with its evidence, or nullopt when it cannot be one entity (two types) or its names are unlike.
  std::optional<DuplicatePair> score(NodeId a, NodeId b) const {
    DuplicatePair pair{a, b};
    if (variants_[a.value].empty() || variants_[b.value].empty()) return std::nullopt;  // a type not asked for
    const graph::TypeId type_a = graph_.node_type(a);
    const graph::TypeId type_b = graph_.node_type(b);
    if (type_a != type_b && type_a != untyped_ && type_b != untyped_) return std::nullopt;
    if (!add_names(pair)) return std::nullopt;
    if (type_a == type_b && type_a != untyped_) {
      add(pair, Kind::same_type, kSameTypeWeight, fmt::format("same type {}", graph_.type_name(type_a)));
    } else if (type_a != type_b) {
      add(pair, Kind::same_type, kUntypedWeight, "one of them untyped");
    }
    add_neighbours(pair);
    add_properties(pair);
    double total = 0;
    for (const DuplicateEvidence& evidence : pair.evidence) total += evidence.weight;
    pair.score = std::round(std::clamp(total, 0.0, 1.0) * 100) / 100;
    return pair;
  }

 private:
  static void add(DuplicatePair& pair, Kind kind, double weight, std::string text) {
    pair.evidence.push_back({kind, weight, std::move(text)});
  }

  bool add_names(DuplicatePair& pair) const {
    const std::vector<Variant>& names_a = variants_[pair.a.value];
    const std::vector<Variant>& names_b = variants_[pair.b.value];
    const Variant* best_a = nullptr;
    const Variant* best_b = nullptr;
    double best = -1;
    for (const Variant& x : names_a) {
      for (const Variant& y : names_b) {
        const double similarity =
            x.folded == y.folded ? 1.0 : detail::name_similarity(x.name.tokens, y.name.tokens, &rarity_);
        if (similarity > best) {
          best = similarity;
          best_a = &x;
          best_b = &y;
        }
      }
    }
    if (best_a == nullptr || best < kMinNameSimilarity) return false;
    if (best_a->folded == best_b->folded) {
      add(pair, Kind::shared_name, kNameWeight, fmt::format("shared name \"{}\"", best_a->text));
      return true;
    }
    const bool transliterated = best_a->name.transliterated || best_b->name.transliterated;
    add(pair, Kind::names, kNameWeight * best,
        fmt::format("names \"{}\" ~ \"{}\" {:.2f}{}", best_a->text, best_b->text, best,
                    transliterated ? " (transliterated)" : ""));
    return true;
  }

  void add_neighbours(DuplicatePair& pair) const {
    const std::vector<NodeId> of_a = neighbours(graph_, pair.a);
    const std::vector<NodeId> of_b = neighbours(graph_, pair.b);
    if (std::binary_search(of_a.begin(), of_a.end(), pair.b)) {
      std::string_view predicate;
      for (const auto [next, edge] : graph_.out(pair.a)) {
        if (next == pair.b) predicate = graph_.predicate_name(graph_.edge_predicate(edge));
      }
      for (const auto [previous, edge] : graph_.in(pair.a)) {
        if (previous == pair.b && predicate.empty()) predicate = graph_.predicate_name(graph_.edge_predicate(edge));
      }
      add(pair, Kind::linked, kLinkedWeight, fmt::format("linked to each other ({})", predicate));
    }
    std::vector<NodeId> shared;
    std::set_intersection(of_a.begin(), of_a.end(), of_b.begin(), of_b.end(), std::back_inserter(shared));
    std::erase_if(shared, [&](NodeId n) { return n == pair.a || n == pair.b; });
    if (shared.empty()) return;
    // A neighbour counts less the more entities it has: sharing a capital city says little.
    double term = 0;
    std::string listed;
    for (std::size_t i = 0; i < shared.size(); ++i) {
      const double degree = graph_.out_degree(shared[i]) + graph_.in_degree(shared[i]);
      term += 2.0 / std::log2(2.0 + degree);
      if (i < 3) listed += fmt::format("{}{}", i == 0 ? "" : ", ", graph_.node_name(shared[i]));
    }
    if (shared.size() > 3) listed += fmt::format(" and {} more", shared.size() - 3);
    add(pair, Kind::neighbours, kNeighbourWeight * std::min(1.0, term),
        fmt::format("{} shared neighbour{}: {}", shared.size(), shared.size() == 1 ? "" : "s", listed));
  }

  void add_properties(DuplicatePair& pair) const {
    double same = 0;
    double other = 0;
    for (const graph::Property& property : graph_.node_properties(pair.a)) {
      const std::optional<graph::PropertyValue> value_b = graph_.node_property(pair.b, property.key);
      if (!value_b) continue;
      if (same_value(property.value, *value_b)) {
        const double weight = std::min(kSamePropertyWeight, kSamePropertyMost - same);
        same += weight;
        add(pair, Kind::same_property, weight, fmt::format("same {} {}", property.key, value_text(property.value)));
      } else {
        const double weight = std::max(kOtherPropertyWeight, kOtherPropertyMost - other);
        other += weight;
        add(pair, Kind::other_property, weight,
            fmt::format("{} {} vs {} (against)", property.key, value_text(property.value), value_text(*value_b)));
      }
    }
  }

  const graph::Graph& graph_;
  const std::vector<std::vector<Variant>>& variants_;
  const detail::TokenRarity& rarity_;
  graph::TypeId untyped_{UINT16_MAX};
};

// The node pairs a different_from decision separates.
absl::flat_hash_set<std::pair<std::uint32_t, std::uint32_t>> decided_pairs(const graph::Graph& graph) {
  absl::flat_hash_set<std::pair<std::uint32_t, std::uint32_t>> decided;
  for (std::uint32_t d = 0; d < graph.decision_count(); ++d) {
    const graph::Decision decision = graph.decision(graph::DecisionId{d});
    if (decision.kind != graph::DecisionKind::different_from) continue;
    for (std::size_t i = 0; i < decision.nodes.size(); ++i) {
      for (std::size_t j = i + 1; j < decision.nodes.size(); ++j) {
        const auto [low, high] = std::minmax(decision.nodes[i].value, decision.nodes[j].value);
        decided.insert({low, high});
      }
    }
  }
  return decided;
}

}  // namespace

struct DuplicateScorer::State {
  explicit State(const graph::Graph& of) : graph(of) {}  // never moved: scorer refers to the members
  const graph::Graph& graph;
  std::vector<std::vector<Variant>> variants;  // by node; empty for nodes of a type not asked for
  detail::TokenRarity rarity;
  PairScorer scorer{graph, variants, rarity};
};

DuplicateScorer::DuplicateScorer(const graph::Graph& graph, std::vector<graph::TypeId> types)
    : state_(std::make_unique<State>(graph)) {
  state_->variants.resize(graph.node_count());
  detail::NameKeys keys;
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
    const NodeId node{n};
    if (!types.empty() && std::find(types.begin(), types.end(), graph.node_type(node)) == types.end()) continue;
    state_->variants[n] = node_variants(graph, node, keys);
    std::vector<std::string_view> tokens;
    for (const Variant& variant : state_->variants[n]) {
      tokens.insert(tokens.end(), variant.name.tokens.begin(), variant.name.tokens.end());
    }
    state_->rarity.add_entity(std::move(tokens));
  }
}

DuplicateScorer::~DuplicateScorer() = default;

std::optional<DuplicatePair> DuplicateScorer::score(NodeId a, NodeId b) const {
  if (b < a) std::swap(a, b);
  if (a == b) return std::nullopt;
  return state_->scorer.score(a, b);
}

std::vector<std::pair<NodeId, NodeId>> DuplicateScorer::candidates(std::size_t& skipped_blocks) const {
  absl::flat_hash_map<std::string, std::vector<std::uint32_t>> blocks;
  for (std::uint32_t n = 0; n < state_->variants.size(); ++n) {
    std::vector<std::string> node_keys;
    for (const Variant& variant : state_->variants[n]) {
      for (const std::string& token : variant.name.tokens) {
        for (std::string& key : detail::block_keys(token)) node_keys.push_back(std::move(key));
      }
    }
    std::sort(node_keys.begin(), node_keys.end());
    node_keys.erase(std::unique(node_keys.begin(), node_keys.end()), node_keys.end());
    for (std::string& key : node_keys) blocks[std::move(key)].push_back(n);
  }
  absl::flat_hash_set<std::pair<std::uint32_t, std::uint32_t>> seen;
  std::vector<std::pair<NodeId, NodeId>> pairs;
  skipped_blocks = 0;
  for (const auto& [key, members] : blocks) {
    if (members.size() > kMaxBlock) {
      ++skipped_blocks;
      continue;
    }
    for (std::size_t i = 0; i < members.size(); ++i) {
      for (std::size_t j = i + 1; j < members.size(); ++j) {
        if (seen.insert({members[i], members[j]}).second) pairs.emplace_back(NodeId{members[i]}, NodeId{members[j]});
      }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

DuplicateReport find_duplicates(const graph::Graph& graph, const DuplicateOptions& options) {
  const DuplicateScorer scorer(graph, options.types);
  const auto decided = decided_pairs(graph);
  DuplicateReport report;
  for (const auto& [a, b] : scorer.candidates(report.skipped_blocks)) {
    std::optional<DuplicatePair> pair = scorer.score(a, b);
    if (!pair || pair->score < options.min_score) continue;
    if (decided.contains({a.value, b.value})) {
      ++report.decided;
      continue;
    }
    report.pairs.push_back(std::move(*pair));
  }
  std::stable_sort(report.pairs.begin(), report.pairs.end(),
                   [](const DuplicatePair& x, const DuplicatePair& y) { return x.score > y.score; });
  if (report.pairs.size() > options.limit) {
    report.more = report.pairs.size() - options.limit;
    report.pairs.resize(options.limit);
  }
  return report;
}

query::ResultTable duplicates_table(const graph::Graph& graph, const DuplicateReport& report) {
  query::ResultTable table({"score", "a", "a_name", "b", "b_name", "evidence"});
  for (const DuplicatePair& pair : report.pairs) {
    std::string evidence;
    for (const DuplicateEvidence& item : pair.evidence) {
      evidence += fmt::format("{}{} ({:+.2f})", evidence.empty() ? "" : "; ", item.text, item.weight);
    }
    table.add_row({query::Value::real(pair.score), query::Value::graph_string(graph.node_key(pair.a)),
                   query::Value::graph_string(graph.node_name(pair.a)),
                   query::Value::graph_string(graph.node_key(pair.b)),
                   query::Value::graph_string(graph.node_name(pair.b)), query::Value::string(std::move(evidence))});
  }
  return table;
}

}  // namespace kg::analytics
