#include "community_checks.h"

namespace kg::analytics::test {
namespace {
constexpr CommunityMethod kLouvain{"louvain", louvain};
}  // namespace

TEST_CASE("Louvain finds at least igraph's multilevel modularity less 0.5 % on the classic networks", "[analytics]") {
  check_classics(kLouvain);
}

TEST_CASE("Louvain matches igraph's multilevel on random weighted and filtered multigraphs, at several resolutions",
          "[analytics]") {
  check_random_graphs(kLouvain, 753);
}

TEST_CASE("Louvain is deterministic for a seed, and a higher resolution gives more communities", "[analytics]") {
  check_deterministic(kLouvain);
}

TEST_CASE("Louvain's further passes never lower modularity", "[analytics]") { check_passes(kLouvain); }

}  // namespace kg::analytics::test
