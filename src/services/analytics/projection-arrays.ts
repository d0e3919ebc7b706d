// The projection as the analytics workers take it: node ids, labels and names by index, and the relationships as
// index pairs tagged with their type. Read once per graph version for every type (any selection of types is then a
// filter, so requests over different selections share one read), through keyset pages of source nodes that carry
// only ids (analytics/projection-page.cypher: the same graph on both engines). Between pages the request thread
// gets a turn; a cancelled computation stops reading at the next page.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { NODE_LABELS, RELATIONSHIP_TYPES, type Label, type RelType } from '../../model/graph';
import type { GraphStore } from '../../store/graph-store';
import { repositories, type NodeCursor } from '../../store/repositories';
import { AbortedError } from './pool';
import { compareCodePoints } from '../../store/key-order';

/**
 * Source nodes read per query (default of ANALYTICS_PAGE_SIZE). Larger pages cost the engine fewer passes over the
 * node set; smaller ones hold the request thread for less time (converting a page's rows to JavaScript is
 * synchronous: about 11 ms of CPU per 1,000 sources on the benchmark graph) and keep each statement well inside the
 * embedded engine's 30 s query timeout on a loaded machine.
 */
export const PROJECTION_PAGE_SIZE = 5000;

export interface ProjectionTable {
  ids: string[];
  labels: Label[];
  names: string[];
  /** Relationships as [source0, target0, source1, target1, …] indices into `ids`. */
  pairs: Int32Array;
  /** The type of each pair, as an index into RELATIONSHIP_TYPES. */
  pairTypes: Uint8Array;
  /** The store version when the read started. */
  version: number;
}

export async function readProjectionArrays(store: GraphStore, signal?: AbortSignal, pageSize = PROJECTION_PAGE_SIZE): Promise<Omit<ProjectionTable, 'version'>> {
  const graph = repositories(store).graph;
  const typeIndex = new Map<string, number>(RELATIONSHIP_TYPES.map((t, i) => [t, i]));
  const ids: string[] = [];
  const labels: (Label | undefined)[] = [];
  const names: string[] = [];
  const index = new Map<string, number>();
  const indexOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
      labels.push(undefined);
      names.push(id);
    }
    return i;
  };
  let pairs = new Int32Array(1 << 16);
  let pairTypes = new Uint8Array(1 << 15);
  let length = 0;
  let cursor: NodeCursor = { afterId: null, afterLabel: null };
  for (;;) {
    if (signal?.aborted) throw new AbortedError();
    const rows = await graph.projectionPage(NODE_LABELS, RELATIONSHIP_TYPES, cursor, pageSize);
    if (signal?.aborted) throw new AbortedError();
    const sources = new Set<string>();
    let last: { source: string; sourceLabel: string } | null = null;
    for (const row of rows) {
      const source = String(row.source);
      const a = indexOf(source);
      if (!sources.has(source)) {
        sources.add(source);
        labels[a] = row.sourceLabel;
        names[a] = String(row.name ?? source);
        // The engine's order: code points (not UTF-16 units, as `>` compares).
        const order = last ? compareCodePoints(source, last.source) || compareCodePoints(row.sourceLabel, last.sourceLabel) : 1;
        if (order > 0) last = { source, sourceLabel: row.sourceLabel };
      }
      const type = row.type === null ? undefined : typeIndex.get(row.type);
      if (type === undefined || row.targets.length === 0) continue;
      if (length + 2 * row.targets.length > pairs.length) {
        const grown = new Int32Array(Math.max(pairs.length * 2, length + 2 * row.targets.length));
        grown.set(pairs.subarray(0, length));
        pairs = grown;
        const grownTypes = new Uint8Array(grown.length / 2);
        grownTypes.set(pairTypes.subarray(0, length / 2));
        pairTypes = grownTypes;
      }
      for (const target of row.targets) {
        pairTypes[length / 2] = type;
        pairs[length++] = a;
        pairs[length++] = indexOf(String(target));
      }
    }
    if (sources.size < pageSize || !last) break;
    cursor = { afterId: last.source, afterLabel: last.sourceLabel };
    // Let the request thread answer what waited during this page before asking for the next.
    await nextTurn();
  }
  return dropUnlisted({ ids, labels, names, pairs: pairs.slice(0, length), pairTypes: pairTypes.slice(0, length / 2) });
}

/**
 * A target that was never listed as a source (written while the pages were read, after its own page) has no
 * label: it and its relationships are left out, as a read that started later would see them consistently.
 */
function dropUnlisted(table: Omit<ProjectionTable, 'version' | 'labels'> & { labels: (Label | undefined)[] }): Omit<ProjectionTable, 'version'> {
  const { ids, labels, names, pairs, pairTypes } = table;
  if (labels.every((l) => l !== undefined)) return table as Omit<ProjectionTable, 'version'>;
  const keep = new Int32Array(ids.length).fill(-1);
  const kept: Omit<ProjectionTable, 'version'> = { ids: [], labels: [], names: [], pairs: new Int32Array(0), pairTypes: new Uint8Array(0) };
  ids.forEach((id, i) => {
    if (labels[i] === undefined) return;
    keep[i] = kept.ids.length;
    kept.ids.push(id);
    kept.labels.push(labels[i]!);
    kept.names.push(names[i]);
  });
  const keptPairs: number[] = [];
  const keptTypes: number[] = [];
  for (let p = 0; p < pairs.length; p += 2) {
    if (keep[pairs[p]] < 0 || keep[pairs[p + 1]] < 0) continue;
    keptPairs.push(keep[pairs[p]], keep[pairs[p + 1]]);
    keptTypes.push(pairTypes[p / 2]);
  }
  return { ...kept, pairs: Int32Array.from(keptPairs), pairTypes: Uint8Array.from(keptTypes) };
}

/** The pairs of a selection of types and their types, as new arrays (transferable to a worker). */
export function selectPairs(table: Pick<ProjectionTable, 'pairs' | 'pairTypes'>, types: readonly RelType[]): { pairs: Int32Array; pairTypes: Uint8Array } {
  const wanted = new Uint8Array(RELATIONSHIP_TYPES.length);
  for (const t of types) wanted[RELATIONSHIP_TYPES.indexOf(t)] = 1;
  let count = 0;
  for (let i = 0; i < table.pairTypes.length; i++) count += wanted[table.pairTypes[i]];
  const pairs = new Int32Array(2 * count);
  const pairTypes = new Uint8Array(count);
  let o = 0;
  for (let i = 0; i < table.pairTypes.length; i++) {
    if (!wanted[table.pairTypes[i]]) continue;
    pairTypes[o] = table.pairTypes[i];
    pairs[2 * o] = table.pairs[2 * i];
    pairs[2 * o + 1] = table.pairs[2 * i + 1];
    o++;
  }
  return { pairs, pairTypes };
}
