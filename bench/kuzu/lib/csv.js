// CSV as kg reads it (RFC 4180: `,` separators, double quotes, `""` inside quotes), for the converters: records
// from a file in large chunks, fields of one record, and fields written back so that Kuzu's COPY reads them.
"use strict";
const fs = require("fs");

/// The records of a CSV file as arrays of fields, header included, read through a 4 MiB buffer. A quoted field
/// may span lines. Throws on a quote left open at the end of the file.
function* records(file) {
  const fd = fs.openSync(file, "r");
  const buffer = Buffer.alloc(4 << 20);
  let rest = "";
  let pending = "";  // a record whose quotes are still open at the end of a line
  try {
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, null);
      const text = rest + buffer.toString("utf8", 0, read);
      const lines = text.split("\n");
      rest = read === 0 ? "" : lines.pop();
      for (let line of lines) {
        if (line.endsWith("\r")) line = line.slice(0, -1);
        if (pending) line = pending + "\n" + line;
        if (countQuotes(line) % 2 === 1) {
          pending = line;
          continue;
        }
        pending = "";
        if (line !== "") yield fields(line);
      }
      if (read === 0) break;
    }
  } finally {
    fs.closeSync(fd);
  }
  if (pending) throw new Error(`${file}: a quoted field is still open at the end of the file`);
}

function countQuotes(line) {
  let count = 0;
  for (let at = line.indexOf('"'); at !== -1; at = line.indexOf('"', at + 1)) ++count;
  return count;
}

/// The fields of one record (its quotes balanced).
function fields(line) {
  if (!line.includes('"')) return line.split(",");
  const out = [];
  let at = 0;
  for (;;) {
    if (line[at] === '"') {
      let value = "";
      let from = at + 1;
      for (;;) {
        const quote = line.indexOf('"', from);
        value += line.slice(from, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      out.push(value);
    } else {
      let comma = line.indexOf(",", at);
      if (comma === -1) comma = line.length;
      out.push(line.slice(at, comma));
      at = comma;
    }
    if (at >= line.length) return out;
    if (line[at] !== ",") throw new Error(`text after a closing quote in: ${line.slice(0, 80)}`);
    ++at;
    if (at === line.length) {
      out.push("");
      return out;
    }
  }
}

/// One field as CSV text: quoted when it holds a separator, a quote or a line break.
function field(value) {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/// A Kuzu list literal for a STRING[] column, e.g. `[Karoov Aziz,Aziz]`. Kuzu splits list text on `,` and
/// treats brackets and quotes specially, so items holding them are refused rather than loaded wrongly.
function list(items) {
  for (const item of items) {
    if (/[,\[\]{}"'\\]/.test(item)) throw new Error(`cannot write "${item}" into a Kuzu list column`);
  }
  return "[" + items.join(",") + "]";
}

/// Buffered output to one file, written synchronously in large pieces: CSV rows or any lines (JSON Lines).
class Writer {
  constructor(file) {
    this.fd = fs.openSync(file, "w");
    this.parts = [];
    this.size = 0;
  }
  row(values) {
    this.line(values.map(field).join(","));
  }
  line(text) {
    this.parts.push(text, "\n");
    this.size += text.length + 1;
    if (this.size > (1 << 20)) this.flush();
  }
  flush() {
    fs.writeSync(this.fd, this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
  close() {
    this.flush();
    fs.closeSync(this.fd);
  }
}

module.exports = { records, fields, field, list, Writer };
