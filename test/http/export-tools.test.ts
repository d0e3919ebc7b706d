// The default GraphML and GEXF open unchanged, with the right directions, in the analysts' own tools: every NetworkX
// on the machine (Debian's 2.8 and a 3.x: read_graphml, read_gexf, and node_link_graph as the README calls it) and
// igraph (Read_GraphML). Each file is compared arc by arc with the seed (ids, ends, attributes) and its counts with
// the store's own counts (/health); the mixed form is checked to be what those tools refuse or misread, which is why
// it is not the default.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSeed } from '../../src/seed/seed';
import { isDirected, type RelType } from '../../src/model/graph';
import { NODE_ATTRIBUTES } from '../../src/services/exports/attributes';
import { expectedArcs } from '../support/export-arcs';
import { runPythonAsync } from '../support/python';
import { pythonsWith } from '../support/pythons';
import { edgeSignature, expectedEdges, expectedNodes } from '../support/seed-graph';
import { startTestServer, type TestServer } from '../support/server';

const seed = readSeed();
const NODES = expectedNodes(seed);
const EDGES = expectedEdges(seed);
const ARCS = expectedArcs(EDGES);

let server: TestServer;
let dir: string;
let store: { relationships: number; relationshipsByType: Record<RelType, number> };

beforeAll(async () => {
  server = await startTestServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-tools-'));
  const save = async (url: string, file: string) => fs.writeFileSync(path.join(dir, file), await (await fetch(server.url + url)).text());
  await save('/export/graph.graphml', 'graph.graphml');
  await save('/export/graph.gexf', 'graph.gexf');
  await save('/export/graph.graphml?mixed=true', 'mixed.graphml');
  await save('/export/graph.gexf?mixed=true', 'mixed.gexf');
  await save('/export/graph.json', 'graph.json');
  store = (await (await fetch(`${server.url}/health`)).json()) as typeof store;
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Lists as the XML formats carry them: JSON array strings. */
function asFile(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : v]));
}

const expectedSignatures = () => ARCS.map((a) => edgeSignature(a.source, a.target, { id: a.id, ...asFile(a.attributes) })).sort();

/** What the store says the arcs must be: one per directed relationship, two per mutual one. */
function expectCountsOfStore(arcs: [string, string, Record<string, unknown>][]): void {
  const byType: Record<string, number> = {};
  for (const [, , a] of arcs) byType[String(a.type)] = (byType[String(a.type)] ?? 0) + 1;
  const expected = Object.fromEntries(Object.entries(store.relationshipsByType).map(([t, n]) => [t, isDirected(t as RelType) ? n : 2 * n]));
  expect(byType).toEqual(expected);
  expect(new Set(arcs.map(([, , a]) => a.relationship)).size).toBe(store.relationships);
}

