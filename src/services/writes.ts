// The rules of every single write (the mutations): each validates its input with the model's rules
// (BAD_USER_INPUT), runs in one store transaction, checks what it refers to (NOT_FOUND naming every missing node),
// refuses duplicates (CONFLICT), writes through the repositories and reads back what it changed. Any error rolls the
// transaction back: a refused write leaves the graph as it was.
import { conflict, DomainError, ErrorCode, notFoundAll } from '../model/errors';
import { NODE_LABELS, OFFICE_TARGET_LABEL, type Label } from '../model/graph';
import type {
  City,
  CityInput,
  CityOrganizationInput,
  DeleteInput,
  Deletion,
  HostingInput,
  MeetingInput,
  MeetingKeyInput,
  MembershipInput,
  Nation,
  NationInput,
  OfficeInput,
  OfficeKeyInput,
  Official,
  OfficialInput,
  Organization,
  OrganizationInput,
  PartnerPairInput,
  PartnershipInput,
} from '../model/records';
import type { InputKind } from '../model/inputs';
import { validInput } from '../model/validation';
import type { GraphStore } from '../store/graph-store';
import { repositories, type RelationshipCensus, type Repositories } from '../store/repositories';
import { clashMessage, idClashes } from './node-ids';

/** Relationships that belong to a node itself and do not stop its deletion. */
const OWN_RELATIONSHIPS: Partial<Record<Label, string[]>> = { City: ['LOCATED_IN'] };

interface Ref {
  label: Label;
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

  upsertNation(raw: NationInput): Promise<Nation> {
    return this.write('nation', raw, async (input: NationInput, repos, updatedAt) => {
      await this.merged(repos.nations.upsert([input], updatedAt), []);
      return readBack(repos.nations.getByKeys([input.code]), `Nation "${input.code}"`);
    });
  }

  upsertCity(raw: CityInput): Promise<City> {
    return this.write('city', raw, async (input: CityInput, repos, updatedAt) => {
      await uniqueId(repos, 'City', input.id);
      // No separate check of the nation: the upsert matches it, and writes no row without it (NOT_FOUND from
      // `merged`; the transaction, old location removed included, rolls back). One statement fewer per write.
      await repos.cities.removeOldLocations([{ id: input.id, nation: input.nation }]);
      await this.merged(repos.cities.upsert([input], updatedAt), [{ label: 'Nation', id: input.nation }]);
      return readCity(repos, input.id);
    });
  }

  upsertOrganization(raw: OrganizationInput): Promise<Organization> {
    return this.write('organization', raw, async (input: OrganizationInput, repos, updatedAt) => {
      await uniqueId(repos, 'Organization', input.id);
      await this.merged(repos.organizations.upsert([input], updatedAt), []);
      return readBack(repos.organizations.getByKeys([input.id]), `Organization "${input.id}"`);
    });
  }

  upsertOfficial(raw: OfficialInput): Promise<Official> {
    return this.write('official', raw, async (input: OfficialInput, repos, updatedAt) => {
      await uniqueId(repos, 'Official', input.id);
      await this.merged(repos.officials.upsert([input], updatedAt), []);
      return readOfficial(repos, input.id);
    });
  }

  /** Deletes a node; refuses (CONFLICT, listing them) while it has relationships, unless `detach`. */
  deleteNode(label: Label, raw: DeleteInput): Promise<Deletion> {
    return this.write('deletion', raw, async ({ id, detach }: DeleteInput, repos) => {
      const census = await this.require(repos, [{ label, id, lock: true }]);
      const counts = census.get(id) ?? {};
      const blocking = Object.entries(counts).filter(([type]) => !(OWN_RELATIONSHIPS[label] ?? []).includes(type));
      if (blocking.length > 0 && !detach) {
        const total = blocking.reduce((sum, [, n]) => sum + n, 0);
        const list = blocking.map(([type, n]) => `${type}: ${n}`).join(', ');
        throw conflict(
          `${label} "${id}" still has ${total} relationship${total === 1 ? '' : 's'} (${list}); pass detach: true to delete it together with ${total === 1 ? 'that relationship' : 'them'}`,
          { relationships: Object.fromEntries(blocking) },
        );
      }
      if (!(await repos.nodes(label).delete(id))) throw new Error(`${label} "${id}" was locked but not deleted`);
      const relationshipsRemoved = Object.values(counts).reduce((sum, n) => sum + n, 0);
      return { type: label, id, relationshipsRemoved };
    });
  }

  // ---- relationships ----------------------------------------------------------------------------------------------

  /** Creates the partnership of two cities; CONFLICT when they are partners already (in either order). */
  linkPartners(raw: PartnershipInput): Promise<City> {
    return this.write('partnership', raw, async (input: PartnershipInput, repos, updatedAt) => {
      const { cityA, cityB } = input;
      await this.require(repos, [{ label: 'City', id: cityA, lock: true }, { label: 'City', id: cityB, lock: true }]);
      const existing = (await repos.cities.partnershipsOf([cityA])).find((p) => p.city.id === cityB);
      if (existing) {
        throw conflict(`City "${cityA}" and City "${cityB}" are partners already (${existing.tier}${existing.since ? ` since ${existing.since}` : ''}); unlink them first to record another partnership`, {
          existing: { tier: existing.tier, since: existing.since, source: existing.source },
        });
      }
      await this.merged(repos.cities.mergePartnerships([input], updatedAt), [{ label: 'City', id: cityA }, { label: 'City', id: cityB }]);
      return readCity(repos, cityA);
    });
  }

