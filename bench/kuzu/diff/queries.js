// The differential test's queries: templates filled with seeded random choices from one graph (ids, types,
// predicates, thresholds). Each query is {name, kg, kuzu, params, ordered}: the kg text, the same query in Kuzu's
// dialect (kuzuText below), parameters, and whether ORDER BY fixes the row order.
"use strict";
const { TYPES, PREDICATES } = require("./random_graph");

/// Kuzu's spelling of a kg query: the known syntax differences of Kuzu 0.11 from openCypher, rewritten.
/// - `type(r)` is `label(r)`;
/// - variable length is walk by default in Kuzu; openCypher's relationship uniqueness is `* TRAIL n..m`, and
///   Kuzu needs both bounds (`*..m` is `* TRAIL 1..m`);
/// - `shortestPath((a)-[*..m]-(b))` is `(a)-[* SHORTEST 1..m]-(b)`;
/// - a label that is a Kuzu keyword (`Group`) must be in backticks, so every type label is.
function kuzuText(kg) {
  return kg
    .replace(/\btype\(/g, "label(")
    .replace(/shortestPath\(\((\w+)\)-\[\*\.\.(\d+)\]-\((\w+)\)\)/g, "($1)-[* SHORTEST 1..$2]-($3)")
    .replace(/\*(\d*)\.\.(\d+)\]/g, (_, low, high) => `* TRAIL ${low || 1}..${high}]`)
    .replace(new RegExp(`:(${TYPES.join("|")})\\b`, "g"), ":`$1`");
}

