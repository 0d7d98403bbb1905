#pragma once
/// Near-duplicate entities: pairs that are probably one entity under two names (Emomali Rahmon, Эмомали Рахмон,
/// Imomali Rakhmonov), each with the evidence for and against, scored and sorted. Proposes only: merging is the
/// analyst's same_as decision, and a different_from decision hides a pair for good. docs/CLI.md (kg duplicates)
/// documents the score.
///
///   const kg::analytics::DuplicateReport report = kg::analytics::find_duplicates(graph, {.min_score = 0.6});
///   for (const kg::analytics::DuplicatePair& pair : report.pairs) ...
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kg/graph/graph.h"
#include "kg/query/result_table.h"

namespace kg::analytics {

struct DuplicateOptions {
  std::vector<graph::TypeId> types{};  ///< only entities of these types; empty: every type
  double min_score = 0.6;              ///< pairs scoring less are not reported
  std::size_t limit = 100;             ///< at most this many pairs, the best first
};

/// One piece of evidence about a pair, and what it adds to (or, negative, takes from) the score.
struct DuplicateEvidence {
  enum class Kind {
    names,           ///< the most similar pair of their names and aliases, after folding and transliteration
    shared_name,     ///< a name or alias that both have (after folding)
    same_type,       ///< both declared with the same type, or one untyped
    neighbours,      ///< entities both are linked to
    same_property,   ///< a property both state with the same value
    other_property,  ///< a property they state with different values: argues against
    linked,          ///< an edge between them: an entity is seldom linked to itself
  };
  Kind kind;
  double weight;
  std::string text;  ///< e.g. `names "Emomali Rahmon" ~ "Эмомали Рахмон" 1.00 (transliterated)`
};

struct DuplicatePair {
  graph::NodeId a, b;  ///< a < b
  double score = 0;    ///< 0..1, two decimals
  std::vector<DuplicateEvidence> evidence{};
};

struct DuplicateReport {
  std::vector<DuplicatePair> pairs{};  ///< best first (score, then a, then b)
  std::size_t more = 0;                ///< pairs at or above min_score beyond `limit`
  std::size_t decided = 0;             ///< pairs at or above min_score hidden by a different_from decision
  std::size_t skipped_blocks = 0;      ///< name parts too common to compare (shared by more than kMaxBlock)
};

/// Entities sharing a name part with more than this many others are not paired through that part.
inline constexpr std::size_t kMaxBlock = 100;

/// Pairs of entities (of compatible types: the same, or one untyped `Entity`) whose names are alike after folding
/// and transliteration, scored with the other evidence. Throws std::runtime_error when ICU cannot transliterate.
DuplicateReport find_duplicates(const graph::Graph& graph, const DuplicateOptions& options = {});

/// Scores pairs of one graph's entities as find_duplicates does, whether or not their names share a part: every
/// entity's names (of `types`, or of all types) are tokenized once, and how many entities share each name part is
/// counted (a common part weighs less), so scoring a pair then costs only the pair.
class DuplicateScorer {
 public:
  explicit DuplicateScorer(const graph::Graph& graph, std::vector<graph::TypeId> types = {});
  ~DuplicateScorer();
  DuplicateScorer(const DuplicateScorer&) = delete;
  DuplicateScorer& operator=(const DuplicateScorer&) = delete;

  /// The pair's score and evidence; nullopt when they cannot be one entity (two types, one node, a type not
  /// asked for) or their names are too unlike to score.
  std::optional<DuplicatePair> score(graph::NodeId a, graph::NodeId b) const;
  /// Pairs (a < b, sorted) whose names share a name part, its first four letters or the start of its consonant
  /// skeleton; parts shared by more than kMaxBlock entities pair nobody and are counted in `skipped_blocks`.
  std::vector<std::pair<graph::NodeId, graph::NodeId>> candidates(std::size_t& skipped_blocks) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// The report as a table for render/: score, a (id), a_name, b (id), b_name, evidence (one text: each item with
/// its weight, "; "-joined).
query::ResultTable duplicates_table(const graph::Graph& graph, const DuplicateReport& report);

}  // namespace kg::analytics
