// Every query of the catalogue runs on the embedded engine against the mini-graph fixture: read queries with sample
// parameters, returning the columns their `// @returns` header promises and the rows the fixture implies; write
// queries of the seed loader re-run on a seeded graph without changing it (idempotent); the other write queries (mutations,
// import) run on a freshly seeded graph, each sample in order, checking their rows and the counts they leave.
import path from 'node:path';
import { loadSeed, readSeed } from '../../src/seed/seed';
import { writeSteps, type WriteStep } from '../../src/services/import';
import { repositories } from '../../src/store/repositories';
import { columns, CREATE_COLUMNS, type CreatableSection } from '../../src/store/repositories/imports';
import type { GraphStore } from '../../src/store/graph-store';
import type { Params, Row } from '../../src/store/port';
import { QUERY_NAMES, type QueryName } from '../../src/store/queries';
import type { CypherStatement } from '../../src/store/registry';
import { openTestStore } from '../support/engine';
import { REPORT_COUNTS, REPORT_SAMPLES, REPORT_WRITE_NAMES } from './report-samples';

const fixture = readSeed(path.join(__dirname, '../fixtures/mini-graph.json'));

async function open(): Promise<GraphStore> {
  const { store } = await openTestStore();
  return store;
}

interface Sample {
  params: Params;
  /** What the fixture implies for these parameters. */
  check: (rows: Row[]) => void;
  /** Write queries: the node and relationship counts that differ from the fixture's after this sample ran. */
  changes?: { nodes?: Record<string, number>; relationships?: Record<string, number> };
  /** Run before the sample (what the fixture lacks: import journal entries); `cleanup` after it. */
  setup?: (store: GraphStore) => Promise<unknown>;
  cleanup?: (store: GraphStore) => Promise<unknown>;
}

// ---- helpers for the expectations -------------------------------------------------------------------------------

const col = (rows: Row[], ...path: string[]) =>
  rows.map((row) => path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], row));
/** For queries without ORDER BY (batch lookups): the store shuffles unordered rows, so compare sorted. */
const sorted = (values: unknown[]) => [...values].map(String).sort();
const expectCount = (n: number) => (rows: Row[]) => expect(rows).toEqual([{ count: n }]);
const cityFilters = { nation: null, continent: null, kind: null, tier: null, partnerOf: null, nameContains: null };
const firstPage = { afterName: null, afterId: null, limit: 10 };
const orgFilters = { category: null, memberCity: null, nameContains: null };
/** ICLEI (i) in the fixture states no member counts. */
const noMembers = { memberCount: null, memberCountApproximate: null, memberNations: null };
/** The report's labels in the per-label id lists of the traversal queries. */
const noReportNodes = { policyProjects: [], rankings: [], events: [], statedFigures: [] };

/** Node and relationship counts the fixture implies (one LOCATED_IN per city). */
const expectedCounts = {
  nodes: {
    City: fixture.cities.length,
    Nation: fixture.nations.length,
    Official: fixture.officials.length,
    Organization: fixture.organizations.length,
    ...REPORT_COUNTS.nodes,
  },
  relationships: {
    HOLDS_OFFICE: fixture.offices.length,
    HOSTS: fixture.hostings.length,
    LOCATED_IN: fixture.cities.length,
    MEMBER_OF: fixture.memberships.length,
    MET_WITH: fixture.meetings.length,
    SISTER_OF: fixture.partnerships.length,
    ...REPORT_COUNTS.relationships,
  },
};

/** The parameters of a CREATE_NEW statement: its rows as columns, as ImportRepository.create passes them. */
const createColumns = (section: CreatableSection, rows: object[]) => columns(rows, CREATE_COLUMNS[section]);
const merged = (n: number) => (rows: Row[]) => expect(rows).toEqual([{ merged: n }]);
/** A nation of the fixture as the reads return it (nation/get-nations-by-codes' columns). */
const fixtureNation = (code: string) => ({ ...fixture.nations.find((n) => n.code === code), updatedAt: null });
/** The `updatedAt` the write samples stamp. */
const T = '2024-05-01T12:00:00.000Z';
const meetingRows = fixture.meetings.map(({ with: other, ...m }) => ({ ...m, other }));
/** Two entries of an import's undo journal (chunks 0 and 1). */
const journalEntries = (store: GraphStore) =>
  Promise.all([0, 1].map((chunk) => store.run('import/write-journal-entry', { importId: 'imp', chunk, writtenAt: 1000 + chunk, undo: `{"chunk":${chunk}}` })));
const pairsOf = (rows: Row[], ...keys: string[]) => rows.map((r) => keys.map((k) => r[k]).join(' ')).sort();

// ---- sample parameters: one entry per catalogue name (a new query fails the test until it gets one) -------------

