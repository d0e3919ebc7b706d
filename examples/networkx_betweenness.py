#!/usr/bin/env python3
"""Top cities by betweenness centrality, computed with NetworkX on the GraphML export of a running server.

    python3 examples/networkx_betweenness.py                          # http://localhost:4000, all relationships
    python3 examples/networkx_betweenness.py http://host:4000 --via SISTER_OF,MEMBER_OF --top 5

The numbers are those of the API's `networkMetrics(via: …) { byBetweenness }`: both build the same undirected
simple graph (direction and parallel relationships dropped, nodes = ends of the chosen relationships).
Needs only NetworkX (Debian: apt-get install python3-networkx; or pip install networkx).
"""
import argparse
import urllib.parse
import urllib.request

import networkx as nx


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("server", nargs="?", default="http://localhost:4000", help="server URL (default http://localhost:4000)")
    parser.add_argument("--via", help="comma-separated relationship types, e.g. SISTER_OF,MEMBER_OF (default: all)")
    parser.add_argument("--top", type=int, default=10, help="how many cities to print (default 10)")
    args = parser.parse_args()

    # The default GraphML is a directed graph NetworkX reads as it is: each partnership comes as two opposite arcs.
    query = {}
    if args.via:
        query["types"] = args.via
    url = f"{args.server.rstrip('/')}/export/graph.graphml" + (f"?{urllib.parse.urlencode(query)}" if query else "")
    with urllib.request.urlopen(url) as response:
        exported = nx.read_graphml(response)

    # The API's network: undirected, simple, without self-loops and without nodes the chosen relationships miss.
    graph = nx.Graph(exported.to_undirected(as_view=True))
    graph.remove_edges_from(list(nx.selfloop_edges(graph)))
    graph.remove_nodes_from(list(nx.isolates(graph)))

    betweenness = nx.betweenness_centrality(graph)
    cities = [node for node, data in graph.nodes(data=True) if data.get("type") == "City"]
    # Ties to 12 significant digits rank by id, as in the API (equal scores can differ in their last bits).
    ranked = sorted(cities, key=lambda node: (-float(f"{betweenness[node]:.11e}"), node))[: args.top]
    print(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; top {len(ranked)} cities by betweenness:")
    for rank, node in enumerate(ranked, start=1):
        print(f"{rank:3}. {graph.nodes[node].get('name', node)} ({node})  {betweenness[node]:.6f}")


if __name__ == "__main__":
    main()
