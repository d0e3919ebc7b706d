// One repository per entity: its node operations (NodeRepository) and the relationships that start from it.
// The only code that names these queries, their parameters and their result columns.
import type { Label, OfficeTargetLabel, PartnerTier } from '../../model/graph';
import { officeTargetTypeOf } from '../../model/graph';
import type { City, Hosting, Meeting, Membership, Nation, Office, OfficeHolding, Official, Organization, Partnership } from '../../model/records';
import type { KeyOrders } from '../key-order';
import type { Row } from '../port';
import type { QueryName } from '../queries';
import { merged, NodeRepository, removed, type Run } from './nodes';

export function toCity(row: Row): City {
  const { nation, ...city } = row as unknown as City & { nation: string | null };
  return { ...city, nationCode: nation };
}

const as = <T>(row: Row) => row as unknown as T;

export interface CityFilters {
  nation: string | null;
  /** A continent code (countries-list's: AS, EU…) of the city's nation. */
  continent: string | null;
  kind: string | null;
  tier: string | null;
  partnerOf: string | null;
  nameContains: string | null;
}

export class CityRepository extends NodeRepository<City, CityFilters> {
  constructor(run: Run, orders: KeyOrders | null = null) {
    super(run, {
      label: 'City',
      get: 'city/get-cities-by-ids',
      keysParam: 'ids',
      column: 'city',
      lock: 'city/lock-cities',
      remove: 'city/delete-city',
      keyParam: 'id',
      upsert: 'city/upsert-cities',
      list: 'city/list-cities',
      count: 'city/count-cities',
      toEntity: toCity,
      keyOf: (c) => c.id,
    }, orders);
  }

  /** Cities by id with their nations, in one statement (a city's nation is null when it is located nowhere). */
  async getWithNations(ids: readonly string[]): Promise<{ city: City; nation: Nation | null }[]> {
    if (ids.length === 0) return [];
    const rows = await this.run('city/get-cities-by-ids', { ids: [...ids] });
    return rows.map((row) => ({ city: toCity(row.city as Row), nation: (row.nation ?? null) as Nation | null }));
  }

  /** The partnerships of these cities, each seen from its city, by partner name. */
  async partnershipsOf(ids: readonly string[]): Promise<Partnership[]> {
    const rows = await this.run('city/get-partnerships-of-cities', { ids: [...ids] });
    return rows.map((row) => ({
      cityId: String(row.cityId),
      tier: row.tier as PartnerTier,
      since: row.since as number | null,
      source: row.source as string,
      updatedAt: row.updatedAt as string | null,
      city: {
        id: String(row.partnerId),
        name: row.partnerName as string,
        kind: row.partnerKind as City['kind'],
        latitude: row.partnerLatitude as number | null,
        longitude: row.partnerLongitude as number | null,
        geonameId: row.partnerGeonameId as number | null,
        locationSource: row.partnerLocationSource as string | null,
        source: row.partnerSource as string,
        updatedAt: row.partnerUpdatedAt as string | null,
        nationCode: row.partnerNation as string | null,
      },
    }));
  }

  /** The cities of these nations, by name, with the nation code they were asked for. */
  async ofNations(codes: readonly string[]): Promise<{ code: string; city: City }[]> {
    const rows = await this.run('city/get-cities-of-nations', { codes: [...codes] });
    return rows.map((row) => ({ code: String(row.code), city: toCity(row.city as Row) }));
  }

  /** Removes the LOCATED_IN of cities that a write moves to another nation (run before `upsert`). */
  async removeOldLocations(rows: { id: string; nation: string }[]): Promise<void> {
    if (rows.length) await this.run('city/remove-old-locations', { rows });
  }

  async mergePartnerships(rows: object[], updatedAt: string | null): Promise<number> {
    return merged(await this.run('city/merge-partnerships', { rows, updatedAt }));
  }

  /** Deletes the partnership of two cities; returns how many were removed (0 or 1). */
  async unlinkPartners(cityA: string, cityB: string): Promise<number> {
    return removed(await this.run('city/unlink-partners', { cityA, cityB }));
  }
}

export class NationRepository extends NodeRepository<Nation, { nameContains: string | null; continent: string | null }> {
  constructor(run: Run, orders: KeyOrders | null = null) {
    super(run, {
      label: 'Nation',
      get: 'nation/get-nations-by-codes',
      keysParam: 'codes',
      column: 'nation',
      lock: 'nation/lock-nations',
      remove: 'nation/delete-nation',
      keyParam: 'code',
      upsert: 'nation/upsert-nations',
      list: 'nation/list-nations',
      count: 'nation/count-nations',
      toEntity: as<Nation>,
      keyOf: (n) => n.code,
    }, orders);
  }
}

export interface OrganizationFilters {
  category: string | null;
  memberCity: string | null;
  nameContains: string | null;
}

