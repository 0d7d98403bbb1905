// bench/kuzu/run load.js --db PATH (--schema typed --csv DIR | --schema flat --data DIR) [--threads N] [--json F]
//
// Creates a new Kuzu database at PATH (an existing one is removed) and loads a graph with COPY FROM: the typed
// schema from a folder that convert.js wrote (its schema.json), or the flat schema straight from a data set's
// entities.csv and facts.csv (lib/schema.js). Prints JSON: load_s (DDL + every COPY, in this process),
// peak_rss_bytes (this process's high-water mark, Node.js's own ~50 MB included; node_rss_bytes is what it had
// before opening the database), db_bytes (the database on disk after closing it), the node and relationship
// counts that COPY reported, the Kuzu version and its thread count. load_s ends when the database is closed.
"use strict";
const path = require("path");
const fs = require("fs");
const { parseArgs } = require("util");
const { version, open, run, close } = require("./lib/kuzu");
const { typedStatements, flatStatements } = require("./lib/schema");
const { peakRssBytes, diskBytes, removeDatabase, secondsSince } = require("./lib/measure");

/// Loads one graph into a new database at `target`; returns the measurements (see the header).
async function load({ target, schema, csv, data, threads }) {
  const statements = schema === "typed"
    ? typedStatements(JSON.parse(fs.readFileSync(path.join(csv, "schema.json"), "utf8")), path.resolve(csv))
    : flatStatements(path.resolve(data));
  removeDatabase(target);
  const nodeRss = peakRssBytes();
  const start = process.hrtime.bigint();
  const db = open(target, { threads });
  const copied = { nodes: 0, relationships: 0 };
  for (const statement of [...statements.ddl, ...statements.copy]) {
    let rows;
    try {
      ({ rows } = await run(db.connection, statement));
    } catch (error) {
      throw new Error(`${statement}\n  ${error.message}`);
    }
    // COPY answers "N tuples have been copied to the T table.".
    const tuples = String(rows[0]?.[0]).match(/^(\d+) tuples have been copied/);
    if (tuples) copied[statements.relCopies.has(statement) ? "relationships" : "nodes"] += Number(tuples[1]);
  }
  const { rows } = await run(db.connection, "CALL current_setting('threads') RETURN *");
  await close(db);  // the database is complete on disk once closed (checkpoint), so closing is part of the load
  return { kuzu_version: version, schema, threads: Number(rows[0][0]), load_s: secondsSince(start),
    copy_statements: statements.copy.length, ...copied, peak_rss_bytes: peakRssBytes(), node_rss_bytes: nodeRss,
    db_bytes: diskBytes(target) };
}

async function main() {
  const { values } = parseArgs({ options: { db: { type: "string" }, schema: { type: "string", default: "typed" },
    csv: { type: "string" }, data: { type: "string" }, threads: { type: "string" }, json: { type: "string" } } });
  const typedOk = values.schema === "typed" && values.csv, flatOk = values.schema === "flat" && values.data;
  if (!values.db || !(typedOk || flatOk)) {
    console.error("usage: bench/kuzu/run load.js --db PATH (--schema typed --csv DIR | --schema flat --data DIR) " +
      "[--threads N] [--json FILE]");
    process.exit(2);
  }
  const result = await load({ target: values.db, schema: values.schema, csv: values.csv, data: values.data,
    threads: values.threads ? Number(values.threads) : 0 });
  const text = JSON.stringify(result, null, 1);
  if (values.json) fs.writeFileSync(values.json, text + "\n");
  console.log(text);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`bench/kuzu/load.js: ${error.message}`);
    process.exit(1);
  });
}
module.exports = { load };