  unlinkPartners(raw: PartnerPairInput): Promise<City> {
    return this.write('partnerPair', raw, async ({ cityA, cityB }: PartnerPairInput, repos) => {
      await this.require(repos, [{ label: 'City', id: cityA, lock: true }, { label: 'City', id: cityB, lock: true }]);
      removedOne(await repos.cities.unlinkPartners(cityA, cityB), 'Partnership', `City "${cityA}" and City "${cityB}" are not partners`);
      return readCity(repos, cityA);
    });
  }

  addMembership(raw: MembershipInput): Promise<City> {
    return this.write('membership', raw, async (input: MembershipInput, repos, updatedAt) => {
      await this.require(repos, [{ label: 'City', id: input.city, lock: true }, { label: 'Organization', id: input.organization }]);
      const existing = (await repos.organizations.membershipsOfCities([input.city])).find((m) => m.organizationId === input.organization);
      if (existing) {
        throw conflict(`City "${input.city}" is a member of Organization "${input.organization}" already`, {
          existing: { since: existing.since, role: existing.role, source: existing.source },
        });
      }
      await this.merged(repos.organizations.mergeMemberships([input], updatedAt), [{ label: 'Organization', id: input.organization }]);
      return readCity(repos, input.city);
    });
  }

  removeMembership(raw: CityOrganizationInput): Promise<City> {
    return this.write('cityOrganization', raw, async ({ city, organization }: CityOrganizationInput, repos) => {
      await this.require(repos, [{ label: 'City', id: city, lock: true }, { label: 'Organization', id: organization }]);
      removedOne(await repos.organizations.removeMembership(city, organization), 'Membership', `City "${city}" is not a member of Organization "${organization}"`);
      return readCity(repos, city);
    });
  }

  addHosting(raw: HostingInput): Promise<City> {
    return this.write('hosting', raw, async (input: HostingInput, repos, updatedAt) => {
      await this.require(repos, [{ label: 'City', id: input.city, lock: true }, { label: 'Organization', id: input.organization }]);
      const existing = (await repos.organizations.hostingsOfCities([input.city])).find((h) => h.organizationId === input.organization);
      if (existing) {
        throw conflict(`City "${input.city}" hosts an office of Organization "${input.organization}" already${existing.office ? ` (${existing.office})` : ''}`, {
          existing: { office: existing.office, source: existing.source },
        });
      }
      await this.merged(repos.organizations.mergeHostings([input], updatedAt), [{ label: 'Organization', id: input.organization }]);
      return readCity(repos, input.city);
    });
  }

  removeHosting(raw: CityOrganizationInput): Promise<City> {
    return this.write('cityOrganization', raw, async ({ city, organization }: CityOrganizationInput, repos) => {
      await this.require(repos, [{ label: 'City', id: city, lock: true }, { label: 'Organization', id: organization }]);
      removedOne(await repos.organizations.removeHosting(city, organization), 'Hosting', `City "${city}" hosts no office of Organization "${organization}"`);
      return readCity(repos, city);
    });
  }

  /** Records a meeting; CONFLICT when the two officials are recorded as meeting on that date already. */
  recordMeeting(raw: MeetingInput): Promise<Official> {
    return this.write('meeting', raw, async (input: MeetingInput, repos, updatedAt) => {
      await this.require(repos, [{ label: 'Official', id: input.official, lock: true }, { label: 'Official', id: input.with, lock: true }]);
      const existing = (await repos.officials.meetingsOf([input.official])).find((m) => m.otherId === input.with && m.on === input.on);
      if (existing) {
        throw conflict(`Official "${input.official}" and Official "${input.with}" are recorded as meeting on ${input.on} already`, {
          existing: { topics: existing.topics, source: existing.source },
        });
      }
      await this.merged(repos.officials.mergeMeetings([meetingRow(input)], updatedAt), []);
      return readOfficial(repos, input.official);
    });
  }

  removeMeeting(raw: MeetingKeyInput): Promise<Official> {
    return this.write('meetingKey', raw, async (input: MeetingKeyInput, repos) => {
      await this.require(repos, [{ label: 'Official', id: input.official, lock: true }, { label: 'Official', id: input.with, lock: true }]);
      const message = `Official "${input.official}" and Official "${input.with}" are not recorded as meeting on ${input.on}`;
      removedOne(await repos.officials.removeMeeting(input.official, input.with, input.on), 'Meeting', message);
      return readOfficial(repos, input.official);
    });
  }

