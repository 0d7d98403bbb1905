#!/usr/bin/python3
"""Unit tests of bench/compare-peers' algorithm side: bench/peers.py --algorithms on tiny graphs (every algorithm a
library has is timed, NetworkX's exact betweenness is extrapolated from the sampled one) and bench/algo_table.py's
table (the fastest peer, Kuzu's faster SCC, the targets). Run: /usr/bin/python3 -m unittest discover bench/test"""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import algo_table  # noqa: E402
import peers  # noqa: E402

NODES = [(f"n{i}", "Person", f"N {i}", None) for i in range(6)]
FACTS = [(f"n{a}", "knows", f"n{b}", "", "", None, "") for a, b in ((0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 5))]


def time_all(peer, wanted):
    reported = []
    g = peer.build(NODES, FACTS)
    seconds = peers.time_algorithms(peer, g, wanted, 1, lambda name, value, unit: reported.append(name))
    return seconds, reported


class PeerAlgorithms(unittest.TestCase):
    def test_igraph_times_every_algorithm_it_has(self):
        seconds, reported = time_all(peers.IGraph(), "all,betweenness_exact")
        self.assertEqual(set(seconds), {"pagerank", "wcc", "scc", "coreness", "louvain", "leiden",
                                        "betweenness_exact"})
        self.assertTrue(all(s >= 0 for s in seconds.values()))
        self.assertEqual(len(reported), len(seconds))

    def test_igraph_runs_exact_betweenness_only_when_named(self):
        seconds, _ = time_all(peers.IGraph(), "all")
        self.assertNotIn("betweenness_exact", seconds)

    def test_networkx_extrapolates_exact_betweenness_from_the_sampled_one(self):
        seconds, _ = time_all(peers.NetworkX(), "pagerank,betweenness_sampled,betweenness_exact")
        self.assertNotIn("betweenness_exact", seconds)
        self.assertAlmostEqual(seconds["betweenness_exact_extrapolated"],
                               seconds["betweenness_sampled"])  # 6 nodes: every node a pivot

    def test_an_algorithm_the_library_lacks_is_left_out(self):
        seconds, _ = time_all(peers.NetworkX(), "leiden,wcc")
        self.assertEqual(set(seconds), {"wcc"})


class AlgorithmsTable(unittest.TestCase):
    RESULTS = {
        "small-kg-algo.json": {"pagerank_s": 0.1, "scc_s": 0.2, "betweenness_exact_s": 1.0, "leiden_s": 0.5},
        "small-igraph-algo.json": {"algorithms": {"pagerank": 0.3, "scc": 0.1, "betweenness_exact": 1.5}},
        "small-networkx-algo.json": {"algorithms": {"pagerank": 2.0, "betweenness_exact_extrapolated": 90.0}},
        "small-kuzu-algo.json": {"algorithms": {"pagerank": {"median_s": 0.2}, "scc": {"median_s": 0.4},
                                                "scc_kosaraju": {"median_s": 0.15}}},
    }

    def rows(self):
        lines = algo_table.table("small", lambda name: self.RESULTS.get(name, {}))
        body = [line for line in lines if line.startswith("| ") and not line.startswith("| algorithm")]
        return {cells[0]: cells[1:] for cells in ([c.strip() for c in line.strip("|").split("|")] for line in body)}

    def test_the_fastest_peer_sets_the_ratio(self):
        pagerank = self.rows()["pagerank"]
        self.assertEqual(pagerank[4], "2×")  # Kuzu's 0.2 s over kg's 0.1 s
        self.assertEqual(pagerank[6], "yes")

    def test_kuzus_faster_scc_counts_and_a_slower_kg_misses_the_target(self):
        scc = self.rows()["scc"]
        self.assertEqual(scc[3], "0.15")
        self.assertEqual(scc[4], "0.5×")  # igraph's 0.1 s
        self.assertEqual(scc[6], "**no**")

    def test_exact_betweenness_on_small_is_held_to_twice_igraph(self):
        exact = self.rows()["betweenness_exact"]
        self.assertEqual(exact[2], "≈90 (extrapolated)")
        self.assertEqual(exact[5], "igraph / kg ≥ 2×")
        self.assertEqual(exact[6], "**no**")  # 1.5× only

    def test_an_algorithm_no_peer_has_gets_no_target(self):
        leiden = self.rows()["leiden"]
        self.assertEqual(leiden[4:], ["", "", ""])

    def test_no_kg_results_no_table(self):
        self.assertEqual(algo_table.table("medium", lambda name: {}), [])


if __name__ == "__main__":
    unittest.main()
