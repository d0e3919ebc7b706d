// Sample parameters and expected rows of the report's queries (cypher/report/), on the mini-graph fixture: three
// policy projects Seoul shared (p1 with Bonn, p2 with France only, p3 with Berlin), two rankings of Seoul (r1 world,
// r2 Asia), three events (e1 a congress held in Seoul and organized by ICLEI (i), e2 a declaration Seoul launched at
// e1, e3 a forum Lee hosts), the meeting of Lee and Amb mentioning e3, Paris and Metropolis (m), and two stated
// figures about Seoul. Seoul, Paris and Berlin have locations; Bonn has none. Read by run-all.test.ts.
import type { Params, Row } from '../../src/store/port';
import type { QueryName } from '../../src/store/queries';

interface Sample {
  params: Params;
  check: (rows: Row[]) => void;
  changes?: { nodes?: Record<string, number>; relationships?: Record<string, number> };
}

type ReportQuery = Extract<QueryName, `report/${string}`>;

const col = (rows: Row[], ...path: string[]) => rows.map((row) => path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], row));
const line = (row: Row, ...keys: string[]) => keys.map((k) => String(row[k])).join(' ');
const merged = (n: number) => (rows: Row[]) => expect(rows).toEqual([{ merged: n }]);
const T = '2024-05-01T12:00:00.000Z';
const noFilter = { sector: null, recipientId: null };
const page = { afterName: null, afterId: null, limit: 10 };

/** The report's nodes and relationships in the fixture, as store.counts() names them. */
export const REPORT_COUNTS = {
  nodes: { Event: 3, PolicyProject: 3, Ranking: 2, StatedFigure: 2 },
  relationships: { ABOUT: 2, DISCUSSED: 3, HELD_IN: 1, ORGANIZED_BY: 3, PART_OF: 1, RANKED: 2, RECEIVES: 3, SHARES: 3 },
};

/** The write queries of the report's import sections and of deleting a report node. */
export const REPORT_WRITE_NAMES: ReportQuery[] = [
  'report/upsert-policy-projects', 'report/upsert-rankings', 'report/upsert-events', 'report/upsert-stated-figures',
  'report/merge-policy-shares', 'report/merge-policy-recipients-cities', 'report/merge-policy-recipients-nations', 'report/merge-city-rankings',
  'report/merge-event-venues', 'report/merge-event-organizers-cities', 'report/merge-event-organizers-organizations',
  'report/merge-event-organizers-officials', 'report/merge-event-parts', 'report/merge-meeting-mentions-cities',
  'report/merge-meeting-mentions-organizations', 'report/merge-meeting-mentions-events', 'report/merge-figure-subjects',
  'report/lock-report-nodes', 'report/delete-report-nodes',
];

