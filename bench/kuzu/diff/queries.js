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

/// Two different entity ids of the graph.
function twoEntities(r, g) {
  const a = r.pick(g.entities).id;
  let b = r.pick(g.entities).id;
  while (b === a) b = r.pick(g.entities).id;
  return [a, b];
}

/// Templates: (r, graph) → {name, kg, kuzu?, params?, ordered?}; kuzu, when given, replaces kuzuText(kg) where
/// Kuzu needs more than spelling. Names say what a template exercises.
const BASE_TEMPLATES = [
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
    const [a, b] = twoEntities(r, g);
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

/// Evidence options (kg query's --min-confidence, --from/--to, --dated-only) as Kuzu conditions on a
/// relationship's statements: a relationship matches when one of its statements passes (a statement stating no
/// confidence counts as 1.0; an undated one passes the window unless --dated-only). A partial date passes when its
/// span overlaps the window: with ISO strings, when it lies between the window's ends cut to its own length (the
/// ends padded with 00 and 99, so that `2010-08` lies in a window from 2010-08-22).
function evidenceOptions(r) {
  const date = () => {
    const year = 2008 + r.below(4), month = String(1 + r.below(12)).padStart(2, "0");
    const day = String(1 + r.below(28)).padStart(2, "0");
    return [`${year}`, `${year}-${month}`, `${year}-${month}-${day}`][r.below(3)];
  };
  const kind = r.below(3);
  if (kind === 0) {
    const minimum = r.below(10) / 10;
    return { kg: ["--min-confidence", String(minimum)], statement: `(s.confidence IS NULL OR s.confidence >= ${minimum})` };
  }
  let [from, to] = [date(), date()];
  if (from > to) [from, to] = [to, from];
  const datedOnly = kind === 2;
  const low = (from + "-00-00").slice(0, 10), high = (to + "-99-99").slice(0, 10);
  const cut = (end) => `substring('${end}', 1, size(s.date))`;
  return { kg: ["--from", from, "--to", to, ...(datedOnly ? ["--dated-only"] : [])],
    statement: `(s.date IS ${datedOnly ? "NOT NULL AND" : "NULL OR"} (s.date >= ${cut(low)} AND s.date <= ${cut(high)}))` };
}
const passes = (evidence) => `any(s IN r.statements WHERE ${evidence.statement})`;
/// The same after a one-hop MATCH, without list functions (Kuzu 0.11 evaluates them on the wrong statements in
/// some scans of several relationship tables; bench/README.md): the relationships with a passing statement.
const passing = (evidence) => `UNWIND r.statements AS s WITH a, r, b, s WHERE ${evidence.statement} WITH DISTINCT a, r, b`;

/// Templates of queries run under evidence options: the kg text runs with the options, Kuzu's states them.
const EVIDENCE_TEMPLATES = [
  (r) => {
    const evidence = evidenceOptions(r), predicate = r.pick(PREDICATES);
    return { name: `one hop under ${evidence.kg.join(" ")}`, kgOptions: evidence.kg,
      kg: `MATCH (a)-[r:${predicate}]->(b) RETURN a.id, b.id, size(r.statements) > 0`,
      kuzu: `MATCH (a)-[r:${predicate}]->(b) ${passing(evidence)} RETURN a.id, b.id, true` };
  },
  (r) => {
    const evidence = evidenceOptions(r);
    return { name: `relationships by predicate under ${evidence.kg.join(" ")}`, kgOptions: evidence.kg,
      kg: "MATCH ()-[r]->() RETURN type(r) AS p, count(*) AS n",
      kuzu: `MATCH (a)-[r]->(b) ${passing(evidence)} RETURN label(r) AS p, count(*) AS n` };
  },
  (r, g) => {
    const evidence = evidenceOptions(r);
    return { name: `distinct endpoints within 2 hops under ${evidence.kg.join(" ")}`, kgOptions: evidence.kg,
      kg: "MATCH (a)-[*1..2]-(b) WHERE a.id = $id RETURN count(DISTINCT b)",
      kuzu: `MATCH (a)-[* TRAIL 1..2 (r, n | WHERE ${passes(evidence)})]-(b) WHERE a.id = $id RETURN count(DISTINCT b)`,
      params: { id: r.pick(g.entities).id } };
  },
  (r, g) => {
    const evidence = evidenceOptions(r);
    return { name: `directed paths of 1 to 3 hops under ${evidence.kg.join(" ")}`, kgOptions: evidence.kg,
      kg: "MATCH (a)-[*1..3]->(b) WHERE a.id = $id RETURN b.id, count(*)",
      kuzu: `MATCH (a)-[* TRAIL 1..3 (r, n | WHERE ${passes(evidence)})]->(b) WHERE a.id = $id RETURN b.id, count(*)`,
      params: { id: r.pick(g.entities).id } };
  },
  (r, g) => {
    const evidence = evidenceOptions(r);
    const [a, b] = twoEntities(r, g);
    return { name: `shortest path length under ${evidence.kg.join(" ")}`, kgOptions: evidence.kg,
      kg: "MATCH p = shortestPath((a)-[*..6]-(b)) WHERE a.id = $a AND b.id = $b RETURN length(p)",
      kuzu: `MATCH p = (a)-[* SHORTEST 1..6 (r, n | WHERE ${passes(evidence)})]-(b) WHERE a.id = $a AND b.id = $b ` +
        "RETURN length(p)",
      params: { a, b } };
  },
];

/// More of the language: grouping after WITH, pattern predicates, quantifiers and comprehensions over evidence,
/// all shortest paths, three-valued logic.
const MORE_TEMPLATES = [
  () => ({ name: "WITH, collect(DISTINCT) and WHERE on the group",
    kg: "MATCH (a)-[r]->(b) WITH a, collect(DISTINCT type(r)) AS ps WHERE size(ps) >= 2 RETURN a.id, size(ps)" }),
  (r) => {
    const type = r.pick(TYPES);
    return { name: "pattern predicate: entities without outgoing relationships",
      kg: `MATCH (a:${type}) WHERE NOT (a)-->() RETURN a.id`,
      kuzu: `MATCH (a:\`${type}\`) WHERE NOT EXISTS { MATCH (a)-->() } RETURN a.id` };
  },
  // Kuzu 0.11 evaluates list lambdas and quantifiers on the wrong statements when a pattern spans several
  // relationship tables (bench/README.md), so its side of these two unwinds the statements instead.
  (r) => {
    const predicate = r.pick(PREDICATES), minimum = r.below(10) / 10;
    return { name: "list comprehension over statements, unwound and grouped",
      kg: `MATCH (a)-[r:${predicate}]->(b) UNWIND [s IN r.statements WHERE s.confidence >= ${minimum} | s.source] ` +
        "AS source RETURN a.id, b.id, source, count(*)",
      kuzu: `MATCH (a)-[r:${predicate}]->(b) UNWIND r.statements AS s WITH a, b, s WHERE s.confidence >= ${minimum} ` +
        "RETURN a.id, b.id, s.source AS source, count(*)" };
  },
  (r) => {
    const predicate = r.pick(PREDICATES);
    return { name: "quantifiers over statements in WHERE",
      kg: `MATCH (a)-[r:${predicate}]->(b) WHERE any(s IN r.statements WHERE coalesce(s.date, '') STARTS WITH '2010') ` +
        "AND NOT all(s IN r.statements WHERE s.source IS NOT NULL) RETURN a.id, b.id",
      kuzu: `MATCH (a)-[r:${predicate}]->(b) UNWIND r.statements AS s WITH a, b, sum(CASE WHEN coalesce(s.date, '') ` +
        "STARTS WITH '2010' THEN 1 ELSE 0 END) AS dated, sum(CASE WHEN s.source IS NULL THEN 1 ELSE 0 END) AS " +
        "unsourced WHERE dated > 0 AND unsourced > 0 RETURN a.id, b.id" };
  },
  (r, g) => {
    const [a, b] = twoEntities(r, g);
    return { name: "all shortest paths",
      kg: "MATCH p = allShortestPaths((a)-[*..6]-(b)) WHERE a.id = $a AND b.id = $b RETURN p",
      kuzu: "MATCH p = (a)-[* ALL SHORTEST 1..6]-(b) WHERE a.id = $a AND b.id = $b RETURN p", params: { a, b } };
  },
  () => ({ name: "three-valued logic on missing properties",
    kg: "MATCH (n) RETURN n.id, n.age > 40 OR n.score > 5, n.age > 40 AND n.score > 5, n.age > 40 XOR n.score > 5, " +
      "NOT n.age > 40" }),
  // Kuzu's collect() of only nulls is null (openCypher: an empty list).
  (r) => {
    const type = r.pick(TYPES), minimum = r.below(10) / 10;
    return { name: "optional match with a condition on the optional part",
      kg: `MATCH (a:${type}) OPTIONAL MATCH (a)-[r]-(b) WHERE r.confidence >= ${minimum} RETURN a.id, count(b), ` +
        "size(collect(b.id))",
      kuzu: `MATCH (a:\`${type}\`) OPTIONAL MATCH (a)-[r]-(b) WHERE r.confidence >= ${minimum} RETURN a.id, ` +
        "count(b), size(coalesce(collect(b.id), []))" };
  },
];

/// `count` queries for one graph: every template in turn, choices drawn from r.
function queriesFor(graph, r, count = TEMPLATES.length) {
  const out = [];
  for (let i = 0; i < count; ++i) {
    const query = TEMPLATES[i % TEMPLATES.length](r, graph);
    out.push({ params: {}, ordered: false, kgOptions: [], ...query, kuzu: query.kuzu || kuzuText(query.kg) });
  }
  return out;
}

const TEMPLATES = [...BASE_TEMPLATES, ...EVIDENCE_TEMPLATES, ...MORE_TEMPLATES];

module.exports = { queriesFor, kuzuText, TEMPLATES };