const SAMPLES: Record<QueryName, Sample[]> = {
  'city/get-cities-by-ids': [
    {
      params: { ids: ['seoul', 'nowhere', 'bonn'] },
      check: (rows) => {
        expect(sorted(col(rows, 'city', 'id'))).toEqual(['bonn', 'seoul']);
        expect(rows.find((r) => (r.city as Row).id === 'seoul')?.city).toEqual({
          id: 'seoul', name: 'Seoul', kind: 'CITY', latitude: 37.566, longitude: 126.9784, geonameId: 1835848, locationSource: 's', source: 's', updatedAt: null, nation: 'KR',
        });
        // The nation whole, as nation/get-nations-by-codes returns it.
        expect(rows.find((r) => (r.city as Row).id === 'seoul')?.nation).toEqual(fixtureNation('KR'));
        // Bonn has no location: its location fields are null.
        expect(rows.find((r) => (r.city as Row).id === 'bonn')?.city).toMatchObject({ latitude: null, longitude: null, geonameId: null, locationSource: null });
      },
    },
    { params: { ids: [] }, check: (rows) => expect(rows).toEqual([]) },
  ],
  'city/list-cities': [
    { params: { ...cityFilters, ...firstPage }, check: (rows) => expect(col(rows, 'city', 'id')).toEqual(['berlin', 'bonn', 'paris', 'seoul']) },
    { params: { ...cityFilters, ...firstPage, nation: 'DE' }, check: (rows) => expect(col(rows, 'city', 'id')).toEqual(['berlin', 'bonn']) },
    { params: { ...cityFilters, ...firstPage, tier: 'SISTER' }, check: (rows) => expect(col(rows, 'city', 'id')).toEqual(['paris', 'seoul']) },
    { params: { ...cityFilters, ...firstPage, partnerOf: 'seoul' }, check: (rows) => expect(col(rows, 'city', 'id')).toEqual(['berlin', 'paris']) },
    { params: { ...cityFilters, ...firstPage, tier: 'FRIENDSHIP', partnerOf: 'paris' }, check: (rows) => expect(rows).toEqual([]) },
    { params: { ...cityFilters, ...firstPage, nameContains: 'ER' }, check: (rows) => expect(col(rows, 'city', 'id')).toEqual(['berlin']) },
    { params: { ...cityFilters, ...firstPage, kind: 'CITY', limit: 2 }, check: (rows) => expect(col(rows, 'city', 'id')).toEqual(['berlin', 'bonn']) },
    {
      params: { ...cityFilters, afterName: 'Bonn', afterId: 'bonn', limit: 1 },
      check: (rows) => expect(col(rows, 'city', 'id')).toEqual(['paris']),
    },
  ],
  'city/count-cities': [
    { params: { ...cityFilters }, check: expectCount(fixture.cities.length) },
    { params: { ...cityFilters, tier: 'FRIENDSHIP' }, check: expectCount(2) },
    { params: { ...cityFilters, nation: 'KR', partnerOf: 'paris' }, check: expectCount(1) },
    { params: { ...cityFilters, nation: 'DE', kind: 'CITY', nameContains: 'bo' }, check: expectCount(1) },
  ],
  'city/get-partnerships-of-cities': [
    {
      // Read undirected: paris sees seoul although the fixture stores the pair as (seoul, paris).
      params: { ids: ['seoul', 'paris', 'bonn'] },
      check: (rows) =>
        expect(rows.map((r) => [r.cityId, r.partnerId, r.tier, r.since, r.source, r.partnerNation])).toEqual([
          ['paris', 'seoul', 'SISTER', 1991, 's', 'KR'],
          ['seoul', 'berlin', 'FRIENDSHIP', null, 's', 'DE'],
          ['seoul', 'paris', 'SISTER', 1991, 's', 'FR'],
        ]),
    },
  ],
  'city/get-cities-of-nations': [
    {
      params: { codes: ['KR', 'XX', 'DE'] },
      check: (rows) => expect(rows.map((r) => [r.code, (r.city as Row).id, (r.city as Row).nation])).toEqual([
        ['DE', 'berlin', 'DE'],
        ['DE', 'bonn', 'DE'],
        ['KR', 'seoul', 'KR'],
      ]),
    },
  ],
  'nation/get-nations-by-codes': [
    { params: { codes: ['FR', 'XX'] }, check: (rows) => expect(rows).toEqual([{ nation: { code: 'FR', name: 'France', continent: 'EUROPE', continentSource: 's', source: 's', updatedAt: null } }]) },
  ],
  'nation/list-nations': [
    { params: { nameContains: null, continent: null, ...firstPage }, check: (rows) => expect(col(rows, 'nation', 'code')).toEqual(['FR', 'DE', 'KR']) },
    { params: { nameContains: 'AN', continent: null, ...firstPage }, check: (rows) => expect(col(rows, 'nation', 'code')).toEqual(['FR', 'DE']) },
    { params: { nameContains: null, continent: null, afterName: 'France', afterId: 'FR', limit: 1 }, check: (rows) => expect(col(rows, 'nation', 'code')).toEqual(['DE']) },
  ],
  'nation/count-nations': [
    { params: { nameContains: null, continent: null }, check: expectCount(fixture.nations.length) },
    { params: { nameContains: 'an', continent: null }, check: expectCount(2) },
  ],
  'organization/get-organizations-by-ids': [
    {
      params: { ids: ['m', 'nowhere', 'i'] },
      check: (rows) => {
        expect(sorted(col(rows, 'organization', 'id'))).toEqual(['i', 'm']);
        expect(rows.find((r) => (r.organization as Row).id === 'i')?.organization).toEqual({ ...noMembers, ...fixture.organizations.find((o) => o.id === 'i'), updatedAt: null });
        expect(rows.find((r) => (r.organization as Row).id === 'm')?.organization).toMatchObject({ memberCount: 171, memberCountApproximate: false, memberNations: null });
      },
    },
  ],
  'organization/list-organizations': [
    { params: { ...orgFilters, ...firstPage }, check: (rows) => expect(col(rows, 'organization', 'id')).toEqual(['i', 'm']) },
    { params: { ...orgFilters, ...firstPage, memberCity: 'paris' }, check: (rows) => expect(col(rows, 'organization', 'id')).toEqual(['m']) },
    {
      params: { ...orgFilters, ...firstPage, category: 'QUASI_GOVERNMENTAL', nameContains: 'icl' },
      check: (rows) => expect(col(rows, 'organization', 'id')).toEqual(['i']),
    },
    { params: { ...orgFilters, afterName: 'ICLEI', afterId: 'i', limit: 10 }, check: (rows) => expect(col(rows, 'organization', 'id')).toEqual(['m']) },
  ],
  'organization/count-organizations': [
    { params: { ...orgFilters }, check: expectCount(fixture.organizations.length) },
    { params: { ...orgFilters, memberCity: 'bonn' }, check: expectCount(1) },
    { params: { ...orgFilters, memberCity: 'seoul', category: 'QUASI_GOVERNMENTAL' }, check: expectCount(1) },
  ],
  'organization/get-memberships-of-cities': [
    {
      params: { ids: ['seoul', 'bonn'] },
      check: (rows) => expect(rows).toEqual([
        { cityId: 'bonn', organizationId: 'i', since: null, role: null, source: 's', updatedAt: null },
        { cityId: 'seoul', organizationId: 'i', since: 1999, role: null, source: 's', updatedAt: null },
        { cityId: 'seoul', organizationId: 'm', since: 1987, role: 'exec', source: 's', updatedAt: null },
      ]),
    },
  ],
  'organization/get-memberships-of-organizations': [
    {
      params: { ids: ['i', 'nowhere'] },
      check: (rows) => {
        expect(rows.map((r) => [r.organizationId, r.cityId])).toEqual([['i', 'berlin'], ['i', 'bonn'], ['i', 'seoul']]);
        expect(rows.find((r) => r.cityId === 'seoul')).toMatchObject({ since: 1999, role: null, source: 's' });
      },
    },
  ],
  'organization/get-hostings-of-cities': [
    { params: { ids: ['seoul', 'paris'] }, check: (rows) => expect(rows).toEqual([{ cityId: 'seoul', organizationId: 'i', office: 'secretariat', source: 's', updatedAt: null }]) },
  ],
  'organization/get-hostings-of-organizations': [
    { params: { ids: ['m', 'i'] }, check: (rows) => expect(rows).toEqual([{ cityId: 'seoul', organizationId: 'i', office: 'secretariat', source: 's', updatedAt: null }]) },
  ],
  'official/get-officials-by-ids': [
    { params: { ids: ['lee', 'nowhere'] }, check: (rows) => expect(rows).toEqual([{ official: { id: 'lee', name: 'Lee', title: 'SG', source: 's', updatedAt: null } }]) },
  ],
  'official/list-officials': [
    { params: { nameContains: null, ...firstPage }, check: (rows) => expect(col(rows, 'official', 'id')).toEqual(['amb', 'lee']) },
    { params: { nameContains: 'LE', ...firstPage }, check: (rows) => expect(col(rows, 'official', 'id')).toEqual(['lee']) },
    { params: { nameContains: null, afterName: 'Amb', afterId: 'amb', limit: 1 }, check: (rows) => expect(col(rows, 'official', 'id')).toEqual(['lee']) },
  ],
  'official/count-officials': [
    { params: { nameContains: null }, check: expectCount(fixture.officials.length) },
    { params: { nameContains: 'mb' }, check: expectCount(1) },
  ],
  'official/get-offices-of-officials': [
    {
      params: { ids: ['lee', 'amb'] },
      check: (rows) => expect(rows.map((r) => [r.officialId, r.targetLabel, r.targetId, r.title, r.source])).toEqual([
        ['amb', 'Nation', 'FR', 'Amb', 's'],
        ['lee', 'City', 'seoul', 'x', 's'],
        ['lee', 'Organization', 'm', 'SG', 's'],
      ]),
    },
  ],
  'official/get-office-holders-of-targets': [
    {
      // The label is part of the key: 'seoul' as a Nation and 'FR' as a City match nothing.
      params: {
        keys: [
          { label: 'City', id: 'seoul' },
          { label: 'Nation', id: 'FR' },
          { label: 'Organization', id: 'm' },
          { label: 'Nation', id: 'seoul' },
          { label: 'City', id: 'FR' },
        ],
      },
      check: (rows) => expect(rows).toEqual([
        { key: 'City:seoul', officialId: 'lee', title: 'x', source: 's', updatedAt: null },
        { key: 'Nation:FR', officialId: 'amb', title: 'Amb', source: 's', updatedAt: null },
        { key: 'Organization:m', officialId: 'lee', title: 'SG', source: 's', updatedAt: null },
      ]),
    },
  ],
  'official/get-meetings-of-officials': [
    {
      // Read undirected: the one stored meeting shows for both officials.
      params: { ids: ['lee', 'amb'] },
      check: (rows) => expect(rows).toEqual([
        { officialId: 'amb', otherId: 'lee', on: '2019-04', topics: ['a', 'b'], source: 's', updatedAt: null },
        { officialId: 'lee', otherId: 'amb', on: '2019-04', topics: ['a', 'b'], source: 's', updatedAt: null },
      ]),
    },
  ],
  'traversal/partners-sharing-organizations': [
    {
      params: { cityId: 'seoul', minShared: 1, limit: null },
      check: (rows) => {
        expect(rows).toHaveLength(1);
        expect(rows[0].found).toBe(1);
        const partners = rows[0].partners as Row[];
        expect(partners.map((r) => [(r.partner as Row).id, r.sharedCount, col(r.organizations as Row[], 'id')])).toEqual([
          ['berlin', 2, ['i', 'm']],
          ['paris', 1, ['m']],
        ]);
        expect((partners[0].organizations as Row[])[0]).toEqual({ ...noMembers, ...fixture.organizations.find((o) => o.id === 'i'), updatedAt: null });
        // Each partner's nation whole, as nation/get-nations-by-codes returns it.
        expect(partners.map((r) => r.nation)).toEqual([fixtureNation('DE'), fixtureNation('FR')]);
      },
    },
    { params: { cityId: 'seoul', minShared: 2, limit: null }, check: (rows) => expect(col(rows[0].partners as Row[], 'partner', 'id')).toEqual(['berlin']) },
    // The first `limit` of the same order; a limit beyond the partners keeps them all.
    { params: { cityId: 'seoul', minShared: 1, limit: 1 }, check: (rows) => expect(col(rows[0].partners as Row[], 'partner', 'id')).toEqual(['berlin']) },
    { params: { cityId: 'seoul', minShared: 1, limit: 5 }, check: (rows) => expect(col(rows[0].partners as Row[], 'partner', 'id')).toEqual(['berlin', 'paris']) },
    // bonn shares ICLEI with seoul and berlin but has no partners: one row, found, no partners; an unknown city: not found.
    { params: { cityId: 'bonn', minShared: 1, limit: null }, check: (rows) => expect(rows).toEqual([{ partners: [], found: 1 }]) },
    { params: { cityId: 'atlantis', minShared: 1, limit: null }, check: (rows) => expect(rows).toEqual([{ partners: [], found: 0 }]) },
  ],
  'traversal/common-partners': [
    { params: { cityA: 'paris', cityB: 'berlin' }, check: (rows) => expect(col(rows, 'city', 'id')).toEqual(['seoul']) },
    { params: { cityA: 'berlin', cityB: 'paris' }, check: (rows) => expect(col(rows, 'city', 'id')).toEqual(['seoul']) },
    { params: { cityA: 'seoul', cityB: 'paris' }, check: (rows) => expect(rows).toEqual([]) },
  ],
  'traversal/shared-organizations': [
    { params: { cityA: 'seoul', cityB: 'berlin' }, check: (rows) => expect(col(rows, 'organization', 'id')).toEqual(['i', 'm']) },
    { params: { cityA: 'bonn', cityB: 'seoul' }, check: (rows) => expect(col(rows, 'organization', 'id')).toEqual(['i']) },
    { params: { cityA: 'paris', cityB: 'bonn' }, check: (rows) => expect(rows).toEqual([]) },
  ],
  // Whole-graph traversals (issue 3). The mini graph: Seoul is partner of Paris (sister) and Berlin (friendship);
  // Metropolis (m) has Seoul, Paris and Berlin; ICLEI (i) has Seoul, Berlin and Bonn.
  'traversal/find-nodes-by-ids': [
    { params: { ids: ['seoul', 'KR', 'm', 'lee', 'nope'] }, check: (rows) => expect(sorted(col(rows, 'node', 'id'))).toEqual(['KR', 'lee', 'm', 'seoul']) },
  ],
  'traversal/shortest-path': [
    { params: { from: 'paris', to: 'berlin', maxHops: 6 }, check: (rows) => expect(rows.map((r) => (r.nodes as unknown[]).length)).toEqual([3]) },
    { params: { from: 'paris', to: 'bonn', maxHops: 2 }, check: (rows) => expect(rows).toEqual([]) },
  ],
  'traversal/all-shortest-paths': [
    // Paris and Berlin meet through Seoul (SISTER_OF) and through Metropolis (MEMBER_OF): two paths of length 2.
    { params: { from: 'paris', to: 'berlin', maxHops: 6, limit: 100 }, check: (rows) => expect(rows.map((r) => (r.nodes as unknown[]).length)).toEqual([3, 3]) },
  ],
  'traversal/expand-frontier': [
    {
      params: { cities: ['paris'], nations: [], organizations: [], officials: [], ...noReportNodes, types: ['SISTER_OF', 'MEMBER_OF'] },
      check: (rows) => expect(sorted(col(rows, 'to', 'id'))).toEqual(['m', 'seoul']),
    },
  ],
  'traversal/expand-frontier-nodes': [
    {
      // Each label's branch keeps its first 3 neighbours by id, with the branch's label: Seoul's KR, berlin, i (of
      // KR, berlin, i, lee, m, paris); m's berlin, lee, paris (of berlin, lee, paris, seoul).
      params: { cities: ['seoul'], nations: [], organizations: ['m'], officials: [], ...noReportNodes, types: ['SISTER_OF', 'LOCATED_IN', 'MEMBER_OF', 'HOSTS', 'MET_WITH', 'HOLDS_OFFICE'], anyType: false, limit: 3 },
      check: (rows) => expect(sorted(rows.map((r) => `${r.via} ${r.id}`))).toEqual(['City KR', 'City berlin', 'City i', 'Organization berlin', 'Organization lee', 'Organization paris']),
    },
    {
      params: { cities: ['seoul'], nations: [], organizations: [], officials: [], ...noReportNodes, types: ['SISTER_OF'], anyType: false, limit: 10 },
      check: (rows) => expect(sorted(col(rows, 'id'))).toEqual(['berlin', 'paris']),
    },
    {
      // anyType: every relationship, whatever `types` says (the caller sets it only when types lists every type). Rows
      // are not distinct: Seoul is linked to i twice.
      params: { cities: ['seoul'], nations: [], organizations: [], officials: [], ...noReportNodes, types: ['SISTER_OF'], anyType: true, limit: 20 },
      check: (rows) => expect(sorted(col(rows, 'id'))).toEqual(['KR', 'berlin', 'e1', 'e2', 'f1', 'f2', 'i', 'i', 'lee', 'm', 'p1', 'p2', 'p3', 'paris', 'r1', 'r2']),
    },
  ],
  'traversal/expand-frontier-ids': [
    {
      // Every relationship of any type, either way, one row each (Seoul is linked to i twice); a nation by its code;
      // an unknown id has no row.
      params: { ids: ['seoul', 'm', 'nobody'] },
      check: (rows) =>
        expect(sorted(rows.map((r) => `${r.from} ${r.id}`))).toEqual(
          sorted([
            ...['KR', 'berlin', 'e1', 'e2', 'f1', 'f2', 'i', 'i', 'lee', 'm', 'p1', 'p2', 'p3', 'paris', 'r1', 'r2'].map((id) => `seoul ${id}`),
            ...['amb', 'berlin', 'lee', 'paris', 'seoul'].map((id) => `m ${id}`),
          ]),
        ),
    },
  ],
  'traversal/node-degrees': [
    {
      // The same counts as the rows of expand-frontier-ids; a node that does not exist has no row.
      params: { ids: ['seoul', 'm', 'nobody'] },
      check: (rows) => expect(sorted(rows.map((r) => `${r.id} ${r.degree}`))).toEqual(['m 5', 'seoul 16']),
    },
  ],
  'traversal/path-relationships': [
    {
      // Each hop's relationships in their stored direction, whichever end they are read from: Seoul is both a member
      // and the host of i (two rows), the event amb discussed m, Seoul is located in KR (read from KR).
      params: { hops: [{ i: 0, from: 'seoul', to: 'i' }, { i: 1, from: 'm', to: 'amb' }, { i: 2, from: 'KR', to: 'seoul' }, { i: 3, from: 'seoul', to: 'nobody' }] },
      check: (rows) =>
        expect(sorted(rows.map((r) => `${r.i} ${(r.relationship as Row).type} ${(r.relationship as Row).source} ${(r.relationship as Row).target}`))).toEqual([
          '0 HOSTS seoul i',
          '0 MEMBER_OF seoul i',
          '1 DISCUSSED amb m',
          '2 LOCATED_IN seoul KR',
        ]),
    },
  ],
  'traversal/get-relationships-among-nodes': [
    {
      params: {
        cities: ['seoul', 'paris', 'berlin'], nations: ['FR'], organizations: ['m'], officials: [], ...noReportNodes,
        types: ['SISTER_OF', 'LOCATED_IN', 'MEMBER_OF', 'HOSTS', 'MET_WITH', 'HOLDS_OFFICE'],
      },
      check: (rows) => expect(sorted(col(rows, 'relationship', 'type'))).toEqual(['LOCATED_IN', 'MEMBER_OF', 'MEMBER_OF', 'MEMBER_OF', 'SISTER_OF', 'SISTER_OF']),
    },
  ],
  'traversal/co-membership-network': [
    {
      params: { category: null, minShared: 1, limit: 500 },
      check: (rows) =>
        expect(sorted(rows.map((r) => `${[r.cityA, r.cityB].sort().join('+')}:${r.sharedCount}`))).toEqual(
          ['berlin+bonn:1', 'berlin+paris:1', 'berlin+seoul:2', 'bonn+seoul:1', 'paris+seoul:1'],
        ),
    },
    { params: { category: 'QUASI_GOVERNMENTAL', minShared: 1, limit: 500 }, check: (rows) => expect(sorted(rows.map((r) => [r.cityA, r.cityB].sort().join('+')))).toEqual(['berlin+bonn', 'berlin+seoul', 'bonn+seoul']) },
  ],
  'traversal/count-co-membership-pairs': [
    // Pairs compared: three members in each of the two organizations, three pairs each.
    { params: { category: null }, check: (rows) => expect(rows).toEqual([{ pairs: 6 }]) },
  ],
  // Network analysis (issue 3): the whole graph's nodes and relationships by key, and the benchmark's path lengths.
  'analytics/nodes-by-key': [
    {
      params: { keys: ['seoul', 'nowhere', 'bonn'] },
      check: (rows) => expect(rows.map((r) => [r.id, (r.properties as Row).name]).sort()).toEqual([['bonn', 'Bonn'], ['seoul', 'Seoul']]),
    },
  ],
  'analytics/relationships-by-key': [
    {
      // Seoul's and Bonn's memberships; a key nobody has gives no row.
      params: { keys: ['seoul', 'bonn', 'nowhere'], labels: ['City', 'Organization'], types: ['MEMBER_OF'] },
      check: (rows) =>
        expect(rows.flatMap((r) => (r.relationships as Row[]).map((x) => `${r.source}>${x.target}`)).sort()).toEqual(['bonn>i', 'seoul>i', 'seoul>m']),
    },
    {
      // Without the Organization label, the memberships are left out: only the nations remain.
      params: { keys: ['seoul', 'bonn'], labels: ['City', 'Nation'], types: ['MEMBER_OF', 'LOCATED_IN'] },
      check: (rows) => expect(rows.flatMap((r) => (r.relationships as Row[]).map((x) => `${r.source}>${x.type}>${x.target}`)).sort()).toEqual(['bonn>LOCATED_IN>DE', 'seoul>LOCATED_IN>KR']),
    },
  ],
  'analytics/projection-out': [
    {
      // The default slot: cities by key. Each city's outgoing relationships (its nation, its memberships, the
      // policy project Bonn receives); a key nobody has gives no row.
      params: { keys: ['paris', 'bonn', 'nowhere'] },
      check: (rows) =>
        expect(rows.flatMap((r) => (r.targets as string[]).map((t, k) => `${r.source}>${(r.types as string[])[k]}>${t}`)).sort()).toEqual([
          'bonn>LOCATED_IN>DE',
          'bonn>MEMBER_OF>i',
          'bonn>RECEIVES>p1',
          'paris>LOCATED_IN>FR',
          'paris>MEMBER_OF>m',
        ]),
    },
  ],
  'stats/count-any-node': [{ params: {}, check: (rows) => expect(rows).toEqual([{ nodes: 1 }]) }],
  'stats/count-nodes-by-label': [
    { params: {}, check: (rows) => expect(rows).toEqual(Object.entries(expectedCounts.nodes).sort().map(([label, count]) => ({ label, count }))) },
  ],
  'stats/count-relationships-by-type': [
    { params: {}, check: (rows) => expect(rows).toEqual(Object.entries(expectedCounts.relationships).sort().map(([type, count]) => ({ type, count }))) },
  ],
  'stats/degree-histogram': [
    {
      // The template's default pattern: partnerships either way. Degrees add up to twice the partnerships.
      params: {},
      check: (rows) => {
        expect(rows.reduce((sum, r) => sum + Number(r.degree) * Number(r.nodes), 0)).toBe(2 * expectedCounts.relationships.SISTER_OF);
        expect(rows.every((r) => Number(r.degree) > 0 && Number(r.nodes) > 0)).toBe(true);
      },
    },
  ],
  'stats/degree-of-node': [
    // The template's default pattern: one city's partnerships either way; a key nobody has gives 0.
    {
      params: { key: 'seoul' },
      check: (rows) => expect(rows).toEqual([{ degree: fixture.partnerships.filter((p) => p.cityA === 'seoul' || p.cityB === 'seoul').length }]),
    },
    { params: { key: 'nowhere' }, check: (rows) => expect(rows).toEqual([{ degree: 0 }]) },
  ],
  // Writes of the mutations and the import: each sample runs after the previous ones, on a freshly seeded graph.
  'city/find-city-keys': [{ params: { keys: ['seoul', 'nowhere', 'bonn'] }, check: (rows) => expect(sorted(col(rows, 'key'))).toEqual(['bonn', 'seoul']) }],
  'nation/find-nation-keys': [{ params: { keys: ['FR', 'XX'] }, check: (rows) => expect(rows).toEqual([{ key: 'FR' }]) }],
  'organization/find-organization-keys': [{ params: { keys: ['m', 'x'] }, check: (rows) => expect(rows).toEqual([{ key: 'm' }]) }],
  'official/find-official-keys': [{ params: { keys: ['nobody', 'lee'] }, check: (rows) => expect(rows).toEqual([{ key: 'lee' }]) }],
  'city/get-partnerships-of-pairs': [
    {
      // Undirected, and each pair as it was asked for: (paris, seoul) finds the (seoul, paris) partnership.
      params: { cityA: ['paris', 'seoul', 'seoul'], cityB: ['seoul', 'bonn', 'berlin'] },
      check: (rows) => expect(pairsOf(rows, 'cityA', 'cityB', 'tier', 'since', 'source', 'updatedAt')).toEqual(['paris seoul SISTER 1991 s ', 'seoul berlin FRIENDSHIP  s ']),
    },
  ],
  'organization/get-memberships-of-pairs': [
    {
      params: { city: ['seoul', 'paris'], organization: ['m', 'i'] },
      check: (rows) => expect(rows).toEqual([{ city: 'seoul', organization: 'm', since: 1987, role: 'exec', source: 's', updatedAt: null }]),
    },
  ],
  'organization/get-hostings-of-pairs': [
    {
      params: { city: ['seoul', 'seoul'], organization: ['i', 'm'] },
      check: (rows) => expect(rows).toEqual([{ city: 'seoul', organization: 'i', office: 'secretariat', source: 's', updatedAt: null }]),
    },
  ],
  'city/get-locations-of-cities': [
    { params: { ids: ['bonn', 'seoul', 'nowhere'] }, check: (rows) => expect(pairsOf(rows, 'id', 'nation', 'source', 'updatedAt')).toEqual(['bonn DE s ', 'seoul KR s ']) },
  ],
  'import/read-journal': [
    {
      params: {},
      setup: journalEntries,
      cleanup: (store) => store.run('import/delete-journal-entries', { importId: 'imp', fromChunk: 0 }),
      check: (rows) => expect(rows).toEqual([1, 0].map((chunk) => ({ importId: 'imp', chunk, writtenAt: 1000 + chunk, undo: `{"chunk":${chunk}}` }))),
    },
  ],
  'nation/upsert-nations': [
    {
      params: { rows: [{ code: 'IT', name: 'Italy', source: 't' }, { code: 'FR', name: 'France', source: 't' }], updatedAt: T },
      check: merged(2),
      changes: { nodes: { Nation: 4 } },
    },
  ],
  'city/remove-old-locations': [
    { params: { rows: [{ id: 'bonn', nation: 'FR' }, { id: 'seoul', nation: 'KR' }, { id: 'nowhere', nation: 'FR' }] }, check: (rows) => expect(rows).toEqual([{ removed: 1 }]), changes: { relationships: { LOCATED_IN: 3 } } },
  ],
  'city/upsert-cities': [
    {
      params: {
        rows: [
          { id: 'lyon', name: 'Lyon', kind: 'CITY', nation: 'FR', source: 't', nationSource: null },
          { id: 'bonn', name: 'Bonn', kind: 'CITY', nation: 'DE', source: 't', nationSource: 'e' },
          { id: 'atlantis', name: 'Atlantis', kind: 'CITY', nation: 'XX', source: 't', nationSource: null },
        ],
        updatedAt: T,
      },
      check: merged(2),
      changes: { nodes: { City: 5 }, relationships: { LOCATED_IN: 5 } },
    },
  ],
  'organization/upsert-organizations': [
    {
      params: { rows: [{ id: 'wego', name: 'WeGO', acronym: 'WeGO', category: 'QUASI_GOVERNMENTAL', memberSummary: null, purpose: null, source: 't' }], updatedAt: T },
      check: merged(1),
      changes: { nodes: { Organization: 3 } },
    },
  ],
  'official/upsert-officials': [
    { params: { rows: [{ id: 'lee', name: 'Kyong-yul Lee', title: 'SG', source: 't' }], updatedAt: T }, check: merged(1) },
  ],
  'city/merge-partnerships': [
    {
      // The reversed pair updates the existing partnership; a pair with an unknown city is dropped.
      params: {
        rows: [
          { cityA: 'paris', cityB: 'seoul', tier: 'FRIENDSHIP', since: null, source: 't' },
          { cityA: 'bonn', cityB: 'paris', tier: 'SISTER', since: 1990, source: 't' },
          { cityA: 'bonn', cityB: 'nowhere', tier: 'SISTER', since: null, source: 't' },
        ],
        updatedAt: T,
      },
      check: merged(2),
      changes: { relationships: { SISTER_OF: 3 } },
    },
  ],
  'organization/merge-memberships': [
    { params: { rows: [{ city: 'bonn', organization: 'm', since: 2000, role: null, source: 't' }, { city: 'bonn', organization: 'i', since: null, role: 'x', source: 't' }], updatedAt: T }, check: merged(2), changes: { relationships: { MEMBER_OF: 7 } } },
  ],
  'organization/merge-hostings': [
    { params: { rows: [{ city: 'bonn', organization: 'm', office: null, source: 't' }, { city: 'seoul', organization: 'i', office: 'HQ', source: 't' }], updatedAt: T }, check: merged(2), changes: { relationships: { HOSTS: 2 } } },
  ],
  'official/merge-meetings': [
    { params: { rows: [{ official: 'amb', other: 'lee', on: '2019-04', topics: [], source: 't' }, { official: 'amb', other: 'lee', on: '2020-01-02', topics: ['x'], source: 't' }], updatedAt: T }, check: merged(2), changes: { relationships: { MET_WITH: 2 } } },
  ],
  'official/merge-offices-in-cities': [
    {
      params: { rows: [{ official: 'amb', target: 'paris', title: 'Envoy', source: 't' }, { official: 'amb', target: 'FR', title: 'Envoy', source: 't' }], updatedAt: T },
      check: merged(1),
      changes: { relationships: { HOLDS_OFFICE: 4 } },
    },
  ],
  'official/merge-offices-in-organizations': [
    // The existing office of lee in m is updated; one in an unknown organization is dropped.
    { params: { rows: [{ official: 'lee', target: 'm', title: 'SG', source: 't' }, { official: 'lee', target: 'nowhere', title: 'SG', source: 't' }], updatedAt: T }, check: merged(1) },
  ],
  'official/merge-offices-in-nations': [
    { params: { rows: [{ official: 'lee', target: 'FR', title: 'Envoy', source: 't' }, { official: 'nobody', target: 'FR', title: 'Envoy', source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { HOLDS_OFFICE: 4 } } },
  ],
  'city/lock-cities': [
    {
      params: { ids: ['seoul', 'nowhere', 'bonn'] },
      check: (rows) =>
        expect(rows.map((r) => `${r.id} ${r.type} ${r.count}`).sort()).toEqual([
          'bonn LOCATED_IN 1', 'bonn MEMBER_OF 1', 'bonn RECEIVES 1',
          'seoul ABOUT 2', 'seoul HELD_IN 1', 'seoul HOLDS_OFFICE 1', 'seoul HOSTS 1', 'seoul LOCATED_IN 1', 'seoul MEMBER_OF 2', 'seoul ORGANIZED_BY 1',
          'seoul RANKED 2', 'seoul SHARES 3', 'seoul SISTER_OF 2',
        ]),
    },
  ],
  'nation/lock-nations': [
    { params: { codes: ['FR', 'XX'] }, check: (rows) => expect(rows.map((r) => `${r.code} ${r.type} ${r.count}`).sort()).toEqual(['FR HOLDS_OFFICE 1', 'FR LOCATED_IN 1', 'FR RECEIVES 1']) },
    { params: { codes: ['IT'] }, check: (rows) => expect(rows).toEqual([]) },
  ],
  'organization/lock-organizations': [
    { params: { ids: ['i'] }, check: (rows) => expect(rows.map((r) => `${r.id} ${r.type} ${r.count}`).sort()).toEqual(['i HOSTS 1', 'i MEMBER_OF 3', 'i ORGANIZED_BY 1']) },
  ],
  'official/lock-officials': [
    { params: { ids: ['amb'] }, check: (rows) => expect(rows.map((r) => `${r.id} ${r.type} ${r.count}`).sort()).toEqual(['amb DISCUSSED 1', 'amb HOLDS_OFFICE 1', 'amb MET_WITH 1']) },
  ],
  'city/unlink-partners': [
    // Either order finds the one partnership; a second unlink finds none.
    { params: { cityA: 'paris', cityB: 'seoul' }, check: (rows) => expect(rows).toEqual([{ removed: 1 }]), changes: { relationships: { SISTER_OF: 1 } } },
    { params: { cityA: 'seoul', cityB: 'paris' }, check: (rows) => expect(rows).toEqual([{ removed: 0 }]), changes: { relationships: { SISTER_OF: 1 } } },
  ],
  'organization/remove-membership': [
    { params: { city: 'bonn', organization: 'i' }, check: (rows) => expect(rows).toEqual([{ removed: 1 }]), changes: { relationships: { MEMBER_OF: 5 } } },
    { params: { city: 'bonn', organization: 'm' }, check: (rows) => expect(rows).toEqual([{ removed: 0 }]), changes: { relationships: { MEMBER_OF: 5 } } },
  ],
  'organization/remove-hosting': [
    { params: { city: 'seoul', organization: 'i' }, check: (rows) => expect(rows).toEqual([{ removed: 1 }]), changes: { relationships: { HOSTS: 0 } } },
  ],
  'official/remove-meeting': [
    { params: { official: 'amb', other: 'lee', on: '2019-04' }, check: (rows) => expect(rows).toEqual([{ removed: 1 }]), changes: { relationships: { MET_WITH: 0 } } },
    { params: { official: 'amb', other: 'lee', on: '2019-05' }, check: (rows) => expect(rows).toEqual([{ removed: 0 }]), changes: { relationships: { MET_WITH: 0 } } },
  ],
  'official/remove-office': [
    { params: { official: 'amb', targetLabel: 'Nation', target: 'FR', title: 'Amb' }, check: (rows) => expect(rows).toEqual([{ removed: 1 }]), changes: { relationships: { HOLDS_OFFICE: 2 } } },
    { params: { official: 'lee', targetLabel: 'Organization', target: 'i', title: 'SG' }, check: (rows) => expect(rows).toEqual([{ removed: 0 }]), changes: { relationships: { HOLDS_OFFICE: 2 } } },
  ],
  'city/delete-city': [
    { params: { id: 'bonn' }, check: (rows) => expect(rows).toEqual([{ deleted: 1 }]), changes: { nodes: { City: 3 }, relationships: { LOCATED_IN: 3, MEMBER_OF: 5, RECEIVES: 2 } } },
    { params: { id: 'bonn' }, check: (rows) => expect(rows).toEqual([{ deleted: 0 }]), changes: { nodes: { City: 3 }, relationships: { LOCATED_IN: 3, MEMBER_OF: 5, RECEIVES: 2 } } },
  ],
  'nation/delete-nation': [
    { params: { code: 'KR' }, check: (rows) => expect(rows).toEqual([{ deleted: 1 }]), changes: { nodes: { Nation: 2 }, relationships: { LOCATED_IN: 3 } } },
  ],
  'organization/delete-organization': [
    { params: { id: 'i' }, check: (rows) => expect(rows).toEqual([{ deleted: 1 }]), changes: { nodes: { Organization: 1 }, relationships: { HOSTS: 0, MEMBER_OF: 3, ORGANIZED_BY: 2 } } },
  ],
  'official/delete-official': [
    { params: { id: 'amb' }, check: (rows) => expect(rows).toEqual([{ deleted: 1 }]), changes: { nodes: { Official: 1 }, relationships: { HOLDS_OFFICE: 2, MET_WITH: 0, DISCUSSED: 2 } } },
  ],
  // Templates, run with their default slots (what the lint test reads): the nodes of City, partners by SISTER_OF.
  // test/graphql/query-language*.test.ts runs them with generated slots, test/cypher/lint.test.ts lints those.
  'query/find-nodes': [
    { params: { limit: 10 }, check: (rows) => expect(rows).toEqual([{ key: 'berlin' }, { key: 'bonn' }, { key: 'paris' }, { key: 'seoul' }]) },
    { params: { limit: 2 }, check: (rows) => expect(rows).toEqual([{ key: 'berlin' }, { key: 'bonn' }]) },
  ],
  'query/count-nodes': [{ params: {}, check: expectCount(fixture.cities.length) }],
  'query/name-keys': [
    { params: {}, check: (rows) => expect([...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)))).toEqual([{ key: 'berlin', name: 'Berlin' }, { key: 'bonn', name: 'Bonn' }, { key: 'paris', name: 'Paris' }, { key: 'seoul', name: 'Seoul' }]) },
  ],
  'query/tally-nodes': [{ params: {}, check: (rows) => expect(rows).toEqual([{ value: 'CITY', count: 4 }]) }],
  'query/find-related': [
    {
      params: { keys: ['seoul', 'paris', 'bonn'], limit: 1 },
      check: (rows) =>
        expect([...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)))).toEqual([
          { key: 'paris', rows: [{ target: 'seoul', edge: { since: 1991, source: 's', tier: 'SISTER' } }] },
          { key: 'seoul', rows: [{ target: 'berlin', edge: { source: 's', tier: 'FRIENDSHIP' } }] },
        ]),
    },
  ],
  'query/count-related': [
    {
      params: { keys: ['seoul', 'paris', 'bonn'] },
      check: (rows) => expect([...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)))).toEqual([{ key: 'paris', count: 1 }, { key: 'seoul', count: 2 }]),
    },
  ],
  'query/tally-related': [
    {
      params: { keys: ['seoul', 'paris'] },
      check: (rows) =>
        expect(rows).toEqual([
          { key: 'paris', value: 'SISTER', count: 1 },
          { key: 'seoul', value: 'FRIENDSHIP', count: 1 },
          { key: 'seoul', value: 'SISTER', count: 1 },
        ]),
    },
  ],
  ...REPORT_SAMPLES,
  'import/write-journal-entry': [
    { params: { importId: 'imp', chunk: 0, writtenAt: 1000, undo: '{}' }, check: (rows) => expect(rows).toEqual([{ written: 1 }]), changes: { nodes: { ImportJournal: 1 } } },
  ],
  'import/delete-journal-entries': [
    // Chunks 0 and 1 recorded: from chunk 1 deletes one, from 0 the other; another import's are not touched.
    { params: { importId: 'imp', fromChunk: 1 }, setup: journalEntries, check: (rows) => expect(rows).toEqual([{ deleted: 1 }]), changes: { nodes: { ImportJournal: 1 } } },
    { params: { importId: 'other', fromChunk: 0 }, check: (rows) => expect(rows).toEqual([{ deleted: 0 }]), changes: { nodes: { ImportJournal: 1 } } },
    { params: { importId: 'imp', fromChunk: 0 }, check: (rows) => expect(rows).toEqual([{ deleted: 1 }]) },
  ],
  'city/delete-cities-by-keys': [
    // Bonn's relationships go with it, the project it receives included (as city/delete-city).
    { params: { keys: ['bonn', 'nowhere'] }, check: (rows) => expect(rows).toEqual([{ deleted: 1 }]), changes: { nodes: { City: 3 }, relationships: { LOCATED_IN: 3, MEMBER_OF: 5, RECEIVES: 2 } } },
    { params: { keys: ['bonn'] }, check: (rows) => expect(rows).toEqual([{ deleted: 0 }]), changes: { nodes: { City: 3 }, relationships: { LOCATED_IN: 3, MEMBER_OF: 5, RECEIVES: 2 } } },
  ],
  'nation/delete-nations-by-keys': [
    { params: { keys: ['KR'] }, check: (rows) => expect(rows).toEqual([{ deleted: 1 }]), changes: { nodes: { Nation: 2 }, relationships: { LOCATED_IN: 3 } } },
  ],
  'organization/delete-organizations-by-keys': [
    { params: { keys: ['i'] }, check: (rows) => expect(rows).toEqual([{ deleted: 1 }]), changes: { nodes: { Organization: 1 }, relationships: { HOSTS: 0, MEMBER_OF: 3, ORGANIZED_BY: 2 } } },
  ],
  'official/delete-officials-by-keys': [
    { params: { keys: ['amb'] }, check: (rows) => expect(rows).toEqual([{ deleted: 1 }]), changes: { nodes: { Official: 1 }, relationships: { HOLDS_OFFICE: 2, MET_WITH: 0, DISCUSSED: 2 } } },
  ],
  'city/unlink-partners-by-pairs': [
    // Either order finds the partnership; undoing twice removes nothing more.
    { params: { rows: [{ cityA: 'paris', cityB: 'seoul' }, { cityA: 'seoul', cityB: 'bonn' }] }, check: (rows) => expect(rows).toEqual([{ removed: 1 }]), changes: { relationships: { SISTER_OF: 1 } } },
    { params: { rows: [{ cityA: 'seoul', cityB: 'paris' }] }, check: (rows) => expect(rows).toEqual([{ removed: 0 }]), changes: { relationships: { SISTER_OF: 1 } } },
  ],
  'organization/remove-memberships-by-pairs': [
    {
      params: { rows: [{ city: 'bonn', organization: 'i' }, { city: 'seoul', organization: 'm' }, { city: 'bonn', organization: 'm' }] },
      check: (rows) => expect(rows).toEqual([{ removed: 2 }]),
      changes: { relationships: { MEMBER_OF: 4 } },
    },
  ],
  'organization/remove-hostings-by-pairs': [
    { params: { rows: [{ city: 'seoul', organization: 'i' }, { city: 'paris', organization: 'i' }] }, check: (rows) => expect(rows).toEqual([{ removed: 1 }]), changes: { relationships: { HOSTS: 0 } } },
  ],
  'official/remove-meetings-by-keys': [
    {
      params: { rows: [{ official: 'amb', other: 'lee', on: '2019-04' }, { official: 'amb', other: 'lee', on: '2019-05' }] },
      check: (rows) => expect(rows).toEqual([{ removed: 1 }]),
      changes: { relationships: { MET_WITH: 0 } },
    },
  ],
  'official/remove-offices-by-keys': [
    {
      params: {
        rows: [
          { official: 'amb', targetLabel: 'Nation', target: 'FR', title: 'Amb' },
          { official: 'lee', targetLabel: 'City', target: 'seoul', title: 'x' },
          { official: 'lee', targetLabel: 'Organization', target: 'i', title: 'SG' },
        ],
      },
      check: (rows) => expect(rows).toEqual([{ removed: 2 }]),
      changes: { relationships: { HOLDS_OFFICE: 1 } },
    },
  ],
  'city/restore-locations': [
    {
      // Without city/remove-old-locations first, bonn is then in two nations: the undo runs both.
      params: { rows: [{ id: 'bonn', nation: 'FR', source: 'old', updatedAt: T }, { id: 'seoul', nation: 'KR', source: 'k', updatedAt: null }, { id: 'nowhere', nation: 'FR', source: 'x', updatedAt: null }] },
      check: (rows) => expect(rows).toEqual([{ merged: 2 }]),
      changes: { relationships: { LOCATED_IN: 5 } },
    },
  ],
  'city/create-cities': [
    {
      params: { ...createColumns('cities', [{ id: 'lyon', name: 'Lyon', kind: 'CITY', nation: 'FR', source: 't', nationSource: 'e' }, { id: 'atlantis', name: 'Atlantis', kind: 'CITY', nation: 'XX', source: 't', nationSource: null }]), updatedAt: T },
      check: (rows) => expect(rows).toEqual([{ merged: 1 }]),
      changes: { nodes: { City: 5 }, relationships: { LOCATED_IN: 5 } },
    },
  ],
  'city/create-partnerships': [
    {
      params: { ...createColumns('partnerships', [{ cityA: 'bonn', cityB: 'paris', tier: 'SISTER', since: 2001, source: 't' }, { cityA: 'bonn', cityB: 'nowhere', tier: 'SISTER', since: null, source: 't' }]), updatedAt: T },
      check: (rows) => expect(rows).toEqual([{ merged: 1 }]),
      changes: { relationships: { SISTER_OF: 3 } },
    },
  ],
  'organization/create-memberships': [
    {
      params: { ...createColumns('memberships', [{ city: 'paris', organization: 'i', since: 2001, role: null, source: 't' }, { city: 'paris', organization: 'x', since: null, role: null, source: 't' }]), updatedAt: T },
      check: (rows) => expect(rows).toEqual([{ merged: 1 }]),
      changes: { relationships: { MEMBER_OF: 7 } },
    },
  ],
  'organization/create-hostings': [
    { params: { ...createColumns('hostings', [{ city: 'paris', organization: 'm', office: 'hq', source: 't' }]), updatedAt: T }, check: (rows) => expect(rows).toEqual([{ merged: 1 }]), changes: { relationships: { HOSTS: 2 } } },
  ],
};

