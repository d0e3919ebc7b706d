// GET /export/…: every format parsed back (graphology's GraphML and GEXF parsers, JSON, CSV) holds exactly the
// seeded graph: node and edge counts, ids, labels, typed attributes, directions. NetworkX and igraph reading the
// same files: export-tools.test.ts.
import { Writable } from 'node:stream';
import Graph from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { FULL_GRAPH } from '../../src/model/graph';
import { RESERVED_ATTRIBUTE_NAMES, EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../../src/services/exports/attributes';
import { ARC_ATTRIBUTES } from '../../src/services/exports/arcs';
import { GexfWriter } from '../../src/services/exports/gexf';
import { GraphmlWriter } from '../../src/services/exports/graphml';
import type { EdgeRow } from '../../src/services/projection';
import { NodeLinkWriter } from '../../src/services/exports/node-link';
import { OutputClosedError, streamGraph } from '../../src/services/exports/stream';
import { readSeed } from '../../src/seed/seed';
import { csvRecords } from '../support/csv';
import { expectedArcs } from '../support/export-arcs';
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

function expectSeedGraph(graph: Graph, options: { dropNodeLabel?: boolean; kind?: boolean } = {}): void {
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
  const parsed = graph.mapEdges((edge, { kind, ...attributes }, source, target) => {
    // Mutual relationships (a partnership, a meeting) are undirected in every format; the others directed.
    expect(graph.isUndirected(edge)).toBe(['SISTER_OF', 'MET_WITH'].includes(String(attributes.type)));
    // GEXF's edge kind (Gephi's edge type) is the relationship type.
    expect(kind).toBe(options.kind ? attributes.type : undefined);
    return edgeSignature(source, target, attributes);
  });
  expect(parsed.sort()).toEqual(EDGES.map((e) => edgeSignature(e.source, e.target, asXmlValues(e.attributes))).sort());
}

function expectSeedArcs(graph: Graph, options: { kind?: boolean } = {}): void {
  expect(graph.type).toBe('directed');
  expect(graph.order).toBe(NODES.length);
  const parsed = graph.mapEdges((edge, { kind, ...attributes }, source, target) => {
    if (options.kind) expect(kind).toBe(attributes.type);
    return edgeSignature(source, target, { id: edge, ...attributes });
  });
  expect(parsed.sort()).toEqual(expectedArcs(EDGES).map((a) => edgeSignature(a.source, a.target, { id: a.id, ...asXmlValues(a.attributes) })).sort());
}

describe('formats', () => {
  test('GraphML, mixed=true: declared typed keys; graphology-graphml reads back the seeded graph, SISTER_OF and MET_WITH undirected', async () => {
    const { status, headers, text } = await get('/export/graph.graphml?mixed=true');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="graph.graphml"');
    expect(text).toContain('<key id="e_since" for="edge" attr.name="since" attr.type="int">');
    expect(text).toMatch(/<edge id="seoul\|SISTER_OF\|[^"]+" source="seoul" target="[^"]+" directed="false">/);
    expectSeedGraph(graphml.parse(Graph, text));
    expect(typeof graphml.parse(Graph, text).getEdgeAttributes('seoul|MEMBER_OF|pata').since).toBe('number');
  });

  test('GEXF 1.3, mixed=true: graphology-gexf reads back the seeded graph; the GEXF label is the name, the edge kind the type', async () => {
    const { status, headers, text } = await get('/export/graph.gexf?mixed=true');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expectSeedGraph(gexf.parse(Graph, text), { dropNodeLabel: true, kind: true });
  });

  test('default GraphML and GEXF (1.2draft): directed, each mutual relationship two opposite arcs sharing its id; graphology reads them', async () => {
    const graphmlText = (await get('/export/graph.graphml')).text;
    expect(graphmlText).toContain('edgedefault="directed"');
    expect(graphmlText).not.toMatch(/<edge [^>]*directed=/);
    expectSeedArcs(graphml.parse(Graph, graphmlText));
    const gexfText = (await get('/export/graph.gexf')).text;
    expect(gexfText).toContain('<gexf xmlns="http://www.gexf.net/1.2draft"');
    expect(gexfText).not.toMatch(/<edge [^>]*type=/);
    expectSeedArcs(gexf.parse(Graph, gexfText), { kind: true });
    // mixed=false is the default, spelled out.
    expect((await get('/export/graph.graphml?mixed=false')).text).toBe(graphmlText);
    expect((await get('/export/graph.gexf?mixed=false')).text).toBe(gexfText);
  });

  test('GEXF: parallel relationships between the same two nodes get distinct ids and distinct kinds (Gephi merges same source, target and kind)', async () => {
    // Seoul is a member of organizations it also hosts: MEMBER_OF and HOSTS from seoul to the same node.
    const hosted = EDGES.filter((e) => e.source === 'seoul' && e.attributes.type === 'HOSTS').map((e) => e.target);
    const both = hosted.filter((org) => EDGES.some((e) => e.source === 'seoul' && e.target === org && e.attributes.type === 'MEMBER_OF'));
    expect(both.length).toBeGreaterThan(0);
    for (const mixed of ['false', 'true']) {
      const text = (await get(`/export/graph.gexf?mixed=${mixed}`)).text;
      const edges = [...text.matchAll(/<edge id="([^"]+)" source="([^"]+)" target="([^"]+)"[^>]* kind="([^"]+)">/g)].map(([, id, source, target, kind]) => ({ id, source, target, kind }));
      expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
      const keys = edges.map((e) => `${e.source}\u0000${e.target}\u0000${e.kind}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const org of both) {
        expect(edges.filter((e) => e.source === 'seoul' && e.target === org).map((e) => e.kind).sort()).toEqual(['HOSTS', 'MEMBER_OF']);
      }
    }
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

  test('GEXF: a second meeting of the same two officials gets its own id and kind (MET_WITH#2), in both forms', () => {
    const meeting = (id: string, target: string, on: string): EdgeRow => ({ id, source: 'a', target, type: 'MET_WITH', directed: false, properties: { on } });
    // The second is numbered by the projection; a node id that merely ends in "#2" is not a number.
    const rows = [meeting('a|MET_WITH|b', 'b', '2020-01'), meeting('a|MET_WITH|b#2', 'b', '2021-01'), meeting('a|MET_WITH|c#2', 'c#2', '2022-01')];
    const parse = (text: string) =>
      [...text.matchAll(/<edge id="([^"]+)" source="([^"]+)" target="([^"]+)"[^>]* kind="([^"]+)">/g)].map(([, id, source, target, kind]) => `${id} ${source}->${target} ${kind}`);
    const directed = new GexfWriter({ mixed: false, description: '' });
    expect(parse(rows.map((r) => directed.edge(r)).join(''))).toEqual([
      'a|MET_WITH|b a->b MET_WITH',
      'a|MET_WITH|b|reverse b->a MET_WITH',
      'a|MET_WITH|b#2 a->b MET_WITH#2',
      'a|MET_WITH|b#2|reverse b->a MET_WITH#2',
      'a|MET_WITH|c#2 a->c#2 MET_WITH',
      'a|MET_WITH|c#2|reverse c#2->a MET_WITH',
    ]);
    const mixed = new GexfWriter({ mixed: true, description: '' });
    expect(parse(rows.map((r) => mixed.edge(r)).join(''))).toEqual(['a|MET_WITH|b a->b MET_WITH', 'a|MET_WITH|b#2 a->b MET_WITH#2', 'a|MET_WITH|c#2 a->c#2 MET_WITH']);
  });

  test('/export lists every format, with the mixed option explained', async () => {
    const index = JSON.parse((await get('/export')).text);
    expect(index.formats.map((f: any) => f.url)).toEqual(['graph.graphml', 'graph.gexf', 'graph.json', 'nodes.csv', 'edges.csv'].map((f) => `/export/${f}`));
    expect(index.formats[0].parameters.mixed).toMatch(/^false \(default\): a directed graph/);
  });

  test('no attribute takes a name the formats reserve (id, source, target, key); the arc attributes are new names', () => {
    for (const spec of [...NODE_ATTRIBUTES, ...EDGE_ATTRIBUTES, ...ARC_ATTRIBUTES]) expect(RESERVED_ATTRIBUTE_NAMES.has(spec.name)).toBe(false);
    for (const spec of ARC_ATTRIBUTES) expect(EDGE_ATTRIBUTES.map((a) => a.name)).not.toContain(spec.name);
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

  test('pages of 7 nodes give the same bytes as one page, each page read from the store', async () => {
    const description = 'test';
    const small = collector({ highWaterMark: 1 });
    const before = (await server.store.metrics.queries.get()).values.find((v) => v.labels.query === 'analytics/nodes-by-key')?.value ?? 0;
    const report = await streamGraph(server.store, FULL_GRAPH, new GraphmlWriter({ mixed: true, description }), small.out, { pageSize: 7 });
    const after = (await server.store.metrics.queries.get()).values.find((v) => v.labels.query === 'analytics/nodes-by-key')!.value;
    // At least one statement a page (one for each label a page holds).
    expect(after - before).toBeGreaterThanOrEqual(Math.ceil(NODES.length / 7));
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
      // On Neo4j every test store is the one database the other tests of this file read: leave it as seeded.
      await own.store.run('city/delete-city', { id: 'odd<&>' });
      await own.close();
    }
  });
});
