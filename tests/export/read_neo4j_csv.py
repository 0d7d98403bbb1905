"""Reads a Neo4j bulk-import folder (nodes.csv, relationships.csv) with Python's csv module, as neo4j-admin
would: typed columns converted, empty unquoted fields missing. Prints its summary (see summary.py) keyed by the
entity ids, with relationships numbered in file order; `:LABEL`, `:TYPE`, ... print as LABEL, TYPE, ....
`string[]` columns split on U+001F, the array delimiter kg's files are imported with."""
import csv
import os
import sys

from summary import print_summary

CONVERT = {"int": int, "long": int, "double": float, "boolean": lambda text: text == "true", "string": str,
           "string[]": lambda text: text.split("\x1f")}  # neo4j-admin --array-delimiter=U+001F


def read(path):
    with open(path, encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    header = [column.rpartition(":") if ":" in column else (column, ":", "string") for column in rows[0]]
    return header, rows[1:]


def typed(header, row):
    data = {}
    for (name, _, kind), text in zip(header, row):
        if text != "":
            data[name or kind] = CONVERT.get(kind, str)(text)
    return data


node_header, node_rows = read(os.path.join(sys.argv[1], "nodes.csv"))
edge_header, edge_rows = read(os.path.join(sys.argv[1], "relationships.csv"))
print_summary(len(node_rows), len(edge_rows),
              [(row[0], typed(node_header, row)) for row in node_rows],
              [(f"r{i}", row[0], row[1], typed(edge_header, row)) for i, row in enumerate(edge_rows)])
