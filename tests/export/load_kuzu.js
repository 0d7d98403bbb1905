// Loads a kg neo4j-csv folder (nodes.csv, relationships.csv) into a new Kuzu database with COPY FROM, the way
// docs/EXPORT.md tells Kuzu users to, and prints what Kuzu holds: node and relationship counts, then each node's
// id, label, type and aliases (split on U+001F with string_split), sorted. Run through bench/kuzu/run:
//   bench/kuzu/run "$PWD/tests/export/load_kuzu.js" FOLDER DATABASE
"use strict";
const fs = require("fs");
const path = require("path");
const { open, run, close } = require(path.join(__dirname, "../../bench/kuzu/lib/kuzu.js"));

// Kuzu's type for a neo4j-admin header field `name:type` (lists stay strings: Kuzu's CSV lists are [a,b]).
const KUZU_TYPE = { int: "INT32", long: "INT64", double: "DOUBLE", boolean: "BOOLEAN", "string[]": "STRING" };

// The header's property columns after the first `skip` fields, as Kuzu column definitions.
function columns(file, skip) {
  const header = fs.readFileSync(file, "utf8").split("\n", 1)[0].split(",");
  return header.slice(skip).map((field) => {
    const colon = field.lastIndexOf(":");
    const name = colon < 0 ? field : field.slice(0, colon);
    const type = colon < 0 ? "STRING" : KUZU_TYPE[field.slice(colon + 1)] || "STRING";
    return `\`${name}\` ${type}`;
  });
}

async function main() {
  const [folder, database] = process.argv.slice(2);
  const db = open(database);
  const nodes = path.join(folder, "nodes.csv");
  const relationships = path.join(folder, "relationships.csv");
  // nodes.csv: entity_id:ID, :LABEL, then the properties; relationships.csv: :START_ID, :END_ID, :TYPE, then the
  // properties. Kuzu maps CSV columns to table columns by position.
  await run(db.connection, `CREATE NODE TABLE Entity(entity_id STRING, kg_label STRING, ${columns(nodes, 2).join(", ")}, ` +
    "PRIMARY KEY(entity_id))");
  await run(db.connection, `CREATE REL TABLE Fact(FROM Entity TO Entity, kg_type STRING, ` +
    `${columns(relationships, 3).join(", ")})`);
  await run(db.connection, `COPY Entity FROM '${nodes}' (HEADER=true, PARALLEL=false)`);
  await run(db.connection, `COPY Fact FROM '${relationships}' (HEADER=true, PARALLEL=false)`);
  const count = async (text) => (await run(db.connection, text)).rows[0][0];
  console.log(`nodes ${await count("MATCH (n:Entity) RETURN count(n)")}`);
  console.log(`edges ${await count("MATCH ()-[r:Fact]->() RETURN count(r)")}`);
  const { rows } = await run(db.connection,
    "MATCH (n:Entity) RETURN n.entity_id, n.kg_label, n.type, string_split(n.aliases, $delimiter) " +
    "ORDER BY n.entity_id", { delimiter: "\u001f" });
  for (const [id, label, type, aliases] of rows) {
    console.log(`node ${id} ${JSON.stringify(label)} ${JSON.stringify(type)} ${JSON.stringify(aliases)}`);
  }
  await close(db);
}

main().catch((error) => {
  console.error(`load_kuzu: ${error.message}`);
  process.exit(2);
});
