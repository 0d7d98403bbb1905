"""The Kuzu tables of bench/compare-peers (used by compare_table.py): ingest of the same CSV files beside whole
`kg build` processes, the analyst queries, the algorithm extension. Reads SIZE-kg-build-csv.json,
SIZE-kg-build-csv-1-thread.json, SIZE-kg-build-jsonl.json (bench/measure_process.py), SIZE-kuzu-load.json, SIZE-kuzu-queries.json and
SIZE-kuzu-algo.json (bench/kuzu/); SIZE-kg-queries.json, in the same shape as Kuzu's, adds a kg column to the
queries. The algorithms' times beside kg's are algo_table.py's."""

MB = 1e6


def cell(value, digits=3):
    if value is None:
        return "—"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.{digits}g}"


def markdown(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def ingest_table(size, kg, named_builds, kuzu):
    """kg build processes (CSV with its default two threads, CSV on one, JSON Lines) against Kuzu's COPY FROM, with
    issue 13's targets on medium and large. `named_builds` is [(column name, measure_process result)], the
    two-thread CSV build first."""
    facts, edges = kg["facts"], kg["edges"]
    targeted = size in ("medium", "large")
    names = [name for name, _ in named_builds]
    builds = [build for _, build in named_builds]
    kg_rss = max(b["peak_rss_bytes"] for b in builds)
    first = builds[0]

    def row(name, values, ratio=None, target="", met=None):
        mark = "" if met is None or not targeted else ("yes" if met else "**no**")
        return [name] + [cell(v) for v in values] + [f"{ratio:.3g}×" if ratio else "", target if targeted else "",
                                                      mark]

    seconds = [b["seconds"] for b in builds] + [kuzu["load_s"]]
    rates = [facts / s for s in seconds]
    one_thread = [rate for name, rate in zip(names, rates) if "2 threads" not in name]
    disk = [b.get("output_bytes") for b in builds] + [kuzu["db_bytes"]]
    per_edge = [d / edges if d else None for d in disk[:-1]] + [kuzu["db_bytes"] / kuzu["relationships"]]
    rss = [b["peak_rss_bytes"] for b in builds] + [kuzu["peak_rss_bytes"]]
    rows = [
        row("time (s)", seconds, kuzu["load_s"] / first["seconds"], "Kuzu / kg ≥ 2×",
            kuzu["load_s"] >= 2 * max(seconds[:-1])),
        row("facts/s", rates, None, "≥ 2M on one thread, ≥ 3M on two",
            min(one_thread) >= 2e6 and rates[0] >= 3e6),
        row("peak RSS (MB)", [r / MB for r in rss], kuzu["peak_rss_bytes"] / first["peak_rss_bytes"],
            "kg below Kuzu", kg_rss < kuzu["peak_rss_bytes"]),
        row("on disk (MB): graph file, database", [d / MB if d else None for d in disk]),
        row("bytes per edge on disk", per_edge, None, "kg ≤ 40 (large)" if size == "large" else "",
            max(per_edge[:-1]) <= 40 if size == "large" else None),
        row("peak RSS / on disk", [r / d if d else None for r, d in zip(rss, disk)], None, "kg ≤ 2.5×",
            all(r / d <= 2.5 for r, d in zip(rss[:-1], disk[:-1]) if d)),
    ]
    header = ["ingest (same files)"] + names + ["Kuzu COPY FROM CSV", f"Kuzu / {names[0]}", "target", "met"]
    note = (f"kg: whole `kg build` processes, graph file written, {edges:,} edges (repeated facts merged); "
            "`--threads 2` reads and parses CSV and JSON Lines on a second thread. "
            f"Kuzu {kuzu['kuzu_version']}: {kuzu['threads']} threads, flat schema (bench/README.md), "
            f"{kuzu['relationships']:,} relationships (one per fact), timed from opening to closing the database "
            f"in its loader process, whose peak RSS includes Node.js ({kuzu['node_rss_bytes'] / MB:.0f} MB before "
            "the database opened).")
    return markdown(header, rows) + ["", note]


def query_table(kuzu, kg):
    kg_by_name = {q["name"]: q for q in (kg or {}).get("queries", [])}
    header = ["query", "Kuzu p50 (ms)", "Kuzu p99 (ms)", "runs", "rows (first run)"]
    if kg_by_name:
        header += ["kg p50 (ms)", "kg p99 (ms)", "Kuzu / kg p50"]
    rows = []
    for q in kuzu["queries"]:
        if "error" in q:
            rows.append([q["name"], "error: " + q["error"][:60], "", "", ""] + ([""] * 3 if kg_by_name else []))
            continue
        row = [q["name"], cell(q["p50_ms"]), cell(q["p99_ms"]), str(q["runs"]), str(q["first_rows"])]
        if kg_by_name:
            mine = kg_by_name.get(q["name"], {})
            ratio = q["p50_ms"] / mine["p50_ms"] if mine.get("p50_ms") else None
            row += [cell(mine.get("p50_ms")), cell(mine.get("p99_ms")), f"{ratio:.3g}×" if ratio else ""]
        rows.append(row)
    return markdown(header, rows)


def query_targets(kg, kuzu, process):
    """Issue 9's targets: every query faster than Kuzu's; two_hop_distinct within 3x of kg neighbours --depth 2 in
    process; a whole `kg query` 1-hop lookup process within 0.1 s."""
    if not kg:
        return []
    mine = {q["name"]: q for q in kg["queries"]}
    theirs = {q["name"]: q for q in kuzu["queries"] if "p50_ms" in q}
    slower = [name for name, q in theirs.items() if name in mine and mine[name]["p50_ms"] >= q["p50_ms"]]
    lines = ["", f"- every query faster than Kuzu's (p50): {'yes' if not slower else '**no**: ' + ', '.join(slower)}"]
    reference = kg.get("neighbours_depth2", {}).get("p50_ms")
    if reference and "two_hop_distinct" in mine:
        ratio = mine["two_hop_distinct"]["p50_ms"] / reference
        lines.append(f"- two_hop_distinct / neighbourhood(depth 2) in process: {ratio:.3g}× "
                     f"({mine['two_hop_distinct']['p50_ms']:.3g} / {reference:.3g} ms; target ≤ 3×: "
                     f"{'yes' if ratio <= 3 else '**no**'})")
    if process:
        seconds = process["results"][0]["median"]
        lines.append(f"- whole `kg query` process, 1-hop lookup: {seconds * 1e3:.3g} ms median (target ≤ 100 ms: "
                     f"{'yes' if seconds <= 0.1 else '**no**'})")
    return lines


def algo_table(kuzu):
    """Kuzu's algorithms with their answers (algo_table.py sets their times beside kg's and the other peers')."""
    header = ["algorithm", "Kuzu (s)", "Kuzu's answer"]
    rows = []
    for name, result in kuzu["algorithms"].items():
        if "error" in result:
            rows.append([name, "error", result["error"][:80]])
            continue
        answer = ", ".join(f"{key} {cell(value, 4)}" for key, value in result.items()
                           if key not in ("median_s", "runs"))
        rows.append([name, cell(result["median_s"]), answer])
    return markdown(header, rows)


def tables(size, kg, load):
    """The Markdown lines of one size's Kuzu tables (those whose results exist; kg is {} in an --algorithms-only
    run), or a one-line notice when Kuzu did not run."""
    kuzu = load(f"{size}-kuzu-load.json")
    if not kuzu:
        return ["", "Kuzu: not run for this size (node or npm missing, or --no-kuzu)."]
    lines = []
    named_builds = [(name, load(f"{size}-kg-build-{key}.json"))
                    for name, key in (("kg build CSV, 2 threads", "csv"), ("kg build CSV, 1 thread", "csv-1-thread"),
                                      ("kg build JSON Lines", "jsonl"))]
    named_builds = [(name, build) for name, build in named_builds if build]
    if kg and len(named_builds) == 3:
        lines += ["", f"#### {size}: ingest beside Kuzu", ""] + ingest_table(size, kg, named_builds, kuzu)
    queries = load(f"{size}-kuzu-queries.json")
    if queries:
        lines += ["", f"#### {size}: analyst queries (bench/kuzu/queries/analyst.json)", ""]
        kg_queries = load(f"{size}-kg-queries.json")
        lines += query_table(queries, kg_queries)
        lines += query_targets(kg_queries, queries, load(f"{size}-kg-query-process.json"))
    algorithms = load(f"{size}-kuzu-algo.json")
    if algorithms:
        lines += ["", f"#### {size}: Kuzu's algorithms and their answers ({algorithms['algo_extension']})", ""]
        lines += algo_table(algorithms)
    return lines