/** The write queries of the mutations and the import (all other non-seed queries only read). */
const WRITE_NAMES: QueryName[] = [
  ...REPORT_WRITE_NAMES,
  'nation/upsert-nations', 'city/remove-old-locations', 'city/upsert-cities', 'organization/upsert-organizations', 'official/upsert-officials',
  'city/merge-partnerships', 'organization/merge-memberships', 'organization/merge-hostings', 'official/merge-meetings',
  'official/merge-offices-in-cities', 'official/merge-offices-in-organizations', 'official/merge-offices-in-nations',
  'city/lock-cities', 'nation/lock-nations', 'organization/lock-organizations', 'official/lock-officials',
  'city/unlink-partners', 'organization/remove-membership', 'organization/remove-hosting', 'official/remove-meeting', 'official/remove-office',
  'city/delete-city', 'nation/delete-nation', 'organization/delete-organization', 'official/delete-official',
  'import/write-journal-entry', 'import/delete-journal-entries', 'city/delete-cities-by-keys', 'nation/delete-nations-by-keys',
  'organization/delete-organizations-by-keys', 'official/delete-officials-by-keys', 'city/unlink-partners-by-pairs',
  'organization/remove-memberships-by-pairs', 'organization/remove-hostings-by-pairs', 'official/remove-meetings-by-keys',
  'official/remove-offices-by-keys', 'city/restore-locations', 'city/create-cities', 'city/create-partnerships',
  'organization/create-memberships', 'organization/create-hostings',
];

