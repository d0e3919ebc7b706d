// GET /export/…: the graph as files for network-analysis tools (NetworkX, Gephi, graphology, pandas), streamed
// from the store page by page. Optional filters `labels` and `types` (comma-separated, or repeated) are checked
// against the model's whitelists; anything else is a 400 with a JSON error naming the parameter.
import express, { type Request, type Response, type Router } from 'express';
import { NODE_LABELS, RELATIONSHIP_TYPES, type GraphFilter, type Label, type RelType } from '../model/graph';
import { EdgesCsvWriter, NodesCsvWriter } from '../services/exports/csv';
import { GexfWriter } from '../services/exports/gexf';
import { GraphmlWriter } from '../services/exports/graphml';
import { type EdgesKey, NodeLinkWriter } from '../services/exports/node-link';
import { OutputClosedError, streamGraph } from '../services/exports/stream';
import type { GraphWriter } from '../services/exports/writer';
import type { Logger } from '../logger';
import type { GraphStore } from '../store/graph-store';
import { closedSignal, type ExportLimiter } from './export-limit';
import { exportGeojson, GEOJSON_EXPORT } from './geojson';

type Params = Record<string, string>;

interface ExportFormat {
  file: string;
  description: string;
  /** Whether the file lists edges (and so accepts `types`). */
  edges: boolean;
  /** Query parameters this format accepts besides `labels` (and `types`, when it has edges). */
  options: Record<string, { values: readonly string[]; description: string }>;
  writer(params: Params, description: string): GraphWriter;
}

const MIXED = {
  values: ['true', 'false'],
  description:
    'false (default): a directed graph every tool reads (NetworkX, igraph, Gephi, graphology), each mutual relationship (SISTER_OF, MET_WITH) as two opposite arcs sharing its id in `relationship`; ' +
    'true: one edge per relationship, the mutual ones undirected, a mixed graph for graphology and Gephi (NetworkX refuses it, igraph reads it all undirected)',
} as const;

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    file: 'graph.graphml',
    edges: true,
    description: 'GraphML with typed attributes (NetworkX read_graphml, igraph Read_GraphML, Gephi, yEd, graphology-graphml)',
    options: { mixed: MIXED },
    writer: (p, description) => new GraphmlWriter({ mixed: p.mixed === 'true', description }),
  },
  {
    file: 'graph.gexf',
    edges: true,
    description: 'GEXF with typed attributes and edge kinds (Gephi, NetworkX read_gexf, graphology-gexf): 1.2draft, or 1.3 with ?mixed=true',
    options: { mixed: MIXED },
    writer: (p, description) => new GexfWriter({ mixed: p.mixed === 'true', description }),
  },
  {
    file: 'graph.json',
    edges: true,
    description: 'node-link JSON, as networkx.node_link_graph reads it (one link per relationship; `directed` false for the mutual ones)',
    options: {
      edgesKey: {
        values: ['edges', 'links'],
        description: 'the name of the edge list: "edges" (default; NetworkX 3.6+) or "links" (NetworkX up to 3.5)',
      },
    },
    writer: (p, description) => new NodeLinkWriter({ edgesKey: (p.edgesKey as EdgesKey | undefined) ?? 'edges', description }),
  },
  {
    file: 'nodes.csv',
    edges: false,
    description: 'the nodes as CSV: id, then one column per attribute (pandas.read_csv)',
    options: {},
    writer: () => new NodesCsvWriter(),
  },
  {
    file: 'edges.csv',
    edges: true,
    description: 'the edges as CSV: id, source, target, then one column per attribute',
    options: {},
    writer: () => new EdgesCsvWriter(),
  },
];

export class ExportParamError extends Error {
  constructor(
    message: string,
    readonly parameter: string,
    readonly allowed?: readonly string[],
  ) {
    super(message);
  }
}

/** A query parameter's values, whether given as `a,b` or repeated (`x=a&x=b`). */
function listOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((v) => String(v).split(',')).map((v) => v.trim());
}

function parseList<T extends string>(name: string, raw: unknown, allowed: readonly T[]): T[] {
  const values = listOf(raw);
  for (const value of values) {
    if (!(allowed as readonly string[]).includes(value)) {
      const shown = value === '' ? 'an empty value' : `"${value}"`;
      throw new ExportParamError(`${name} got ${shown}; allowed: ${allowed.join(', ')}`, name, allowed);
    }
  }
  return [...new Set(values)] as T[];
}

