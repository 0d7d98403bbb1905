// bench/kuzu/run diff/diff.js --kg PATH|self [--seed S] [--graphs N] [--nodes N] [--facts N] [--work DIR]
//                              [--report FILE] [--verbose]
//
// The differential test of `kg query` against Kuzu (scripts/diff-kuzu runs it): for each of N seeded random
// graphs (random_graph.js) it writes a kg data set, builds it with `kg build` and loads it into Kuzu through
// convert.js's independent re-implementation of kg's model (the typed schema, lib/schema.js), then runs every
// query of queries.js through `kg query GRAPH TEXT --format json --params FILE` and through Kuzu, puts both
// answers in canonical form (lib/canonical.js) and compares them. Prints one line per graph and a summary,
// writes every difference and error (seed, query, both texts, parameters, why) to --report as JSON, and exits
// 1 when anything differs or fails.
//
// `--kg self` answers the kg side with Kuzu too, but through kg's JSON form ({"columns", "rows"}, graph
// elements tagged as lib/canonical.js describes): it proves the harness, the tagging and the comparison while
// `kg query` does not exist yet, and every query must then agree.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync, spawnSync } = require("child_process");
const { parseArgs } = require("util");
const { open, run, close, entityIds } = require("../lib/kuzu");
const { load } = require("../load");
const { convert } = require("../convert");
const { canonicalKuzuRows, canonicalKgRows, compare } = require("../lib/canonical");
const { generate, write, random } = require("./random_graph");
const { queriesFor } = require("./queries");

/// Kuzu's answer as kg query's JSON would give it (the `--kg self` side).
function asKgJson(value, idOf) {
  if (value === null || value === undefined || typeof value !== "object") {
    return typeof value === "bigint" ? Number(value) : value ?? null;
  }
  if (Array.isArray(value)) return value.map((item) => asKgJson(item, idOf));
  const rel = (r) => ({ from: idOf.get(`${r._src.table}:${r._src.offset}`), predicate: r._label,
    to: idOf.get(`${r._dst.table}:${r._dst.offset}`) });
  const node = (n) => ({ id: n.id, type: n._label });
  if ("_nodes" in value) {
    return { $path: { nodes: value._nodes.map(node), relationships: value._rels.map(rel) } };
  }
  if ("_src" in value) return { $relationship: rel(value) };
  if ("_label" in value) return { $node: node(value) };
  const key = (k) => (k.startsWith("$") ? `$${k}` : k);
  return Object.fromEntries(Object.entries(value).map(([k, item]) => [key(k), asKgJson(item, idOf)]));
}

/// The kg side of one query: {columns, rows} in canonical form, or {error}.
async function kgAnswer(options, graphFile, query, kuzu) {
  if (options.kg === "self") {
    const { columns, rows } = await run(kuzu.connection, query.kuzu, query.params);
    const json = JSON.parse(JSON.stringify({ columns, rows: rows.map((row) => asKgJson(row, kuzu.idOf)) }));
    return { columns: json.columns, rows: canonicalKgRows(json.rows) };
  }
  const paramsFile = path.join(path.dirname(graphFile), "params.json");
  fs.writeFileSync(paramsFile, JSON.stringify(query.params));
  const child = spawnSync(options.kg, ["query", graphFile, query.kg, "--format", "json", "--params", paramsFile,
    ...query.kgOptions],
    { encoding: "utf8", maxBuffer: 1 << 28 });
  if (child.status !== 0 && child.status !== 1) {
    return { error: `kg query exited with status ${child.status}: ${(child.stderr || "").trim().slice(0, 400)}` };
  }
  const json = JSON.parse(child.stdout);
  return { columns: json.columns, rows: canonicalKgRows(json.rows) };
}