export const REPORT_SAMPLES: Record<ReportQuery, Sample[]> = {
  // ---- reads ----
  'report/count-policy-projects': [
    { params: noFilter, check: (rows) => expect(rows).toEqual([{ count: 3 }]) },
    { params: { ...noFilter, sector: 'TRANSPORTATION' }, check: (rows) => expect(rows).toEqual([{ count: 1 }]) },
    // A nation counts the projects it received itself and those of its cities.
    { params: { ...noFilter, recipientId: 'FR' }, check: (rows) => expect(rows).toEqual([{ count: 1 }]) },
    { params: { ...noFilter, recipientId: 'DE' }, check: (rows) => expect(rows).toEqual([{ count: 2 }]) },
    { params: { sector: 'WATERWORKS', recipientId: 'bonn' }, check: (rows) => expect(rows).toEqual([{ count: 0 }]) },
  ],
  'report/list-policy-projects': [
    {
      params: { ...noFilter, ...page },
      check: (rows) => {
        expect(col(rows, 'project', 'id')).toEqual(['p3', 'p1', 'p2']); // by title: Berlin water, Bonn card, French plan
        expect(rows[0].project).toEqual({ id: 'p3', title: 'Berlin water', sector: 'WATERWORKS', category: null, kind: 'construction', note: null, source: 's', updatedAt: null });
      },
    },
    { params: { ...noFilter, ...page, recipientId: 'DE' }, check: (rows) => expect(col(rows, 'project', 'id')).toEqual(['p3', 'p1']) },
    { params: { ...noFilter, ...page, recipientId: 'bonn' }, check: (rows) => expect(col(rows, 'project', 'id')).toEqual(['p1']) },
    { params: { ...noFilter, ...page, sector: 'OTHERS' }, check: (rows) => expect(col(rows, 'project', 'id')).toEqual(['p2']) },
    { params: { ...noFilter, afterName: 'Bonn card', afterId: 'p1', limit: 5 }, check: (rows) => expect(col(rows, 'project', 'id')).toEqual(['p2']) },
  ],
  'report/get-ends-of-projects': [
    {
      params: { ids: ['p1', 'p2', 'nope'] },
      check: (rows) =>
        expect(rows.map((r) => line(r, 'project', 'relation', 'label', 'id'))).toEqual([
          'p1 RECEIVES City bonn',
          'p1 SHARES City seoul',
          'p2 RECEIVES Nation FR',
          'p2 SHARES City seoul',
        ]),
    },
  ],
  'report/get-links-of-events': [
    {
      params: { ids: ['e1', 'e2', 'e3'] },
      check: (rows) =>
        expect(rows.map((r) => line(r, 'event', 'type', 'label', 'id', 'role'))).toEqual([
          'e1 HELD_IN City seoul null',
          'e1 ORGANIZED_BY Organization i null',
          'e2 ORGANIZED_BY City seoul launched',
          'e2 PART_OF Event e1 null',
          'e3 ORGANIZED_BY Official lee hosted',
        ]),
    },
  ],
  'report/get-mentions-of-officials': [
    {
      params: { ids: ['lee', 'amb'] },
      check: (rows) =>
        expect(rows).toEqual([
          { official: 'amb', other: 'lee', on: '2019-04', topic: 'Metropolis', label: 'Organization', id: 'm' },
          { official: 'lee', other: 'amb', on: '2019-04', topic: 'the forum', label: 'Event', id: 'e3' },
          { official: 'lee', other: 'amb', on: '2019-04', topic: 'Paris', label: 'City', id: 'paris' },
        ]),
    },
  ],
  'report/get-projects-of-nodes': [
    {
      params: { ids: ['seoul', 'FR', 'bonn', 'paris'] },
      check: (rows) =>
        expect(rows.map((r) => `${r.key} ${r.relation} ${(r.project as Row).id}`).sort()).toEqual([
          'FR RECEIVES p2',
          'bonn RECEIVES p1',
          'seoul SHARES p1',
          'seoul SHARES p2',
          'seoul SHARES p3',
        ]),
    },
  ],
  'report/get-rankings-of-cities': [
    {
      params: { ids: ['seoul', 'paris'] },
      check: (rows) => {
        expect(rows.map((r) => `${r.cityId} ${(r.ranking as Row).id}`)).toEqual(['seoul r2', 'seoul r1']); // Asia before world
        expect(rows[1].ranking).toEqual({ id: 'r1', index: 'Index A', publisher: null, rank: 6, scope: 'world', asOf: '2017-03', detail: 'for 4 years', note: null, source: 's', updatedAt: null });
      },
    },
  ],
  'report/get-report-nodes-by-ids': [
    {
      params: { ids: ['p1', 'r1', 'e3', 'f2', 'seoul', 'nope'] },
      check: (rows) => {
        expect(rows.map((r) => `${r.label} ${(r.node as Row).id}`).sort()).toEqual(['Event e3', 'PolicyProject p1', 'Ranking r1', 'StatedFigure f2']);
        // Every stored property; the store keeps no null.
        expect(rows.find((r) => r.label === 'Event')!.node).toEqual({ id: 'e3', name: 'Forum', kind: 'FORUM', source: 's' });
        expect(rows.find((r) => r.label === 'StatedFigure')!.node).toMatchObject({ value: 22, category: 'TRANSPORTATION', unit: 'COUNT' });
      },
    },
  ],
  'report/get-report-relationships': [
    {
      params: { ids: ['seoul', 'FR', 'e2', 'lee', 'f1'], types: ['SHARES', 'RECEIVES', 'RANKED', 'ORGANIZED_BY', 'PART_OF', 'DISCUSSED', 'ABOUT'] },
      check: (rows) => {
        expect(rows.map((r) => line(r, 'source', 'type', 'target')).sort()).toEqual([
          'FR RECEIVES p2',
          'e2 ORGANIZED_BY seoul',
          'e2 PART_OF e1',
          'f1 ABOUT seoul',
          'lee DISCUSSED e3',
          'lee DISCUSSED paris',
          'seoul RANKED r1',
          'seoul RANKED r2',
          'seoul SHARES p1',
          'seoul SHARES p2',
          'seoul SHARES p3',
        ]);
        expect(rows.find((r) => r.type === 'ORGANIZED_BY')!.properties).toEqual({ role: 'launched', source: 's' });
      },
    },
  ],
  'report/list-events': [
    { params: { kind: null }, check: (rows) => expect(col(rows, 'event', 'id')).toEqual(['e1', 'e2', 'e3']) }, // dated first, then by name
    { params: { kind: 'FORUM' }, check: (rows) => expect(rows).toEqual([{ event: { id: 'e3', name: 'Forum', kind: 'FORUM', on: null, note: null, source: 's', updatedAt: null } }]) },
  ],
  'report/list-stated-figures': [
    { params: { measure: null, subjectId: null }, check: (rows) => expect(col(rows, 'figure', 'id')).toEqual(['f1', 'f2']) },
    {
      params: { measure: 'POLICIES_SHARED', subjectId: 'seoul' },
      check: (rows) => expect(rows.map((r) => r.figure)).toEqual([
        { id: 'f2', measure: 'POLICIES_SHARED', category: 'TRANSPORTATION', value: 22, unit: 'COUNT', period: null, asOf: '2017-03', quote: '22 cases', note: null, source: 's', updatedAt: null, subject: 'seoul' },
      ]),
    },
    { params: { measure: null, subjectId: 'paris' }, check: (rows) => expect(rows).toEqual([]) },
  ],
  'report/page-located-cities': [
    {
      params: { afterId: null, limit: 10 },
      check: (rows) => {
        expect(col(rows, 'city', 'id')).toEqual(['berlin', 'paris', 'seoul']); // Bonn has no location
        expect(rows[0].city).toEqual({ id: 'berlin', name: 'Berlin', kind: 'CITY', latitude: 52.52437, longitude: 13.41053, geonameId: 2950159, locationSource: 's', source: 's', nation: 'DE', continent: 'EUROPE' });
      },
    },
    { params: { afterId: 'berlin', limit: 1 }, check: (rows) => expect(col(rows, 'city', 'id')).toEqual(['paris']) },
  ],
  'report/page-located-partnerships': [
    {
      params: { afterId: null, limit: 10 },
      check: (rows) => {
        // One row per located city; each partnership once, from the city it is stored from (Seoul).
        expect(rows.map((r) => r.source)).toEqual(['berlin', 'paris', 'seoul']);
        const all: Row[] = rows.flatMap((r) => (r.partnerships as Row[]).map((p) => ({ city: r.source, ...p })));
        expect(all.map((p) => `${p.city} ${p.target} ${p.tier}`).sort()).toEqual(['seoul berlin FRIENDSHIP', 'seoul paris SISTER']);
        expect(all.find((p) => p.target === 'paris')).toEqual({ city: 'seoul', target: 'paris', tier: 'SISTER', since: 1991, source: 's', from: [126.9784, 37.566], to: [2.3488, 48.85341] });
      },
    },
  ],

  // ---- writes (run in order on a freshly seeded fixture; `changes` are the counts that differ afterwards) ----
  'report/upsert-policy-projects': [
    {
      params: { rows: [{ id: 'p4', title: 'New', sector: 'ENVIRONMENT', category: null, kind: null, note: null, source: 't' }], updatedAt: T },
      check: merged(1),
      changes: { nodes: { PolicyProject: 4 } },
    },
    {
      params: { rows: [{ id: 'p1', title: 'Bonn card', sector: 'TRANSPORTATION', category: null, kind: null, note: null, source: 't' }], updatedAt: T },
      check: merged(1),
      changes: { nodes: { PolicyProject: 4 } },
    },
  ],
  'report/upsert-rankings': [
    {
      params: { rows: [{ id: 'r3', index: 'Index B', publisher: null, rank: 11, scope: 'world', asOf: null, detail: null, note: null, source: 't' }], updatedAt: T },
      check: merged(1),
      changes: { nodes: { Ranking: 3 } },
    },
  ],
  'report/upsert-events': [
    { params: { rows: [{ id: 'e4', name: 'Summit', kind: 'SUMMIT', on: null, note: null, source: 't' }], updatedAt: null }, check: merged(1), changes: { nodes: { Event: 4 } } },
    { params: { rows: [{ id: 'e1', name: 'Congress', kind: 'CONGRESS', on: '2015-04', note: null, source: 's' }], updatedAt: null }, check: merged(1), changes: { nodes: { Event: 4 } } },
  ],
  'report/upsert-stated-figures': [
    {
      params: { rows: [{ id: 'f3', measure: 'SISTER_CITIES', category: null, value: 23, unit: 'COUNT', period: null, asOf: null, quote: 'q', note: null, source: 't' }], updatedAt: T },
      check: merged(1),
      changes: { nodes: { StatedFigure: 3 } },
    },
  ],
  'report/merge-policy-shares': [
    // A row whose ends do not both exist is dropped.
    { params: { rows: [{ city: 'paris', project: 'p3', source: 't' }, { city: 'atlantis', project: 'p3', source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { SHARES: 4 } } },
    { params: { rows: [{ city: 'seoul', project: 'p1', source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { SHARES: 4 } } },
  ],
  'report/merge-policy-recipients-cities': [
    { params: { rows: [{ recipient: 'paris', project: 'p1', source: 't' }, { recipient: 'FR', project: 'p1', source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { RECEIVES: 4 } } },
  ],
  'report/merge-policy-recipients-nations': [
    { params: { rows: [{ recipient: 'DE', project: 'p2', source: 't' }, { recipient: 'bonn', project: 'p2', source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { RECEIVES: 4 } } },
  ],
  'report/merge-city-rankings': [
    { params: { rows: [{ city: 'paris', ranking: 'r1', source: 't' }, { city: 'paris', ranking: 'nope', source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { RANKED: 3 } } },
  ],
  'report/merge-event-venues': [
    { params: { rows: [{ event: 'e3', city: 'berlin', source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { HELD_IN: 2 } } },
    { params: { rows: [{ event: 'e1', city: 'seoul', source: 's' }], updatedAt: null }, check: merged(1), changes: { relationships: { HELD_IN: 2 } } },
  ],
  'report/merge-event-organizers-cities': [
    { params: { rows: [{ event: 'e3', organizer: 'paris', role: 'host', source: 't' }, { event: 'e3', organizer: 'lee', role: null, source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { ORGANIZED_BY: 4 } } },
  ],
  'report/merge-event-organizers-organizations': [
    { params: { rows: [{ event: 'e2', organizer: 'm', role: null, source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { ORGANIZED_BY: 4 } } },
  ],
  'report/merge-event-organizers-officials': [
    { params: { rows: [{ event: 'e1', organizer: 'amb', role: null, source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { ORGANIZED_BY: 4 } } },
  ],
  'report/merge-event-parts': [
    { params: { rows: [{ event: 'e3', partOf: 'e1', source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { PART_OF: 2 } } },
  ],
  'report/merge-meeting-mentions-cities': [
    {
      params: { rows: [{ official: 'lee', other: 'amb', on: '2019-04', target: 'berlin', topic: 'Berlin', source: 't' }], updatedAt: T },
      check: merged(1),
      changes: { relationships: { DISCUSSED: 4 } },
    },
    {
      // The same meeting and target again, another topic: updated, not added.
      params: { rows: [{ official: 'lee', other: 'amb', on: '2019-04', target: 'paris', topic: 'Paris again', source: 't' }], updatedAt: T },
      check: merged(1),
      changes: { relationships: { DISCUSSED: 4 } },
    },
  ],
  'report/merge-meeting-mentions-organizations': [
    { params: { rows: [{ official: 'lee', other: 'amb', on: '2019-04', target: 'i', topic: 'ICLEI', source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { DISCUSSED: 4 } } },
  ],
  'report/merge-meeting-mentions-events': [
    // Another meeting (another date) mentioning the same event: a second DISCUSSED.
    { params: { rows: [{ official: 'lee', other: 'amb', on: '2019-05', target: 'e3', topic: 'the forum', source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { DISCUSSED: 4 } } },
  ],
  'report/merge-figure-subjects': [
    { params: { rows: [{ figure: 'f1', city: 'paris', source: 't' }], updatedAt: T }, check: merged(1), changes: { relationships: { ABOUT: 3 } } },
  ],
  'report/lock-report-nodes': [
    {
      params: { ids: ['p1', 'e1', 'f2', 'nope'] },
      check: (rows) => expect(rows.map((r) => line(r, 'id', 'type', 'count')).sort()).toEqual([
        'e1 HELD_IN 1', 'e1 ORGANIZED_BY 1', 'e1 PART_OF 1', 'f2 ABOUT 1', 'p1 RECEIVES 1', 'p1 SHARES 1',
      ]),
    },
  ],
  'report/delete-report-nodes': [
    {
      // The congress: its venue, its organizer and the declaration made at it go with it.
      params: { id: 'e1' },
      check: (rows) => expect(rows.reduce((sum, r) => sum + Number(r.deleted), 0)).toBe(1),
      changes: { nodes: { Event: 2 }, relationships: { HELD_IN: 0, ORGANIZED_BY: 2, PART_OF: 0 } },
    },
    { params: { id: 'e1' }, check: (rows) => expect(rows.reduce((sum, r) => sum + Number(r.deleted), 0)).toBe(0), changes: { nodes: { Event: 2 }, relationships: { HELD_IN: 0, ORGANIZED_BY: 2, PART_OF: 0 } } },
  ],
};
