// lib/canonical.js: kg's JSON and Kuzu's Node.js values meet in one canonical form, and compare() reports the
// first difference. Runs without Kuzu: `node --test bench/kuzu/test/`.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const { canonicalKuzuRows, canonicalKgRows, compare } = require("../lib/canonical");

const idOf = new Map([["0:0", "person-1"], ["1:0", "org-2"]]);
const kuzuNode = (id, table) => ({ id, name: "x", _label: table ? "Organization" : "Person",
  _id: { table, offset: 0 } });
const kuzuRel = { confidence: 0.5, _src: { table: 0, offset: 0 }, _dst: { table: 1, offset: 0 }, _label: "member_of",
  _id: { table: 3, offset: 0 } };
const kgNode = (id) => ({ $node: { id, type: "Person" } });
const kgRelObject = { from: "person-1", predicate: "member_of", to: "org-2" };
const kgRel = { $relationship: kgRelObject };

test("nodes, relationships and paths from both sides have one canonical form", () => {
  const kuzu = canonicalKuzuRows([[kuzuNode("person-1", 0), kuzuRel,
    { _nodes: [kuzuNode("person-1", 0), kuzuNode("org-2", 1)], _rels: [kuzuRel] }]], idOf);
  const kg = canonicalKgRows([[kgNode("person-1"), kgRel,
    { $path: { nodes: [kgNode("person-1").$node, kgNode("org-2").$node], relationships: [kgRelObject] } }]]);
  assert.deepStrictEqual(kuzu, kg);
  assert.deepStrictEqual(kuzu[0][1], { rel: ["person-1", "member_of", "org-2"] });
});

test("a map key that kg escaped with one more $ compares as the key the query wrote", () => {
  assert.deepStrictEqual(canonicalKgRows([[{ $$node: 1, name: "x" }]]), canonicalKuzuRows([[{ $node: 1, name: "x" }]]));
});

test("numbers compare by value to 12 significant digits; integers and floats are one kind", () => {
  assert.deepStrictEqual(canonicalKgRows([[1, 1.0, 0.1 + 0.2, -0, 2 ** 40]]),
    canonicalKuzuRows([[1, 1, 0.3, 0, 2n ** 40n]]));
  assert.notDeepStrictEqual(canonicalKgRows([[0.3]]), canonicalKgRows([[0.30001]]));
});

test("a map is never mistaken for a node, a list or a string", () => {
  const [[map, list, text]] = canonicalKgRows([[{ node: "person-1" }, ["a"], "a"]]);
  assert.deepStrictEqual(map, { map: [["node", "person-1"]] });
  assert.deepStrictEqual(list, { list: ["a"] });
  assert.notDeepStrictEqual(map, canonicalKgRows([[kgNode("person-1")]])[0][0]);
  assert.strictEqual(text, "a");
});

test("maps compare whatever the order of their keys", () => {
  assert.deepStrictEqual(canonicalKgRows([[{ b: 1, a: null }]]), canonicalKuzuRows([[{ a: null, b: 1 }]]));
});

test("rows compare as multisets unless the query orders them", () => {
  const a = { columns: ["x"], rows: [[1], [2], [2]] }, b = { columns: ["x"], rows: [[2], [1], [2]] };
  assert.deepStrictEqual(compare(a, b), { equal: true });
  assert.strictEqual(compare(a, b, { ordered: true }).equal, false);
  assert.match(compare(a, { columns: ["x"], rows: [[2], [1]] }).why, /^3 rows against 2/);
});

test("a different value or column count is reported with the rows", () => {
  const verdict = compare({ columns: ["x"], rows: [["a"]] }, { columns: ["x"], rows: [["b"]] });
  assert.deepStrictEqual(verdict, { equal: false,
    why: '1 rows against 1; first difference at row 1: ["a"] against ["b"]' });
  assert.deepStrictEqual(compare({ columns: ["x"], rows: [] }, { columns: ["x", "y"], rows: [] }),
    { equal: false, why: "1 columns against 2" });
});
