// Expectations for the query language, computed from seed/graph.json in plain JS: which nodes a filter keeps, in
// which order a sort puts them, what a tally counts. Independent of the Cypher the compiler writes.
import { seed } from './seed-oracle';

export type SeedCity = (typeof seed.cities)[number];
export type SeedOrganization = (typeof seed.organizations)[number];

const compare = (a: unknown, b: unknown) => (a === b ? 0 : (a as string | number) < (b as string | number) ? -1 : 1);

/** A sort of rows by fields (missing values last in either direction), then by key ascending. */
export function sortBy<T extends Record<string, unknown>>(rows: T[], terms: [keyof T, 'ASC' | 'DESC'][], key: keyof T): T[] {
  return [...rows].sort((a, b) => {
    for (const [field, dir] of terms) {
      const [x, y] = [a[field] ?? null, b[field] ?? null];
      if (x === null && y === null) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      const c = compare(x, y);
      if (c !== 0) return dir === 'ASC' ? c : -c;
    }
    return compare(a[key], b[key]);
  });
}

export const byName = <T extends { name: string; id?: string; code?: string }>(rows: T[]) => sortBy(rows as unknown as Record<string, unknown>[], [['name', 'ASC']], 'id' in (rows[0] ?? {}) ? 'id' : 'code') as unknown as T[];

export const cityIds = (keep: (c: SeedCity) => boolean) => byName(seed.cities.filter(keep)).map((c) => c.id);

/** The partners of a city, read undirected, with the partnership's tier and year. */
export function partnersOf(id: string): { city: SeedCity; tier: string; since: number | null }[] {
  return seed.partnerships.flatMap((p) => {
    const other = p.cityA === id ? p.cityB : p.cityB === id ? p.cityA : null;
    return other ? [{ city: seed.cities.find((c) => c.id === other)!, tier: p.tier, since: p.since ?? null }] : [];
  });
}

export const organization = (id: string) => seed.organizations.find((o) => o.id === id)!;
export const membershipsOf = (city: string) => seed.memberships.filter((m) => m.city === city);
export const hostingsOf = (city: string) => seed.hostings.filter((h) => h.city === city);

/** Values counted, as `countBy` orders them: most first, then by value, missing last. */
export function tally(values: (string | null)[]): { value: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value === null ? 1 : b.value === null ? -1 : compare(a.value, b.value)));
}
