// What the exports of the seeded graph must contain, derived from seed/graph.json alone (not from the store),
// with the exports' attribute names: `type` for the label, `sourceDocument` for the stored `source`.
import type { SeedGraph } from '../../src/seed/seed';
import { reportEdges, reportNodes, reportSeed } from './report-seed';

export interface ExpectedNode {
  id: string;
  attributes: Record<string, unknown>;
}

export interface ExpectedEdge {
  source: string;
  target: string;
  attributes: Record<string, unknown>;
}

/** Drops null and undefined values, as the store does (it keeps no null property). */
function present(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined));
}

export function expectedNodes(seed: SeedGraph): ExpectedNode[] {
  return [
    ...seed.nations.map((n) => ({
      id: n.code,
      attributes: present({ type: 'Nation', name: n.name, continent: n.continent, continentSource: n.continentSource, sourceDocument: n.source }),
    })),
    ...seed.cities.map((c) => ({
      id: c.id,
      attributes: present({
        type: 'City',
        name: c.name,
        kind: c.kind,
        latitude: c.latitude,
        longitude: c.longitude,
        geonameId: c.geonameId,
        locationSource: c.locationSource,
        sourceDocument: c.source,
      }),
    })),
    ...seed.organizations.map((o) => ({
      id: o.id,
      attributes: present({
        type: 'Organization',
        name: o.name,
        acronym: o.acronym,
        category: o.category,
        memberSummary: o.memberSummary,
        purpose: o.purpose,
        memberCount: o.memberCount,
        memberCountApproximate: o.memberCountApproximate,
        memberNations: o.memberNations,
        sourceDocument: o.source,
      }),
    })),
    ...seed.officials.map((o) => ({ id: o.id, attributes: present({ type: 'Official', name: o.name, title: o.title, sourceDocument: o.source }) })),
    ...reportNodes(reportSeed(seed)).map((n) => {
      const { source, ...properties } = n.properties;
      return { id: n.id, attributes: present({ type: n.label, ...properties, sourceDocument: source }) };
    }),
  ];
}

export function expectedEdges(seed: SeedGraph): ExpectedEdge[] {
  const edge = (source: string, target: string, attributes: Record<string, unknown>) => ({ source, target, attributes: present(attributes) });
  return [
    ...seed.partnerships.map((p) => edge(p.cityA, p.cityB, { type: 'SISTER_OF', directed: false, tier: p.tier, since: p.since, sourceDocument: p.source })),
    ...seed.cities.map((c) => edge(c.id, c.nation, { type: 'LOCATED_IN', directed: true, sourceDocument: c.nationSource ?? c.source })),
    ...seed.memberships.map((m) => edge(m.city, m.organization, { type: 'MEMBER_OF', directed: true, since: m.since, role: m.role, sourceDocument: m.source })),
    ...seed.hostings.map((h) => edge(h.city, h.organization, { type: 'HOSTS', directed: true, office: h.office, sourceDocument: h.source })),
    ...seed.meetings.map((m) => edge(m.official, m.with, { type: 'MET_WITH', directed: false, on: m.on, topics: m.topics, sourceDocument: m.source })),
    ...seed.offices.map((o) => edge(o.official, o.target, { type: 'HOLDS_OFFICE', directed: true, title: o.title, sourceDocument: o.source })),
    // The report's relationships are all directed.
    ...reportEdges(reportSeed(seed)).map((e) => {
      const { source, ...properties } = e.properties;
      return edge(e.source, e.target, { type: e.type, directed: true, ...properties, sourceDocument: source });
    }),
  ];
}

/** A canonical string for an edge, to compare multisets of edges whatever their order or ids. */
export function edgeSignature(source: string, target: string, attributes: Record<string, unknown>): string {
  const sorted = Object.keys(attributes)
    .sort()
    .map((k) => [k, attributes[k]]);
  return JSON.stringify([source, target, sorted]);
}
