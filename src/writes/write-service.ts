// The rules of every single write (the mutations): each runs in one store transaction, checks what it refers to
// (NOT_FOUND naming every missing node), refuses duplicates (CONFLICT), writes through the named write queries and
// reads back what it changed. Any error rolls the transaction back: a refused write leaves the graph as it was.
import { conflict, notFoundAll, AppError, ErrorCode } from '../errors';
import { toCity } from '../graphql/loaders';
import type { CityInput, CityOrganizationInput, HostingInput, MeetingInput, MeetingKeyInput, MembershipInput, NationInput, OfficeInput, OfficeKeyInput, OfficialInput, OrganizationInput, PartnerPairInput, PartnershipInput } from '../graphql/inputs';
import type { City, Deletion, Nation, Official, Organization } from '../graphql/types';
import { OfficeTargetType } from '../graphql/enums';
import type { GraphStore, TransactionScope } from '../store/graph-store';
import type { Row } from '../store/port';
import type { QueryName } from '../store/queries';

export type NodeLabel = 'City' | 'Nation' | 'Organization' | 'Official';

interface NodeQueries {
  lock: QueryName;
  lockParam: string;
  /** The column of the lock query holding the key. */
  lockKey: string;
  get: QueryName;
  getParam: string;
  getColumn: string;
  remove: QueryName;
  removeParam: string;
  /** Relationships that belong to the node itself and do not stop its deletion. */
  own: string[];
}

/** The whitelist of labels a write may name, with the statements for each. */
export const NODES: Record<NodeLabel, NodeQueries> = {
  City: { lock: 'city/lock-cities', lockParam: 'ids', lockKey: 'id', get: 'city/get-cities-by-ids', getParam: 'ids', getColumn: 'city', remove: 'city/delete-city', removeParam: 'id', own: ['LOCATED_IN'] },
  Nation: { lock: 'nation/lock-nations', lockParam: 'codes', lockKey: 'code', get: 'nation/get-nations-by-codes', getParam: 'codes', getColumn: 'nation', remove: 'nation/delete-nation', removeParam: 'code', own: [] },
  Organization: { lock: 'organization/lock-organizations', lockParam: 'ids', lockKey: 'id', get: 'organization/get-organizations-by-ids', getParam: 'ids', getColumn: 'organization', remove: 'organization/delete-organization', removeParam: 'id', own: [] },
  Official: { lock: 'official/lock-officials', lockParam: 'ids', lockKey: 'id', get: 'official/get-officials-by-ids', getParam: 'ids', getColumn: 'official', remove: 'official/delete-official', removeParam: 'id', own: [] },
};

/** The statement that records offices in each kind of target. */
export const MERGE_OFFICES: Record<'City' | 'Organization' | 'Nation', QueryName> = {
  City: 'official/merge-offices-in-cities',
  Organization: 'official/merge-offices-in-organizations',
  Nation: 'official/merge-offices-in-nations',
};

export const LABEL_OF_TARGET: Record<OfficeTargetType, 'City' | 'Organization' | 'Nation'> = {
  [OfficeTargetType.CITY]: 'City',
  [OfficeTargetType.ORGANIZATION]: 'Organization',
  [OfficeTargetType.NATION]: 'Nation',
};

/** Relationship counts by type of each locked node. */
type Census = Map<string, Record<string, number>>;

interface Ref {
  label: NodeLabel;
  id: string;
  /** Lock it for the transaction (a node whose relationships the write changes). */
  lock?: boolean;
}

