"""Independent count of a kg JSON case file: resolves references by id, then folded id/name/alias, merges
repeated (subject, predicate, object) facts, and prints {"nodes", "edges", "node_types", "predicates"} as JSON.
Used by tests/cli/info_test.cpp to check `kg info --format json` against a second implementation."""
import collections
import json
import re
import sys


def fold(text):
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip().translate(
        str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))


case = json.load(open(sys.argv[1], encoding="utf-8"))
types, by_id, by_name = {}, {}, collections.defaultdict(set)
for entity in case.get("entities", []):
    key = entity["id"]
    types[key] = entity.get("type", "Entity")
    by_id[key] = key
    for name in [key, entity.get("name", key)] + entity.get("aliases", []):
        by_name[fold(name)].add(key)


def resolve(reference):
    if isinstance(reference, dict):
        reference = reference.get("id") or reference["name"]
    if reference in by_id:
        return reference
    found = by_name.get(fold(reference), set())
    if len(found) != 1:
        sys.exit(f"unresolvable reference {reference!r}: {sorted(found)}")
    return next(iter(found))


edges = {(resolve(f["subject"]), f["predicate"], resolve(f["object"])) for f in case.get("facts", [])}
print(json.dumps({
    "nodes": len(types),
    "edges": len(edges),
    "node_types": dict(collections.Counter(types.values())),
    "predicates": dict(collections.Counter(predicate for _, predicate, _ in edges)),
}, sort_keys=True))
