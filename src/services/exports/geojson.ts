// GeoJSON (RFC 7946) of the located cities and of the partnerships between them, streamed page by page: one
// FeatureCollection whose Point features are the cities that have a location (GeoNames, see seed/NOTES.md) and whose
// LineString features are the partnerships (SISTER_OF) between two located cities, each once. Coordinates are
// [longitude, latitude] in WGS 84, as RFC 7946 requires (no `crs` member). Every feature carries the same property
// keys (null where they do not apply), so GDAL/QGIS, geopandas and kepler.gl read one attribute table; `featureType`
// ("city" or "partnership") tells the two apart, and the geometry type too (GDAL splits mixed files by it).
import type { Writable } from 'node:stream';
import type { ReportRepository } from '../../store/repositories/report';
import { drained, OutputClosedError } from './stream';

export const GEOJSON_CONTENT_TYPE = 'application/geo+json; charset=utf-8';

/** The property keys of every feature, in order. */
export const GEOJSON_PROPERTIES = [
  'featureType', 'id', 'name', 'kind', 'nation', 'continent', 'geonameId', 'locationSource',
  'source', 'target', 'tier', 'since', 'sourceDocument',
] as const;

type Properties = Record<(typeof GEOJSON_PROPERTIES)[number], string | number | null>;
const EMPTY: Properties = Object.fromEntries(GEOJSON_PROPERTIES.map((k) => [k, null])) as Properties;

function feature(geometry: object, properties: Partial<Properties>): string {
  return JSON.stringify({ type: 'Feature', id: properties.id, geometry, properties: { ...EMPTY, ...properties } });
}

export interface GeojsonReport {
  cities: number;
  partnerships: number;
  bytes: number;
}

/** Writes the FeatureCollection to `out`, `pageSize` cities at a time; waits for the stream to drain. */
export async function streamGeojson(report: ReportRepository, out: Writable, options: { pageSize?: number; description?: string; signal?: AbortSignal } = {}): Promise<GeojsonReport> {
  const pageSize = options.pageSize ?? 500;
  const counts = { cities: 0, partnerships: 0, bytes: 0 };
  let first = true;
  const write = async (text: string) => {
    if (options.signal?.aborted || out.destroyed || out.writableEnded) throw new OutputClosedError();
    counts.bytes += Buffer.byteLength(text);
    if (!out.write(text)) await drained(out);
  };
  const features = async (items: string[]) => {
    if (options.signal?.aborted) throw new OutputClosedError();
    if (items.length === 0) return;
    await write((first ? '' : ',\n') + items.join(',\n'));
    first = false;
  };

  // The first page is read before anything is written, so that a store failing at once can still be answered 500.
  let after: string | null = null;
  let page = await report.locatedCities(after, pageSize);
  await write(`{"type":"FeatureCollection",${options.description ? `"name":${JSON.stringify(options.description)},` : ''}"features":[\n`);
  while (page.length > 0) {
    counts.cities += page.length;
    await features(
      page.map((c) =>
        feature(
          { type: 'Point', coordinates: [c.longitude, c.latitude] },
          { featureType: 'city', id: c.id, name: c.name, kind: c.kind, nation: c.nation, continent: c.continent, geonameId: c.geonameId, locationSource: c.locationSource, sourceDocument: c.source },
        ),
      ),
    );
    if (page.length < pageSize) break;
    after = page[page.length - 1].id;
    page = await report.locatedCities(after, pageSize);
  }
  for (after = null; ; ) {
    const { sources, partnerships } = await report.locatedPartnerships(after, pageSize);
    counts.partnerships += partnerships.length;
    await features(
      partnerships.map((p) =>
        feature(
          { type: 'LineString', coordinates: [p.from, p.to] },
          { featureType: 'partnership', id: `${p.source}|SISTER_OF|${p.target}`, source: p.source, target: p.target, tier: p.tier, since: p.since, sourceDocument: p.sourceDocument },
        ),
      ),
    );
    if (sources.length < pageSize) break;
    after = sources[sources.length - 1];
  }
  await write('\n]}\n');
  return counts;
}
