"""The graph-algorithms table of bench/compare-peers (used by compare_table.py): kg (SIZE-kg-algo.json from
bench/analytics_bench), igraph and NetworkX (SIZE-igraph-algo.json, SIZE-networkx-algo.json from bench/peers.py
--algorithms) and Kuzu's algo extension (SIZE-kuzu-algo.json from bench/kuzu/algo.js), best seconds per algorithm,
with issue 10's targets: faster than the fastest peer everywhere, exact betweenness on small at least 2× faster
than igraph."""

from kuzu_table import cell, markdown

# Row name -> Kuzu's algorithms that compute it (the fastest one counts).
KUZU_NAMES = {"pagerank": ["pagerank"], "wcc": ["wcc"], "scc": ["scc", "scc_kosaraju"], "coreness": ["kcore"],
              "louvain": ["louvain"]}
ROWS = ["pagerank", "wcc", "scc", "coreness", "louvain", "leiden", "betweenness_exact", "betweenness_sampled"]


def kuzu_seconds(kuzu, name):
    times = [kuzu.get(k, {}).get("median_s") for k in KUZU_NAMES.get(name, [])]
    times = [t for t in times if t is not None]
    return min(times) if times else None


def table(size, load):
    """The Markdown lines of one size's algorithms table, or [] when kg's algorithms did not run for it."""
    kg = load(f"{size}-kg-algo.json")
    if not kg:
        return []
    igraph = load(f"{size}-igraph-algo.json").get("algorithms", {})
    networkx = load(f"{size}-networkx-algo.json").get("algorithms", {})
    kuzu = load(f"{size}-kuzu-algo.json").get("algorithms", {})
    rows = []
    for name in ROWS:
        mine = kg.get(name + "_s")
        if mine is None:
            continue
        extrapolated = networkx.get(name + "_extrapolated")
        peers = [igraph.get(name), networkx.get(name, extrapolated), kuzu_seconds(kuzu, name)]
        measured = [p for p in peers if p is not None]
        fastest = min(measured) if measured else None
        ratio = fastest / mine if fastest else None
        if name == "betweenness_exact" and size == "small" and igraph.get(name):
            target, met = "igraph / kg ≥ 2×", igraph[name] / mine >= 2
        elif ratio:
            target, met = "faster than every peer", ratio > 1
        else:
            target, met = "", None
        networkx_cell = ("≈" + cell(extrapolated) + " (extrapolated)") if name not in networkx and extrapolated \
            else cell(networkx.get(name))
        rows.append([name, cell(mine), cell(peers[0]), networkx_cell, cell(peers[2]),
                     f"{ratio:.3g}×" if ratio else "", target,
                     "" if met is None else "yes" if met else "**no**"])
    header = ["algorithm (s)", "kg", "igraph", "NetworkX", "Kuzu", "fastest peer / kg", "target", "met"]
    note = ("kg: bench/analytics_bench, best of its runs, each compiling the filtered snapshot it runs on (as `kg "
            "rank` does) and using every core. igraph and NetworkX: bench/peers.py --algorithms on the graph they "
            "built, best of their runs, an undirected or simple copy made before the timing; PRPACK PageRank, "
            "multilevel Louvain, Leiden with its default 2 iterations (kg runs 2 passes too); NetworkX has no "
            "Leiden. Kuzu: its algo extension's median (algo.js), with its own defaults (PageRank 20 iterations, no dangling mass); "
            "the faster of its two SCC algorithms counts. — : the library lacks the algorithm, or it was not run "
            "at this size.")
    return ["", f"#### {size}: graph algorithms (issue 10)", ""] + markdown(header, rows) + ["", note]
