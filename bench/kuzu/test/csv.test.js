// lib/csv.js: records as kg reads CSV, fields written back for Kuzu.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("fs");
const os = require("os");
const path = require("path");
const csv = require("../lib/csv");

test("fields split on commas outside double quotes, with doubled quotes inside", () => {
  assert.deepStrictEqual(csv.fields('a,"b, ""c""",,d'), ["a", 'b, "c"', "", "d"]);
  assert.deepStrictEqual(csv.fields('"x",'), ["x", ""]);
  assert.throws(() => csv.fields('"x"y,z'), /text after a closing quote/);
});

test("records span lines inside quotes, skip empty lines and accept CRLF", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kg-csv-")), "t.csv");
  fs.writeFileSync(file, 'id,quote\r\na,"two\nlines"\r\n\r\nb,plain\n');
  assert.deepStrictEqual([...csv.records(file)], [["id", "quote"], ["a", "two\nlines"], ["b", "plain"]]);
  fs.writeFileSync(file, 'id\n"open\n');
  assert.throws(() => [...csv.records(file)], /still open at the end of the file/);
});

test("written fields round-trip through the reader", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kg-csv-")), "t.csv");
  const writer = new csv.Writer(file);
  writer.row(["a,b", 'say "hi"', null, 3]);
  writer.close();
  assert.deepStrictEqual([...csv.records(file)], [["a,b", 'say "hi"', "", "3"]]);
});

test("a Kuzu list refuses items it would split or quote", () => {
  assert.strictEqual(csv.list(["Karoov Aziz", "Aziz"]), "[Karoov Aziz,Aziz]");
  assert.throws(() => csv.list(["a, b"]), /cannot write/);
});
