// bench/kuzu/run algo.js --db PATH [--runs N] [--only pagerank,wcc,...] [--threads N] [--json F]
//
// Times Kuzu's algorithm extension on a flat-schema database (load.js --schema flat): PageRank, weakly and
// strongly connected components (both of Kuzu's SCC algorithms), k-core decomposition and Louvain, each over
// the projected graph of every Entity and Fact (one relationship per fact). Prints JSON: per algorithm the
// median seconds of --runs runs (after one warm-up run) and a summary of its answer (components, communities,
// the largest core, PageRank's sum), so that a run that computed nothing cannot pass for a fast one.
//
// Kuzu 0.11's npm package links the algo extension statically (`CALL show_loaded_extensions()` says STATIC
// LINK): it needs no `INSTALL algo`, so no network. Parameters are Kuzu's defaults: PageRank damping 0.85, at
// most 20 iterations, tolerance 1e-7, dangling nodes' rank not redistributed (so ranks sum to less than 1);
// Louvain at most 20 phases of 20 iterations. Louvain and Kosaraju's SCC run on one node table only.
"use strict";
const fs = require("fs");
const { parseArgs } = require("util");
const { version, open, run, close } = require("./lib/kuzu");
const { secondsSince, quantile } = require("./lib/measure");

const ALGORITHMS = {
  pagerank: "CALL page_rank('G') RETURN sum(rank) AS rank_sum, count(*) AS nodes",
  wcc: "CALL weakly_connected_components('G') RETURN count(DISTINCT group_id) AS components",
  scc: "CALL strongly_connected_components('G') RETURN count(DISTINCT group_id) AS components",
  scc_kosaraju: "CALL strongly_connected_components_kosaraju('G') RETURN count(DISTINCT group_id) AS components",
  kcore: "CALL k_core_decomposition('G') RETURN max(k_degree) AS max_core",
  louvain: "CALL louvain('G') RETURN count(DISTINCT louvain_id) AS communities",
};

async function main() {
  const { values } = parseArgs({ options: { db: { type: "string" }, runs: { type: "string", default: "3" },
    only: { type: "string" }, threads: { type: "string" }, json: { type: "string" } } });
  if (!values.db) {
    console.error("usage: bench/kuzu/run algo.js --db FLAT_DATABASE [--runs N] [--only " +
      `${Object.keys(ALGORITHMS).join(",")}] [--threads N] [--json FILE]`);
    process.exit(2);
  }
  const names = values.only ? values.only.split(",") : Object.keys(ALGORITHMS);
  for (const name of names) {
    if (!ALGORITHMS[name]) throw new Error(`unknown algorithm ${name} (known: ${Object.keys(ALGORITHMS).join(", ")})`);
  }
  // Projecting a graph is a write to the catalog: the database cannot be opened read-only.
  const db = open(values.db, { threads: values.threads ? Number(values.threads) : 0 });
  const { rows: loaded } = await run(db.connection, "CALL show_loaded_extensions() RETURN *");
  const algo = loaded.find((row) => String(row[0]).toLowerCase() === "algo");
  if (!algo) {
    throw new Error("Kuzu's algo extension is not loaded (this package does not link it statically; it would " +
      "need `INSTALL algo`, which downloads it)");
  }
  await run(db.connection, "CALL project_graph('G', ['Entity'], ['Fact'])");
  const results = { kuzu_version: version, algo_extension: String(algo[1]), algorithms: {} };
  for (const name of names) {
    const times = [];
    let answer;
    try {
      for (let i = 0; i <= Number(values.runs); ++i) {
        const start = process.hrtime.bigint();
        const { columns, rows } = await run(db.connection, ALGORITHMS[name]);
        if (i > 0) times.push(secondsSince(start));
        answer = Object.fromEntries(columns.map((column, c) => [column, Number(rows[0][c])]));
      }
      results.algorithms[name] = { median_s: quantile(times, 0.5), runs: times.length, ...answer };
    } catch (error) {
      results.algorithms[name] = { error: error.message };
    }
    console.error(`  ${name}: ${JSON.stringify(results.algorithms[name])}`);
  }
  await run(db.connection, "CALL drop_projected_graph('G')");
  await close(db);
  const text = JSON.stringify(results, null, 1);
  if (values.json) fs.writeFileSync(values.json, text + "\n");
  console.log(text);
}

main().catch((error) => {
  console.error(`bench/kuzu/algo.js: ${error.message}`);
  process.exit(1);
});