describe('NetworkX', () => {
  const pythons = pythonsWith('networkx');
  const live = pythons.length ? test : test.skip;
  const program = `
import json, sys, networkx as nx
d = sys.argv[1]
out = {}
for name, G in [("graphml", nx.read_graphml(d + "/graph.graphml")), ("gexf", nx.read_gexf(d + "/graph.gexf"))]:
    out[name] = {"kind": type(G).__name__, "nodes": {n: {k: v for k, v in a.items() if k != "label"} for n, a in G.nodes(data=True)},
                 "arcs": [[u, v, dict(a, key=k)] for u, v, k, a in G.edges(keys=True, data=True)],
                 "seoulSuccessors": sorted(set(G.successors("seoul"))), "seoulPredecessors": sorted(set(G.predecessors("seoul")))}
# node-link JSON as the README reads it in any version: 3.6+ reads "edges", earlier versions "links".
data = json.load(open(d + "/graph.json"))
data.setdefault("links", data["edges"])
J = nx.node_link_graph(data)
out["json"] = {"kind": type(J).__name__, "nodes": J.number_of_nodes(), "edges": [[u, v, dict(a, key=k)] for u, v, k, a in J.edges(keys=True, data=True)]}
for name, read in [("mixed.graphml", nx.read_graphml), ("mixed.gexf", nx.read_gexf)]:
    try:
        read(d + "/" + name)
        out[name] = "read"
    except nx.NetworkXError as e:
        out[name] = str(e)
print(json.dumps(out))
`;

  live.each(pythons.map((p) => [p.version, p] as const))('NetworkX %s: read_graphml and read_gexf load the default files as directed multigraphs, arc for arc; node_link_graph the JSON', async (_version, python) => {
    const result = JSON.parse(await runPythonAsync(python, ['-c', program, dir]));
    for (const format of ['graphml', 'gexf']) {
      const { kind, nodes, arcs, seoulSuccessors, seoulPredecessors } = result[format];
      expect(kind).toBe('MultiDiGraph');
      expect(Object.keys(nodes).sort()).toEqual(NODES.map((n) => n.id).sort());
      for (const node of NODES) expect(nodes[node.id]).toEqual(node.attributes);
      // NetworkX keys parallel edges by the file's edge id (read_gexf keeps it as the `id` attribute too).
      const signatures = arcs.map(([u, v, { key, id, ...a }]: [string, string, Record<string, unknown>]) => {
        if (format === 'gexf') expect(id).toBe(key);
        return edgeSignature(u, v, { id: key, ...a });
      });
      expect(signatures.sort()).toEqual(expectedSignatures());
      expectCountsOfStore(arcs);
      // Directions as the model has them: Seoul's partners are both its successors and its predecessors.
      const partners = ARCS.filter((a) => a.source === 'seoul' && a.attributes.type === 'SISTER_OF').map((a) => a.target);
      expect(partners.length).toBeGreaterThan(10);
      for (const partner of partners) {
        expect(seoulSuccessors).toContain(partner);
        expect(seoulPredecessors).toContain(partner);
      }
      // …while it only points at the organizations it belongs to.
      const organizations = ARCS.filter((a) => a.source === 'seoul' && a.attributes.type === 'MEMBER_OF').map((a) => a.target);
      for (const organization of organizations) expect(seoulPredecessors).not.toContain(organization);
    }
    // JSON: one edge per relationship, keyed by its id, `directed` saying which are mutual.
    expect(result.json).toMatchObject({ kind: 'MultiDiGraph', nodes: NODES.length });
    const json = result.json.edges.map(([u, v, { key, ...a }]: [string, string, Record<string, unknown>]) => edgeSignature(u, v, { id: key, ...a }));
    expect(json.sort()).toEqual(EDGES.map((e) => edgeSignature(e.source, e.target, { id: `${e.source}|${e.attributes.type}|${e.target}`, ...e.attributes })).sort());
    expect(result['mixed.graphml']).toMatch(/directed=true edge found in undirected graph/);
    // NetworkX 2.x does not know GEXF 1.3 at all; 3.x reads it and refuses the undirected edges.
    expect(result['mixed.gexf']).toMatch(/Undirected edge found in directed graph|No <graph> element/);
  });
});

describe('igraph', () => {
  const pythons = pythonsWith('igraph');
  const live = pythons.length ? test : test.skip;
  const program = `
import json, math, sys, igraph as ig
d = sys.argv[1]
def present(attributes):
    # igraph gives every edge every attribute: "" or NaN where the file has none.
    return {k: v for k, v in attributes.items() if v != "" and not (isinstance(v, float) and math.isnan(v))}
out = {}
for name in ["graph.graphml", "mixed.graphml"]:
    g = ig.Graph.Read_GraphML(d + "/" + name)
    out[name] = {"directed": g.is_directed(), "nodes": {v["id"]: present(v.attributes()) for v in g.vs},
                 "arcs": [[g.vs[e.source]["id"], g.vs[e.target]["id"], present(e.attributes())] for e in g.es]}
print(json.dumps(out))
`;

  live.each(pythons.map((p) => [p.version, p] as const))('igraph %s: Read_GraphML loads the default file directed, arc for arc (the mixed one it reads undirected)', async (_version, python) => {
    const result = JSON.parse(await runPythonAsync(python, ['-c', program, dir]));
    const { directed, nodes, arcs } = result['graph.graphml'];
    expect(directed).toBe(true);
    expect(Object.keys(nodes).sort()).toEqual(NODES.map((n) => n.id).sort());
    // igraph has no missing value for a boolean attribute: a node without one reads False.
    const booleans = NODE_ATTRIBUTES.filter((a) => a.type === 'boolean').map((a) => a.name);
    for (const node of NODES) {
      const got = { ...nodes[node.id] };
      for (const name of booleans) if (got[name] === false && !(name in node.attributes)) delete got[name];
      expect(got).toEqual({ id: node.id, ...node.attributes });
    }
    const signatures = arcs.map(([u, v, a]: [string, string, Record<string, unknown>]) => edgeSignature(u, v, a));
    expect(signatures.sort()).toEqual(expectedSignatures());
    expectCountsOfStore(arcs);
    // Why the default is not the mixed file: igraph ignores per-edge `directed` and reads it all undirected.
    expect(result['mixed.graphml'].directed).toBe(false);
    expect(result['mixed.graphml'].arcs.length).toBe(store.relationships);
  });
});
