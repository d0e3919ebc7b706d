// GET /export/cities.geojson: the located cities (Points) and the partnerships between them (LineStrings) as one
// RFC 7946 FeatureCollection, for QGIS, geopandas and kepler.gl. Streamed from the store page by page.
import type { Request, Response } from 'express';
import type { Logger } from '../logger';
import { GEOJSON_CONTENT_TYPE, streamGeojson } from '../services/exports/geojson';
import { OutputClosedError } from '../services/exports/stream';
import type { GraphStore } from '../store/graph-store';
import { repositories } from '../store/repositories';
import { closedSignal } from './export-limit';

export const GEOJSON_EXPORT = {
  url: '/export/cities.geojson',
  description:
    'GeoJSON (RFC 7946, WGS 84): located cities as Points and the partnerships between them as LineStrings, ' +
    '`featureType` "city" or "partnership" (QGIS, geopandas.read_file, kepler.gl). Cities without a GeoNames match are left out.',
};

export async function exportGeojson(store: GraphStore, logger: Logger, _req: Request, res: Response, pageSize?: number): Promise<void> {
  const signal = closedSignal(res);
  const version = store.version;
  const started = Date.now();
  // Headers go out with the first bytes, after the first page was read: a store failing at once still gets a 500.
  res.status(200);
  res.setHeader('Content-Type', GEOJSON_CONTENT_TYPE);
  res.setHeader('Content-Disposition', 'attachment; filename="cities.geojson"');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Graph-Version', String(version));
  try {
    const report = await streamGeojson(repositories(store).report, res, { description: `city-diplomacy-graph, graph version ${version}`, pageSize, signal });
    res.end();
    logger.info({ format: 'cities.geojson', ...report, ms: Date.now() - started }, 'graph exported');
  } catch (error) {
    if (error instanceof OutputClosedError) {
      logger.info({ format: 'cities.geojson' }, 'export abandoned: the client closed the connection');
      return;
    }
    logger.error({ err: error, format: 'cities.geojson' }, 'export failed');
    if (!res.headersSent) {
      res.removeHeader('Content-Disposition');
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    } else res.destroy(error as Error);
  }
}
