// The two Kuzu schemas for a kg graph, as Cypher DDL and COPY statements (bench/README.md says why two):
//
// - typed: one node table per kg type, one relationship table per predicate with a FROM/TO pair for each
//   (subject type, object type) that occurs, one relationship per kg edge with its evidence. kg's model as it
//   is, so `(a:Person)-[:knows]->(b)` means the same in both: the differential test's schema. Loaded from the
//   per-table files that convert.js writes, described by their schema.json (below).
// - flat: one `Entity` node table (type as a property) and one `Fact` relationship table (predicate as a
//   property, one relationship per fact), loaded straight from a data set's entities.csv and facts.csv. The
//   benchmarks' schema: Kuzu 0.11 loads it fastest, answers the analyst queries fastest (bench/README.md has
//   the figures), and its Louvain and Kosaraju SCC need one node table.
//
// schema.json: {"nodes": [{"table", "file", "columns": [[name, type], ...]}],   first column = primary key
//               "rels": [{"table", "columns": [[name, type], ...], "pairs": [{"from", "to", "file"}]}]}
// with file names relative to the folder, CSV (with a header) or Kuzu's JSON Lines (`.json`). Column types are
// Kuzu's (STRING, INT64, DOUBLE, BOOLEAN, STRING[], STRUCT(...)[]).
"use strict";
const path = require("path");

/// A Kuzu identifier, always in backticks: predicates may hold spaces or dashes, and kg types may be Kuzu
/// keywords (`Group` is one).
function name(identifier) {
  if (identifier.includes("`")) throw new Error(`a Kuzu table or column cannot be named ${identifier}`);
  return "`" + identifier + "`";
}

/// A string literal for a Cypher statement (file paths).
function literal(text) {
  return "'" + text.replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
}

function columnList(columns) {
  return columns.map(([column, type]) => `${name(column)} ${type}`).join(", ");
}

/// COPY options for one file: a CSV file has a header; `extra` are further options.
function options(file, extra = []) {
  const all = [...(file.endsWith(".csv") ? ["header=true"] : []), ...extra];
  return all.length ? ` (${all.join(", ")})` : "";
}

/// {ddl, copy, relCopies: the COPYs that fill relationship tables}: the statements that create and fill the
/// typed schema described by a schema.json in `folder`.
function typedStatements(schema, folder) {
  const ddl = [], copy = [], relCopies = new Set();
  for (const node of schema.nodes) {
    const [key] = node.columns[0];
    ddl.push(`CREATE NODE TABLE ${name(node.table)}(${columnList(node.columns)}, PRIMARY KEY (${name(key)}))`);
    copy.push(`COPY ${name(node.table)} FROM ${literal(path.join(folder, node.file))}${options(node.file)}`);
  }
  for (const rel of schema.rels) {
    const pairs = rel.pairs.map((pair) => `FROM ${name(pair.from)} TO ${name(pair.to)}`);
    const columns = rel.columns.length ? ", " + columnList(rel.columns) : "";
    ddl.push(`CREATE REL TABLE ${name(rel.table)}(${pairs.join(", ")}${columns})`);
    for (const pair of rel.pairs) {
      const between = rel.pairs.length > 1 ? [`from=${literal(pair.from)}`, `to=${literal(pair.to)}`] : [];
      copy.push(`COPY ${name(rel.table)} FROM ${literal(path.join(folder, pair.file))}${options(pair.file, between)}`);
      relCopies.add(copy.at(-1));
    }
  }
  return { ddl, copy, relCopies };
}

// The columns of a generated data set's CSV files (bench/dataset.cpp), as the flat schema stores them.
const FLAT_ENTITY_COLUMNS = [["id", "STRING"], ["type", "STRING"], ["name", "STRING"], ["aliases", "STRING"],
  ["age", "INT64"]];
const FLAT_FACT_COLUMNS = [["predicate", "STRING"], ["source", "STRING"], ["date", "STRING"],
  ["confidence", "DOUBLE"], ["quote", "STRING"]];

/// {ddl, copy, relCopies} that load a data set folder's entities.csv and facts.csv as they are: entities
/// straight in, facts through LOAD FROM (Kuzu wants the endpoints first; measured as fast as a direct COPY).
function flatStatements(data) {
  const ddl = [
    `CREATE NODE TABLE Entity(${columnList(FLAT_ENTITY_COLUMNS)}, PRIMARY KEY (id))`,
    `CREATE REL TABLE Fact(FROM Entity TO Entity, ${columnList(FLAT_FACT_COLUMNS)})`,
  ];
  const headers = [["subject", "STRING"], ["predicate", "STRING"], ["object", "STRING"],
    ...FLAT_FACT_COLUMNS.slice(1)];
  const copy = [
    `COPY Entity FROM ${literal(path.join(data, "entities.csv"))} (header=true)`,
    `COPY Fact FROM (LOAD WITH HEADERS (${columnList(headers)}) FROM ${literal(path.join(data, "facts.csv"))} ` +
      `(header=true) RETURN subject, object, ${FLAT_FACT_COLUMNS.map(([column]) => column).join(", ")})`,
  ];
  return { ddl, copy, relCopies: new Set([copy[1]]) };
}

module.exports = { name, literal, typedStatements, flatStatements };
