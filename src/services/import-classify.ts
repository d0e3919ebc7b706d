// How the bulk import classifies its records against the stored graph: what each section's records are in the model,
// their identity within the section, and, section by section, whether each is created, updated (with the record as
// stored, for the undo) or unchanged. Relationships whose city or organization the import itself creates are not
// looked up: they cannot be stored.
import { LABELS, OFFICE_TARGET_LABEL, RELATIONSHIPS, type Label, type RelType } from '../model/graph';
import { IMPORT_SECTIONS, type ImportSection } from '../model/inputs';
import type { Repositories } from '../store/repositories';
import { READ_BATCH } from '../store/repositories/imports';
import { isReportRelationshipSection, REPORT_KEY, REPORT_SECTION_ELEMENT, storedReportRelationships } from './report-import';

/** A section's counts, as the import reports them. */
export interface SectionCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type Status = 'created' | 'updated' | 'unchanged';
export type Rec = Record<string, unknown>;

/** What each section's records are in the model: a node label or a relationship type. */
const SECTION_ELEMENT: Record<ImportSection, { label: Label } | { type: RelType }> = {
  nations: { label: 'Nation' },
  cities: { label: 'City' },
  organizations: { label: 'Organization' },
  officials: { label: 'Official' },
  partnerships: { type: 'SISTER_OF' },
  memberships: { type: 'MEMBER_OF' },
  hostings: { type: 'HOSTS' },
  meetings: { type: 'MET_WITH' },
  offices: { type: 'HOLDS_OFFICE' },
  ...REPORT_SECTION_ELEMENT,
};

/** The stored values a record is compared on to classify it: its element's properties (a city's nation too). */
function storedFields(section: ImportSection): string[] {
  const element = SECTION_ELEMENT[section];
  if ('type' in element) return RELATIONSHIPS[element.type].properties.map((p) => p.name);
  const spec = LABELS[element.label];
  return [...spec.properties.map((p) => p.name).filter((p) => p !== spec.key), ...(element.label === 'City' ? ['nation'] : [])];
}

const pair = (a: unknown, b: unknown) => [String(a), String(b)].sort().join('|');

/** The identity of a record within its section. */
export const KEY: Record<ImportSection | 'sources', (r: Rec) => string> = {
  sources: (r) => String(r.id),
  nations: (r) => String(r.code),
  cities: (r) => String(r.id),
  organizations: (r) => String(r.id),
  officials: (r) => String(r.id),
  partnerships: (r) => pair(r.cityA, r.cityB),
  memberships: (r) => `${r.city}|${r.organization}`,
  hostings: (r) => `${r.city}|${r.organization}`,
  meetings: (r) => `${pair(r.official, r.with)}|${r.on}`,
  offices: (r) => `${r.official}|${r.targetLabel}|${r.target}|${r.title}`,
  ...REPORT_KEY,
};

/** Each record with its status; an updated one with the record as stored (to undo the import). */
export type Classified = Record<ImportSection, { record: Rec; status: Status; previous?: Rec }[]>;

export function countOf(entries: { status: Status }[]): SectionCounts {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const e of entries) counts[e.status] += 1;
  return counts;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The stored counterpart of each section's records, by the record's key (KEY, in the stored direction). */
async function storedRecords(section: ImportSection, all: Rec[], repos: Repositories, created: NewNodes): Promise<Map<string, Rec>> {
  // A relationship with an end the import creates cannot be stored: not probed (a whole file of them, in a city import).
  const isNew = (r: Rec, cityField: string, organizationField?: string) =>
    created.cities.has(String(r[cityField])) || (organizationField !== undefined && created.organizations.has(String(r[organizationField])));
  const records =
    section === 'partnerships' ? all.filter((r) => !isNew(r, 'cityA') && !isNew(r, 'cityB'))
    : section === 'memberships' || section === 'hostings' ? all.filter((r) => !isNew(r, 'city', 'organization'))
    : all;
  const ids = (field: string) => [...new Set(records.map((r) => String(r[field])))];
  const byKey = <T>(rows: T[], key: (row: T) => string, value: (row: T) => Rec = (row) => row as Rec) => new Map(rows.map((row) => [key(row), value(row)]));
  if (records.length === 0) return new Map();
  switch (section) {
    case 'cities':
      return byKey(await inBatches(ids('id'), (batch) => repos.cities.getByKeys(batch)), (c) => c.id, (c) => ({ ...c, nation: c.nationCode }));
    // Relationships: probed pair by pair, anchored on a city (all the partnerships of 100,000 cities would be millions).
    case 'partnerships':
      return byKey(await repos.imports.partnershipsOfPairs(records as { cityA: string; cityB: string }[]), (p) => pair(p.cityA, p.cityB));
    case 'memberships':
      return byKey(await repos.imports.membershipsOfPairs(records as { city: string; organization: string }[]), (m) => `${m.city}|${m.organization}`);
    case 'hostings':
      return byKey(await repos.imports.hostingsOfPairs(records as { city: string; organization: string }[]), (h) => `${h.city}|${h.organization}`);
    case 'meetings':
      return byKey(await repos.officials.meetingsOf(ids('official')), (m) => `${pair(m.officialId, m.otherId)}|${m.on}`);
    case 'offices':
      return byKey(await repos.officials.officesOf(ids('official')), (o) => `${o.officialId}|${OFFICE_TARGET_LABEL[o.targetType]}|${o.targetId}|${o.title}`);
    default: {
      if (isReportRelationshipSection(section)) return storedReportRelationships(section, records, repos);
      const label = (SECTION_ELEMENT[section] as { label: Label }).label;
      const repository = repos.nodes(label);
      return byKey(await inBatches(ids(LABELS[label].key), (batch) => repository.getByKeys(batch)), (e) => repository.keyOf(e));
    }
  }
}

async function inBatches<T>(keys: string[], read: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < keys.length; i += READ_BATCH) found.push(...(await read(keys.slice(i, i + READ_BATCH))));
  return found;
}

/** The keys of the cities and organizations the import creates (classified before the relationships that name them). */
interface NewNodes {
  cities: Set<string>;
  organizations: Set<string>;
}

export async function classify(records: Record<ImportSection, { record: Rec }[]>, repos: Repositories): Promise<Classified> {
  const classified = {} as Classified;
  const created: NewNodes = { cities: new Set(), organizations: new Set() };
  for (const section of IMPORT_SECTIONS) {
    const stored = await storedRecords(section, records[section].map((e) => e.record), repos, created);
    const fields = storedFields(section);
    classified[section] = records[section].map(({ record }) => {
      const existing = stored.get(KEY[section](record));
      if (existing === undefined) return { record, status: 'created' as const };
      if (fields.every((f) => same(existing[f], record[f]))) return { record, status: 'unchanged' as const };
      // As stored: the record's keys with the stored values and time (a city's location: see import-chunks.ts).
      const previous: Rec = { ...record, ...(section === 'cities' && { nationSource: null }), updatedAt: existing.updatedAt ?? null };
      for (const f of fields) previous[f] = existing[f] ?? null;
      return { record, status: 'updated' as const, previous };
    });
    if (section === 'cities' || section === 'organizations') {
      for (const { record, status } of classified[section]) if (status === 'created') created[section].add(String(record.id));
    }
  }
  return classified;
}
