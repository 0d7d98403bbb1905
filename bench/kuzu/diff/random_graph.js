// Seeded random small graphs for the differential test, written as a kg data set folder (sources.jsonl,
// entities.csv, facts.csv: the columns of bench/dataset.cpp) that both `kg build` and convert.js read.
//
// They hold what the answers depend on: several types (one of them `Group`, a Kuzu keyword), predicates that
// join any types, repeated subject-predicate-object facts (merged into one edge with several statements),
// parallel edges of different predicates, both directions between two entities, isolated entities, entities
// without a name or with aliases, integer and float properties with gaps, and provenance with partial dates,
// confidences, quotes holding commas and quotes. Every type and predicate occurs: Kuzu rejects a label it has
// no table for, where Cypher (and kg, with a warning) answers no rows. No self-loops: Kuzu matches a self-loop
// twice in an undirected pattern (openCypher once), a known deviation the test would only rediscover.
"use strict";
const fs = require("fs");
const path = require("path");
const csv = require("../lib/csv");

/// mulberry32: a tiny seeded generator, the same sequence everywhere.
function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { unit: next, below: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p };
}

const TYPES = ["Person", "Organization", "Group", "Location"];
const PREDICATES = ["knows", "member_of", "funds", "located_in", "met"];
const FIRST = ["Aziz", "Lola", "Odil", "Zarina", "Timur", "Nodira", "Rustam", "Malika"];

/// A graph of `nodes` entities and `facts` facts: {entities: [{id, type, name, aliases, age, score}],
/// facts: [{subject, predicate, object, source, date, confidence, quote}], sources: [ids]}.
function generate(seed, { nodes = 12, facts = 30 } = {}) {
  const r = random(seed);
  const entities = [];
  for (let i = 0; i < nodes; ++i) {
    const type = i < TYPES.length ? TYPES[i] : r.pick(TYPES);
    entities.push({ id: `${type.toLowerCase()}-${i}`, type, name: r.chance(0.9) ? `${r.pick(FIRST)} ${i}` : "",
      aliases: r.chance(0.3) ? [`alias ${i}`] : [], age: r.chance(0.5) ? 20 + r.below(50) : null,
      score: r.chance(0.4) ? Math.round(r.unit() * 1000) / 100 : null });
  }
  const sources = ["src-1", "src-2", "src-3", "src-4"];
  const list = [];
  const connected = entities.slice(0, Math.max(2, nodes - 2));  // the last two may stay isolated
  while (list.length < facts) {
    const repeat = list.length >= PREDICATES.length && r.chance(0.15);
    const base = repeat ? r.pick(list) : null;
    const subject = base ? base.subject : r.pick(connected).id;
    let object = base ? base.object : r.pick(connected).id;
    while (object === subject) object = r.pick(connected).id;
    const predicate = base ? base.predicate : list.length < PREDICATES.length ? PREDICATES[list.length]
      : r.pick(PREDICATES);
    const fact = { subject, predicate, object, source: "", date: "",
      confidence: "", quote: "" };
    if (r.chance(0.6)) {
      fact.source = r.pick(sources);
      const year = 2008 + r.below(4), month = 1 + r.below(12), day = 1 + r.below(28);
      const precision = r.below(3);
      fact.date = precision === 0 ? `${year}` : precision === 1 ? `${year}-${String(month).padStart(2, "0")}`
        : `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      fact.confidence = String(r.below(11) / 10);
      if (r.chance(0.4)) fact.quote = `"${subject}, said to ${fact.predicate}" ${object}`;
    }
    list.push(fact);
  }
  return { entities, facts: list, sources };
}

/// Writes the graph as a kg data set folder.
function write(graph, folder) {
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "sources.jsonl"),
    graph.sources.map((id) => JSON.stringify({ source: { id, title: `Report ${id}` } })).join("\n") + "\n");
  const entities = new csv.Writer(path.join(folder, "entities.csv"));
  entities.row(["id", "type", "name", "aliases", "age", "score"]);
  for (const e of graph.entities) entities.row([e.id, e.type, e.name, e.aliases.join("; "), e.age, e.score]);
  entities.close();
  const facts = new csv.Writer(path.join(folder, "facts.csv"));
  facts.row(["subject", "predicate", "object", "source", "date", "confidence", "quote"]);
  for (const f of graph.facts) facts.row([f.subject, f.predicate, f.object, f.source, f.date, f.confidence, f.quote]);
  facts.close();
}

module.exports = { generate, write, random, TYPES, PREDICATES };
