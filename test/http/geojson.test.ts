// GET /export/cities.geojson: a strict RFC 7946 check of the file against seed/graph.json (every located city a Point
// at its GeoNames coordinates, every partnership between two located cities one LineString), and GDAL's GeoJSON
// driver (what QGIS and geopandas read files with) opening it unchanged, where Python has GDAL (Debian python3-gdal).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSeed } from '../../src/seed/seed';
import { GEOJSON_PROPERTIES } from '../../src/services/exports/geojson';
import { startTestServer, type TestServer } from '../support/server';

const seed = readSeed();
const located = new Map(seed.cities.filter((c) => typeof c.latitude === 'number' && typeof c.longitude === 'number').map((c) => [c.id, c]));
const lines = seed.partnerships.filter((p) => located.has(p.cityA) && located.has(p.cityB));

let server: TestServer;
let text: string;
let headers: Headers;
beforeAll(async () => {
  server = await startTestServer();
  const response = await fetch(`${server.url}/export/cities.geojson`);
  expect(response.status).toBe(200);
  headers = response.headers;
  text = await response.text();
});
afterAll(() => server.close());

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x)) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

test('an RFC 7946 FeatureCollection: the located cities as Points, the partnerships between them as LineStrings', () => {
  expect(headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
  expect(headers.get('content-disposition')).toBe('attachment; filename="cities.geojson"');
  const data = JSON.parse(text);
  expect(data.type).toBe('FeatureCollection');
  expect(data).not.toHaveProperty('crs'); // RFC 7946 §4: WGS 84, no crs member
  expect(Object.keys(data).sort()).toEqual(['features', 'name', 'type']);
  for (const f of data.features) {
    expect(f.type).toBe('Feature');
    expect(Object.keys(f.properties)).toEqual([...GEOJSON_PROPERTIES]);
    if (f.geometry.type === 'Point') expect(isPosition(f.geometry.coordinates)).toBe(true);
    else {
      expect(f.geometry.type).toBe('LineString');
      expect(f.geometry.coordinates).toHaveLength(2); // RFC 7946 §3.1.4: two or more positions
      expect(f.geometry.coordinates.every(isPosition)).toBe(true);
    }
  }
  const points = data.features.filter((f: any) => f.geometry.type === 'Point');
  expect(points.map((f: any) => f.id).sort()).toEqual([...located.keys()].sort());
  for (const f of points) {
    const city = located.get(f.id)!;
    // [longitude, latitude], in that order (RFC 7946 §3.1.1).
    expect(f.geometry.coordinates).toEqual([city.longitude, city.latitude]);
    expect(f.properties).toMatchObject({ featureType: 'city', name: city.name, kind: city.kind, nation: city.nation, geonameId: city.geonameId, sourceDocument: city.source });
  }
  const edges = data.features.filter((f: any) => f.geometry.type === 'LineString');
  expect(edges).toHaveLength(lines.length);
  expect(edges.map((f: any) => [f.properties.source, f.properties.target].sort().join('+')).sort()).toEqual(lines.map((p) => [p.cityA, p.cityB].sort().join('+')).sort());
  for (const f of edges) {
    const [a, b] = [located.get(f.properties.source)!, located.get(f.properties.target)!];
    expect(f.geometry.coordinates).toEqual([[a.longitude, a.latitude], [b.longitude, b.latitude]]);
    expect(['SISTER', 'FRIENDSHIP']).toContain(f.properties.tier);
  }
  // Seoul and most partners are placed; provinces, states and ambiguous names are not (seed/NOTES.md lists them).
  expect(located.has('seoul')).toBe(true);
  expect(located.has('new-south-wales')).toBe(false);
});

/** A Python with GDAL's bindings (Debian: python3-gdal), or null. */
function gdalPython(): string | null {
  for (const python of [process.env.GDAL_PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean) as string[]) {
    if (spawnSync(python, ['-c', 'from osgeo import ogr'], { encoding: 'utf8' }).status === 0) return python;
  }
  process.stderr.write('GDAL check skipped: `from osgeo import ogr` failed (install python3-gdal, or set GDAL_PYTHON)\n');
  return null;
}

const python = gdalPython();
(python ? test : test.skip)("GDAL's GeoJSON driver (QGIS, geopandas) opens the file unchanged: features, geometry types, fields, coordinates", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'geojson-')), 'cities.geojson');
  fs.writeFileSync(file, text);
  const script = `
import json, sys
from osgeo import ogr, gdal
gdal.UseExceptions()
ds = ogr.Open(sys.argv[1])
assert ds.GetDriver().GetName() == "GeoJSON", ds.GetDriver().GetName()
layer = ds.GetLayer(0)
defn = layer.GetLayerDefn()
out = {"layers": ds.GetLayerCount(), "fields": [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())], "types": {}, "points": {}}
for f in layer:
    g = f.GetGeometryRef()
    name = g.GetGeometryName()
    out["types"][name] = out["types"].get(name, 0) + 1
    if name == "POINT":
        out["points"][f.GetField("id")] = [g.GetX(), g.GetY()]
print(json.dumps(out))
`;
  const run = spawnSync(python!, ['-c', script, file], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout);
  expect(result.layers).toBe(1);
  expect(result.fields).toEqual(expect.arrayContaining(['featureType', 'name', 'nation', 'continent', 'tier', 'since']));
  expect(result.types).toEqual({ POINT: located.size, LINESTRING: lines.length });
  const seoul = located.get('seoul')!;
  expect(result.points.seoul).toEqual([seoul.longitude, seoul.latitude]);
});

test('pages of 7 cities give the same bytes as one page (keyset paging of cities and of partnerships)', async () => {
  const { PassThrough } = await import('node:stream');
  const { streamGeojson } = await import('../../src/services/exports/geojson');
  const { repositories } = await import('../../src/store/repositories');
  const write = async (pageSize: number) => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const report = await streamGeojson(repositories(server.store).report, out, { pageSize, description: 'x' });
    out.end();
    return { report, text: Buffer.concat(chunks).toString('utf8') };
  };
  const [small, large] = [await write(7), await write(1000)];
  expect(small.text).toBe(large.text);
  expect(small.report).toEqual({ cities: located.size, partnerships: lines.length, bytes: Buffer.byteLength(small.text) });
});
