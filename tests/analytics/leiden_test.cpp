#include "community_checks.h"

namespace kg::analytics::test {
namespace {
constexpr CommunityMethod kLeiden{"leiden", leiden};
}  // namespace

TEST_CASE("Leiden finds at least igraph's Leiden modularity less 0.5 % on the classic networks", "[analytics]") {
  check_classics(kLeiden);
}

TEST_CASE("Leiden matches igraph's Leiden on random weighted and filtered multigraphs, at several resolutions",
          "[analytics]") {
  check_random_graphs(kLeiden, 653);
}

TEST_CASE("Leiden is deterministic for a seed, and a higher resolution gives more communities", "[analytics]") {
  check_deterministic(kLeiden);
}

TEST_CASE("Leiden's further passes never lower modularity", "[analytics]") { check_passes(kLeiden); }

}  // namespace kg::analytics::test
