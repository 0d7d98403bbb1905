"""Writes a graph as NetworkX or igraph writes it, then prints what kg must read from that file:

    write_foreign_graph.py WRITER CASE OUTPUT

WRITER: networkx-graphml, networkx-gexf or igraph-graphml. CASE: karate (Zachary's karate club with its `club`
and `weight` attributes and added typed ones), florentine (Padgett's families) or multigraph (a directed
multigraph with parallel edges, labels and typed, Unicode and missing values).

The printed lines, sorted, follow kg's documented mapping (docs/FORMAT.md, "GraphML and GEXF"), computed here from
the graph in memory, not from the file:

    node ID NAME TYPE [key=value, ...]               one per node
    edge SOURCE PREDICATE TARGET COUNT [key=value, ...] one per (source, predicate, target), with its number of
                                                     parallel edges and the first one's properties

For an undirected graph SOURCE and TARGET are sorted. Integers print as integers, floats with 17 significant
digits, booleans as true/false."""
import sys

import igraph as ig
import networkx as nx

NAME_KEYS = ("label", "name")
PREDICATE_KEYS = ("predicate", "kind", "label")


def value_text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format(value, ".17g")
    return str(value)


def props_text(props):
    return "[" + ", ".join(f"{key}={value_text(props[key])}" for key in sorted(props)) + "]"


def present(data):
    """The attributes kg reads: an empty string is no value."""
    return {key: value for key, value in data.items() if value != ""}


def expected(directed, nodes, edges):
    """nodes: (id, attributes); edges: (source id, target id, attributes), in file order."""
    lines = []
    for node_id, data in nodes:
        data = present(data)
        name = next((str(data.pop(key)) for key in NAME_KEYS if key in data), node_id)
        for key in NAME_KEYS:  # the other name key is a property only when it differs from the name
            if key in data and str(data[key]) == name:
                del data[key]
        node_type = str(data.pop("type", "Entity"))
        lines.append(f"node {node_id} {name} {node_type} {props_text(data)}")
    groups = {}
    for source, target, data in edges:
        data = present(data)
        predicate = next((str(data[key]) for key in PREDICATE_KEYS if key in data), "related_to")
        for key in PREDICATE_KEYS:
            if key in data and str(data[key]) == predicate:
                del data[key]
        if not directed:
            source, target = sorted((source, target))
        group = groups.setdefault((source, predicate, target), [0, {}])
        group[0] += 1
        for key, value in data.items():
            group[1].setdefault(key, value)
    for (source, predicate, target), (count, props) in groups.items():
        lines.append(f"edge {source} {predicate} {target} {count} {props_text(props)}")
    print("directed" if directed else "undirected")
    for line in sorted(lines):
        print(line)


def networkx_case(case):
    if case == "karate":
        graph = nx.karate_club_graph()
        for node in graph:
            graph.nodes[node]["rank"] = node % 5
            graph.nodes[node]["score"] = node / 4
            graph.nodes[node]["leader"] = node in (0, 33)
        graph.nodes[0]["label"] = "Mr. Hi"
        graph.nodes[33]["label"] = "Officer"
        return graph
    if case == "florentine":
        return nx.florentine_families_graph()
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="Ana Ĺopez", type="Person", age=41, score=0.25, alive=True, city="Душанбе")
    graph.add_node("b", label="Bank of Nowhere", type="Organization", founded=1998)
    graph.add_node("c", type="Person", alive=False)
    graph.add_node("lonely")
    graph.add_edge("a", "b", label="funds", amount=2.5, since=2001)
    graph.add_edge("a", "b", label="funds", amount=7.0, note="second payment")
    graph.add_edge("a", "b", label="owns")
    graph.add_edge("b", "c", weight=0.5)
    graph.add_edge("c", "a", label="knows", note="met in Kulob")
    graph.add_edge("c", "c", label="knows")
    return graph


def networkx_lists(graph):
    nodes = [(str(node), data) for node, data in graph.nodes(data=True)]
    edges = [(str(source), str(target), data) for source, target, data in graph.edges(data=True)]
    return nodes, edges


def igraph_case(case):
    if case == "karate":
        graph = ig.Graph.Famous("Zachary")
        graph.vs["name"] = [f"member {i}" for i in range(graph.vcount())]
        graph.vs["score"] = [i / 4 for i in range(graph.vcount())]
        graph.vs["leader"] = [i in (0, 33) for i in range(graph.vcount())]
        graph.es["weight"] = [float(i % 7) for i in range(graph.ecount())]
        return graph
    if case == "florentine":
        families = nx.florentine_families_graph()
        return ig.Graph.from_networkx(families)
    graph = ig.Graph(directed=True)
    graph.add_vertices(4)
    graph.vs["name"] = ["Ana", "Bank", "Carl", "lonely"]
    graph.vs["type"] = ["Person", "Organization", "Person", "Place"]
    graph.vs["score"] = [0.25, 1.5, float("nan"), 3.0]
    graph.add_edges([(0, 1), (0, 1), (0, 1), (1, 2), (2, 0)])
    graph.es["label"] = ["funds", "funds", "owns", "", "knows"]
    graph.es["amount"] = [2.5, 7.0, 1.0, 0.5, 0.125]
    return graph


def igraph_lists(graph):
    def clean(data):  # igraph keeps every attribute on every element; NaN is its missing number
        return {key: value for key, value in data.items()
                if not (isinstance(value, float) and value != value)}

    nodes = [(f"n{v.index}", clean(v.attributes())) for v in graph.vs]
    edges = [(f"n{e.source}", f"n{e.target}", clean(e.attributes())) for e in graph.es]
    return nodes, edges


def main():
    writer, case, output = sys.argv[1:4]
    if writer.startswith("networkx"):
        graph = networkx_case(case)
        if writer == "networkx-graphml":
            nx.write_graphml(graph, output)
        else:
            nx.write_gexf(graph, output)
        expected(graph.is_directed(), *networkx_lists(graph))
    else:
        graph = igraph_case(case)
        graph.write_graphml(output)
        expected(graph.is_directed(), *igraph_lists(graph))


main()
