// The projection as the analytics workers take it: node ids, labels and names by index, and the relationships as
// index pairs tagged with their type. Read once per graph version for every type (any selection of types is then a
// filter, so requests over different selections share one read): first the key and name of every node, label by
// label (query/name-keys), then the outgoing relationships of those nodes in batches of keys, each node looked up
// through its key's index (analytics/projection-out.cypher: ids only, the same graph on both engines). Between
// batches the request thread gets a turn; a cancelled computation stops reading at the next batch.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { NODE_LABELS, RELATIONSHIP_TYPES, type Label, type RelType } from '../../model/graph';
import type { GraphStore } from '../../store/graph-store';
import { repositories } from '../../store/repositories';
import { AbortedError } from './pool';

/**
 * Source nodes per relationship batch (default of ANALYTICS_PAGE_SIZE). Larger batches cost fewer statements;
 * smaller ones hold the request thread for less time (converting a batch's rows to JavaScript is synchronous) and
 * keep each statement well inside the embedded engine's 30 s query timeout on a loaded machine.
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
  const { graph, search } = repositories(store);
  const check = () => {
    if (signal?.aborted) throw new AbortedError();
  };
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
  // The nodes, label by label; a node listed under an earlier label (one with two of the model's labels) is kept
  // there, and its relationships are read once.
  const keysOf = new Map<Label, string[]>();
  for (const label of NODE_LABELS) {
    check();
    const rows = await search.nameKeys(label);
    const keys: string[] = [];
    for (const row of rows) {
      const key = String(row.key);
      const i = indexOf(key);
      if (labels[i] !== undefined) continue;
      labels[i] = label;
      names[i] = String(row.name ?? key);
      keys.push(key);
    }
    keysOf.set(label, keys);
  }
  let pairs = new Int32Array(1 << 16);
  let pairTypes = new Uint8Array(1 << 15);
  let length = 0;
  for (const [label, keys] of keysOf) {
    for (let from = 0; from < keys.length; from += pageSize) {
      // Let the request thread answer what waited during the last batch before asking for the next.
      await nextTurn();
      check();
      const rows = await graph.projectionOut(label, keys.slice(from, from + pageSize));
      check();
      for (const row of rows) {
        const a = indexOf(String(row.source));
        const { types, targets } = row;
        if (length + 2 * targets.length > pairs.length) {
          const grown = new Int32Array(Math.max(pairs.length * 2, length + 2 * targets.length));
          grown.set(pairs.subarray(0, length));
          pairs = grown;
          const grownTypes = new Uint8Array(grown.length / 2);
          grownTypes.set(pairTypes.subarray(0, length / 2));
          pairTypes = grownTypes;
        }
        for (let k = 0; k < targets.length; k++) {
          const type = typeIndex.get(types[k]);
          if (type === undefined) continue;
          pairTypes[length / 2] = type;
          pairs[length++] = a;
          pairs[length++] = indexOf(String(targets[k]));
        }
      }
    }
  }
  return dropUnlisted({ ids, labels, names, pairs: pairs.slice(0, length), pairTypes: pairTypes.slice(0, length / 2) });
}

/**
 * A target that was never listed as a node (written after the nodes were read) has no label: it and its relationships are left out, as a read that started later would see them consistently.
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
