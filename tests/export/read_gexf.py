"""Reads a GEXF file with NetworkX and prints its summary (see summary.py). NetworkX 2.8 knows GEXF up to
1.2draft: a 1.2draft file is read as NetworkX reads it by default; for a 1.3 file, 1.3's namespaces are registered
here (the elements kg writes are the same in both)."""
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

from summary import print_summary

if "1.3" not in GEXF.versions:
    GEXF.versions["1.3"] = dict(GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3",
                                NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
with open(sys.argv[1], encoding="utf-8") as stream:
    draft = "http://www.gexf.net/1.2draft" in stream.read(400)
graph = nx.read_gexf(sys.argv[1]) if draft else nx.read_gexf(sys.argv[1], version="1.3")


def plain(data):
    return {key: value for key, value in data.items() if not isinstance(value, (dict, list))}


print_summary(graph.number_of_nodes(), graph.number_of_edges(),
              [(node, plain(data)) for node, data in graph.nodes(data=True)],
              [(data.get("id"), source, target, plain(data))
               for source, target, data in graph.edges(data=True)])
