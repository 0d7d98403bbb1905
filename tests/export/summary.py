"""Prints a graph read by an independent reader in one normalized, sorted form, so the export tests can compare
readers with each other and with the graph they exported:

    nodes N
    edges M
    node ID KEY VALUE
    edge ID SOURCE TARGET KEY VALUE

VALUE is JSON; integral numbers print as integers (igraph keeps every number as a double); missing values
(None, NaN) and false booleans are left out (igraph has no missing boolean: it reads one as false)."""
import json
import math


def value_text(value):
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))
    if isinstance(value, bool):
        return "true" if value else None
    return json.dumps(value, ensure_ascii=False)


def print_summary(node_count, edge_count, nodes, edges):
    """nodes: (id, {key: value}); edges: (id, source, target, {key: value})."""
    lines = []
    for node_id, data in nodes:
        for key, value in data.items():
            text = value_text(value)
            if text is not None:
                lines.append(f"node {node_id} {key} {text}")
    for edge_id, source, target, data in edges:
        for key, value in data.items():
            text = value_text(value)
            if text is not None:
                lines.append(f"edge {edge_id} {source} {target} {key} {text}")
    print(f"nodes {node_count}")
    print(f"edges {edge_count}")
    for line in sorted(lines):
        print(line)
