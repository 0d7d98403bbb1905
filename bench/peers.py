#!/usr/bin/python3
"""The peer side of bench/compare-peers: the operations kg_bench measures, done with NetworkX or igraph on the
same generated files (entities.csv, facts.csv, queries.tsv) and the same 1000 query pairs.

    /usr/bin/python3 bench/peers.py --peer igraph --data DATA --work WORK --json igraph.json

Every query operation stops after --budget seconds (default 60); the JSON then says how many pairs it ran, and the
percentiles are over those pairs (a random sample, as the pairs are random).

--algorithms times the graph algorithms bench/analytics_bench times in kg (best of --runs runs each, on the graph
already built; an undirected or simple copy an algorithm needs is made once, before its timing): PageRank, weak and
strong components, coreness, Louvain, Leiden, betweenness exact (undirected) and sampled from 100 pivots (NetworkX's
k). A library without an algorithm leaves it out; NetworkX's exact betweenness is not run but extrapolated from
the sampled one (Brandes does one search per pivot, so exact ≈ sampled × nodes / 100), and marked so."""
import argparse
import csv
import json
import os
import pickle
import sys
import time

# Edge attributes and their positions in a fact tuple (subject, predicate, object, source, date, confidence, quote).
FACT_ATTRIBUTES = {"predicate": 1, "source": 3, "date": 4, "confidence": 5, "quote": 6}
# Pivots of the sampled betweenness, as bench/analytics_bench's --samples default.
SAMPLED_PIVOTS = 100


