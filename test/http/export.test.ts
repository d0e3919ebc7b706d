// GET /export/…: every format parsed back (graphology's GraphML and GEXF parsers, JSON, CSV, and NetworkX where
// installed) holds exactly the seeded graph: node and edge counts, ids, labels, typed attributes, directions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import Graph from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { FULL_GRAPH } from '../../src/model/graph';
import { RESERVED_ATTRIBUTE_NAMES, EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../../src/services/exports/attributes';
import { GraphmlWriter } from '../../src/services/exports/graphml';
import { NodeLinkWriter } from '../../src/services/exports/node-link';
import { OutputClosedError, streamGraph } from '../../src/services/exports/stream';
import { readSeed } from '../../src/seed/seed';
import { csvRecords } from '../support/csv';
import { networkxPython, runPython } from '../support/python';
import { edgeSignature, expectedEdges, expectedNodes } from '../support/seed-graph';
import { startTestServer, type TestServer } from '../support/server';

const seed = readSeed();
const NODES = expectedNodes(seed);
const EDGES = expectedEdges(seed);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function get(pathAndQuery: string): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(server.url + pathAndQuery);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The attributes as a text format carries them: lists as JSON arrays (GraphML, GEXF). */
function asXmlValues(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : v]));
}

/** Every value as text, empty for none: what a CSV row holds. */
function asCsvValues(attributes: Record<string, unknown>, columns: string[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c, attributes[c] === undefined ? '' : Array.isArray(attributes[c]) ? JSON.stringify(attributes[c]) : String(attributes[c])]));
}

function expectSeedGraph(graph: Graph, options: { dropNodeLabel?: boolean } = {}): void {
  expect(graph.order).toBe(NODES.length);
  expect(graph.size).toBe(EDGES.length);
  for (const node of NODES) {
    const { label, ...attributes } = graph.getNodeAttributes(node.id);
    expect(options.dropNodeLabel ? attributes : { label, ...attributes }).toEqual(
      options.dropNodeLabel ? asXmlValues(node.attributes) : asXmlValues(node.attributes),
    );
    // The GEXF label: the name, a policy project's title, a ranking's index, or else the id (stated figures).
    if (options.dropNodeLabel) expect(label).toBe(node.attributes.name ?? node.attributes.title ?? node.attributes.index ?? node.id);
  }
  const parsed = graph.mapEdges((edge, attributes, source, target) => {
    // Mutual relationships (a partnership, a meeting) are undirected in every format; the others directed.
    expect(graph.isUndirected(edge)).toBe(['SISTER_OF', 'MET_WITH'].includes(String(attributes.type)));
    return edgeSignature(source, target, attributes);
  });
  expect(parsed.sort()).toEqual(EDGES.map((e) => edgeSignature(e.source, e.target, asXmlValues(e.attributes))).sort());
}

