// bench/kuzu/run convert.js --data DIR --out DIR: writes a kg data set's CSV input (entities.csv, facts.csv) as
// the typed Kuzu schema's files (lib/schema.js) in Kuzu's JSON Lines form: nodes/<Type>.json (id, name, aliases,
// properties) and rels/<predicate>/<From>-<To>.json (one relationship per kg edge with its evidence), and their
// schema.json. Prints {"convert_s", "nodes", "facts", "edges", "node_tables", "rel_tables", "pairs"} as JSON;
// this time is reported apart from Kuzu's load. JSON rather than CSV because Kuzu's CSV lists cannot hold an
// item with a comma (quotes, names), and JSON holds the statements as a list of structs.
//
// An independent re-implementation of kg's model (docs/FORMAT.md), the differential test's oracle side:
// - a missing type is `Entity`, a missing name the id, aliases are separated by `;`; other columns are
//   properties typed by kg's rules for CSV cells (a column with mixed kinds becomes STRING); a reference to an
//   undeclared id becomes an `Entity` node named by the id;
// - facts with the same subject, predicate and object are one relationship whose properties are the evidence
//   (EVIDENCE below): best confidence, distinct sources and non-empty quotes in input order, the first and last
//   date (partial dates compared as intervals: the earliest start, the latest end), and every statement.
//   A fact property takes its first non-empty value.
// Unlike kg, references are resolved by exact id only (generated data cites ids) and an entity declared twice is
// an error rather than merged. Memory grows with the graph (every edge is held until the end).
"use strict";
const fs = require("fs");
const path = require("path");
const { parseArgs } = require("util");
const csv = require("./lib/csv");
const { secondsSince } = require("./lib/measure");

const FACT_COLUMNS = ["subject", "predicate", "object", "source", "date", "confidence", "quote"];
/// The evidence properties of a relationship, as the differential test reads them (named as kg query does).
const EVIDENCE = [["confidence", "DOUBLE"], ["sources", "STRING[]"], ["quotes", "STRING[]"],
  ["first_date", "STRING"], ["last_date", "STRING"], ["source_count", "INT64"],
  ["statements", "STRUCT(source STRING, date STRING, confidence DOUBLE, quote STRING)[]"]];

/// The Kuzu type of one non-empty cell, by kg's rules for CSV property cells.
function cellType(text) {
  if (text === "true" || text === "false") return "BOOLEAN";
  if (/^-?(0|[1-9][0-9]*)$/.test(text)) {
    const value = BigInt(text);
    return value >= -(2n ** 63n) && value < 2n ** 63n ? "INT64" : "STRING";
  }
  if (/^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$/.test(text)) return "DOUBLE";
  return "STRING";
}

/// The type of a column holding cells of types a and b (null: no value seen yet).
function widen(a, b) {
  if (a === null || a === b) return b;
  if ((a === "INT64" && b === "DOUBLE") || (a === "DOUBLE" && b === "INT64")) return "DOUBLE";
  return "STRING";
}

/// Property columns: every header column not in `known`, with the type of the cells seen so far.
function propertyColumns(header, known) {
  return header.map((column, index) => ({ column: column.trim(), index, type: null }))
    .filter(({ column }) => !known.includes(column.toLowerCase()));
}

function observe(properties, record) {
  for (const property of properties) {
    const text = record[property.index];
    if (text !== "") property.type = widen(property.type, cellType(text));
  }
}

/// A property cell as JSON text of its column's type; empty is null.
function propertyJson(text, type) {
  if (text === "" || text === undefined) return "null";
  return type === "STRING" ? JSON.stringify(text) : text;
}

/// `, "column": value` for a JSON object being written.
function jsonMember(property, text) {
  return `, ${JSON.stringify(property.column)}: ${propertyJson(text, property.type || "STRING")}`;
}

function columnIndex(header, column) {
  return header.findIndex((cell) => cell.trim().toLowerCase() === column);
}

/// Sort keys of a partial date's interval: "2010" starts 2010-01-01 and ends after every 2010-mm-dd.
const dateStart = (date) => (date + "-01-01").slice(0, 10);
const dateEnd = (date) => (date + "-99-99").slice(0, 10);

/// Adds one statement to an edge's evidence.
function addStatement(edge, source, date, confidence, quote) {
  edge.statements.push({ source: source || null, date: date || null,
    confidence: confidence === "" ? null : Number(confidence), quote: quote || null });
  if (confidence !== "" && (edge.confidence === null || Number(confidence) > edge.confidence))
    edge.confidence = Number(confidence);
  if (source && !edge.sources.includes(source)) edge.sources.push(source);
  if (quote) edge.quotes.push(quote);
  if (date && (edge.first_date === null || dateStart(date) < dateStart(edge.first_date))) edge.first_date = date;
  if (date && (edge.last_date === null || dateEnd(date) > dateEnd(edge.last_date))) edge.last_date = date;
}

function readEntities(file) {
  const records = csv.records(file);
  const header = records.next().value;
  const [id, type, name, aliases] = ["id", "type", "name", "aliases"].map((c) => columnIndex(header, c));
  if (id === -1) throw new Error(`${file}: expected an id column`);
  const properties = propertyColumns(header, ["id", "type", "name", "aliases"]);
  const entities = new Map();  // id → {table, name, aliases, record}
  for (const record of records) {
    const key = record[id];
    if (entities.has(key)) throw new Error(`${file}: entity ${key} is declared twice (not merged here)`);
    observe(properties, record);
    entities.set(key, { table: (type !== -1 && record[type]) || "Entity", name: (name !== -1 && record[name]) || key,
      aliases: aliases === -1 ? [] : record[aliases].split(";").map((a) => a.trim()).filter((a) => a), record });
  }
  return { entities, properties };
}

