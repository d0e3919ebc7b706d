// The projection as the analytics workers take it: node ids, labels and names by index, and the relationships of
// the chosen types as index pairs. Read through the same keyset pages as the exports (so the same graph on both
// engines); a cancelled computation stops reading at the next page.
import { NODE_LABELS, type Label, type RelType } from '../../model/graph';
import type { GraphStore } from '../../store/graph-store';
import { readEdgePages, readNodePages } from '../projection';
import { AbortedError } from './pool';

export interface ProjectionTable {
  ids: string[];
  labels: Label[];
  names: string[];
  /** Relationships as [source0, target0, source1, target1, …] indices into `ids`, in the projection's order. */
  pairs: Int32Array;
  /** The store version when the read started. */
  version: number;
}

export async function readProjectionArrays(store: GraphStore, types: readonly RelType[], signal?: AbortSignal): Promise<Omit<ProjectionTable, 'version'>> {
  const filter = { labels: NODE_LABELS, types: [...types] };
  const ids: string[] = [];
  const labels: Label[] = [];
  const names: string[] = [];
  const index = new Map<string, number>();
  for await (const page of readNodePages(store, filter)) {
    if (signal?.aborted) throw new AbortedError();
    for (const node of page) {
      index.set(node.id, ids.length);
      ids.push(node.id);
      labels.push(node.label);
      names.push(String(node.properties.name ?? node.id));
    }
  }
  let pairs = new Int32Array(1 << 16);
  let length = 0;
  for await (const page of readEdgePages(store, filter)) {
    if (signal?.aborted) throw new AbortedError();
    if (length + 2 * page.length > pairs.length) {
      const grown = new Int32Array(Math.max(pairs.length * 2, length + 2 * page.length));
      grown.set(pairs.subarray(0, length));
      pairs = grown;
    }
    for (const edge of page) {
      const a = index.get(edge.source);
      const b = index.get(edge.target);
      if (a === undefined || b === undefined) continue;
      pairs[length++] = a;
      pairs[length++] = b;
    }
  }
  return { ids, labels, names, pairs: pairs.slice(0, length) };
}
