"""Reads a GraphML file with NetworkX and prints its summary (see summary.py)."""
import sys

import networkx as nx

from summary import print_summary

graph = nx.read_graphml(sys.argv[1], force_multigraph=True)
# NetworkX keeps <key> defaults in graph.graph["node_default"/"edge_default"] instead of on each element (igraph and
# Gephi fill them in): fill them in here too.
nodes = [(node, {**graph.graph["node_default"], **data}) for node, data in graph.nodes(data=True)]
edges = [(key, source, target, {**graph.graph["edge_default"], **data})
         for source, target, key, data in graph.edges(keys=True, data=True)]
print_summary(graph.number_of_nodes(), graph.number_of_edges(), nodes, edges)