// ---- header parsing ---------------------------------------------------------------------------------------------

function headerTag(statement: CypherStatement, tag: string): string | undefined {
  const line = statement.text.split('\n').find((l) => l.startsWith(`// @${tag} `));
  return line?.slice(`// @${tag} `.length).trim();
}

/** Splits at commas outside brackets, braces and parentheses. */
function splitTopLevel(spec: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of spec) {
    if ('[{('.includes(ch)) depth++;
    if (']})'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** `@params` names: `nation, kind (each null = no filter)` or `rows: [{id, name}]` (detail after `:` or in parentheses dropped). */
function declaredParams(statement: CypherStatement): string[] {
  const spec = headerTag(statement, 'params');
  return spec ? splitTopLevel(spec).map((p) => p.replace(/\(.*\)/, '').split(':')[0].trim()) : [];
}

/** The shape a `@returns` column promises: a map with these keys (`...` = at least these), a list of maps, or anything. */
type Shape = { map: string[]; open: boolean } | { listOf: Shape } | null;

function parseShape(spec: string | undefined): Shape {
  const s = spec?.trim();
  if (!s) return null;
  if (s.startsWith('[') && s.endsWith(']')) {
    const inner = parseShape(s.slice(1, -1));
    return inner ? { listOf: inner } : null;
  }
  if (s.startsWith('{') && s.endsWith('}')) {
    const keys = splitTopLevel(s.slice(1, -1)).map((k) => k.split(':')[0].trim());
    return { map: keys.filter((k) => k !== '...'), open: keys.includes('...') };
  }
  return null; // a scalar type like `string`
}

function promisedColumns(statement: CypherStatement): Map<string, Shape> {
  const spec = headerTag(statement, 'returns');
  if (!spec) throw new Error(`${statement.file}: no "// @returns" header`);
  return new Map(
    splitTopLevel(spec).map((item) => {
      const colon = item.indexOf(':');
      return colon < 0 ? [item, null] : [item.slice(0, colon).trim(), parseShape(item.slice(colon + 1))];
    }),
  );
}

function shapeProblems(value: unknown, shape: Shape, where: string): string[] {
  if (!shape) return [];
  if ('listOf' in shape) {
    if (!Array.isArray(value)) return [`${where}: expected a list, got ${JSON.stringify(value)}`];
    return value.flatMap((v, i) => shapeProblems(v, shape.listOf, `${where}[${i}]`));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${where}: expected a map, got ${JSON.stringify(value)}`];
  const keys = Object.keys(value).sort();
  const missing = shape.map.filter((k) => !keys.includes(k));
  const extra = shape.open ? [] : keys.filter((k) => !shape.map.includes(k));
  return missing.length || extra.length ? [`${where}: keys ${keys.join(',')} (missing [${missing}], unexpected [${extra}])`] : [];
}

// ---- the tests --------------------------------------------------------------------------------------------------

describe('every catalogue query on the embedded engine', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await open();
    await loadSeed(store, fixture);
  });
  afterAll(() => store?.close());

  test('the sample table covers exactly the catalogue', () => {
    const names = Object.keys(SAMPLES);
    expect(QUERY_NAMES.filter((n) => !names.includes(n) || SAMPLES[n].length === 0)).toEqual([]);
    expect(names.filter((n) => !(QUERY_NAMES as readonly string[]).includes(n))).toEqual([]);
  });

  const readNames = QUERY_NAMES.filter((n) => !n.startsWith('seed/') && !WRITE_NAMES.includes(n));

  test('every query is a read query, except the seed queries and the writes of the mutations and the import', () => {
    const expectedMode = (n: QueryName) => (n.startsWith('seed/') || WRITE_NAMES.includes(n) ? 'write' : 'read');
    expect(QUERY_NAMES.filter((n) => store.registry.get(n).mode !== expectedMode(n))).toEqual([]);
  });

  test.each(QUERY_NAMES.map((n) => [n]))('%s: sample parameters supply exactly the @params of its header', (name) => {
    const samples = SAMPLES[name as QueryName];
    if (!samples?.length) throw new Error(`No sample parameters for "${name}": add it to SAMPLES in ${__filename}`);
    const declared = declaredParams(store.registry.get(name as QueryName)).sort();
    for (const sample of samples) expect(Object.keys(sample.params).sort()).toEqual(declared);
  });

  test.each(readNames.map((n) => [n]))('%s returns its @returns columns and the rows the fixture implies', async (name) => {
    const queryName = name as QueryName;
    const samples = SAMPLES[queryName];
    if (!samples?.length) throw new Error(`No sample parameters for "${name}": add it to SAMPLES in ${__filename}`);
    const columns = promisedColumns(store.registry.get(queryName));
    for (const [i, sample] of samples.entries()) {
      await sample.setup?.(store);
      const rows = await store.run(queryName, sample.params);
      await sample.cleanup?.(store);
      // The first sample is the one that must find something, so that the columns are checked on real rows.
      if (i === 0) expect(rows.length).toBeGreaterThan(0);
      for (const [r, row] of rows.entries()) {
        expect(Object.keys(row).sort()).toEqual([...columns.keys()].sort());
        expect([...columns].flatMap(([column, shape]) => shapeProblems(row[column], shape, `sample ${i} row ${r} ${column}`))).toEqual([]);
      }
      sample.check(rows);
    }
  });
});

describe('the seed loader is idempotent', () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(() => store.close());

  test('loading the seed twice leaves the counts by label and type as the fixture implies', async () => {
    await loadSeed(store, fixture);
    expect(await store.counts()).toEqual(expectedCounts);
    await loadSeed(store, fixture);
    expect(await store.counts()).toEqual(expectedCounts);
  });

  // The loader's own statements re-run on the seeded graph, and the symmetric ones with each pair reversed
  // ("whatever the order of the pair"): every row merges into what is there, and no count changes.
  const reversed = (step: WriteStep): WriteStep | null =>
    step.section === 'partnerships'
      ? writeSteps({ partnerships: fixture.partnerships.map((p) => ({ ...p, cityA: p.cityB, cityB: p.cityA })) })[0]
      : step.section === 'meetings'
        ? writeSteps({ meetings: fixture.meetings.map((m) => ({ ...m, official: m.with, with: m.official })) })[0]
        : null;
  const { sources: _sources, ...sections } = fixture;
  const steps = writeSteps(sections as unknown as Parameters<typeof writeSteps>[0]);
  const reruns = steps.flatMap((step, i): [string, WriteStep][] => {
    const name = `${step.section} (step ${i + 1})`;
    const back = reversed(step);
    return back ? [[name, step], [`${name}, pairs reversed`, back]] : [[name, step]];
  });
  test.each(reruns)(
    'the import writes %s: re-running them on the seeded graph writes every row and changes no count',
    async (_name, step) => {
      await loadSeed(store, fixture);
      expect(await step.write(repositories(store), null)).toBe(step.rows.length);
      expect(await store.counts()).toEqual(expectedCounts);
    },
  );
});

describe('the write queries of the mutations and the import', () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await open();
    await loadSeed(store, fixture);
  });
  afterEach(() => store.close());

  test.each(WRITE_NAMES.map((n) => [n]))('%s: its rows, and the counts it leaves', async (name) => {
    const queryName = name as QueryName;
    const columns = promisedColumns(store.registry.get(queryName));
    for (const sample of SAMPLES[queryName]) {
      await sample.setup?.(store);
      const rows = await store.run(queryName, sample.params);
      for (const row of rows) expect(Object.keys(row).sort()).toEqual([...columns.keys()].sort());
      sample.check(rows);
      const drop = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
      expect(await store.counts()).toEqual({
        nodes: drop({ ...expectedCounts.nodes, ...sample.changes?.nodes }),
        relationships: drop({ ...expectedCounts.relationships, ...sample.changes?.relationships }),
      });
    }
  });

  test('what the create statements write reads back as what the merge statements write', async () => {
    await store.run('city/create-cities', { ...createColumns('cities', [{ id: 'lyon', name: 'Lyon', kind: 'CITY', nation: 'FR', source: 't', nationSource: 'e' }]), updatedAt: T });
    await store.run('city/create-partnerships', { ...createColumns('partnerships', [{ cityA: 'lyon', cityB: 'seoul', tier: 'SISTER', since: 1990, source: 't' }]), updatedAt: T });
    const unlocated = { latitude: null, longitude: null, geonameId: null, locationSource: null };
    expect((await store.run('city/get-cities-by-ids', { ids: ['lyon'] }))[0].city).toEqual({ id: 'lyon', name: 'Lyon', kind: 'CITY', ...unlocated, source: 't', updatedAt: T, nation: 'FR' });
    expect(await store.run('city/get-locations-of-cities', { ids: ['lyon'] })).toEqual([{ id: 'lyon', nation: 'FR', source: 'e', updatedAt: T }]);
    // Read undirected from either end; merging the same pair reversed finds it (no second relationship).
    expect(await store.run('city/get-partnerships-of-pairs', { cityA: ['seoul'], cityB: ['lyon'] })).toEqual([{ cityA: 'seoul', cityB: 'lyon', tier: 'SISTER', since: 1990, source: 't', updatedAt: T }]);
    expect(await store.run('city/merge-partnerships', { rows: [{ cityA: 'seoul', cityB: 'lyon', tier: 'FRIENDSHIP', since: 1990, source: 't' }], updatedAt: T })).toEqual([{ merged: 1 }]);
    expect((await store.counts()).relationships.SISTER_OF).toBe(fixture.partnerships.length + 1);
  });

  test('a write stamps updatedAt on what it creates or changes, and the reads return it', async () => {
    await store.run('city/upsert-cities', { rows: [{ id: 'lyon', name: 'Lyon', kind: 'CITY', nation: 'FR', source: 't', nationSource: null }], updatedAt: T });
    await store.run('city/merge-partnerships', { rows: [{ cityA: 'lyon', cityB: 'seoul', tier: 'SISTER', since: null, source: 't' }], updatedAt: T });
    const [lyon] = await store.run('city/get-cities-by-ids', { ids: ['lyon'] });
    expect(lyon.city).toEqual({ id: 'lyon', name: 'Lyon', kind: 'CITY', latitude: null, longitude: null, geonameId: null, locationSource: null, source: 't', updatedAt: T, nation: 'FR' });
    const partnerships = await store.run('city/get-partnerships-of-cities', { ids: ['seoul'] });
    expect(partnerships.find((r) => r.partnerId === 'lyon')).toMatchObject({ updatedAt: T, partnerUpdatedAt: T });
    expect(partnerships.find((r) => r.partnerId === 'paris')).toMatchObject({ updatedAt: null });
  });
});
