// What a traversal costs besides its answer: the relationships it can read. A neighbourhood expands every node
// nearer than `depth` (reading all its relationships of the followed types, a hub's whole membership included) and
// then reads the relationships of every node it keeps, so its work follows its depth, its limit and the graph's
// degrees, not the size of its answer: fifteen aliased `neighborhood(depth: 3, limit: 1000)` answers of 1,000 ids
// each read about 45,000 relationships apiece on the 10,000-city benchmark graph (docs/performance.md).
import { RELATIONSHIP_TYPES, canonicalTypes, type RelType } from '../model/graph';
import { figuresOf, type DegreePair, type DegreeSnapshot } from '../services/degree-stats';

/**
 * Relationships read per unit of cost. Measured on the benchmark graph: a relationship read costs about 5 µs of CPU
 * on the embedded engine, a value of an answer 25–50 µs through GraphQL and JSON (docs/performance.md).
 */
export const READS_PER_COST_UNIT = 10;

/** The traversals' degree figures: each relationship type either way, as a neighbourhood follows it. */
export const TRAVERSAL_PAIRS: readonly DegreePair[] = RELATIONSHIP_TYPES.map((type) => [type, 'both'] as const);

/** The root fields priced by the relationships they can read, by `Type.field`. */
export const TRAVERSAL_FIELDS = new Set(['Query.neighborhood']);

/**
 * The relationships a neighbourhood of `depth` hops and at most `limit` nodes can read over `via` (every type when
 * absent). With D the typical degree (the sum of the followed types' 95th percentiles, either way) and H the largest
 * degree of any of them (the hub): the nodes it expands, at most `limit` and at most 1 + D + … + D^(depth−1), and the
 * nodes it keeps, at most `limit` and at most 1 + D + … + D^depth, each read at D; plus one hub read in full at each
 * level (a frontier can hold the largest organization). Never more than the followed relationships can give: each
 * read from both ends when expanded and once more among the nodes kept (a small graph is cheap whatever is asked).
 */
export function neighborhoodReads(stats: DegreeSnapshot, depth: number, limit: number, via?: readonly RelType[] | null): number {
  const figures = canonicalTypes(via).map((type) => figuresOf(stats, type, 'both'));
  const typical = figures.reduce((sum, f) => sum + f.high, 0);
  const hub = Math.max(0, ...figures.map((f) => f.max));
  let reach = 1;
  let expanded = 0;
  for (let level = 1; level <= depth; level += 1) {
    expanded = Math.min(limit, expanded + reach);
    reach *= typical;
  }
  const kept = Math.min(limit, expanded + reach);
  const everything = 1.5 * figures.reduce((sum, f) => sum + f.total, 0);
  return Math.min(everything, depth * hub + (expanded + kept) * typical);
}

/** A traversal field's cost beyond its answer, or 0 for any other field. */
export function traversalCost(name: string, stats: DegreeSnapshot, args: Record<string, unknown>): number {
  if (!TRAVERSAL_FIELDS.has(name)) return 0;
  const depth = typeof args.depth === 'number' ? args.depth : 1;
  const limit = typeof args.limit === 'number' ? args.limit : 1;
  const via = Array.isArray(args.via) ? (args.via as RelType[]) : null;
  return Math.ceil(neighborhoodReads(stats, depth, limit, via) / READS_PER_COST_UNIT);
}