export class OrganizationRepository extends NodeRepository<Organization, OrganizationFilters> {
  constructor(run: Run, orders: KeyOrders | null = null) {
    super(run, {
      label: 'Organization',
      get: 'organization/get-organizations-by-ids',
      keysParam: 'ids',
      column: 'organization',
      lock: 'organization/lock-organizations',
      remove: 'organization/delete-organization',
      keyParam: 'id',
      upsert: 'organization/upsert-organizations',
      list: 'organization/list-organizations',
      count: 'organization/count-organizations',
      toEntity: as<Organization>,
      keyOf: (o) => o.id,
    }, orders);
  }

  async membershipsOfCities(ids: readonly string[]): Promise<Membership[]> {
    return (await this.run('organization/get-memberships-of-cities', { ids: [...ids] })).map(as<Membership>);
  }

  async membershipsOfOrganizations(ids: readonly string[]): Promise<Membership[]> {
    return (await this.run('organization/get-memberships-of-organizations', { ids: [...ids] })).map(as<Membership>);
  }

  async hostingsOfCities(ids: readonly string[]): Promise<Hosting[]> {
    return (await this.run('organization/get-hostings-of-cities', { ids: [...ids] })).map(as<Hosting>);
  }

  async hostingsOfOrganizations(ids: readonly string[]): Promise<Hosting[]> {
    return (await this.run('organization/get-hostings-of-organizations', { ids: [...ids] })).map(as<Hosting>);
  }

  async mergeMemberships(rows: object[], updatedAt: string | null): Promise<number> {
    return merged(await this.run('organization/merge-memberships', { rows, updatedAt }));
  }

  async mergeHostings(rows: object[], updatedAt: string | null): Promise<number> {
    return merged(await this.run('organization/merge-hostings', { rows, updatedAt }));
  }

  async removeMembership(city: string, organization: string): Promise<number> {
    return removed(await this.run('organization/remove-membership', { city, organization }));
  }

  async removeHosting(city: string, organization: string): Promise<number> {
    return removed(await this.run('organization/remove-hosting', { city, organization }));
  }
}

/** The statement that records offices in each kind of target. */
const MERGE_OFFICES: Record<OfficeTargetLabel, QueryName> = {
  City: 'official/merge-offices-in-cities',
  Organization: 'official/merge-offices-in-organizations',
  Nation: 'official/merge-offices-in-nations',
};

export class OfficialRepository extends NodeRepository<Official, { nameContains: string | null }> {
  constructor(run: Run, orders: KeyOrders | null = null) {
    super(run, {
      label: 'Official',
      get: 'official/get-officials-by-ids',
      keysParam: 'ids',
      column: 'official',
      lock: 'official/lock-officials',
      remove: 'official/delete-official',
      keyParam: 'id',
      upsert: 'official/upsert-officials',
      list: 'official/list-officials',
      count: 'official/count-officials',
      toEntity: as<Official>,
      keyOf: (o) => o.id,
    }, orders);
  }

  async officesOf(ids: readonly string[]): Promise<Office[]> {
    const rows = await this.run('official/get-offices-of-officials', { ids: [...ids] });
    return rows.map((row) => ({
      officialId: String(row.officialId),
      targetId: String(row.targetId),
      targetType: officeTargetTypeOf(row.targetLabel as OfficeTargetLabel),
      title: row.title as string,
      source: row.source as string,
      updatedAt: row.updatedAt as string | null,
    }));
  }

  /** The holders of offices in these targets, with the key `${label}:${id}` of the target each belongs to. */
  async holdersOf(targets: readonly { label: Label; id: string }[]): Promise<(OfficeHolding & { key: string })[]> {
    return (await this.run('official/get-office-holders-of-targets', { keys: [...targets] })).map(as<OfficeHolding & { key: string }>);
  }

  async meetingsOf(ids: readonly string[]): Promise<Meeting[]> {
    const rows = await this.run('official/get-meetings-of-officials', { ids: [...ids] });
    return rows.map((row) => ({ ...as<Meeting>(row), topics: (row.topics as string[] | null) ?? [] }));
  }

  /** Records meetings; rows name the other official `other` (`with` is a Cypher keyword). */
  async mergeMeetings(rows: object[], updatedAt: string | null): Promise<number> {
    return merged(await this.run('official/merge-meetings', { rows, updatedAt }));
  }

  async mergeOffices(targetLabel: OfficeTargetLabel, rows: object[], updatedAt: string | null): Promise<number> {
    return merged(await this.run(MERGE_OFFICES[targetLabel], { rows, updatedAt }));
  }

  async removeMeeting(official: string, other: string, on: string): Promise<number> {
    return removed(await this.run('official/remove-meeting', { official, other, on }));
  }

  async removeOffice(official: string, targetLabel: OfficeTargetLabel, target: string, title: string): Promise<number> {
    return removed(await this.run('official/remove-office', { official, targetLabel, target, title }));
  }
}
