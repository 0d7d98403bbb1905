#!/usr/bin/python3
"""Renders bench/compare-peers results (SIZE-kg.json, SIZE-igraph.json, SIZE-networkx.json, SIZE-process.json in
one folder) as one Markdown table per size: kg, each peer, kg's speed-up over each peer (peer time / kg time), and
the issue-5 target with whether kg meets it (targets apply to the medium and large sizes); then the Kuzu tables
of bench/kuzu_table.py (ingest beside Kuzu with issue 13's targets, analyst queries, algorithms) and the graph
algorithms beside igraph, NetworkX and Kuzu (bench/algo_table.py). With --algorithms-only, only the last two; with
--ingest-only, only ingest beside Kuzu (its facts and edges from SIZE-kg-info.json, `kg info --format json`)."""
import argparse
import json
import os
import sys

import algo_table
import kuzu_table

# Issue 5's targets per size: (metric key, comparison, bound); None where the size has no such target.
P50_PATH = {"medium": 0.05, "large": 0.2}
P50_TWO_HOP = {"medium": 0.02, "large": 0.1}


def load(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def process_times(folder, size):
    """Median seconds of the whole `kg path` and `kg neighbours` processes (hyperfine), if measured."""
    runs = load(folder, f"{size}-process.json").get("results", [])
    return {("path" if " path " in run["command"] else "neighbours"): run["median"] for run in runs}


def fmt(value, digits=3):
    if value is None:
        return "—"
    if value >= 1000:
        return f"{value:,.0f}"
    return f"{value:.{digits}g}"


def rows_for(size, kg, peers, process):
    """(operation, kg value, peer values, peer/kg time ratios, target text, met) per row."""
    facts = kg["facts"]
    csv_s = kg["ingest_csv_read_s"] + kg["ingest_csv_build_s"]
    jsonl_s = kg["ingest_jsonl_read_s"] + kg["ingest_jsonl_build_s"]
    targeted = size in ("medium", "large")

    def target(text, met):
        return (text, met) if targeted else ("", None)

    def time_row(name, kg_value, key, target_text="", met=None, unit_scale=1.0):
        values = [p.get(key) for p in peers.values()]
        ratios = [v / kg_value if v is not None and kg_value else None for v in values]
        return (name, kg_value * unit_scale, [v * unit_scale if v is not None else None for v in values], ratios,
                *target(target_text, met))

    rows = [
        ("ingest JSON Lines (facts/s)", facts / jsonl_s, [None] * len(peers), [None] * len(peers),
         *target("≥ 2,000,000", facts / jsonl_s >= 2e6)),
        ("ingest CSV (facts/s)", facts / csv_s, [p.get("build_csv_facts_per_s") for p in peers.values()],
         [p["build_csv_s"] / csv_s if "build_csv_s" in p else None for p in peers.values()],
         *target("≥ 2,000,000", facts / csv_s >= 2e6)),
        time_row("load graph file (s; peers: pickle)", kg["load_s"], "load_s", "≤ 0.3", kg["load_s"] <= 0.3),
        ("graph file (MB; peers: pickle)", kg["file_mb"], [p.get("file_mb") for p in peers.values()],
         [None] * len(peers), "", None),
        ("structure (B/edge)", kg["structure_bytes_per_edge"], [None] * len(peers), [None] * len(peers),
         *target(f"≤ 24 B/edge + 60 B/node ({kg['structure_vs_budget']:.2f}× of it)",
                 kg["structure_vs_budget"] <= 1)),
        ("all data (B/edge)", kg["total_bytes_per_edge"], [None] * len(peers), [None] * len(peers), "", None),
    ]
    for op, label, p50 in (("shortest_path", "shortest path", P50_PATH), ("two_hop", "2-hop nodes", P50_TWO_HOP),
                           ("two_hop_edges", "2-hop nodes + edges", {})):
        rows.append(time_row(f"{label} p50 (ms)", kg[f"{op}_p50_ms"], f"{op}_p50_ms",
                             f"≤ {p50[size]}" if size in p50 else "",
                             kg[f"{op}_p50_ms"] <= p50[size] if size in p50 else None))
        rows.append(time_row(f"{label} p99 (ms)", kg[f"{op}_p99_ms"], f"{op}_p99_ms",
                             "≤ 20" if op == "shortest_path" else "", kg[f"{op}_p99_ms"] <= 20
                             if op == "shortest_path" else None))
    if "path" in process:
        met = process["path"] <= 0.3 if size == "medium" else None
        rows.append(("`kg path` process (s)", process["path"], [None] * len(peers), [None] * len(peers),
                     "≤ 0.3 (medium)" if size == "medium" else "", met))
    if "neighbours" in process:
        rows.append(("`kg neighbours --depth 2` process (s)", process["neighbours"], [None] * len(peers),
                     [None] * len(peers), "", None))
    rows.append(time_row("PageRank (s)", kg["pagerank_s"], "pagerank_s"))
    rows.append(time_row("GraphML write (s)", kg["graphml_s"], "graphml_s"))
    rows.append(("GraphML write (MB/s)", kg["graphml_mb_per_s"], [p.get("graphml_mb_per_s") for p in peers.values()],
                 [None] * len(peers), *target("≥ 300", kg["graphml_mb_per_s"] >= 300)))
    return rows


def algorithms_table(size, folder):
    """An --algorithms-only run's tables for one size."""
    lines = algo_table.table(size, lambda name: load(folder, name))
    if not lines:
        return f"No kg algorithm results for {size} in {folder}.\n"
    lines = [f"### {size}"] + lines + kuzu_table.tables(size, {}, lambda name: load(folder, name))
    return "\n".join(lines) + "\n"


def ingest_table(size, folder):
    """An --ingest-only run's table for one size."""
    info = load(folder, f"{size}-kg-info.json")
    if not info:
        return f"No kg build results for {size} in {folder}.\n"
    kg = {"facts": info["statements"], "edges": info["edges"]}
    lines = [f"### {size}: {info['nodes']:,} nodes, {info['statements']:,} facts"]
    return "\n".join(lines + kuzu_table.tables(size, kg, lambda name: load(folder, name))) + "\n"


def table(size, folder):
    kg = load(folder, f"{size}-kg.json")
    if not kg:
        return f"No kg results for {size} in {folder}.\n"
    peers = {name: load(folder, f"{size}-{key}.json") for name, key in (("igraph", "igraph"),
                                                                          ("NetworkX", "networkx"))}
    peers = {name: results for name, results in peers.items() if results}
    rows = rows_for(size, kg, peers, process_times(folder, size))
    header = ["operation", "kg"] + list(peers) + [f"kg vs {name}" for name in peers] + ["target", "met"]
    lines = [f"### {size}: {kg['nodes']:,.0f} nodes, {kg['edges']:,.0f} edges, {kg['facts']:,.0f} facts", "",
             "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, kg_value, values, ratios, target_text, met in rows:
        ratio_cells = [f"{r:.3g}×" if r is not None else "" for r in ratios]
        mark = "" if met is None else ("yes" if met else "**no**")
        lines.append("| " + " | ".join([name, fmt(kg_value)] + [fmt(v) for v in values] + ratio_cells +
                                      [target_text, mark]) + " |")
    total = int(kg.get("queries", 1000))
    notes = [f"{name} ran {peer[op + '_pairs']} of {total} {op.replace('_', ' ')} queries within its time budget"
             for name, peer in peers.items() for op in ("shortest_path", "two_hop", "two_hop_edges")
             if peer.get(op + "_pairs", total) < total]
    if notes:
        lines += ["", "Note: " + "; ".join(notes) + " (percentiles over those pairs)."]
    lines += algo_table.table(size, lambda name: load(folder, name))
    lines += kuzu_table.tables(size, kg, lambda name: load(folder, name))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", required=True, help="the folder compare-peers wrote its JSON files into")
    parser.add_argument("--markdown", help="also write the tables (with the machine) to this file")
    parser.add_argument("--algorithms-only", action="store_true", help="the run timed only the graph algorithms")
    parser.add_argument("--ingest-only", action="store_true", help="the run timed only kg build and Kuzu's load")
    parser.add_argument("sizes", nargs="+")
    args = parser.parse_args()
    machine_path = os.path.join(args.results, "machine.txt")
    machine = open(machine_path, encoding="utf-8").read() if os.path.exists(machine_path) else ""
    render = algorithms_table if args.algorithms_only else ingest_table if args.ingest_only else table
    text = "\n".join(render(size, args.results) for size in args.sizes)
    print(machine + "\n" + text)
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write("```\n" + machine + "```\n\n" + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