describe('formats', () => {
  test('GraphML: declared typed keys; graphology-graphml reads back the seeded graph, SISTER_OF and MET_WITH undirected', async () => {
    const { status, headers, text } = await get('/export/graph.graphml');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="graph.graphml"');
    expect(text).toContain('<key id="e_since" for="edge" attr.name="since" attr.type="int">');
    expect(text).toMatch(/<edge id="seoul\|SISTER_OF\|[^"]+" source="seoul" target="[^"]+" directed="false">/);
    expectSeedGraph(graphml.parse(Graph, text));
    expect(typeof graphml.parse(Graph, text).getEdgeAttributes('seoul|MEMBER_OF|pata').since).toBe('number');
  });

  test('GEXF 1.2: graphology-gexf reads back the seeded graph; the GEXF label is the name', async () => {
    const { status, headers, text } = await get('/export/graph.gexf');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(text).toContain('<gexf xmlns="http://www.gexf.net/1.2draft"');
    expectSeedGraph(gexf.parse(Graph, text), { dropNodeLabel: true });
  });

  test('node-link JSON: the keys NetworkX reads, native JSON values, edge keys = stable ids', async () => {
    const { status, headers, text } = await get('/export/graph.json');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual(['directed', 'multigraph', 'graph', 'nodes', 'edges']);
    expect([data.directed, data.multigraph]).toEqual([true, true]);
    expect(data.nodes.map((n: any) => n.id).sort()).toEqual(NODES.map((n) => n.id).sort());
    for (const node of NODES) {
      const { id: _id, ...attributes } = data.nodes.find((n: any) => n.id === node.id);
      expect(attributes).toEqual(node.attributes);
    }
    const signatures = data.edges.map(({ source, target, key: _key, ...attributes }: any) => edgeSignature(source, target, attributes));
    expect(signatures.sort()).toEqual(EDGES.map((e) => edgeSignature(e.source, e.target, e.attributes)).sort());
    expect(new Set(data.edges.map((e: any) => e.key)).size).toBe(EDGES.length);
    const links = JSON.parse((await get('/export/graph.json?edgesKey=links')).text);
    expect(Object.keys(links)).toEqual(['directed', 'multigraph', 'graph', 'nodes', 'links']);
    expect(links.links).toEqual(data.edges);
  });

  test('CSV: nodes.csv and edges.csv with a header row, every attribute a column', async () => {
    const nodes = await get('/export/nodes.csv');
    expect(nodes.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(nodes.headers.get('content-disposition')).toBe('attachment; filename="nodes.csv"');
    const nodeColumns = NODE_ATTRIBUTES.map((a) => a.name);
    const nodeRows = csvRecords(nodes.text);
    expect(nodeRows.map((r) => r.id).sort()).toEqual(NODES.map((n) => n.id).sort());
    for (const node of NODES) {
      const { id: _id, ...row } = nodeRows.find((r) => r.id === node.id)!;
      expect(row).toEqual(asCsvValues(node.attributes, nodeColumns));
    }
    const edges = await get('/export/edges.csv');
    expect(edges.text.split('\r\n')[0]).toBe(['id', 'source', 'target', ...EDGE_ATTRIBUTES.map((a) => a.name)].join(','));
    const edgeColumns = EDGE_ATTRIBUTES.map((a) => a.name);
    const signature = (source: string, target: string, row: Record<string, string>) => edgeSignature(source, target, row);
    expect(csvRecords(edges.text).map(({ id: _id, source, target, ...row }) => signature(source, target, row)).sort()).toEqual(
      EDGES.map((e) => signature(e.source, e.target, asCsvValues(e.attributes, edgeColumns))).sort(),
    );
    const bare = await get('/export/graph.csv');
    expect(bare.status).toBe(404);
    expect(JSON.parse(bare.text).error.see).toEqual(['/export/nodes.csv', '/export/edges.csv']);
  });

  test('mixed=false writes plain directed GraphML and GEXF (for NetworkX); /export lists every format', async () => {
    const xml = (await get('/export/graph.graphml?mixed=false')).text;
    expect(xml).toContain('edgedefault="directed"');
    expect(xml).not.toContain('directed="false"');
    const parsed = graphml.parse(Graph, xml);
    expect(parsed.type).toBe('directed');
    expect(parsed.size).toBe(EDGES.length);
    expect((await get('/export/graph.gexf?mixed=false')).text).not.toContain('type="undirected"');
    const index = JSON.parse((await get('/export')).text);
    expect(index.formats.map((f: any) => f.url)).toEqual(['graph.graphml', 'graph.gexf', 'graph.json', 'nodes.csv', 'edges.csv'].map((f) => `/export/${f}`));
  });

  test('no attribute takes a name the formats reserve (id, source, target, key)', () => {
    for (const spec of [...NODE_ATTRIBUTES, ...EDGE_ATTRIBUTES]) expect(RESERVED_ATTRIBUTE_NAMES.has(spec.name)).toBe(false);
  });
});

describe('written data', () => {
  test('updatedAt of a node and a relationship written after the seed appears in every format', async () => {
    const updatedAt = '2026-01-02T03:04:05.000Z';
    await server.store.transaction(async (tx) => {
      await tx.run('city/upsert-cities', { rows: [{ id: 'export-probe', name: 'Export Probe', kind: 'CITY', nation: 'KR', source: 'test', nationSource: null }], updatedAt });
      await tx.run('organization/merge-memberships', { rows: [{ city: 'export-probe', organization: 'wego', since: null, role: null, source: 'test' }], updatedAt });
    });
    try {
      const data = JSON.parse((await get('/export/graph.json')).text);
      expect(data.nodes.find((n: any) => n.id === 'export-probe').updatedAt).toBe(updatedAt);
      expect(data.edges.find((e: any) => e.source === 'export-probe' && e.type === 'MEMBER_OF').updatedAt).toBe(updatedAt);
      expect(data.nodes.find((n: any) => n.id === 'seoul').updatedAt).toBeUndefined();
      expect((await get('/export/graph.graphml')).text).toContain(`<data key="n_updatedAt">${updatedAt}</data>`);
      expect(csvRecords((await get('/export/nodes.csv')).text).find((r) => r.id === 'export-probe')!.updatedAt).toBe(updatedAt);
    } finally {
      await server.store.run('city/delete-city', { id: 'export-probe' });
    }
  });
});

describe('filters', () => {
  test('labels and types: only those nodes, and only relationships of those types between them', async () => {
    const data = JSON.parse((await get('/export/graph.json?labels=City,Organization&types=MEMBER_OF')).text);
    const labels = new Map(NODES.map((n) => [n.id, n.attributes.type]));
    expect(data.nodes.length).toBe(seed.cities.length + seed.organizations.length);
    expect(data.nodes.every((n: any) => n.type === 'City' || n.type === 'Organization')).toBe(true);
    expect(data.edges.length).toBe(seed.memberships.length);
    expect(data.edges.every((e: any) => e.type === 'MEMBER_OF' && labels.get(e.source) === 'City' && labels.get(e.target) === 'Organization')).toBe(true);
    // Repeated parameters work too; HOSTS links the same two labels, LOCATED_IN leads out of them.
    const repeated = JSON.parse((await get('/export/graph.json?labels=City&labels=Organization&types=MEMBER_OF,HOSTS,LOCATED_IN')).text);
    expect(repeated.edges.length).toBe(seed.memberships.length + seed.hostings.length);
  });

  test('bad filters are a 400 with a JSON error naming the parameter and what it allows', async () => {
    const cases: [string, string, RegExp][] = [
      ['/export/graph.graphml?labels=Town', 'labels', /labels got "Town"; allowed: City, Nation, Organization, Official/],
      ['/export/graph.gexf?types=FRIEND_OF', 'types', /types got "FRIEND_OF"; allowed: SISTER_OF/],
      ['/export/graph.json?labels=', 'labels', /labels got an empty value/],
      ['/export/graph.graphml?type=SISTER_OF', 'type', /Unknown query parameter "type"; graph.graphml accepts: labels, types, mixed/],
      ['/export/nodes.csv?types=SISTER_OF', 'types', /nodes.csv accepts: labels$/],
      ['/export/graph.graphml?mixed=no', 'mixed', /mixed must be one of true, false/],
      ['/export/graph.json?edgesKey=arcs', 'edgesKey', /edgesKey must be one of edges, links/],
    ];
    for (const [url, parameter, message] of cases) {
      const { status, headers, text } = await get(url);
      expect(status).toBe(400);
      expect(headers.get('content-type')).toMatch(/^application\/json/);
      const { error } = JSON.parse(text);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
      expect(error.message).toMatch(message);
    }
  });
});

describe('streaming', () => {
  /** A Writable collecting text, optionally slow (a tiny buffer, so backpressure kicks in on every write). */
  function collector(options: { highWaterMark?: number } = {}) {
    const chunks: string[] = [];
    const out = new Writable({
      highWaterMark: options.highWaterMark ?? 16 * 1024,
      write(chunk, _encoding, done) {
        chunks.push(chunk.toString());
        setImmediate(done);
      },
    });
    return { out, text: () => chunks.join('') };
  }

  test('pages of 7 nodes give the same bytes as one page, with keyset paging through the store', async () => {
    const description = 'test';
    const small = collector({ highWaterMark: 1 });
    const before = (await server.store.metrics.queries.get()).values.find((v) => v.labels.query === 'analytics/page-nodes')?.value ?? 0;
    const report = await streamGraph(server.store, FULL_GRAPH, new GraphmlWriter({ mixed: true, description }), small.out, { pageSize: 7 });
    const after = (await server.store.metrics.queries.get()).values.find((v) => v.labels.query === 'analytics/page-nodes')!.value;
    expect(after - before).toBe(Math.ceil((NODES.length + 1) / 7));
    const whole = collector();
    await streamGraph(server.store, FULL_GRAPH, new GraphmlWriter({ mixed: true, description }), whole.out);
    expect(small.text()).toBe(whole.text());
    expect(report).toMatchObject({ nodes: NODES.length, edges: EDGES.length, undeclared: [] });
  });

  test('stops reading the store when the output closes (a client that went away)', async () => {
    let writes = 0;
    const out = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        writes++;
        out.destroy();
        done();
      },
    });
    await expect(streamGraph(server.store, FULL_GRAPH, new NodeLinkWriter({ edgesKey: 'edges', description: '' }), out, { pageSize: 10 })).rejects.toBeInstanceOf(
      OutputClosedError,
    );
    expect(writes).toBe(1);
  });

  test('a store failure before the first byte is a 500 JSON error', async () => {
    const broken = await startTestServer();
    await broken.store.close();
    const response = await fetch(`${broken.url}/export/graph.graphml`);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(await response.json()).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    await broken.close().catch(() => undefined);
  });
});

