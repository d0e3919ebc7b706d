// Per-request DataLoaders: every nested field batches its keys into one UNWIND query per relationship level,
// so a nested query costs one store call per level whatever the number of parent nodes (no N+1).
import DataLoader from 'dataloader';
import type { GraphStore } from '../store/graph-store';
import type { Row } from '../store/port';
import type { QueryName } from '../store/queries';
import { OfficeTargetType, type PartnerTier } from './enums';
import { City, Hosting, Meeting, Membership, Nation, Office, Official, Organization, Partnership } from './types';

export interface OfficeHolder {
  officialId: string;
  title: string;
  source: string;
  updatedAt?: string | null;
}

export type Loaders = ReturnType<typeof createLoaders>;

export function toCity(row: Row): City {
  const { nation, ...city } = row as Omit<City, 'nationCode'> & { nation: string | null };
  return { ...city, nationCode: nation };
}

const LABEL_OF: Record<OfficeTargetType, string> = {
  [OfficeTargetType.CITY]: 'City',
  [OfficeTargetType.ORGANIZATION]: 'Organization',
  [OfficeTargetType.NATION]: 'Nation',
};
const TARGET_TYPE_OF = Object.fromEntries(Object.entries(LABEL_OF).map(([type, label]) => [label, type])) as Record<string, OfficeTargetType>;

export function createLoaders(store: GraphStore) {
  /** One entity per key, or null; rows come back in any order, so they are matched by key. */
  const entities = <T>(query: QueryName, param: string, column: string, key: (e: T) => string, map: (row: Row) => T = (r) => r as T) =>
    new DataLoader<string, T | null>(async (keys) => {
      const rows = await store.run(query, { [param]: [...keys] });
      const found = new Map(rows.map((row) => map(row[column] as Row)).map((e) => [key(e), e]));
      return keys.map((k) => found.get(k) ?? null);
    });

  /** A list per key (empty when nothing matches), keeping the query's row order within each key. */
  const lists = <T>(query: QueryName, param: string, keyColumn: string, map: (row: Row) => T) =>
    new DataLoader<string, T[]>(async (keys) => {
      const rows = await store.run(query, { [param]: [...keys] });
      const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
      for (const row of rows) groups.get(String(row[keyColumn]))?.push(map(row));
      return keys.map((k) => groups.get(k) ?? []);
    });

  const city = entities<City>('city/get-cities-by-ids', 'ids', 'city', (c) => c.id, toCity);
  const membership = (row: Row) => row as unknown as Membership;
  const hosting = (row: Row) => row as unknown as Hosting;

  return {
    city,
    nation: entities<Nation>('nation/get-nations-by-codes', 'codes', 'nation', (n) => n.code),
    organization: entities<Organization>('organization/get-organizations-by-ids', 'ids', 'organization', (o) => o.id),
    official: entities<Official>('official/get-officials-by-ids', 'ids', 'official', (o) => o.id),
    partnerships: lists<Partnership>('city/get-partnerships-of-cities', 'ids', 'cityId', (row) => {
      const partner = toCity(row.partner as Row);
      city.prime(partner.id, partner); // the partner's own fields need no second query
      return { tier: row.tier as PartnerTier, since: row.since as number | null, source: row.source as string, updatedAt: row.updatedAt as string | null, city: partner };
    }),
    citiesOfNation: lists<City>('city/get-cities-of-nations', 'codes', 'code', (row) => toCity(row.city as Row)),
    membershipsOfCity: lists('organization/get-memberships-of-cities', 'ids', 'cityId', membership),
    membershipsOfOrganization: lists('organization/get-memberships-of-organizations', 'ids', 'organizationId', membership),
    hostingsOfCity: lists('organization/get-hostings-of-cities', 'ids', 'cityId', hosting),
    hostingsOfOrganization: lists('organization/get-hostings-of-organizations', 'ids', 'organizationId', hosting),
    officesOfOfficial: lists<Office>('official/get-offices-of-officials', 'ids', 'officialId', (row) => ({
      officialId: row.officialId as string,
      targetId: row.targetId as string,
      title: row.title as string,
      source: row.source as string,
      updatedAt: row.updatedAt as string | null,
      targetType: TARGET_TYPE_OF[row.targetLabel as string],
    })),
    meetingsOfOfficial: lists<Meeting>('official/get-meetings-of-officials', 'ids', 'officialId', (row) => ({
      otherId: row.otherId as string,
      on: row.on as string,
      topics: (row.topics as string[] | null) ?? [],
      source: row.source as string,
      updatedAt: row.updatedAt as string | null,
    })),
    /** Keys are `${OfficeTargetType}:${id}`. */
    officeHolders: new DataLoader<string, OfficeHolder[]>(async (keys) => {
      const targets = keys.map((key) => {
        const [type, ...id] = key.split(':');
        return { label: LABEL_OF[type as OfficeTargetType], id: id.join(':') };
      });
      const rows = await store.run('official/get-office-holders-of-targets', { keys: targets });
      const groups = new Map<string, OfficeHolder[]>(targets.map((t) => [`${t.label}:${t.id}`, []]));
      for (const row of rows) groups.get(row.key as string)?.push(row as unknown as OfficeHolder);
      return targets.map((t) => groups.get(`${t.label}:${t.id}`) ?? []);
    }),
  };
}
