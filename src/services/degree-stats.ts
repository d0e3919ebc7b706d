// Degree statistics of the stored graph, per relationship type and side: how many items a relationship list
// (a city's partners, an organization's members) can hold. Read for the pairs the caller names, one typed query
// each, once per graph version, at most every `minIntervalMs` under a stream of writes, and never more than 5% of
// the time (each read scans a relationship type: seconds at a million relationships), the previous figures serving
// meanwhile; never twice at once.
import { RELATIONSHIPS, type Label, type RelType } from '../model/graph';
import type { GraphStore } from '../store/graph-store';
import type { DegreeSide } from '../store/query/compile';
import { repositories } from '../store/repositories';

export type Side = DegreeSide;

/** A relationship type and the side its lists are read from. */
export type DegreePair = readonly [RelType, Side];

export interface DegreeFigures {
  /** The largest degree of any node (the hub). */
  max: number;
  /** The degree that `percentile` of the nodes with at least one such relationship do not exceed. */
  high: number;
  /** The sum of every node's degree (twice the relationships for `both`, the relationships for `out` or `in`). */
  total: number;
}

export interface DegreeSnapshot {
  version: number;
  /** By `TYPE:side`; a type the graph has none of is absent (its lists are empty). */
  figures: Map<string, DegreeFigures>;
}

export const DEGREE_PERCENTILE = 0.95;

/** Single nodes' degrees kept per graph version (the nodes operations name); past this many, forgotten all at once. */
const NODE_DEGREES_KEPT = 10_000;
/** Under writes, the figures are re-read after at least this many times the last read's duration (5% of the time). */
const READ_SHARE_INVERSE = 20;

export class DegreeStatistics {
  private snapshot?: DegreeSnapshot;
  private refreshing?: Promise<DegreeSnapshot>;
  private readAt = 0;
  private nodeDegrees = { version: -1, byNode: new Map<string, Promise<number>>() };
  /** How long the last read took: the next waits at least `READ_SHARE_INVERSE` times that. */
  private lastReadMs = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly pairs: readonly DegreePair[],
    private readonly minIntervalMs = 5_000,
  ) {}

  /** The figures read last, whatever version they were read at; undefined before the first read ends. */
  peek(): DegreeSnapshot | undefined {
    return this.snapshot;
  }

  /** One node's degree in one relationship type on one side (a lookup by key), kept until the graph changes. */
  degreeOf(label: Label, key: string, type: RelType, side: Side): Promise<number> {
    if (this.nodeDegrees.version !== this.store.version || this.nodeDegrees.byNode.size >= NODE_DEGREES_KEPT) {
      this.nodeDegrees = { version: this.store.version, byNode: new Map() };
    }
    const id = JSON.stringify([label, key, type, side]);
    const byNode = this.nodeDegrees.byNode;
    let degree = byNode.get(id);
    if (!degree) {
      degree = repositories(this.store).graph.degreeOf(label, key, type, side);
      byNode.set(id, degree);
      degree.catch(() => byNode.delete(id));
    }
    return degree;
  }

  /** Starts the first read (at start-up) without waiting for it. */
  warm(): void {
    this.current().catch(() => undefined);
  }

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
    const graph = repositories(this.store).graph;
    const figures = new Map<string, DegreeFigures>();
    const histograms = new Map<string, Histogram>();
    // One after the other: the figures are not urgent, the requests beside them are. Either way last: for a type
    // whose two ends never share a label (MEMBER_OF: cities to organizations), a node's degree either way is its
    // degree on its one side, so that histogram is the other two added, not a third scan of the type.
    for (const [type, side] of [...this.pairs].sort((a, b) => Number(a[1] === 'both') - Number(b[1] === 'both'))) {
      const out = histograms.get(`${type}:out`);
      const into = histograms.get(`${type}:in`);
      const oneSided = side === 'both' && out && into && !RELATIONSHIPS[type].from.some((label) => RELATIONSHIPS[type].to.includes(label));
      const histogram = oneSided ? [...out, ...into] : await graph.degreeHistogram(type, side);
      histograms.set(`${type}:${side}`, histogram);
      if (histogram.length > 0) figures.set(`${type}:${side}`, summarise(histogram));
    }
    this.lastReadMs = Date.now() - this.readAt;
    this.snapshot = { version, figures };
    return this.snapshot;
  }
}

type Histogram = { degree: number; nodes: number }[];

/** The figures of a histogram (entries of one degree may repeat: their nodes add up). */
function summarise(entries: Histogram): DegreeFigures {
  const histogram = [...entries].sort((a, b) => a.degree - b.degree);
  const total = histogram.reduce((sum, h) => sum + h.nodes, 0);
  const rank = Math.ceil(DEGREE_PERCENTILE * total);
  let seen = 0;
  let high = 0;
  for (const h of histogram) {
    seen += h.nodes;
    high = h.degree;
    if (seen >= rank) break;
  }
  const sum = histogram.reduce((acc, h) => acc + h.degree * h.nodes, 0);
  return { max: histogram[histogram.length - 1]?.degree ?? 0, high, total: sum };
}

/** The figures of one relationship list; zeros when the graph has no such relationship. */
export function figuresOf(snapshot: DegreeSnapshot, type: RelType, side: Side): DegreeFigures {
  return snapshot.figures.get(`${type}:${side}`) ?? { max: 0, high: 0, total: 0 };
}

const statistics = new WeakMap<GraphStore, Map<string, DegreeStatistics>>();

/** The one DegreeStatistics of a store for these pairs. */
export function degreeStatisticsFor(store: GraphStore, pairs: readonly DegreePair[]): DegreeStatistics {
  const unique = [...new Map(pairs.map((p) => [p.join(':'), p])).values()];
  const key = unique.map((p) => p.join(':')).sort().join(',');
  let byPairs = statistics.get(store);
  if (!byPairs) statistics.set(store, (byPairs = new Map()));
  let stats = byPairs.get(key);
  if (!stats) byPairs.set(key, (stats = new DegreeStatistics(store, unique)));
  return stats;
}