/// Templates: (r, graph) → {name, kg, kuzu?, params?, ordered?}; kuzu, when given, replaces kuzuText(kg) where
/// Kuzu needs more than spelling. Names say what a template exercises.
const TEMPLATES = [
  (r) => ({ name: "nodes of a type", kg: `MATCH (n:${r.pick(TYPES)}) RETURN n.id, n.name, n.age, n.score` }),
  (r, g) => ({ name: "entity by id", kg: "MATCH (n) WHERE n.id = $id RETURN n.name, n.aliases, n.age",
    params: { id: r.pick(g.entities).id } }),
  (r, g) => ({ name: "typed outgoing hop",
    kg: `MATCH (a)-[r:${r.pick(PREDICATES)}]->(b) WHERE a.id = $id RETURN b.id, r.confidence, r.source_count`,
    params: { id: r.pick(g.entities).id } }),
  (r) => ({ name: "undirected hop between types",
    kg: `MATCH (a:${r.pick(TYPES)})-[r]-(b:${r.pick(TYPES)}) RETURN a.id, type(r), b.id` }),
  (r) => ({ name: "two predicates",
    kg: `MATCH (a)-[r:${r.pick(PREDICATES)}|${r.pick(PREDICATES)}]->(b) RETURN a.id, type(r), b.id` }),
  () => ({ name: "relationships by predicate", kg: "MATCH ()-[r]->() RETURN type(r) AS p, count(*) AS n" }),
  (r, g) => ({ name: "distinct endpoints within 2 hops",
    kg: "MATCH (a)-[*1..2]-(b) WHERE a.id = $id RETURN count(DISTINCT b)", params: { id: r.pick(g.entities).id } }),
  (r, g) => ({ name: "directed paths of 1 to 3 hops",
    kg: "MATCH (a)-[*1..3]->(b) WHERE a.id = $id RETURN b.id, count(*)", params: { id: r.pick(g.entities).id } }),
  (r, g) => ({ name: "variable length of one predicate",
    kg: `MATCH (a)-[:${r.pick(PREDICATES)}*..3]-(b:${r.pick(TYPES)}) WHERE a.id = $id RETURN DISTINCT b.id`,
    params: { id: r.pick(g.entities).id } }),
  (r, g) => {
    const a = r.pick(g.entities).id;
    let b = r.pick(g.entities).id;
    while (b === a) b = r.pick(g.entities).id;
    return { name: "shortest path length",
      kg: "MATCH p = shortestPath((a)-[*..6]-(b)) WHERE a.id = $a AND b.id = $b RETURN length(p)",
      params: { a, b } };
  },
  (r) => ({ name: "optional match",
    kg: `MATCH (a:${r.pick(TYPES)}) OPTIONAL MATCH (a)-[:${r.pick(PREDICATES)}]->(b) RETURN a.id, b.id` }),
  (r) => ({ name: "degree with WITH, ORDER BY, LIMIT", ordered: true,
    kg: `MATCH (a)-[r]-(b) WITH a, count(r) AS d WHERE d >= ${1 + r.below(3)} RETURN a.id, d ` +
      "ORDER BY d DESC, a.id LIMIT 5" }),
  (r) => ({ name: "filters on relationship and node properties",
    kg: `MATCH (a)-[r]->(b) WHERE r.confidence >= ${r.below(10) / 10} AND b.age > ${20 + r.below(40)} ` +
      "RETURN a.id, b.id, r.confidence" }),
  () => ({ name: "null tests and coalesce", kg: "MATCH (n) RETURN n.id, n.age IS NULL, coalesce(n.score, -1)" }),
  (r) => ({ name: "string predicates",
    kg: `MATCH (n) WHERE n.name STARTS WITH '${r.pick(["A", "L", "O", "Z", "T"])}' OR n.name CONTAINS '1' ` +
      "RETURN n.id" }),
  (r) => ({ name: "aggregates",
    kg: `MATCH (n:${r.pick(TYPES)}) RETURN count(*), count(n.age), sum(n.age), min(n.score), max(n.score), ` +
      "avg(n.age), size(collect(DISTINCT n.age))" }),
  (r) => ({ name: "graph elements returned", kg: `MATCH (a)-[r:${r.pick(PREDICATES)}]->(b) RETURN a, r, b` }),
  (r, g) => ({ name: "two-hop path returned", kg: "MATCH p = (a)-->(b)-->(c) WHERE a.id = $id RETURN p",
    params: { id: r.pick(g.entities).id } }),
  // Kuzu does not keep a MATCH's relationships distinct in fixed-length patterns (openCypher does): its text
  // says so explicitly.
  (r, g) => ({ name: "relationship uniqueness in a two-hop pattern",
    kg: "MATCH (a)-[r1]-(b)-[r2]-(c) WHERE a.id = $id RETURN count(*)",
    kuzu: "MATCH (a)-[r1]-(b)-[r2]-(c) WHERE a.id = $id AND id(r1) <> id(r2) RETURN count(*)",
    params: { id: r.pick(g.entities).id } }),
  () => ({ name: "evidence of repeated facts",
    kg: "MATCH (a)-[r]->(b) WHERE size(r.statements) >= 2 RETURN a.id, type(r), b.id, r.sources, r.confidence, " +
      "r.first_date, r.last_date" }),
  (r) => ({ name: "ORDER BY, SKIP, LIMIT", ordered: true,
    kg: `MATCH (n) RETURN n.id ORDER BY n.id SKIP ${r.below(4)} LIMIT ${1 + r.below(5)}` }),
  () => ({ name: "UNWIND", kg: "UNWIND [1, 2, 3] AS x MATCH (n) WHERE n.age > x * 15 RETURN x, count(n)" }),
  () => ({ name: "CASE", kg: "MATCH (n) RETURN n.id, CASE WHEN n.age > 40 THEN 'older' ELSE 'younger' END" }),
  () => ({ name: "integer arithmetic",
    kg: "MATCH (n) WHERE n.age IS NOT NULL RETURN n.id, n.age * 2 + 1, n.age / 7, n.age % 7, n.age / 2.0" }),
];

/// `count` queries for one graph: every template in turn, choices drawn from r.
function queriesFor(graph, r, count = TEMPLATES.length) {
  const out = [];
  for (let i = 0; i < count; ++i) {
    const query = TEMPLATES[i % TEMPLATES.length](r, graph);
    out.push({ params: {}, ordered: false, ...query, kuzu: query.kuzu || kuzuText(query.kg) });
  }
  return out;
}

module.exports = { queriesFor, kuzuText, TEMPLATES };