describe('escaping', () => {
  test('markup, quotes, newlines, tabs, control characters and astral characters survive every format', async () => {
    const own = await startTestServer();
    try {
      const name = `A&B <"Quote"> 'x'\nline\ttab\u0001end 🏙️ ]]>`;
      await own.store.run('city/upsert-cities', { rows: [{ id: 'odd<&>', name, kind: 'CITY', nation: 'KR', source: 'test', nationSource: 'test' }], updatedAt: null });
      const inXml = name.replace('\u0001', ''); // XML 1.0 cannot carry U+0001 at all
      const fromGraphml = graphml.parse(Graph, await (await fetch(`${own.url}/export/graph.graphml`)).text());
      expect(fromGraphml.getNodeAttribute('odd<&>', 'name')).toBe(inXml);
      expect(fromGraphml.hasEdge('odd<&>|LOCATED_IN|KR')).toBe(true);
      const fromGexf = gexf.parse(Graph, await (await fetch(`${own.url}/export/graph.gexf`)).text());
      expect(fromGexf.getNodeAttributes('odd<&>')).toMatchObject({ name: inXml, label: inXml });
      const json = (await (await fetch(`${own.url}/export/graph.json`)).json()) as any;
      expect(json.nodes.find((n: any) => n.id === 'odd<&>').name).toBe(name);
      const csv = csvRecords(await (await fetch(`${own.url}/export/nodes.csv`)).text());
      expect(csv.find((r) => r.id === 'odd<&>')!.name).toBe(name);
    } finally {
      await own.close();
    }
  });
});

