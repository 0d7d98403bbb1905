"""Reads a Cytoscape.js JSON file with NetworkX's cytoscape_graph and prints its summary (see summary.py).
List attributes (aliases, sources, quotes) print joined by "; ", as the XML formats write them."""
import json
import sys

import networkx as nx

from summary import print_summary

with open(sys.argv[1], encoding="utf-8") as stream:
    graph = nx.cytoscape_graph(json.load(stream))


def plain(data):
    return {key: "; ".join(value) if isinstance(value, list) else value for key, value in data.items()
            if key not in ("value", "color", "id", "source", "target", "key")}


print_summary(graph.number_of_nodes(), graph.number_of_edges(),
              [(node, plain(data)) for node, data in graph.nodes(data=True)],
              [(key, source, target, plain(data)) for source, target, key, data in graph.edges(keys=True, data=True)])
