// bench/kuzu/run query.js --db PATH --queries FILE [--variant kuzu] [--pairs queries.tsv] [--runs N]
//                          [--warmup N] [--budget S] [--only NAME,...] [--rows] [--json F]
//
// Runs named Cypher queries against a Kuzu database and prints JSON: per query the median, p99 and mean
// milliseconds over its runs, the number of runs and the row count of the first run (with --rows, the rows of
// the first run as well, in the canonical form of lib/canonical.js). Each run prepares and executes the query
// and fetches every row, as a whole query costs an analyst; warm-up runs come first and are not counted.
//
// FILE is JSON: {"queries": [{"name", "question", "kg", "kuzu", "kuzu_flat", "params": {...}}]}; --variant picks
// the text to run (a query without one is skipped with a notice). A parameter value "@from" or "@to" takes the
// run's pair from --pairs (queries.tsv: from<TAB>to ids; run i uses pair i), "@from.name" that entity's name.
"use strict";
const fs = require("fs");
const { parseArgs } = require("util");
const { version, open, run, close, entityIds } = require("./lib/kuzu");
const { canonicalKuzuRows } = require("./lib/canonical");
const { secondsSince, quantile } = require("./lib/measure");

function readPairs(file) {
  if (!file) return [];
  return fs.readFileSync(file, "utf8").split("\n").filter((line) => line).map((line) => line.split("\t"));
}

/// The parameters of one run: "@from", "@to" and "@from.name" replaced from the pair (names looked up once).
async function bind(connection, params, pair, names) {
  const bound = {};
  for (const [key, value] of Object.entries(params || {})) {
    const match = typeof value === "string" && value.match(/^@(from|to)(\.name)?$/);
    if (!match) {
      bound[key] = value;
      continue;
    }
    if (!pair) throw new Error(`parameter ${key} = ${value} needs --pairs`);
    const id = pair[match[1] === "from" ? 0 : 1];
    if (match[2] && !names.has(id)) {
      const { rows } = await run(connection, "MATCH (n) WHERE n.id = $id RETURN n.name", { id });
      names.set(id, rows.length ? rows[0][0] : id);
    }
    bound[key] = match[2] ? names.get(id) : id;
  }
  return bound;
}

/// Times one query: `warmup` runs, then up to `runs` runs within `budget` seconds. Run i binds pair i.
async function timeQuery(connection, query, text, { pairs, runs, warmup, budget, rows, idOf }) {
  const names = new Map();
  const pairAt = (i) => (pairs.length ? pairs[i % pairs.length] : null);
  for (let i = 0; i < warmup; ++i) await run(connection, text, await bind(connection, query.params, pairAt(i), names));
  const times = [];
  let first = null;
  const deadline = process.hrtime.bigint() + BigInt(Math.round(budget * 1e9));
  for (let i = 0; i < runs && (i === 0 || process.hrtime.bigint() < deadline); ++i) {
    const params = await bind(connection, query.params, pairAt(i), names);
    const start = process.hrtime.bigint();
    const result = await run(connection, text, params);
    times.push(secondsSince(start) * 1e3);
    if (first === null) first = result;
  }
  const timing = { name: query.name, runs: times.length, p50_ms: quantile(times, 0.5), p99_ms: quantile(times, 0.99),
    mean_ms: times.reduce((a, b) => a + b, 0) / times.length, first_rows: first.rows.length };
  if (rows) Object.assign(timing, { columns: first.columns, rows: canonicalKuzuRows(first.rows, idOf) });
  return timing;
}

async function main() {
  const { values } = parseArgs({ options: { db: { type: "string" }, queries: { type: "string" },
    variant: { type: "string", default: "kuzu" }, pairs: { type: "string" }, runs: { type: "string", default: "20" },
    warmup: { type: "string", default: "2" }, budget: { type: "string", default: "30" },
    only: { type: "string" }, rows: { type: "boolean" }, threads: { type: "string" }, json: { type: "string" } } });
  if (!values.db || !values.queries) {
    console.error("usage: bench/kuzu/run query.js --db PATH --queries FILE [--variant kuzu] [--pairs TSV] " +
      "[--runs N] [--warmup N] [--budget S] [--only NAME,...] [--rows] [--json FILE]");
    process.exit(2);
  }
  const only = values.only ? new Set(values.only.split(",")) : null;
  const options = { pairs: readPairs(values.pairs), runs: Number(values.runs), warmup: Number(values.warmup),
    budget: Number(values.budget), rows: values.rows };
  const db = open(values.db, { readOnly: true, threads: values.threads ? Number(values.threads) : 0 });
  if (values.rows) options.idOf = await entityIds(db.connection);
  const results = [];
  for (const query of JSON.parse(fs.readFileSync(values.queries, "utf8")).queries) {
    if (only && !only.has(query.name)) continue;
    const text = query[values.variant];
    if (!text) {
      console.error(`bench/kuzu/query.js: ${query.name} has no ${values.variant} text; skipped`);
      continue;
    }
    try {
      results.push(await timeQuery(db.connection, query, text, options));
    } catch (error) {
      results.push({ name: query.name, error: error.message });
      console.error(`bench/kuzu/query.js: ${query.name}: ${error.message}`);
    }
    console.error(`  ${query.name}: ${JSON.stringify(results.at(-1)).slice(0, 160)}`);
  }
  await close(db);
  const text = JSON.stringify({ kuzu_version: version, variant: values.variant, queries: results }, null, 1);
  if (values.json) fs.writeFileSync(values.json, text + "\n");
  console.log(text);
}

main().catch((error) => {
  console.error(`bench/kuzu/query.js: ${error.message}`);
  process.exit(1);
});