/** Validates the query of a request for `format`: filters, the format's options, nothing else. */
export function parseExportQuery(format: ExportFormat, query: Record<string, unknown>): { filter: GraphFilter; params: Params } {
  const accepted = ['labels', ...(format.edges ? ['types'] : []), ...Object.keys(format.options)];
  const params: Params = {};
  for (const [name, raw] of Object.entries(query)) {
    if (!accepted.includes(name)) {
      throw new ExportParamError(`Unknown query parameter "${name}"; ${format.file} accepts: ${accepted.join(', ')}`, name, accepted);
    }
    const option = format.options[name];
    if (option) {
      const values = listOf(raw);
      if (values.length !== 1 || !option.values.includes(values[0])) {
        throw new ExportParamError(`${name} must be one of ${option.values.join(', ')}`, name, option.values);
      }
      params[name] = values[0];
    }
  }
  const labels = query.labels === undefined ? [...NODE_LABELS] : parseList<Label>('labels', query.labels, NODE_LABELS);
  const types = query.types === undefined ? [...RELATIONSHIP_TYPES] : parseList<RelType>('types', query.types, RELATIONSHIP_TYPES);
  // Canonical order, so the same filter always reads the same way.
  return {
    filter: { labels: NODE_LABELS.filter((l) => labels.includes(l)), types: RELATIONSHIP_TYPES.filter((t) => types.includes(t)) },
    params,
  };
}

function describe(filter: GraphFilter, version: number): string {
  return (
    `City-diplomacy graph (graph version ${version}). Nodes labelled ${filter.labels.join(', ')}; ` +
    `relationships ${filter.types.join(', ')} between them. Ids are the API's ids (a nation's is its ISO code).`
  );
}

export interface ExportOptions {
  /** Exports streamed at once (default 2): a whole-graph read each; one more gets 503 with Retry-After. */
  concurrency?: number;
  /** Records per store read (default: the projection's page); tests set it small. */
  pageSize?: number;
}

export function exportRouter(store: GraphStore, logger: Logger, limiter: ExportLimiter, options: ExportOptions = {}): Router {
  const router = express.Router();
  const { pageSize } = options;

  router.get('/', (_req, res) => {
    res.json({
      formats: EXPORT_FORMATS.map((f) => ({
        url: `/export/${f.file}`,
        description: f.description,
        parameters: {
          labels: `comma-separated node labels (default all): ${NODE_LABELS.join(', ')}`,
          ...(f.edges && { types: `comma-separated relationship types (default all): ${RELATIONSHIP_TYPES.join(', ')}` }),
          ...Object.fromEntries(Object.entries(f.options).map(([name, o]) => [name, o.description])),
        },
      })),
      maps: [GEOJSON_EXPORT],
    });
  });

  router.get('/graph.csv', (_req, res) => {
    res.status(404).json({
      error: {
        code: 'NOT_FOUND',
        message: 'CSV comes as two files: /export/nodes.csv and /export/edges.csv (same filters as the other formats).',
        see: ['/export/nodes.csv', '/export/edges.csv'],
      },
    });
  });

  router.get('/cities.geojson', limiter.route((req, res) => exportGeojson(store, logger, req, res, pageSize)));
  for (const format of EXPORT_FORMATS) {
    router.get(`/${format.file}`, limiter.route((req, res) => exportGraph(store, logger, format, req, res, pageSize)));
  }
  return router;
}

async function exportGraph(store: GraphStore, logger: Logger, format: ExportFormat, req: Request, res: Response, pageSize?: number): Promise<void> {
  const signal = closedSignal(res);
  let filter: GraphFilter;
  let params: Params;
  try {
    ({ filter, params } = parseExportQuery(format, req.query as Record<string, unknown>));
  } catch (error) {
    if (!(error instanceof ExportParamError)) throw error;
    res.status(400).json({
      error: { code: 'BAD_USER_INPUT', message: error.message, parameter: error.parameter, ...(error.allowed && { allowed: error.allowed }) },
    });
    return;
  }
  const version = store.version;
  const writer = format.writer(params, describe(filter, version));
  res.status(200);
  res.setHeader('Content-Type', writer.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${format.file}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Graph-Version', String(version));
  const started = Date.now();
  try {
    const report = await streamGraph(store, filter, writer, res, { pageSize, signal });
    res.end();
    if (report.undeclared.length) {
      logger.warn({ format: format.file, properties: report.undeclared }, 'export left out properties the model does not declare (src/model/graph.ts)');
    }
    logger.info({ format: format.file, ...report, undeclared: undefined, ms: Date.now() - started }, 'graph exported');
  } catch (error) {
    if (error instanceof OutputClosedError) {
      logger.info({ format: format.file }, 'export abandoned: the client closed the connection');
      return;
    }
    logger.error({ err: error, format: format.file }, 'export failed');
    if (!res.headersSent) {
      res.removeHeader('Content-Disposition');
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    } else {
      // Part of the file is out: cut the connection, so the client sees a failed download, not a short file.
      res.destroy(error as Error);
    }
  }
}
