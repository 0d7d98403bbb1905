// diff/queries.js and diff/random_graph.js: Kuzu's spelling of kg's queries, and graphs that are the same for a
// seed and hold every type and predicate.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const { kuzuText, queriesFor, TEMPLATES } = require("../diff/queries");
const { generate, random, TYPES, PREDICATES } = require("../diff/random_graph");

test("kuzuText rewrites what Kuzu spells differently and nothing else", () => {
  assert.strictEqual(kuzuText("MATCH (a:Group)-[r]->(b) RETURN type(r)"), "MATCH (a:`Group`)-[r]->(b) RETURN label(r)");
  assert.strictEqual(kuzuText("MATCH (a)-[:knows*..3]-(b)"), "MATCH (a)-[:knows* TRAIL 1..3]-(b)");
  assert.strictEqual(kuzuText("MATCH (a)-[*2..4]->(b)"), "MATCH (a)-[* TRAIL 2..4]->(b)");
  assert.strictEqual(kuzuText("MATCH p = shortestPath((a)-[*..6]-(b)) RETURN length(p)"),
    "MATCH p = (a)-[* SHORTEST 1..6]-(b) RETURN length(p)");
  const untouched = "MATCH (n) WHERE n.name = 'Group' RETURN n";
  assert.strictEqual(kuzuText(untouched), untouched);
});

test("a seed gives the same graph and queries; every type and predicate occurs; no self-loops", () => {
  assert.deepStrictEqual(generate(3), generate(3));
  assert.notDeepStrictEqual(generate(3), generate(4));
  const graph = generate(3);
  assert.deepStrictEqual(new Set(graph.entities.map((e) => e.type)), new Set(TYPES));
  assert.deepStrictEqual(new Set(graph.facts.map((f) => f.predicate)), new Set(PREDICATES));
  assert.ok(graph.facts.every((f) => f.subject !== f.object));
  const queries = queriesFor(graph, random(1));
  assert.deepStrictEqual(queries, queriesFor(graph, random(1)));
  assert.strictEqual(queries.length, TEMPLATES.length);
});
