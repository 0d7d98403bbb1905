// What the Kuzu scripts measure besides time: the process's peak resident memory and a database's size on disk.
"use strict";
const fs = require("fs");

/// Peak resident set size of this process so far, in bytes (VmHWM: the kernel's high-water mark).
function peakRssBytes() {
  const match = fs.readFileSync("/proc/self/status", "utf8").match(/^VmHWM:\s+(\d+) kB/m);
  return match ? Number(match[1]) * 1024 : null;
}

/// Bytes of a Kuzu database on disk: its file (Kuzu 0.11 keeps a database in one file) and write-ahead log, or
/// every file under it if it is a folder.
function diskBytes(target) {
  let total = 0;
  for (const file of [target, target + ".wal"]) {
    if (!fs.existsSync(file)) continue;
    const stat = fs.statSync(file);
    if (!stat.isDirectory()) {
      total += stat.size;
      continue;
    }
    for (const entry of fs.readdirSync(file, { recursive: true })) {
      const inner = fs.statSync(`${file}/${entry}`);
      if (inner.isFile()) total += inner.size;
    }
  }
  return total;
}

/// Removes a database (file or folder) and its write-ahead log.
function removeDatabase(target) {
  for (const file of [target, target + ".wal", target + ".lock"]) fs.rmSync(file, { recursive: true, force: true });
}

/// Seconds since `start` (a process.hrtime.bigint()).
function secondsSince(start) {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/// The p-th quantile (0..1) of a list of numbers, nearest rank, as kg_bench and peers.py compute it.
function quantile(values, share) {
  const ordered = [...values].sort((a, b) => a - b);
  return ordered[Math.max(Math.ceil(share * ordered.length), 1) - 1];
}

module.exports = { peakRssBytes, diskBytes, removeDatabase, secondsSince, quantile };
