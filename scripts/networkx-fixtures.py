#!/usr/bin/env python3
"""Computes the network metrics of the seeded graph with NetworkX: the fixture the TypeScript tests compare to.

    /usr/bin/python3 scripts/networkx-fixtures.py                 # Debian's python3-networkx; writes the fixture
    python3 scripts/networkx-fixtures.py --export graph.json -o - # metrics of a node-link export, to stdout

The graph of a selection of relationship types is the API's definition (src/services/analytics/centrality.ts):
an undirected simple graph (nx.Graph) with one edge per pair of nodes linked by a relationship of those
types either way, self-loops dropped, whose nodes are the ends of those relationships.
"""
import argparse
import json
import platform
import sys
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
NETWORK = ["SISTER_OF", "LOCATED_IN", "MEMBER_OF", "HOSTS", "MET_WITH", "HOLDS_OFFICE"]
REPORT = ["SHARES", "RECEIVES", "RANKED", "HELD_IN", "ORGANIZED_BY", "PART_OF", "DISCUSSED", "ABOUT"]
# The selections the fixture covers: every type (the API's default), the diplomacy network without the report's
# policy exports, rankings, events and stated figures, partnerships only, and two mixes.
SELECTIONS = [
    NETWORK + REPORT,
    NETWORK,
    ["SISTER_OF"],
    ["SISTER_OF", "MEMBER_OF"],
    ["MEMBER_OF", "HOSTS"],
]
PAGERANK = {"alpha": 0.85, "tol": 1e-10, "max_iter": 1000}
LOUVAIN_SEED = 42


def relationships_from_seed(path):
    """(source, target, type) for every relationship the seed loader creates."""
    seed = json.loads(Path(path).read_text(encoding="utf-8"))
    rels = []
    rels += [(p["cityA"], p["cityB"], "SISTER_OF") for p in seed["partnerships"]]
    rels += [(c["id"], c["nation"], "LOCATED_IN") for c in seed["cities"]]
    rels += [(m["city"], m["organization"], "MEMBER_OF") for m in seed["memberships"]]
    rels += [(h["city"], h["organization"], "HOSTS") for h in seed["hostings"]]
    rels += [(m["official"], m["with"], "MET_WITH") for m in seed["meetings"]]
    rels += [(o["official"], o["target"], "HOLDS_OFFICE") for o in seed["offices"]]
    # The report's sections (each relationship from its stored start to its end).
    rels += [(r["city"], r["project"], "SHARES") for r in seed.get("policyShares", [])]
    rels += [(r["recipient"], r["project"], "RECEIVES") for r in seed.get("policyRecipients", [])]
    rels += [(r["city"], r["ranking"], "RANKED") for r in seed.get("cityRankings", [])]
    rels += [(r["event"], r["city"], "HELD_IN") for r in seed.get("eventVenues", [])]
    rels += [(r["event"], r["organizer"], "ORGANIZED_BY") for r in seed.get("eventOrganizers", [])]
    rels += [(r["event"], r["partOf"], "PART_OF") for r in seed.get("eventParts", [])]
    rels += [(r["official"], r["target"], "DISCUSSED") for r in seed.get("meetingMentions", [])]
    rels += [(r["figure"], r["city"], "ABOUT") for r in seed.get("figureSubjects", [])]
    return rels


def relationships_from_export(path):
    """(source, target, type) from a node-link JSON export (`edges` or, for NetworkX < 3.6, `links`)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    edges = data["edges"] if "edges" in data else data["links"]
    return [(e["source"], e["target"], e["type"]) for e in edges]


def metric_graph(relationships, types):
    graph = nx.Graph()
    graph.add_edges_from((s, t) for s, t, kind in relationships if kind in types and s != t)
    return graph


def metrics(graph):
    louvain = nx.community.louvain_communities(graph, seed=LOUVAIN_SEED)
    return {
        "nodeCount": graph.number_of_nodes(),
        "edgeCount": graph.number_of_edges(),
        "degreeCentrality": nx.degree_centrality(graph),
        "betweenness": nx.betweenness_centrality(graph, normalized=True),
        "closeness": nx.closeness_centrality(graph),
        "pageRank": nx.pagerank(graph, **PAGERANK),
        # Louvain implementations differ in visiting order: the tests compare modularity, not memberships.
        "louvainModularity": nx.community.modularity(graph, louvain),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", default=str(ROOT / "seed" / "graph.json"), help="seed file to read (default: seed/graph.json)")
    parser.add_argument("--export", help="read a node-link JSON export instead of the seed")
    parser.add_argument("--partition", help="JSON {selection: [[ids…], …]}: also report the modularity of these communities")
    parser.add_argument("-o", "--output", default=str(ROOT / "test" / "fixtures" / "networkx-metrics.json"), help="'-' for stdout")
    args = parser.parse_args()

    relationships = relationships_from_export(args.export) if args.export else relationships_from_seed(args.seed)
    partitions = json.loads(Path(args.partition).read_text()) if args.partition else {}
    selections = {}
    for types in SELECTIONS:
        key = ",".join(types)
        graph = metric_graph(relationships, set(types))
        selections[key] = metrics(graph)
        if key in partitions:
            selections[key]["partitionModularity"] = nx.community.modularity(graph, [set(c) for c in partitions[key]])

    fixture = {
        "generatedBy": "scripts/networkx-fixtures.py",
        "networkx": nx.__version__,
        "python": platform.python_version(),
        "input": "export" if args.export else "seed/graph.json",
        "definitions": {
            "graph": "nx.Graph of the relationships of the selected types, either direction, no self-loops",
            "degreeCentrality": "nx.degree_centrality(G)",
            "betweenness": "nx.betweenness_centrality(G, normalized=True)",
            "closeness": "nx.closeness_centrality(G)  # wf_improved=True",
            "pageRank": f"nx.pagerank(G, alpha={PAGERANK['alpha']}, tol={PAGERANK['tol']}, max_iter={PAGERANK['max_iter']})",
            "louvainModularity": f"nx.community.modularity(G, nx.community.louvain_communities(G, seed={LOUVAIN_SEED}))",
        },
        "selections": selections,
    }
    text = json.dumps(fixture, indent=1, sort_keys=True) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {args.output} (networkx {nx.__version__})", file=sys.stderr)


if __name__ == "__main__":
    main()
