// The default list order (by name, then key) of each label, kept in memory per graph version for the embedded
// engine, which has no index-ordered scan: sorting a 100,000-node label in the engine for every page took 1–2 s,
// and a range predicate on an indexed property scans every node (docs/engines.md). One unordered read of the names
// and keys per graph version (`query/name-keys`), sorted here, then each page is a binary search and a slice.
// Pages stay exactly the Cypher order: the order is rebuilt after every committed write (the graph version), the
// comparison is the engine's own (Unicode code points; test/store/key-order.test.ts checks it against the engine's
// ORDER BY), and a label with a name that is not a string is not ordered here at all (the caller falls back to Cypher).
import type { QueryLabel } from '../model/query';

/** Orders two strings by Unicode code points, as the embedded engine orders strings (Rust: UTF-8 bytes). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // UTF-16 puts surrogates (code points above U+FFFF) below U+E000–U+FFFF; code points put them above.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}

/** A position in the order: the name and key of a row (a cursor's). */
export interface OrderPosition {
  name: string;
  key: string;
}

/** The keys of one label sorted by name, then key. */
export class SortedKeys {
  constructor(
    private readonly names: readonly string[],
    private readonly keys: readonly string[],
  ) {}

  get size(): number {
    return this.keys.length;
  }

  /**
   * Up to `limit` keys after `position` (from the start when null), in order; `backwards`: up to `limit` keys before
   * it (from the end when null), nearest first, as a backward page reads the reversed order.
   */
  page(position: OrderPosition | null, limit: number, backwards: boolean): string[] {
    if (!backwards) {
      const start = position ? this.firstBeyond(position, true) : 0;
      return this.keys.slice(start, start + limit);
    }
    const end = position ? this.firstBeyond(position, false) : this.keys.length;
    return this.keys.slice(Math.max(0, end - limit), end).reverse();
  }

  /** The index of the first entry after `p` (`strictly`) or at or after it. */
  private firstBeyond(p: OrderPosition, strictly: boolean): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareCodePoints(this.names[mid], p.name) || compareCodePoints(this.keys[mid], p.key);
      if (c < 0 || (strictly && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Sorts rows of `{key, name}`; null when a key or name is not a string (that label's pages stay in Cypher). */
export function sortKeys(rows: readonly { key: unknown; name: unknown }[]): SortedKeys | null {
  if (!rows.every((r) => typeof r.key === 'string' && typeof r.name === 'string')) return null;
  const sorted = [...rows] as { key: string; name: string }[];
  sorted.sort((a, b) => compareCodePoints(a.name, b.name) || compareCodePoints(a.key, b.key));
  return new SortedKeys(
    sorted.map((r) => r.name),
    sorted.map((r) => r.key),
  );
}

/** The sorted keys of each label, read once per graph version (single flight) and kept until the next write. */
export class KeyOrders {
  private readonly cache = new Map<QueryLabel, { version: number; order: Promise<SortedKeys | null> }>();

  constructor(
    private readonly read: (label: QueryLabel) => Promise<{ key: unknown; name: unknown }[]>,
    /** The graph version: committed write transactions so far (GraphStore.version). */
    private readonly version: () => number,
  ) {}

  /** The order of `label` at the current graph version. */
  order(label: QueryLabel): Promise<SortedKeys | null> {
    // The version is read before the names: a write committing meanwhile makes this order stale at once (rebuilt
    // by the next call), never current with older rows.
    const version = this.version();
    const cached = this.cache.get(label);
    if (cached?.version === version) return cached.order;
    const order = this.read(label).then(sortKeys);
    this.cache.set(label, { version, order });
    order.catch(() => {
      if (this.cache.get(label)?.order === order) this.cache.delete(label);
    });
    return order;
  }
}
