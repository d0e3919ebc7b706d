// Per-request DataLoaders, built from the repositories: every nested field batches its keys into one query per
// relationship level, so a nested query costs one store call per level whatever the number of parent nodes.
import DataLoader from 'dataloader';
import { OFFICE_TARGET_LABEL, type OfficeTargetType } from '../model/graph';
import type { City, Hosting, Meeting, Membership, Nation, Office, OfficeHolding, Official, Organization, Partnership } from '../model/records';
import type { GraphStore } from '../store/graph-store';
import { repositories } from '../store/repositories';
import type { NodeRepository } from '../store/repositories/nodes';
import type { Label } from '../model/graph';
import type { Relation } from '../model/query';
import type { Page } from '../services/catalog';
import { SearchService, type ListArgs, type RelatedItem, type Tally } from '../services/search';
import type { Mention, EventLink, PolicyProject, Ranking, ReportRef } from '../model/report-records';

export type Loaders = ReturnType<typeof createLoaders>;

/** One entity per key, or null; rows come back in any order, so they are matched by key. */
function entities<T>(repository: NodeRepository<T>) {
  return new DataLoader<string, T | null>(async (keys) => {
    const found = new Map((await repository.getByKeys(keys)).map((e) => [repository.keyOf(e), e]));
    return keys.map((k) => found.get(k) ?? null);
  });
}

/** A list per key (empty when nothing matches), keeping the repository's order within each key. */
function lists<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (item: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const item of await fetch(keys)) groups.get(keyOf(item))?.push(item);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Arguments as a stable text (dates as ISO strings): the key of their loaders. */
const signatureOf = (relation: Relation, args: unknown) => `${relation.from}.${relation.name}|${JSON.stringify(args ?? null)}`;