/// Builds one random graph on both sides and compares every query; returns the list of findings.
async function checkGraph(options, seed) {
  const folder = path.join(options.work, `graph-${seed}`);
  fs.rmSync(folder, { recursive: true, force: true });
  const graph = generate(seed, { nodes: options.nodes, facts: options.facts });
  write(graph, folder);
  convert(folder, path.join(folder, "kuzu-files"));
  await load({ target: path.join(folder, "kuzu.db"), schema: "typed", csv: path.join(folder, "kuzu-files") });
  const graphFile = path.join(folder, "graph.kg");
  if (options.kg !== "self") {
    execFileSync(options.kg, ["build", "--quiet", ...["sources.jsonl", "entities.csv", "facts.csv"]
      .map((f) => path.join(folder, f)), "-o", graphFile], { stdio: ["ignore", "ignore", "inherit"] });
  }
  const kuzu = open(path.join(folder, "kuzu.db"), { readOnly: true });
  kuzu.idOf = await entityIds(kuzu.connection);
  const findings = [];
  for (const query of queriesFor(graph, random(seed * 7919 + 1))) {
    const finding = { seed, name: query.name, kg: query.kg, kgOptions: query.kgOptions, kuzu: query.kuzu,
      params: query.params };
    try {
      const expected = await run(kuzu.connection, query.kuzu, query.params);
      const oracle = { columns: expected.columns, rows: canonicalKuzuRows(expected.rows, kuzu.idOf) };
      const actual = await kgAnswer(options, graphFile, query, kuzu);
      if (actual.error) findings.push({ ...finding, error: actual.error });
      else {
        const verdict = compare(oracle, actual, { ordered: query.ordered });
        if (!verdict.equal) findings.push({ ...finding, why: verdict.why });
        else if (options.verbose) console.error(`  seed ${seed} ${query.name}: ${oracle.rows.length} rows agree`);
      }
    } catch (error) {
      findings.push({ ...finding, error: error.message.split("\n")[0] });
    }
  }
  await close(kuzu);
  if (!options.keep) fs.rmSync(folder, { recursive: true, force: true });
  return { queries: queriesFor(graph, random(0)).length, findings };
}

async function main() {
  const { values } = parseArgs({ options: { kg: { type: "string" }, seed: { type: "string", default: "1" },
    graphs: { type: "string", default: "20" }, nodes: { type: "string", default: "12" },
    facts: { type: "string", default: "30" }, work: { type: "string" }, report: { type: "string" },
    keep: { type: "boolean" }, verbose: { type: "boolean" } } });
  if (!values.kg) {
    console.error("usage: bench/kuzu/run diff/diff.js --kg PATH_TO_KG|self [--seed S] [--graphs N] [--nodes N] " +
      "[--facts N] [--work DIR] [--keep] [--report FILE] [--verbose]");
    process.exit(2);
  }
  if (values.kg !== "self" && !fs.existsSync(values.kg)) {
    console.error(`bench/kuzu/diff/diff.js: no kg at ${values.kg} (build it: cmake --build build/dev --target kg; ` +
      "or pass --kg PATH)");
    process.exit(2);
  }
  const options = { kg: values.kg, nodes: Number(values.nodes), facts: Number(values.facts), keep: values.keep,
    verbose: values.verbose, work: values.work || fs.mkdtempSync(path.join(os.tmpdir(), "kg-diff-kuzu-")) };
  const all = [];
  let total = 0;
  for (let i = 0; i < Number(values.graphs); ++i) {
    const seed = Number(values.seed) + i;
    const { queries, findings } = await checkGraph(options, seed);
    total += queries;
    all.push(...findings);
    console.log(`graph seed ${seed}: ${queries - findings.length} of ${queries} queries agree` +
      findings.map((f) => `\n  ${f.error ? "error" : "differs"}: ${f.name}: ${f.error || f.why}`).join(""));
  }
  if (values.report) fs.writeFileSync(values.report, JSON.stringify(all, null, 1) + "\n");
  if (!values.work && !values.keep) fs.rmSync(options.work, { recursive: true, force: true });
  console.log(`${total - all.length} of ${total} queries agree with Kuzu` +
    (all.length ? `; ${all.length} differ or fail${values.report ? ` (details in ${values.report})` : ""}` : ""));
  return all.length ? 1 : 0;
}

main().then((status) => process.exit(status), (error) => {
  console.error(`bench/kuzu/diff/diff.js: ${error.stack}`);
  process.exit(2);
});