export class WriteService {
  constructor(
    private readonly store: GraphStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  // ---- nodes ------------------------------------------------------------------------------------------------------

  upsertNation(input: NationInput): Promise<Nation> {
    return this.write(async (tx, updatedAt) => {
      await this.merge(tx, 'nation/upsert-nations', [{ code: input.code, name: input.name, source: input.source }], updatedAt, () => []);
      return readNode<Nation>(tx, 'Nation', input.code);
    });
  }

  upsertCity(input: CityInput): Promise<City> {
    return this.write(async (tx, updatedAt) => {
      await this.require(tx, [{ label: 'Nation', id: input.nation }]);
      const row = { id: input.id, name: input.name, kind: input.kind, nation: input.nation, source: input.source, nationSource: input.nationSource ?? null };
      await tx.run('city/remove-old-locations', { rows: [{ id: input.id, nation: input.nation }] });
      await this.merge(tx, 'city/upsert-cities', [row], updatedAt, () => [{ label: 'Nation', id: input.nation }]);
      return readCity(tx, input.id);
    });
  }

  upsertOrganization(input: OrganizationInput): Promise<Organization> {
    return this.write(async (tx, updatedAt) => {
      const row = {
        id: input.id,
        name: input.name,
        acronym: input.acronym ?? null,
        category: input.category ?? null,
        memberSummary: input.memberSummary ?? null,
        purpose: input.purpose ?? null,
        source: input.source,
      };
      await this.merge(tx, 'organization/upsert-organizations', [row], updatedAt, () => []);
      return readNode<Organization>(tx, 'Organization', input.id);
    });
  }

  upsertOfficial(input: OfficialInput): Promise<Official> {
    return this.write(async (tx, updatedAt) => {
      await this.merge(tx, 'official/upsert-officials', [{ id: input.id, name: input.name, title: input.title, source: input.source }], updatedAt, () => []);
      return readNode<Official>(tx, 'Official', input.id);
    });
  }

  /** Deletes a node; refuses (CONFLICT, listing them) while it has relationships, unless `detach`. */
  deleteNode(label: NodeLabel, id: string, detach: boolean): Promise<Deletion> {
    return this.write(async (tx) => {
      const census = await this.require(tx, [{ label, id, lock: true }]);
      const counts = census.get(id) ?? {};
      const blocking = Object.entries(counts).filter(([type]) => !NODES[label].own.includes(type));
      if (blocking.length > 0 && !detach) {
        const total = blocking.reduce((sum, [, n]) => sum + n, 0);
        const list = blocking.map(([type, n]) => `${type}: ${n}`).join(', ');
        throw conflict(
          `${label} "${id}" still has ${total} relationship${total === 1 ? '' : 's'} (${list}); pass detach: true to delete it together with ${total === 1 ? 'that relationship' : 'them'}`,
          { relationships: Object.fromEntries(blocking) },
        );
      }
      const [result] = await tx.run(NODES[label].remove, { [NODES[label].removeParam]: id });
      if (Number(result?.deleted) !== 1) throw new Error(`${label} "${id}" was locked but not deleted`);
      const relationshipsRemoved = Object.values(counts).reduce((sum, n) => sum + n, 0);
      return { type: label, id, relationshipsRemoved };
    });
  }

  // ---- relationships ----------------------------------------------------------------------------------------------

  /** Creates the partnership of two cities; CONFLICT when they are partners already (in either order). */
  linkPartners(input: PartnershipInput): Promise<City> {
    return this.write(async (tx, updatedAt) => {
      const [cityA, cityB] = [input.cityA, input.cityB];
      await this.require(tx, [{ label: 'City', id: cityA, lock: true }, { label: 'City', id: cityB, lock: true }]);
      const existing = (await tx.run('city/get-partnerships-of-cities', { ids: [cityA] })).find((r) => (r.partner as Row).id === cityB);
      if (existing) {
        throw conflict(`City "${cityA}" and City "${cityB}" are partners already (${existing.tier}${existing.since ? ` since ${existing.since}` : ''}); unlink them first to record another partnership`, {
          existing: { tier: existing.tier, since: existing.since, source: existing.source },
        });
      }
      const row = { cityA, cityB, tier: input.tier, since: input.since ?? null, source: input.source };
      await this.merge(tx, 'city/merge-partnerships', [row], updatedAt, () => [{ label: 'City', id: cityA }, { label: 'City', id: cityB }]);
      return readCity(tx, cityA);
    });
  }

  unlinkPartners(input: PartnerPairInput): Promise<City> {
    return this.write(async (tx) => {
      await this.require(tx, [{ label: 'City', id: input.cityA, lock: true }, { label: 'City', id: input.cityB, lock: true }]);
      await this.removeOne(tx, 'city/unlink-partners', { cityA: input.cityA, cityB: input.cityB }, 'Partnership', `City "${input.cityA}" and City "${input.cityB}" are not partners`);
      return readCity(tx, input.cityA);
    });
  }

  addMembership(input: MembershipInput): Promise<City> {
    return this.write(async (tx, updatedAt) => {
      await this.require(tx, [{ label: 'City', id: input.city, lock: true }, { label: 'Organization', id: input.organization }]);
      const existing = (await tx.run('organization/get-memberships-of-cities', { ids: [input.city] })).find((r) => r.organizationId === input.organization);
      if (existing) {
        throw conflict(`City "${input.city}" is a member of Organization "${input.organization}" already`, {
          existing: { since: existing.since, role: existing.role, source: existing.source },
        });
      }
      const row = { city: input.city, organization: input.organization, since: input.since ?? null, role: input.role ?? null, source: input.source };
      await this.merge(tx, 'organization/merge-memberships', [row], updatedAt, () => [{ label: 'Organization', id: input.organization }]);
      return readCity(tx, input.city);
    });
  }

  removeMembership(input: CityOrganizationInput): Promise<City> {
    return this.write(async (tx) => {
      await this.require(tx, [{ label: 'City', id: input.city, lock: true }, { label: 'Organization', id: input.organization }]);
      await this.removeOne(tx, 'organization/remove-membership', { city: input.city, organization: input.organization }, 'Membership', `City "${input.city}" is not a member of Organization "${input.organization}"`);
      return readCity(tx, input.city);
    });
  }

  addHosting(input: HostingInput): Promise<City> {
    return this.write(async (tx, updatedAt) => {
      await this.require(tx, [{ label: 'City', id: input.city, lock: true }, { label: 'Organization', id: input.organization }]);
      const existing = (await tx.run('organization/get-hostings-of-cities', { ids: [input.city] })).find((r) => r.organizationId === input.organization);
      if (existing) {
        throw conflict(`City "${input.city}" hosts an office of Organization "${input.organization}" already${existing.office ? ` (${existing.office})` : ''}`, {
          existing: { office: existing.office, source: existing.source },
        });
      }
      const row = { city: input.city, organization: input.organization, office: input.office ?? null, source: input.source };
      await this.merge(tx, 'organization/merge-hostings', [row], updatedAt, () => [{ label: 'Organization', id: input.organization }]);
      return readCity(tx, input.city);
    });
  }

  removeHosting(input: CityOrganizationInput): Promise<City> {
    return this.write(async (tx) => {
      await this.require(tx, [{ label: 'City', id: input.city, lock: true }, { label: 'Organization', id: input.organization }]);
      await this.removeOne(tx, 'organization/remove-hosting', { city: input.city, organization: input.organization }, 'Hosting', `City "${input.city}" hosts no office of Organization "${input.organization}"`);
      return readCity(tx, input.city);
    });
  }

  /** Records a meeting; CONFLICT when the two officials are recorded as meeting on that date already. */
  recordMeeting(input: MeetingInput): Promise<Official> {
    return this.write(async (tx, updatedAt) => {
      await this.require(tx, [{ label: 'Official', id: input.official, lock: true }, { label: 'Official', id: input.with, lock: true }]);
      const existing = (await tx.run('official/get-meetings-of-officials', { ids: [input.official] })).find((r) => r.otherId === input.with && r.on === input.on);
      if (existing) {
        throw conflict(`Official "${input.official}" and Official "${input.with}" are recorded as meeting on ${input.on} already`, {
          existing: { topics: existing.topics, source: existing.source },
        });
      }
      const row = { official: input.official, other: input.with, on: input.on, topics: input.topics ?? [], source: input.source };
      await this.merge(tx, 'official/merge-meetings', [row], updatedAt, () => []);
      return readNode<Official>(tx, 'Official', input.official);
    });
  }

  removeMeeting(input: MeetingKeyInput): Promise<Official> {
    return this.write(async (tx) => {
      await this.require(tx, [{ label: 'Official', id: input.official, lock: true }, { label: 'Official', id: input.with, lock: true }]);
      await this.removeOne(tx, 'official/remove-meeting', { official: input.official, other: input.with, on: input.on }, 'Meeting', `Official "${input.official}" and Official "${input.with}" are not recorded as meeting on ${input.on}`);
      return readNode<Official>(tx, 'Official', input.official);
    });
  }

  /** Records an office; CONFLICT when the official holds an office of that title there already. */
  assignOffice(input: OfficeInput): Promise<Official> {
    return this.write(async (tx, updatedAt) => {
      const targetLabel = LABEL_OF_TARGET[input.targetType];
      await this.require(tx, [{ label: 'Official', id: input.official, lock: true }, { label: targetLabel, id: input.target }]);
      const existing = (await tx.run('official/get-offices-of-officials', { ids: [input.official] })).find(
        (r) => r.targetLabel === targetLabel && r.targetId === input.target && r.title === input.title,
      );
      if (existing) throw conflict(`Official "${input.official}" holds the office "${input.title}" of ${targetLabel} "${input.target}" already`);
      const row = { official: input.official, target: input.target, title: input.title, source: input.source };
      await this.merge(tx, MERGE_OFFICES[targetLabel], [row], updatedAt, () => [{ label: targetLabel, id: input.target }]);
      return readNode<Official>(tx, 'Official', input.official);
    });
  }

  removeOffice(input: OfficeKeyInput): Promise<Official> {
    return this.write(async (tx) => {
      const targetLabel = LABEL_OF_TARGET[input.targetType];
      await this.require(tx, [{ label: 'Official', id: input.official, lock: true }, { label: targetLabel, id: input.target }]);
      const params = { official: input.official, targetLabel, target: input.target, title: input.title };
      await this.removeOne(tx, 'official/remove-office', params, 'Office', `Official "${input.official}" holds no office "${input.title}" of ${targetLabel} "${input.target}"`);
      return readNode<Official>(tx, 'Official', input.official);
    });
  }

  // ---- helpers ----------------------------------------------------------------------------------------------------

  private write<T>(work: (tx: TransactionScope, updatedAt: string) => Promise<T>): Promise<T> {
    return this.store.transaction((tx) => work(tx, this.clock().toISOString()));
  }

  /**
   * Checks that every referenced node exists (NOT_FOUND naming all that do not), locking those marked `lock`
   * in a stable order; returns the relationship census of the locked ones.
   */
  private async require(tx: TransactionScope, refs: Ref[]): Promise<Census> {
    const census: Census = new Map();
    const missing: Ref[] = [];
    for (const label of Object.keys(NODES) as NodeLabel[]) {
      const mine = refs.filter((r) => r.label === label);
      const locked = [...new Set(mine.filter((r) => r.lock).map((r) => r.id))].sort();
      const checked = [...new Set(mine.filter((r) => !r.lock).map((r) => r.id))].filter((id) => !locked.includes(id));
      const found = new Set<string>();
      if (locked.length) {
        const q = NODES[label];
        for (const row of await tx.run(q.lock, { [q.lockParam]: locked })) {
          const id = String(row[q.lockKey]);
          found.add(id);
          const counts = census.get(id) ?? {};
          if (row.type !== null) counts[String(row.type)] = Number(row.count);
          census.set(id, counts);
        }
      }
      if (checked.length) {
        const q = NODES[label];
        for (const row of await tx.run(q.get, { [q.getParam]: checked })) {
          const entity = row[q.getColumn] as Row;
          found.add(String(entity.id ?? entity.code));
        }
      }
      missing.push(...mine.filter((r) => !found.has(r.id)));
    }
    const unique = [...new Map(missing.map((m) => [`${m.label}:${m.id}`, { type: m.label, id: m.id }])).values()];
    if (unique.length) throw notFoundAll(unique);
    return census;
  }

  /**
   * Runs a batch write query and checks it wrote every row: a MATCH that finds no endpoint drops its row
   * silently (a node deleted since it was checked), which must not pass for success.
   */
  private async merge(tx: TransactionScope, query: QueryName, rows: object[], updatedAt: string, refs: () => { label: NodeLabel; id: string }[]): Promise<void> {
    const [result] = await tx.run(query, { rows, updatedAt });
    if (Number(result?.merged) !== rows.length) {
      const missing = refs();
      if (missing.length) throw notFoundAll(missing.map((m) => ({ type: m.label, id: m.id })));
      throw new Error(`${query} wrote ${result?.merged} of ${rows.length} rows`);
    }
  }

  /** Runs a removal that deletes one relationship; NOT_FOUND (with `message`) when there was none. */
  private async removeOne(tx: TransactionScope, query: QueryName, params: Record<string, unknown>, type: string, message: string): Promise<void> {
    const [result] = await tx.run(query, params);
    if (Number(result?.removed ?? 0) === 0) throw new AppError(ErrorCode.NOT_FOUND, message, { type });
  }
}

async function readNode<T>(tx: TransactionScope, label: NodeLabel, id: string): Promise<T> {
  const q = NODES[label];
  const [row] = await tx.run(q.get, { [q.getParam]: [id] });
  if (!row) throw new Error(`${label} "${id}" was written but cannot be read back`);
  return row[q.getColumn] as T;
}

async function readCity(tx: TransactionScope, id: string): Promise<City> {
  const [row] = await tx.run('city/get-cities-by-ids', { ids: [id] });
  if (!row) throw new Error(`City "${id}" was written but cannot be read back`);
  return toCity(row.city as Row);
}