export function createLoaders(store: GraphStore, signal?: AbortSignal) {
  const repos = repositories(store.cancellable(signal));
  const search = new SearchService(repos);
  const nation = entities<Nation>(repos.nations);
  /** A city comes with its nation, which primes the nation loader: `city { nation { name } }` is one query. */
  const city = new DataLoader<string, City | null>(async (ids) => {
    const found = new Map<string, City>();
    for (const row of await repos.cities.getWithNations(ids)) {
      found.set(row.city.id, row.city);
      if (row.nation) nation.prime(row.nation.code, row.nation);
    }
    return ids.map((id) => found.get(id) ?? null);
  });
  const related = new Map<string, DataLoader<string, Page<RelatedItem<object>>>>();
  const counts = new Map<string, DataLoader<string, number>>();
  const tallies = new Map<string, DataLoader<string, Tally[]>>();
  /** One DataLoader per distinct arguments: sibling fields asking alike share one batch. */
  const loaderOf = <V>(cache: Map<string, DataLoader<string, V>>, signature: string, batch: (keys: readonly string[]) => Promise<Map<string, V>>, missing: V) => {
    if (!cache.has(signature)) {
      cache.set(signature, new DataLoader<string, V>(async (keys) => {
        const found = await batch(keys);
        return keys.map((k) => found.get(k) ?? missing);
      }));
    }
    return cache.get(signature)!;
  };
  const byLabel = new Map<Label, DataLoader<string, object | null>>();
  const report = {
    /** The loader of nodes of a label, for GraphNode fields that reach any label. */
    byLabel: (label: Label): DataLoader<string, object | null> => {
      if (!byLabel.has(label)) byLabel.set(label, entities<object>(repos.nodes(label)));
      return byLabel.get(label)!;
    },
    rankingsOfCity: lists<{ cityId: string; ranking: Ranking }>((ids) => repos.report.rankingsOf(ids), (r) => r.cityId),
    projectsOf: lists<{ key: string; relation: 'SHARES' | 'RECEIVES'; project: PolicyProject }>((ids) => repos.report.projectsOf(ids), (r) => r.key),
    endsOfProject: lists<{ project: string; relation: 'SHARES' | 'RECEIVES'; node: ReportRef }>((ids) => repos.report.endsOfProjects(ids), (r) => r.project),
    linksOfEvent: lists<EventLink>((ids) => repos.report.linksOfEvents(ids), (l) => l.event),
    mentionsOf: lists<Mention>((ids) => repos.report.mentionsOf(ids), (m) => m.official),
  };
  return {
    /** A page over `relation` per start node, one batch per distinct set of arguments. */
    related: (relation: Relation, args: ListArgs) =>
      loaderOf(related, signatureOf(relation, args), (keys) => search.related<object>(relation, keys, args), undefined as unknown as Page<RelatedItem<object>>),
    /** How many of `relation` match `where` per start node. */
    relatedCount: (relation: Relation, where: unknown) =>
      loaderOf(counts, signatureOf(relation, where), (keys) => search.countRelated(relation, keys, search.parseRelated(relation, { where }).where), 0),
    /** The same, counted by a dimension. */
    relatedTally: (relation: Relation, where: unknown, by: string) =>
      loaderOf(tallies, `${signatureOf(relation, where)}|${by}`, (keys) => search.countRelatedBy(relation, keys, search.parseRelated(relation, { where }).where, by), []),
    /** The label of the node with this id (ids are unique across labels), or null. */
    nodeLabel: new DataLoader<string, Label | null>(async (ids) => {
      const found = new Map<string, Label>();
      for (const ref of await repos.graph.findNodes(ids)) {
        if (found.has(ref.id)) throw new Error(`Two nodes share the id "${ref.id}" (${found.get(ref.id)} and ${ref.label})`);
        found.set(ref.id, ref.label);
      }
      return ids.map((id) => found.get(id) ?? null);
    }),
    ...report,
    rankingsOfCity: { load: async (id: string) => (await report.rankingsOfCity.load(id)).map((r) => r.ranking) },
    city,
    nation,
    organization: entities<Organization>(repos.organizations),
    official: entities<Official>(repos.officials),
    partnerships: lists<Partnership>(async (ids) => {
      const partnerships = await repos.cities.partnershipsOf(ids);
      for (const p of partnerships) city.prime(p.city.id, p.city); // the partner's own fields need no second query
      return partnerships;
    }, (p) => p.cityId),
    citiesOfNation: lists<{ code: string; city: City }>((codes) => repos.cities.ofNations(codes), (r) => r.code),
    membershipsOfCity: lists<Membership>((ids) => repos.organizations.membershipsOfCities(ids), (m) => m.cityId),
    membershipsOfOrganization: lists<Membership>((ids) => repos.organizations.membershipsOfOrganizations(ids), (m) => m.organizationId),
    hostingsOfCity: lists<Hosting>((ids) => repos.organizations.hostingsOfCities(ids), (h) => h.cityId),
    hostingsOfOrganization: lists<Hosting>((ids) => repos.organizations.hostingsOfOrganizations(ids), (h) => h.organizationId),
    officesOfOfficial: lists<Office>((ids) => repos.officials.officesOf(ids), (o) => o.officialId),
    meetingsOfOfficial: lists<Meeting>((ids) => repos.officials.meetingsOf(ids), (m) => m.officialId),
    /** Keys are `${OfficeTargetType}:${id}`. */
    officeHolders: lists<OfficeHolding & { key: string }>(
      (keys) =>
        repos.officials.holdersOf(
          keys.map((key) => {
            const [type, ...id] = key.split(':');
            return { label: OFFICE_TARGET_LABEL[type as OfficeTargetType], id: id.join(':') };
          }),
        ),
      (holding) => {
        // The repository keys holders by label (`City:seoul`); the loader by target type (`CITY:seoul`).
        const [label, ...id] = holding.key.split(':');
        return `${label.toUpperCase()}:${id.join(':')}`;
      },
    ),
  };
}
