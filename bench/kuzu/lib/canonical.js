// The canonical form of query results, so that kg's and Kuzu's answers compare: every value becomes JSON that
// no other value can be mistaken for.
//
//   null, true/false, strings: themselves
//   numbers: integers exact, others rounded to 12 significant digits, -0 as 0 (integers and floats compare
//            by value: Kuzu's Node.js API returns both as JavaScript numbers, so `1` and `1.0` cannot be told
//            apart on its side)
//   list: {"list": [...]}, map: {"map": [[key, value], ...]} sorted by key
//   node: {"node": entity id}, relationship: {"rel": [start id, type, end id]}
//   path: {"path": {"nodes": [ids], "rels": [[start, type, end], ...]}}
//
// A relationship is named by its endpoints and type, which is unique in kg (repeated facts merge into one edge)
// and in the differential test's Kuzu graphs (written merged the same way).
"use strict";

function number(value) {
  if (!Number.isFinite(value)) return { float: String(value) };
  if (Number.isSafeInteger(value)) return value === 0 ? 0 : value;  // exact, however many digits; -0 is 0
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? 0 : rounded;
}

function sortedMap(entries) {
  return { map: entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
}

// Kuzu's Node.js values: nodes carry _label, _id and their properties; relationships _src, _dst, _label, _id;
// paths _nodes and _rels; internal ids are {table, offset}. `idOf` maps "table:offset" to an entity id (a
// relationship does not carry its endpoints' properties).
function internal(id) {
  return `${id.table}:${id.offset}`;
}

function kuzuValue(value, idOf) {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (typeof value === "number") return number(value);
  if (typeof value !== "object") return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return { list: value.map((item) => kuzuValue(item, idOf)) };
  const rel = (r) => [idOf.get(internal(r._src)) ?? internal(r._src), r._label,
    idOf.get(internal(r._dst)) ?? internal(r._dst)];
  if ("_nodes" in value && "_rels" in value) {
    return { path: { nodes: value._nodes.map((n) => n.id ?? internal(n._id)), rels: value._rels.map(rel) } };
  }
  if ("_src" in value && "_dst" in value) return { rel: rel(value) };
  if ("_label" in value && "_id" in value) return { node: value.id ?? internal(value._id) };
  return sortedMap(Object.entries(value).map(([key, item]) => [key, kuzuValue(item, idOf)]));
}

/// Kuzu rows (arrays of Node.js values) in canonical form; idOf: Map "table:offset" → entity id (optional).
function canonicalKuzuRows(rows, idOf = new Map()) {
  return rows.map((row) => row.map((value) => kuzuValue(value, idOf)));
}

// kg query's JSON (`{"columns": [...], "rows": [[...]]}`, docs/QUERY.md): a node is {"$node": {"id", "name",
// "type", ...}}, a relationship {"$relationship": {"from", "to", "predicate", ...}} with entity ids, a path
// {"$path": {"nodes": [...], "relationships": [...]}}, a float JSON cannot hold {"$float": "NaN"}; any other
// object is a map, whose keys starting with "$" kg writes with one more "$" in front.
function kgValue(value) {
  if (value === null || typeof value !== "object") return typeof value === "number" ? number(value) : value;
  if (Array.isArray(value)) return { list: value.map(kgValue) };
  const rel = (r) => [r.from, r.predicate, r.to];
  if ("$node" in value) return { node: value.$node.id };
  if ("$relationship" in value) return { rel: rel(value.$relationship) };
  if ("$path" in value) {
    return { path: { nodes: value.$path.nodes.map((n) => n.id), rels: value.$path.relationships.map(rel) } };
  }
  if ("$float" in value) return value.$float;
  const key = (k) => (k.startsWith("$$") ? k.slice(1) : k);
  return sortedMap(Object.entries(value).map(([k, item]) => [key(k), kgValue(item)]));
}

function canonicalKgRows(rows) {
  return rows.map((row) => row.map(kgValue));
}

/// Compares two canonical results: {equal: true} or {equal: false, why}. Rows compare in order when `ordered`
/// (the query's ORDER BY fixes it), else as multisets.
function compare(expected, actual, { ordered = false } = {}) {
  if (expected.columns.length !== actual.columns.length) {
    return { equal: false, why: `${expected.columns.length} columns against ${actual.columns.length}` };
  }
  const text = (rows) => rows.map((row) => JSON.stringify(row));
  const a = text(expected.rows), b = text(actual.rows);
  if (!ordered) {
    a.sort();
    b.sort();
  }
  for (let i = 0; i < Math.max(a.length, b.length); ++i) {
    if (a[i] !== b[i]) {
      return { equal: false, why: `${a.length} rows against ${b.length}; first difference at row ${i + 1}: ` +
        `${a[i] ?? "(none)"} against ${b[i] ?? "(none)"}` };
    }
  }
  return { equal: true };
}

module.exports = { canonicalKuzuRows, canonicalKgRows, compare, kuzuValue, kgValue };