def read_csv(data):
    """Nodes (id, type, name, age) and facts as lists of tuples, read with Python's csv module."""
    with open(os.path.join(data, "entities.csv"), newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        nodes = [(row[0], row[1], row[2], int(row[4]) if row[4] else None) for row in rows]
    with open(os.path.join(data, "facts.csv"), newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        facts = [(row[0], row[1], row[2], row[3], row[4], float(row[5]) if row[5] else None, row[6])
                 for row in rows]
    return nodes, facts


def read_queries(data):
    with open(os.path.join(data, "queries.tsv"), encoding="utf-8") as f:
        return [tuple(line.rstrip("\n").split("\t")) for line in f]


def percentile(seconds, share):
    ordered = sorted(seconds)
    index = max(int(-(-share * len(ordered) // 1)), 1) - 1  # nearest rank
    return ordered[index] * 1e3


class Peer:
    """One library: build() returns the graph; the query methods take node ids from queries.tsv."""

    def time_queries(self, name, queries, run, budget, results):
        latencies = []
        deadline = time.perf_counter() + budget
        for a, b in queries:
            start = time.perf_counter()
            run(a, b)
            latencies.append(time.perf_counter() - start)
            if time.perf_counter() > deadline:
                break
        results[name + "_p50_ms"] = percentile(latencies, 0.5)
        results[name + "_p99_ms"] = percentile(latencies, 0.99)
        results[name + "_pairs"] = len(latencies)


class IGraph(Peer):
    name = "igraph"

    def __init__(self):
        import igraph
        self.ig = igraph

    def build(self, nodes, facts):
        index = {node[0]: i for i, node in enumerate(nodes)}
        edges = [(index[f[0]], index[f[2]]) for f in facts]
        self.index = index
        return self.ig.Graph(
            n=len(nodes), edges=edges, directed=True,
            vertex_attrs={"name": [n[0] for n in nodes], "type": [n[1] for n in nodes],
                          "label": [n[2] for n in nodes], "age": [n[3] for n in nodes]},
            edge_attrs={name: [f[column] for f in facts] for name, column in FACT_ATTRIBUTES.items()})

    def shortest_path(self, g, a, b):
        return g.get_shortest_paths(self.index[a], to=self.index[b], mode="all", output="vpath")[0]

    def two_hop(self, g, a):
        return g.neighborhood(self.index[a], order=2, mode="all")

    def two_hop_edges(self, g, a):
        return g.induced_subgraph(self.two_hop(g, a))

    def page_rank(self, g):
        return g.pagerank()

    def write_graphml(self, g, path):
        g.write_graphml(path)

    def algorithms(self, g):
        """Name -> (prepare, run): prepare makes what the algorithm runs on, outside its timing."""
        undirected = lambda: g.as_undirected(mode="each")  # noqa: E731 (one edge per fact, as kg's snapshot)
        return {
            "pagerank": (lambda: g, lambda h: h.pagerank()),  # PRPACK
            "wcc": (lambda: g, lambda h: h.connected_components(mode="weak")),
            "scc": (lambda: g, lambda h: h.connected_components(mode="strong")),
            "coreness": (lambda: g, lambda h: h.coreness(mode="all")),
            "louvain": (undirected, lambda h: h.community_multilevel()),
            "leiden": (undirected, lambda h: h.community_leiden(objective_function="modularity")),
            "betweenness_exact": (lambda: g, lambda h: h.betweenness(directed=False)),
        }


class NetworkX(Peer):
    name = "networkx"

    def __init__(self):
        import networkx
        self.nx = networkx

    def build(self, nodes, facts):
        g = self.nx.MultiDiGraph()
        g.add_nodes_from((n[0], {"type": n[1], "label": n[2]} if n[3] is None else
                          {"type": n[1], "label": n[2], "age": n[3]}) for n in nodes)
        g.add_edges_from((f[0], f[2], {"predicate": f[1]} if not f[3] else
                          {"predicate": f[1], "source": f[3], "date": f[4], "confidence": f[5], "quote": f[6]})
                         for f in facts)
        return g

    def shortest_path(self, g, a, b):
        try:
            return self.nx.bidirectional_shortest_path(self.undirected(g), a, b)
        except self.nx.NetworkXNoPath:
            return None

    def two_hop(self, g, a):
        return self.nx.single_source_shortest_path_length(self.undirected(g), a, cutoff=2)

    def two_hop_edges(self, g, a):
        # ego_graph(undirected=True) copies the whole graph on every call; the undirected view does not.
        return self.nx.ego_graph(self.undirected(g), a, radius=2)

    def page_rank(self, g):
        return self.nx.pagerank(g)

    def write_graphml(self, g, path):
        # NetworkX cannot write None attribute values; the graph holds none (absent keys are left out).
        self.nx.write_graphml(g, path)

    def algorithms(self, g):
        """Name -> (prepare, run), as IGraph.algorithms. core_number and louvain_communities take simple graphs."""
        nx = self.nx

        def simple():
            h = nx.Graph(g.to_undirected(as_view=True))
            h.remove_edges_from(nx.selfloop_edges(h))
            return h
        return {
            "pagerank": (lambda: g, lambda h: nx.pagerank(h)),
            "wcc": (lambda: g, lambda h: list(nx.weakly_connected_components(h))),
            "scc": (lambda: g, lambda h: list(nx.strongly_connected_components(h))),
            "coreness": (simple, lambda h: nx.core_number(h)),
            "louvain": (simple, lambda h: nx.community.louvain_communities(h, seed=1)),
            "betweenness_sampled": (lambda: self.undirected(g),
                                    lambda h: nx.betweenness_centrality(h, k=min(SAMPLED_PIVOTS, len(h)), seed=1)),
        }

    def undirected(self, g):
        if getattr(self, "_view_of", None) is not g:
            self._view_of, self._view = g, g.to_undirected(as_view=True)
        return self._view


def time_algorithms(peer, g, wanted, runs, report):
    """Name -> best seconds of the algorithms asked for that the peer has."""
    available = peer.algorithms(g)
    names = []
    for token in wanted.split(","):
        names += [name for name in available if name != "betweenness_exact"] if token == "all" else [token]
    seconds = {}
    for name in names:
        if name not in available:
            continue
        prepare, run = available[name]
        h = prepare()
        best = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            run(h)
            best = min(best, time.perf_counter() - start)
        seconds[name] = best
        report(f"algorithm {name}_s", best, "s")
    if "betweenness_sampled" in seconds and "betweenness_exact" not in available and "betweenness_exact" in names:
        pivots = min(SAMPLED_PIVOTS, len(g))
        seconds["betweenness_exact_extrapolated"] = seconds["betweenness_sampled"] * len(g) / pivots
        report("algorithm betweenness_exact_s", seconds["betweenness_exact_extrapolated"], "s (extrapolated)")
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", choices=("igraph", "networkx"), required=True)
    parser.add_argument("--data", required=True, help="the data set's folder (kg_bench_generate)")
    parser.add_argument("--work", required=True, help="where to write the peer's GraphML and pickle")
    parser.add_argument("--json", required=True, help="where to write the results")
    parser.add_argument("--budget", type=float, default=60, help="seconds per query operation")
    parser.add_argument("--skip", default="",
                        help="comma-separated operations to skip: queries,graphml,pagerank,two_hop")
    parser.add_argument("--algorithms", default="",
                        help="comma-separated algorithms to time (see above), or all; exact betweenness only if named")
    parser.add_argument("--runs", type=int, default=3, help="runs per algorithm; the best is reported")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    peer = IGraph() if args.peer == "igraph" else NetworkX()
    os.makedirs(args.work, exist_ok=True)
    results = {}

    def report(name, value, unit):
        results[name] = value
        print(f"  {name:<28} {value:>14.6g} {unit}", flush=True)

    print(f"{peer.name} on {args.data}", flush=True)
    start = time.perf_counter()
    nodes, facts = read_csv(args.data)
    g = peer.build(nodes, facts)
    report("build_csv_s", time.perf_counter() - start, "s (read entities.csv + facts.csv, build)")
    report("build_csv_facts_per_s", len(facts) / results["build_csv_s"], "facts/s")
    del nodes, facts

    pickled = os.path.join(args.work, f"{peer.name}.pickle")
    with open(pickled, "wb") as f:
        pickle.dump(g, f, protocol=pickle.HIGHEST_PROTOCOL)
    start = time.perf_counter()
    with open(pickled, "rb") as f:
        g = pickle.load(f)
    report("load_s", time.perf_counter() - start, "s (pickle.load, the closest thing to a graph file)")
    report("file_mb", os.path.getsize(pickled) / 1e6, "MB (pickle)")

    queries = [] if "queries" in skip else read_queries(args.data)
    if queries:
        peer.time_queries("shortest_path", queries, lambda a, b: peer.shortest_path(g, a, b), args.budget, results)
    if queries and "two_hop" not in skip:
        peer.time_queries("two_hop", queries, lambda a, b: peer.two_hop(g, a), args.budget, results)
        peer.time_queries("two_hop_edges", queries, lambda a, b: peer.two_hop_edges(g, a), args.budget, results)
    for name in ("shortest_path", "two_hop", "two_hop_edges"):
        if name + "_pairs" in results:
            report(name + "_p50_ms", results[name + "_p50_ms"], f"ms over {results[name + '_pairs']} pairs")
            report(name + "_p99_ms", results[name + "_p99_ms"], "ms")

    if "pagerank" not in skip:
        start = time.perf_counter()
        peer.page_rank(g)
        report("pagerank_s", time.perf_counter() - start, "s")
    if "graphml" not in skip:
        path = os.path.join(args.work, f"{peer.name}.graphml")
        start = time.perf_counter()
        peer.write_graphml(g, path)
        took = time.perf_counter() - start
        report("graphml_s", took, "s")
        report("graphml_mb_per_s", os.path.getsize(path) / 1e6 / took, "MB/s")
        os.remove(path)
    os.remove(pickled)
    if args.algorithms:
        results["algorithms"] = time_algorithms(peer, g, args.algorithms, args.runs, report)
    with open(args.json, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
