"""Reads a GraphML file with igraph and prints its summary (see summary.py)."""
import sys

import igraph

from summary import print_summary

graph = igraph.Graph.Read_GraphML(sys.argv[1])
names = graph.vs["id"]


def attributes(element, skip):
    return {key: value for key, value in element.attributes().items()
            if key != skip and not (isinstance(value, str) and value == "")}


print_summary(graph.vcount(), graph.ecount(), [(v["id"], attributes(v, "id")) for v in graph.vs],
              [(e["id"], names[e.source], names[e.target], attributes(e, "id")) for e in graph.es])