  /** Records an office; CONFLICT when the official holds an office of that title there already. */
  assignOffice(raw: OfficeInput): Promise<Official> {
    return this.write('office', raw, async (input: OfficeInput, repos, updatedAt) => {
      const targetLabel = OFFICE_TARGET_LABEL[input.targetType];
      await this.require(repos, [{ label: 'Official', id: input.official, lock: true }, { label: targetLabel, id: input.target }]);
      const existing = (await repos.officials.officesOf([input.official])).find(
        (o) => o.targetType === input.targetType && o.targetId === input.target && o.title === input.title,
      );
      if (existing) throw conflict(`Official "${input.official}" holds the office "${input.title}" of ${targetLabel} "${input.target}" already`);
      const row = { official: input.official, target: input.target, title: input.title, source: input.source };
      await this.merged(repos.officials.mergeOffices(targetLabel, [row], updatedAt), [{ label: targetLabel, id: input.target }]);
      return readOfficial(repos, input.official);
    });
  }

  removeOffice(raw: OfficeKeyInput): Promise<Official> {
    return this.write('officeKey', raw, async (input: OfficeKeyInput, repos) => {
      const targetLabel = OFFICE_TARGET_LABEL[input.targetType];
      await this.require(repos, [{ label: 'Official', id: input.official, lock: true }, { label: targetLabel, id: input.target }]);
      const message = `Official "${input.official}" holds no office "${input.title}" of ${targetLabel} "${input.target}"`;
      removedOne(await repos.officials.removeOffice(input.official, targetLabel, input.target, input.title), 'Office', message);
      return readOfficial(repos, input.official);
    });
  }

  // ---- helpers ----------------------------------------------------------------------------------------------------

  /** Validates the input (nothing is opened for an invalid one), then runs `work` in one write transaction. */
  private write<I, T>(kind: InputKind, raw: object, work: (input: I, repos: Repositories, updatedAt: string) => Promise<T>): Promise<T> {
    const input = validInput<I>(kind, raw);
    return this.store.transaction((tx) => work(input, repositories(tx), this.clock().toISOString()));
  }

  /**
   * Checks that every referenced node exists (NOT_FOUND naming all that do not), locking those marked `lock`
   * in a stable order; returns the relationship census of the locked ones.
   */
  private async require(repos: Repositories, refs: Ref[]): Promise<RelationshipCensus> {
    const census: RelationshipCensus = new Map();
    const missing: Ref[] = [];
    for (const label of NODE_LABELS) {
      const mine = refs.filter((r) => r.label === label);
      const locked = [...new Set(mine.filter((r) => r.lock).map((r) => r.id))].sort();
      const checked = [...new Set(mine.filter((r) => !r.lock).map((r) => r.id))].filter((id) => !locked.includes(id));
      const repository = repos.nodes(label);
      const found = new Set<string>();
      for (const [id, counts] of await repository.lock(locked)) {
        found.add(id);
        census.set(id, counts);
      }
      for (const entity of await repository.getByKeys(checked)) found.add(repository.keyOf(entity));
      missing.push(...mine.filter((r) => !found.has(r.id)));
    }
    const unique = [...new Map(missing.map((m) => [`${m.label}:${m.id}`, { type: m.label, id: m.id }])).values()];
    if (unique.length) throw notFoundAll(unique);
    return census;
  }

  /**
   * Checks that a batch write wrote its one row: a MATCH that finds no endpoint drops its row silently (a node
   * deleted since it was checked), which must not pass for success.
   */
  private async merged(count: Promise<number>, refs: { label: Label; id: string }[]): Promise<void> {
    if ((await count) === 1) return;
    if (refs.length) throw notFoundAll(refs.map((m) => ({ type: m.label, id: m.id })));
    throw new Error(`a write wrote ${await count} of 1 rows`);
  }
}

/** The meeting as the write statement takes it: `with` is a Cypher keyword, so the other official is `other`. */
export function meetingRow(m: { official: unknown; with: unknown; on: unknown; topics?: unknown; source: unknown }): object {
  return { official: m.official, other: m.with, on: m.on, topics: m.topics ?? [], source: m.source };
}

/** CONFLICT when a node of another label has the id (ids are global ids, unique across labels). */
async function uniqueId(repos: Repositories, label: Label, id: string): Promise<void> {
  const [clash] = await idClashes(repos, [{ label, id }]);
  if (clash) throw conflict(`${label} ${clashMessage(clash)}`, { id, takenBy: clash.takenBy });
}

/** NOT_FOUND (with `message`) when a removal found nothing to remove. */
function removedOne(count: number, type: string, message: string): void {
  if (count === 0) throw new DomainError(ErrorCode.NOT_FOUND, message, { type });
}

async function readBack<T>(found: Promise<T[]>, what: string): Promise<T> {
  const [entity] = await found;
  if (!entity) throw new Error(`${what} was written but cannot be read back`);
  return entity;
}

const readCity = (repos: Repositories, id: string) => readBack(repos.cities.getByKeys([id]), `City "${id}"`);
const readOfficial = (repos: Repositories, id: string) => readBack(repos.officials.getByKeys([id]), `Official "${id}"`);