describe('NetworkX reads the exports', () => {
  const python = networkxPython();
  const live = python ? test : test.skip;

  live(`read_graphml, read_gexf and node_link_graph load the seeded graph (${python?.version ?? 'no NetworkX'})`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
    const save = async (url: string, file: string) => fs.writeFileSync(path.join(dir, file), (await get(url)).text);
    const [major, minor] = python!.version.split('.').map(Number);
    const edgesKey = major > 3 || (major === 3 && minor >= 6) ? 'edges' : 'links';
    await save('/export/graph.graphml?mixed=false', 'graph.graphml');
    await save('/export/graph.graphml', 'mixed.graphml');
    await save('/export/graph.gexf?mixed=false', 'graph.gexf');
    await save(`/export/graph.json?edgesKey=${edgesKey}`, 'graph.json');
    const program = `
import json, sys, networkx as nx
d = sys.argv[1]
out = {}
for name, G in [("graphml", nx.read_graphml(d + "/graph.graphml")), ("gexf", nx.read_gexf(d + "/graph.gexf")),
                ("json", nx.node_link_graph(json.load(open(d + "/graph.json"))))]:
    out[name] = {"kind": type(G).__name__, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
                 "seoul": {k: v for k, v in G.nodes["seoul"].items() if k != "label"},
                 "since": [d["since"] for _, _, d in G.edges(data=True) if "since" in d][:1],
                 "sister": sorted({d["directed"] for _, _, d in G.edges(data=True) if d["type"] == "SISTER_OF"}),
                 "met": sorted({d["directed"] for _, _, d in G.edges(data=True) if d["type"] == "MET_WITH"}),
                 "other": sorted({d["directed"] for _, _, d in G.edges(data=True) if d["type"] not in ("SISTER_OF", "MET_WITH")}),
                 "signatures": sorted(json.dumps([u, v, sorted((k, x) for k, x in d.items() if k not in ("id", "key"))], separators=(",", ":"), ensure_ascii=False) for u, v, d in G.edges(data=True))}
try:
    nx.read_graphml(d + "/mixed.graphml")
    out["mixed"] = "read"
except nx.NetworkXError as e:
    out["mixed"] = str(e)
print(json.dumps(out))
`;
    const result = JSON.parse(runPython(python!, ['-c', program, dir]));
    const seoul = NODES.find((n) => n.id === 'seoul')!.attributes;
    const signatures = (values: (a: Record<string, unknown>) => Record<string, unknown>) =>
      EDGES.map((e) => JSON.stringify([e.source, e.target, Object.entries(values(e.attributes)).sort(([a], [b]) => (a < b ? -1 : 1))])).sort();
    for (const format of ['graphml', 'gexf', 'json']) {
      expect(result[format]).toMatchObject({ kind: 'MultiDiGraph', nodes: NODES.length, edges: EDGES.length, seoul, sister: [false], met: [false], other: [true] });
      expect(typeof result[format].since[0]).toBe('number');
      expect(result[format].signatures).toEqual(format === 'json' ? signatures((a) => a) : signatures(asXmlValues));
    }
    expect(result.mixed).toMatch(/directed=true edge found in undirected graph/);
  });
});
