#pragma once
/// Measures by name: the one entry point that `kg rank --by`, `kg export --with` and the query language use to
/// compute a value per node without knowing each algorithm's API.
///
///   const auto measure = kg::analytics::parse_measure("pagerank");  // nullopt for an unknown name
///   const kg::analytics::MeasureValues rank = kg::analytics::compute_measure(snapshot, *measure);
///   double of_first = rank.values[0];  // indexed like snapshot nodes
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kg/analytics/betweenness.h"
#include "kg/analytics/communities.h"
#include "kg/analytics/page_rank.h"
#include "kg/analytics/sampling.h"
#include "kg/analytics/snapshot.h"

namespace kg::analytics {

enum class Measure {
  degree,
  pagerank,
  betweenness,
  closeness,
  harmonic,
  coreness,
  component,
  strong_component,
  community
};

struct MeasureInfo {
  Measure measure;
  std::string_view name;  ///< as the command line and exports spell it
  bool integer;           ///< values are whole numbers (counts, group numbers)
  std::string_view meaning;
};

/// Every measure, in the order help texts list them.
std::span<const MeasureInfo> measures();
const MeasureInfo& measure_info(Measure measure);
/// A measure by name (`pagerank`, `betweenness`, ...; case-insensitive); nullopt when there is none.
std::optional<Measure> parse_measure(std::string_view name);
/// "degree, pagerank, ... or community", for help and error texts.
std::string measure_names();

enum class CommunityMethod { leiden, louvain };

struct MeasureOptions {
  PageRankOptions page_rank{};
  CentralityOptions centrality{};  ///< betweenness, closeness, harmonic
  CommunityMethod method = CommunityMethod::leiden;
  CommunityOptions communities{};
};

/// One measure's values and what the caller may want to report about them.
struct MeasureValues {
  Measure measure = Measure::degree;
  std::vector<double> values;  ///< per snapshot node; whole numbers for integer measures
  SamplingReport sampling{};   ///< betweenness, closeness, harmonic: sampled or exact
  std::uint32_t groups = 0;    ///< component, strong_component, community: how many (numbered 0.. by size)
  double modularity = 0;       ///< community
};

/// `values` (one per snapshot node) spread over the snapshot's graph, indexed by graph NodeId: NaN for each node
/// the snapshot's filter left out (how exports leave an attribute out).
std::vector<double> by_graph_node(const Snapshot& snapshot, std::span<const double> values);

/// Computes `measure` over the snapshot. Degree, PageRank, betweenness, closeness and harmonic follow the
/// snapshot's direction; the others ignore it (see each algorithm's header).
MeasureValues compute_measure(const Snapshot& snapshot, Measure measure, const MeasureOptions& options = {});

}  // namespace kg::analytics
