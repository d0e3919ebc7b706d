// Degree statistics of the stored graph, per relationship type and side: how many items a relationship list
// (a city's partners, an organization's members) can hold. Read once per graph version, at most every
// `minIntervalMs` under a stream of writes, and never more than 5% of the time (the read is a scan of every
// relationship: 1–2 s at 100,000 on the embedded engine), the previous figures serving meanwhile; never twice at once.
import type { RelType } from '../model/graph';
import type { GraphStore } from '../store/graph-store';
import { repositories } from '../store/repositories';

export type Side = 'out' | 'in' | 'both';

export interface DegreeFigures {
  /** The largest degree of any node (the hub). */
  max: number;
  /** The degree that `percentile` of the nodes with at least one such relationship do not exceed. */
  high: number;
}

export interface DegreeSnapshot {
  version: number;
  /** By `TYPE:side`; a type the graph has none of is absent (its lists are empty). */
  figures: Map<string, DegreeFigures>;
}

export const DEGREE_PERCENTILE = 0.95;
/** Under writes, the figures are re-read after at least this many times the last read's duration (5% of the time). */
const READ_SHARE_INVERSE = 20;

export class DegreeStatistics {
  private snapshot?: DegreeSnapshot;
  private refreshing?: Promise<DegreeSnapshot>;
  private readAt = 0;
  /** How long the last read took: the next waits at least `READ_SHARE_INVERSE` times that. */
  private lastReadMs = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly minIntervalMs = 5_000,
  ) {}

  /** The figures for the current graph version, or the last ones while a fresh read is due but rate-limited. */
  async current(): Promise<DegreeSnapshot> {
    const version = this.store.version;
    if (this.snapshot?.version === version) return this.snapshot;
    const interval = Math.max(this.minIntervalMs, READ_SHARE_INVERSE * this.lastReadMs);
    if (this.snapshot && Date.now() - this.readAt < interval) return this.snapshot;
    this.refreshing ??= this.read().finally(() => (this.refreshing = undefined));
    // A first read is awaited; later ones refresh in the background while the previous figures serve.
    if (!this.snapshot) return this.refreshing;
    this.refreshing.catch(() => undefined);
    return this.snapshot;
  }

  private async read(): Promise<DegreeSnapshot> {
    const version = this.store.version;
    this.readAt = Date.now();
    const rows = await repositories(this.store).graph.degreeHistogram();
    this.lastReadMs = Date.now() - this.readAt;
    const groups = new Map<string, { degree: number; nodes: number }[]>();
    for (const row of rows) {
      const key = `${row.type}:${row.side}`;
      groups.set(key, [...(groups.get(key) ?? []), { degree: row.degree, nodes: row.nodes }]);
    }
    const figures = new Map<string, DegreeFigures>();
    for (const [key, histogram] of groups) figures.set(key, summarise(histogram));
    this.snapshot = { version, figures };
    return this.snapshot;
  }
}

function summarise(histogram: { degree: number; nodes: number }[]): DegreeFigures {
  histogram.sort((a, b) => a.degree - b.degree);
  const total = histogram.reduce((sum, h) => sum + h.nodes, 0);
  const rank = Math.ceil(DEGREE_PERCENTILE * total);
  let seen = 0;
  let high = 0;
  for (const h of histogram) {
    seen += h.nodes;
    high = h.degree;
    if (seen >= rank) break;
  }
  return { max: histogram[histogram.length - 1]?.degree ?? 0, high };
}

/** The figures of one relationship list; zeros when the graph has no such relationship. */
export function figuresOf(snapshot: DegreeSnapshot, type: RelType, side: Side): DegreeFigures {
  return snapshot.figures.get(`${type}:${side}`) ?? { max: 0, high: 0 };
}

const statistics = new WeakMap<GraphStore, DegreeStatistics>();

/** The one DegreeStatistics of a store. */
export function degreeStatisticsFor(store: GraphStore): DegreeStatistics {
  let stats = statistics.get(store);
  if (!stats) statistics.set(store, (stats = new DegreeStatistics(store)));
  return stats;
}
