// The cross-city and whole-graph questions: partners sharing organizations, shared organizations, paths,
// neighbourhoods, the co-membership network and organization overlap. Plain records in and out; unknown ids are
// NOT_FOUND, arguments out of their rules BAD_USER_INPUT.
import { badInput, notFound } from '../model/errors';
import { canonicalTypes, type OrganizationCategory, type RelType } from '../model/graph';
import type { City, Nation, NodeRef, Organization } from '../model/records';
import type { CoMembershipRecord, PathRecord, Repositories } from '../store/repositories';
import { neighborhood, shortestPaths, MAX_HOPS_CAP, type SubgraphRecord } from './paths';

export { MAX_HOPS_CAP };
export const MAX_PATHS = 1000;
export const MAX_DEPTH = 3;
export const MAX_SUBGRAPH_NODES = 1000;
export const MAX_CO_MEMBERSHIPS = 5000;
export const MAX_OVERLAP_CITIES = 50;
/**
 * The most city pairs the co-membership network may compare (the sum over organizations of m·(m−1)/2 for m
 * member cities): its cost grows with this number whatever `minShared` and `limit` are. About 3 s on the embedded
 * engine (5.6 µs a pair measured on a synthetic graph); a synthetic 10,000-city, 100,000-relationship graph with
 * skewed memberships compares 21 million.
 */
export const MAX_CO_MEMBERSHIP_PAIRS = 500_000;

export interface SharedOrganizationsRecord {
  partner: City;
  /** The partner's nation, read in the same statement (null when it is located nowhere). */
  partnerNation: Nation | null;
  organizations: Organization[];
  sharedCount: number;
}

export interface OverlapRecord {
  cities: City[];
  counts: number[][];
}

export class TraversalService {
  constructor(private readonly repos: Repositories) {}

  /** Which partners of a city are members of the same organizations, and of which; most shared first (the first `limit`, or all). */
  async partnersSharingOrganizations(cityId: string, minShared: number, limit: number | null = null): Promise<SharedOrganizationsRecord[]> {
    // One store query: the partners, and whether the city exists.
    const found = await this.repos.graph.partnersSharingOrganizations(cityId, minShared, limit);
    if (found === null) throw notFound('City', cityId);
    return found;
  }

  /** The organizations two different cities are both members of, by name. */
  async sharedOrganizations(cityA: string, cityB: string): Promise<Organization[]> {
    if (cityA === cityB) throw badInput('cityA and cityB must be two different cities', 'cityB');
    await this.requireCities([cityA, cityB]);
    return this.repos.graph.sharedOrganizations(cityA, cityB);
  }

  /** The partner cities two different cities have in common, by name. */
  async commonPartners(cityA: string, cityB: string): Promise<City[]> {
    if (cityA === cityB) throw badInput('cityA and cityB must be two different cities', 'cityB');
    await this.requireCities([cityA, cityB]);
    return this.repos.graph.commonPartners(cityA, cityB);
  }

  /** Shortest paths between two nodes of any label over `via` (every type when omitted), ignoring direction. */
  async shortestPaths(fromId: string, toId: string, options: { via?: readonly RelType[] | null; maxHops: number; limit: number; mode: 'one' | 'all' }): Promise<PathRecord[]> {
    const [from, to] = await this.resolveIds([fromId, toId]);
    return shortestPaths(this.repos.graph, from, to, { ...options, types: canonicalTypes(options.via) });
  }

  /** The nodes within `depth` hops of a node and every relationship among them. */
  async neighborhood(id: string, options: { via?: readonly RelType[] | null; depth: number; limit: number }): Promise<SubgraphRecord> {
    const [centre] = await this.resolveIds([id]);
    return neighborhood(this.repos.graph, centre, { types: canonicalTypes(options.via), depth: options.depth, limit: options.limit });
  }

  /** Pairs of cities sharing organizations (of one category, if given), strongest first; refused above the pair cap. */
  async coMembershipNetwork(options: { category: OrganizationCategory | null; minShared: number; limit: number }): Promise<CoMembershipRecord[]> {
    const pairs = await this.repos.graph.countCoMembershipPairs(options.category);
    if (pairs > MAX_CO_MEMBERSHIP_PAIRS) {
      throw badInput(
        `The co-membership network of ${options.category ? `${options.category} organizations` : 'every organization'} would compare ` +
          `${pairs.toLocaleString('en')} pairs of member cities, above the cap of ${MAX_CO_MEMBERSHIP_PAIRS.toLocaleString('en')}: ` +
          'choose a category, or compare chosen cities with organizationOverlap',
        'category',
      );
    }
    return this.repos.graph.coMembershipNetwork(options);
  }

  /** Shared-organization counts among the given cities, in the order given; the diagonal is each city's own count. */
  async organizationOverlap(cityIds: readonly string[], category: OrganizationCategory | null): Promise<OverlapRecord> {
    const repeated = cityIds.find((id, i) => cityIds.indexOf(id) !== i);
    if (repeated !== undefined) throw badInput(`cityIds lists "${repeated}" more than once`, 'cityIds');
    const cities = await this.requireCities(cityIds);
    const memberships = cityIds.length ? await this.repos.organizations.membershipsOfCities(cityIds) : [];
    let inCategory = (_organizationId: string) => true;
    if (category) {
      const organizations = await this.repos.organizations.getByKeys([...new Set(memberships.map((m) => m.organizationId))]);
      const chosen = new Set(organizations.filter((o) => o.category === category).map((o) => o.id));
      inCategory = (id) => chosen.has(id);
    }
    const sets = cityIds.map((id) => new Set(memberships.filter((m) => m.cityId === id && inCategory(m.organizationId)).map((m) => m.organizationId)));
    const counts = sets.map((a) => sets.map((b) => [...a].filter((id) => b.has(id)).length));
    return { cities, counts };
  }

  /** The node each id names (ids are unique across labels); NOT_FOUND naming the first id that names none. */
  async resolveIds(ids: string[]): Promise<NodeRef[]> {
    const found = await this.repos.graph.findNodes([...new Set(ids)]);
    return ids.map((id) => {
      const refs = found.filter((ref) => ref.id === id);
      if (refs.length === 0) throw notFound('Node', id);
      // Ids are unique across labels by construction (slugs, upper-case ISO codes); a collision is a data error.
      if (refs.length > 1) throw new Error(`Node id "${id}" names several nodes: ${refs.map((r) => r.label).join(', ')}`);
      return refs[0];
    });
  }

  /** The cities with these ids, in the order given; NOT_FOUND naming the first that does not exist. */
  private async requireCities(ids: readonly string[]): Promise<City[]> {
    const found = new Map((await this.repos.cities.getByKeys([...new Set(ids)])).map((c) => [c.id, c]));
    return ids.map((id) => {
      const city = found.get(id);
      if (!city) throw notFound('City', id);
      return city;
    });
  }
}