function readFacts(file, entities) {
  const records = csv.records(file);
  const header = records.next().value;
  const [subject, predicate, object, source, date, confidence, quote] = FACT_COLUMNS.map((c) => columnIndex(header, c));
  if (subject === -1 || predicate === -1 || object === -1)
    throw new Error(`${file}: expected subject, predicate and object columns`);
  const cell = (record, index) => (index === -1 ? "" : record[index]);
  const properties = propertyColumns(header, FACT_COLUMNS);
  const edges = new Map();  // "subject\tpredicate\tobject" → edge
  const tableOf = (key) => {
    if (!entities.has(key)) entities.set(key, { table: "Entity", name: key, aliases: [], record: [] });
    return entities.get(key).table;
  };
  let facts = 0;
  for (const record of records) {
    ++facts;
    const key = `${record[subject]}\t${record[predicate]}\t${record[object]}`;
    let edge = edges.get(key);
    if (!edge) {
      edge = { from: record[subject], to: record[object], predicate: record[predicate],
        fromTable: tableOf(record[subject]), toTable: tableOf(record[object]), confidence: null, sources: [],
        quotes: [], first_date: null, last_date: null, statements: [], properties: properties.map(() => "") };
      edges.set(key, edge);
    }
    observe(properties, record);
    addStatement(edge, cell(record, source), cell(record, date), cell(record, confidence), cell(record, quote));
    properties.forEach((p, i) => {
      if (edge.properties[i] === "") edge.properties[i] = record[p.index];
    });
  }
  return { edges, properties, facts };
}

function convert(data, out) {
  const { entities, properties: entityProperties } = readEntities(path.join(data, "entities.csv"));
  const { edges, properties: factProperties, facts } = readFacts(path.join(data, "facts.csv"), entities);
  const typed = (properties) => properties.map((p) => [p.column, p.type || "STRING"]);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, "nodes"), { recursive: true });

  const nodeFiles = new Map();
  for (const [id, entity] of entities) {
    if (!nodeFiles.has(entity.table)) {
      nodeFiles.set(entity.table, new csv.Writer(path.join(out, "nodes", `${entity.table}.json`)));
    }
    const props = entityProperties.map((p) => jsonMember(p, entity.record[p.index]));
    nodeFiles.get(entity.table).line(`{"id": ${JSON.stringify(id)}, "name": ${JSON.stringify(entity.name)}, ` +
      `"aliases": ${JSON.stringify(entity.aliases)}${props.join("")}}`);
  }
  const relFiles = new Map();  // "predicate\tFrom\tTo" → csv.Writer of JSON lines
  for (const edge of edges.values()) {
    const pair = `${edge.predicate}\t${edge.fromTable}\t${edge.toTable}`;
    if (!relFiles.has(pair)) {
      fs.mkdirSync(path.join(out, "rels", edge.predicate), { recursive: true });
      const file = path.join(out, "rels", edge.predicate, `${edge.fromTable}-${edge.toTable}.json`);
      relFiles.set(pair, new csv.Writer(file));
    }
    const evidence = { from: edge.from, to: edge.to, confidence: edge.confidence, sources: edge.sources,
      quotes: edge.quotes, first_date: edge.first_date, last_date: edge.last_date, source_count: edge.sources.length,
      statements: edge.statements };
    const props = factProperties.map((p, i) => jsonMember(p, edge.properties[i]));
    relFiles.get(pair).line(JSON.stringify(evidence).slice(0, -1) + props.join("") + "}");
  }
  for (const file of [...nodeFiles.values(), ...relFiles.values()]) file.close();

  const nodeColumns = [["id", "STRING"], ["name", "STRING"], ["aliases", "STRING[]"], ...typed(entityProperties)];
  const schema = { nodes: [...nodeFiles.keys()].sort().map((table) => ({ table, file: `nodes/${table}.json`,
    columns: nodeColumns })), rels: [] };
  const byPredicate = new Map();
  for (const pair of [...relFiles.keys()].sort()) {
    const [table, from, to] = pair.split("\t");
    if (nodeFiles.has(table)) throw new Error(`predicate ${table} is also a type; Kuzu needs distinct table names`);
    if (!byPredicate.has(table)) {
      byPredicate.set(table, { table, columns: [...EVIDENCE, ...typed(factProperties)], pairs: [] });
      schema.rels.push(byPredicate.get(table));
    }
    byPredicate.get(table).pairs.push({ from, to, file: `rels/${table}/${from}-${to}.json` });
  }
  fs.writeFileSync(path.join(out, "schema.json"), JSON.stringify(schema, null, 1) + "\n");
  return { nodes: entities.size, facts, edges: edges.size, node_tables: schema.nodes.length,
    rel_tables: schema.rels.length, pairs: relFiles.size };
}

function main() {
  const { values } = parseArgs({ options: { data: { type: "string" }, out: { type: "string" } } });
  if (!values.data || !values.out) {
    console.error("usage: bench/kuzu/run convert.js --data DATASET_FOLDER --out KUZU_FOLDER");
    process.exit(2);
  }
  const start = process.hrtime.bigint();
  const counts = convert(values.data, values.out);
  console.log(JSON.stringify({ convert_s: secondsSince(start), ...counts }));
}

if (require.main === module) main();
module.exports = { convert, cellType, EVIDENCE };
