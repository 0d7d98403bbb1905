"""Reads a GraphML file with NetworkX and prints its summary (see summary.py)."""
import sys

import networkx as nx

from summary import print_summary

graph = nx.read_graphml(sys.argv[1], force_multigraph=True)
print_summary(graph.number_of_nodes(), graph.number_of_edges(), graph.nodes(data=True),
              [(key, source, target, data) for source, target, key, data in graph.edges(keys=True, data=True)])
