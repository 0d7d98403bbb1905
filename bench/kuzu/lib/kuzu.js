// The npm package `kuzu`, found through NODE_PATH as bench/kuzu/run sets it, with one clear error otherwise; and
// the small helpers every script uses to talk to it.
"use strict";

function load() {
  try {
    return require("kuzu");
  } catch (error) {
    console.error("bench/kuzu: cannot load the npm package kuzu; run the scripts through bench/kuzu/run, which " +
      `installs it (${error.message.split("\n")[0]})`);
    process.exit(3);
  }
}
const kuzu = load();

/// Opens (creating if needed) a database and one connection; `threads` caps Kuzu's worker threads.
function open(target, { threads, readOnly = false } = {}) {
  const database = new kuzu.Database(target, 0, true, readOnly);
  const connection = new kuzu.Connection(database, threads || undefined);
  return { database, connection };
}

/// Runs one statement (with parameters through a prepared statement) and returns {columns, rows}: rows as
/// arrays in column order, so that a column named like a number keeps its place.
async function run(connection, text, params) {
  let result;
  if (params && Object.keys(params).length) {
    const prepared = await connection.prepare(text);
    if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
    result = await connection.execute(prepared, params);
  } else {
    result = await connection.query(text);
  }
  const columns = result.getColumnNamesSync();
  const rows = (await result.getAll()).map((row) => columns.map((column) => row[column]));
  result.close();
  return { columns, rows };
}

/// Map "table:offset" (Kuzu's internal node id) → the node's `id` property, which names relationships' endpoints
/// in canonical answers (lib/canonical.js). Reads every node: for small graphs and --rows.
async function entityIds(connection) {
  const { rows } = await run(connection, "MATCH (n) RETURN n");
  return new Map(rows.map(([n]) => [`${n._id.table}:${n._id.offset}`, n.id]));
}

async function close({ database, connection }) {
  await connection.close();
  await database.close();
}

module.exports = { kuzu, version: kuzu.VERSION, open, run, close, entityIds };
