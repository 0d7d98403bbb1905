"""The independent side of the analytics tests: igraph and NetworkX compute a measure on an edge list that the test
wrote, and print one line per node (or per item). A missing module is an import error, so the test fails.

    /usr/bin/python3 oracle.py MEASURE EDGES [--direction out|in|both] [--weighted] [--damping D] [--normalized]

EDGES: the node count on the first line, then one "source target weight" line per graph edge (nodes 0..N-1).
The rules the library documents are applied here independently: self-loops are dropped; `in` reverses every
edge; `both` ignores direction; measures over paths see one link per pair of nodes (a simple graph), PageRank
and communities see every edge with its weight (a multigraph, parallel weights summed; communities always use the
weights, which are 1 for an unweighted test)."""
import argparse
import random
import sys

import igraph
import networkx


def read_edges(path):
    with open(path, encoding="utf-8") as f:
        count = int(f.readline())
        edges = []
        for line in f:
            source, target, weight = line.split()
            if source != target:
                edges.append((int(source), int(target), float(weight)))
    return count, edges


def oriented(edges, direction):
    return [(t, s, w) for s, t, w in edges] if direction == "in" else edges


def simple_networkx(count, edges, direction):
    g = networkx.Graph() if direction == "both" else networkx.DiGraph()
    g.add_nodes_from(range(count))
    g.add_edges_from((s, t) for s, t, _ in oriented(edges, direction))
    return g


def multigraph_igraph(count, edges, direction):
    return igraph.Graph(n=count, edges=[(s, t) for s, t, _ in oriented(edges, direction)],
                        directed=direction != "both", edge_attrs={"weight": [w for _, _, w in edges]})


def modularity(count, edges, membership, resolution):
    """NetworkX's modularity of `membership` on the undirected graph whose link weights sum the edges'."""
    g = networkx.Graph()
    g.add_nodes_from(range(count))
    for s, t, w in edges:
        if g.has_edge(s, t):
            g[s][t]["weight"] += w
        else:
            g.add_edge(s, t, weight=w)
    groups = {}
    for node, group in enumerate(membership):
        groups.setdefault(group, set()).add(node)
    return networkx.community.modularity(g, groups.values(), weight="weight", resolution=resolution)


def print_values(values):
    for value in values:
        print(repr(float(value)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("measure")
    parser.add_argument("edges")
    parser.add_argument("--direction", default="both", choices=("out", "in", "both"))
    parser.add_argument("--weighted", action="store_true")
    parser.add_argument("--damping", type=float, default=0.85)
    parser.add_argument("--normalized", action="store_true")
    parser.add_argument("--resolution", type=float, default=1.0)
    args = parser.parse_args()
    count, edges = read_edges(args.edges)
    measure = args.measure

    if measure == "pagerank":
        g = multigraph_igraph(count, edges, args.direction)
        print_values(g.pagerank(damping=args.damping, directed=args.direction != "both",
                                weights="weight" if args.weighted else None, implementation="prpack"))
    elif measure == "betweenness":
        g = simple_networkx(count, edges, args.direction)
        values = networkx.betweenness_centrality(g, normalized=args.normalized)
        print_values(values[v] for v in range(count))
    elif measure in ("closeness", "harmonic"):
        # NetworkX measures distances towards a node; kg's `out` measures them from it, along the arrows.
        g = simple_networkx(count, edges, args.direction)
        if g.is_directed():
            g = g.reverse()
        if measure == "closeness":
            values = networkx.closeness_centrality(g)
        else:
            values = networkx.harmonic_centrality(g)
        print_values(values[v] for v in range(count))
    elif measure in ("weak", "strong"):
        g = igraph.Graph(n=count, edges=[(s, t) for s, t, _ in edges], directed=True)
        for label in g.connected_components(mode=measure).membership:
            print(label)
    elif measure == "coreness":
        g = igraph.Graph(n=count, edges=[(s, t) for s, t, _ in edges], directed=False)
        g.simplify()
        for value in g.coreness():
            print(value)
    elif measure == "brokers":
        g = simple_networkx(count, edges, "both")
        print(" ".join(str(v) for v in sorted(networkx.articulation_points(g))))
        for a, b in sorted(tuple(sorted(bridge)) for bridge in networkx.bridges(g)):
            print(a, b)
    elif measure in ("louvain", "leiden"):
        # igraph finds the partitions; NetworkX scores them (igraph 0.10.2's modularity ignores its resolution).
        # One run's modularity depends on igraph's random visiting order (by +-1 % on a graph of a hundred
        # nodes), so this prints the mean over five seeded runs.
        g = multigraph_igraph(count, edges, "both")
        g.simplify(combine_edges={"weight": "sum"})
        scores = []
        for seed in range(5):
            random.seed(seed)
            if measure == "louvain":
                partition = g.community_multilevel(weights="weight", resolution=args.resolution)
            else:
                partition = g.community_leiden(objective_function="modularity", weights="weight",
                                               resolution_parameter=args.resolution, n_iterations=-1)
            scores.append(modularity(count, edges, partition.membership, args.resolution))
        print(repr(sum(scores) / len(scores)))
    elif measure == "modularity":
        # The membership to score follows on stdin, one community per node.
        membership = [int(line) for line in sys.stdin]
        print(repr(modularity(count, edges, membership, args.resolution)))
    else:
        parser.error(f"unknown measure {measure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
