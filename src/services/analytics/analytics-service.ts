// Network metrics and communities, computed in-process on a projection read through Cypher (so identically on
// both engines) and cached per graph version: a write through the store moves the version, and the next
// request recomputes. One service per store, shared by every request.
import type Graph from 'graphology';
import { canonicalTypes, NODE_LABELS, type Label, type RelType } from '../../model/graph';
import type { GraphStore } from '../../store/graph-store';
import { projectGraph } from '../projection';
import { computeScores, type NodeScores } from './centrality';
import { compareIds, detectCommunities, type CommunityPartition } from './communities';
import { toMetricGraph, type MetricNodeAttributes } from './metric-graph';

export interface ScoredNode extends NodeScores {
  label: Label;
  name: string;
}

export type Metric = 'degreeCentrality' | 'betweenness' | 'closeness' | 'pageRank';
export const METRICS: readonly Metric[] = ['degreeCentrality', 'betweenness', 'closeness', 'pageRank'];

export interface NetworkAnalysis {
  /** The relationship types the graph was built from, in canonical order. */
  types: RelType[];
  /** The store version the projection was read at. */
  version: number;
  nodeCount: number;
  edgeCount: number;
}

export interface MetricsAnalysis extends NetworkAnalysis {
  /** Every node, ranked by each metric: highest first, ties (to 12 significant digits) by id. */
  rankings: Record<Metric, ScoredNode[]>;
}

export interface CommunitiesAnalysis extends NetworkAnalysis {
  partition: CommunityPartition;
  nodes: Map<string, MetricNodeAttributes>;
}

interface CacheEntry {
  version: number;
  graph: Promise<Graph<MetricNodeAttributes>>;
  metrics?: Promise<MetricsAnalysis>;
  communities?: Promise<CommunitiesAnalysis>;
}

/** At most this many relationship-type selections stay cached (least recently used go first). */
const MAX_CACHED_SELECTIONS = 8;

export class AnalyticsService {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(private readonly store: GraphStore) {}

  /** Degree, betweenness, closeness and PageRank of every node, ranked. */
  metrics(types?: readonly RelType[] | null): Promise<MetricsAnalysis> {
    const { entry, selection } = this.entry(types);
    entry.metrics ??= this.settle(selection, entry, async () => {
      const graph = await entry.graph;
      const scores = await computeScores(graph);
      await yieldToEventLoop();
      const nodes: ScoredNode[] = scores.map((s) => ({ ...s, ...graph.getNodeAttributes(s.id) }));
      const rankings = {} as Record<Metric, ScoredNode[]>;
      for (const metric of METRICS) {
        rankings[metric] = [...nodes].sort((a, b) => rankKey(b[metric]) - rankKey(a[metric]) || compareIds(a.id, b.id));
        await yieldToEventLoop();
      }
      return { ...summary(selection, entry.version, graph), rankings };
    });
    return entry.metrics;
  }

  /** Louvain communities with a fixed seed. */
  communities(types?: readonly RelType[] | null): Promise<CommunitiesAnalysis> {
    const { entry, selection } = this.entry(types);
    entry.communities ??= this.settle(selection, entry, async () => {
      const graph = await entry.graph;
      const nodes = new Map<string, MetricNodeAttributes>();
      graph.forEachNode((id, attributes) => nodes.set(id, attributes));
      return { ...summary(selection, entry.version, graph), partition: detectCommunities(graph), nodes };
    });
    return entry.communities;
  }

  private entry(types?: readonly RelType[] | null): { entry: CacheEntry; selection: RelType[] } {
    const selection = canonicalTypes(types);
    const key = selection.join(',');
    const version = this.store.version;
    let entry = this.cache.get(key);
    if (!entry || entry.version !== version) {
      const fresh: CacheEntry = {
        version,
        graph: (async () => {
          const projection = await projectGraph(this.store, { labels: NODE_LABELS, types: selection });
          await yieldToEventLoop();
          return toMetricGraph(projection);
        })(),
      };
      fresh.graph.catch(() => this.forget(key, fresh));
      entry = fresh;
    }
    // Re-inserting keeps the map in least-recently-used order.
    this.cache.delete(key);
    this.cache.set(key, entry);
    while (this.cache.size > MAX_CACHED_SELECTIONS) this.cache.delete(this.cache.keys().next().value!);
    return { entry, selection };
  }

  /** A failed computation is not cached: the next request tries again. */
  private settle<T>(selection: RelType[], entry: CacheEntry, work: () => Promise<T>): Promise<T> {
    const promise = work();
    promise.catch(() => this.forget(selection.join(','), entry));
    return promise;
  }

  private forget(key: string, entry: CacheEntry): void {
    if (this.cache.get(key) === entry) this.cache.delete(key);
  }
}

/**
 * Scores compared to 12 significant digits: nodes whose scores are equal in exact arithmetic (leaves of the same
 * hub) but differ in the last bits of floating point rank by id, here and in any other tool that rounds alike.
 */
export function rankKey(score: number): number {
  return Number(score.toPrecision(12));
}

/** Lets other requests run between the synchronous phases of a long computation. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function summary(types: RelType[], version: number, graph: Graph): NetworkAnalysis {
  return { types, version, nodeCount: graph.order, edgeCount: graph.size };
}

const services = new WeakMap<GraphStore, AnalyticsService>();

/** The one analytics service of a store (created on first use), so its cache is shared by every request. */
export function analyticsFor(store: GraphStore): AnalyticsService {
  let service = services.get(store);
  if (!service) {
    service = new AnalyticsService(store);
    services.set(store, service);
  }
  return service;
}
