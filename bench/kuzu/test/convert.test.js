// convert.js: kg's model rebuilt independently (types, undeclared entities, merged facts and their evidence).
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { convert, cellType } = require("../convert");

function lines(file) {
  return fs.readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line));
}

test("repeated facts become one relationship holding every statement's evidence", () => {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "kg-convert-"));
  fs.writeFileSync(path.join(data, "entities.csv"),
    "id,type,name,aliases,age\nziyoev,Person,Mirzo Ziyoev,Ziyoev; Mirzo,51\nescapees,Group,,,\n");
  fs.writeFileSync(path.join(data, "facts.csv"), "subject,predicate,object,source,date,confidence,quote\n" +
    'ziyoev,father_of,escapees,src-1,2010-08,0.7,"sons, of Ziyoev"\n' +
    "ziyoev,father_of,escapees,src-2,2010,0.9,\n" +
    "ziyoev,father_of,escapees,src-1,2010-08-23,,\n" +
    "escapees,located_in,tavildara,,,,\n");
  const out = path.join(data, "kuzu");
  assert.deepStrictEqual(convert(data, out),
    { nodes: 3, facts: 4, edges: 2, node_tables: 3, rel_tables: 2, pairs: 2 });

  const [edge] = lines(path.join(out, "rels/father_of/Person-Group.json"));
  assert.deepStrictEqual(edge, { from: "ziyoev", to: "escapees", confidence: 0.9, sources: ["src-1", "src-2"],
    quotes: ["sons, of Ziyoev"], first_date: "2010", last_date: "2010", source_count: 2, statements: [
      { source: "src-1", date: "2010-08", confidence: 0.7, quote: "sons, of Ziyoev" },
      { source: "src-2", date: "2010", confidence: 0.9, quote: null },
      { source: "src-1", date: "2010-08-23", confidence: null, quote: null }] });
  assert.deepStrictEqual(lines(path.join(out, "nodes/Person.json")),
    [{ id: "ziyoev", name: "Mirzo Ziyoev", aliases: ["Ziyoev", "Mirzo"], age: 51 }]);
  // A missing name is the id; an undeclared reference is an Entity named by its id.
  assert.deepStrictEqual(lines(path.join(out, "nodes/Group.json")),
    [{ id: "escapees", name: "escapees", aliases: [], age: null }]);
  assert.deepStrictEqual(lines(path.join(out, "nodes/Entity.json")),
    [{ id: "tavildara", name: "tavildara", aliases: [], age: null }]);

  const schema = JSON.parse(fs.readFileSync(path.join(out, "schema.json"), "utf8"));
  assert.deepStrictEqual(schema.nodes.map((n) => n.table), ["Entity", "Group", "Person"]);
  assert.deepStrictEqual(schema.nodes[0].columns.at(-1), ["age", "INT64"]);
  assert.deepStrictEqual(schema.rels.map((r) => [r.table, r.pairs.map((p) => `${p.from}-${p.to}`)]),
    [["father_of", ["Person-Group"]], ["located_in", ["Group-Entity"]]]);
});

test("property cells are typed by kg's rules for CSV", () => {
  assert.deepStrictEqual(["true", "42", "-7", "007", "1.5", "-2e3", "9223372036854775808", "x"].map(cellType),
    ["BOOLEAN", "INT64", "INT64", "STRING", "DOUBLE", "DOUBLE", "STRING", "STRING"]);
});
