// The bulk import, and the one write pipeline of the project: a graph in the seed format (seed/graph.json), from
// the importGraph mutation, the CLI or the seed loader, merged into the stored graph in one transaction, all or
// nothing. Every record is validated with the mutations' rules (the model's) and its references resolved against
// the import itself and the stored graph; every offending record is reported (up to MAX_IMPORT_PROBLEMS) with its
// section and index. Records are classified against the current state as created, updated or unchanged, and only
// created and updated ones are written (stamped with one updatedAt; the seed is not stamped), so importing the same
// file twice changes nothing the second time. A dry run validates and classifies, writing nothing. The records are
// written in chunks of `chunkRows`, one transaction each, undone together if one fails (./import-chunks.ts).
import { DomainError, ErrorCode } from '../model/errors';
import { LABELS, NODE_LABELS, OFFICE_TARGET_LABEL, RELATIONSHIPS, type Label, type RelType } from '../model/graph';
import { IMPORT_SECTIONS, NODE_SECTION, SECTION_INPUT, referencesOf, type ImportSection, type Reference } from '../model/inputs';
import { normalize } from '../model/validation';
import { clashMessage, idClashes } from './node-ids';
import type { GraphStore } from '../store/graph-store';
import { repositories, type Repositories } from '../store/repositories';
import { continentOf, COUNTRIES_SOURCE } from '../model/countries';
import { isReportRelationshipSection, REPORT_DESCRIBE, REPORT_KEY, REPORT_SECTION_ELEMENT, storedReportRelationships } from './report-import';
import { READ_BATCH } from '../store/repositories/imports';
import { DEFAULT_CHUNK_ROWS, undoUnfinishedImports, writeInChunks, type Change } from './import-chunks';
import { writeSections } from './import-writes';

export { writeSteps, type WriteStep } from './import-writes';

export { IMPORT_SECTIONS, type ImportSection };

/** How many problems a report lists (it counts them all). */
export const MAX_IMPORT_PROBLEMS = 100;
/** How many records one import may hold, all sections together. */
export const MAX_IMPORT_RECORDS = 100_000;

export interface ImportProblem {
  /** The section, e.g. "cities" (or "input" for the document as a whole). */
  section: string;
  /** The record's position in its section, from 0; null for a problem of the whole section. */
  index: number | null;
  /** The field at fault, when one is. */
  field: string | null;
  message: string;
}

export interface SectionCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  dryRun: boolean;
  /** Whether the graph was written (false for a dry run, and for an import with problems). */
  applied: boolean;
  records: number;
  counts: Record<ImportSection, SectionCounts>;
  /** The first MAX_IMPORT_PROBLEMS problems, in section and record order. */
  problems: ImportProblem[];
  problemCount: number;
}

export interface ImportOptions {
  dryRun?: boolean;
  clock?: () => Date;
  /** Stamp written records with `updatedAt` (an edit); false for the seed, which is not an edit. Default true. */
  stamp?: boolean;
  /** Changed records per write transaction (default: the store's IMPORT_CHUNK_ROWS, else DEFAULT_CHUNK_ROWS). */
  chunkRows?: number;
}

type Status = 'created' | 'updated' | 'unchanged';
type Rec = Record<string, unknown>;

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
const KEY: Record<ImportSection | 'sources', (r: Rec) => string> = {
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

const DESCRIBE: Record<ImportSection | 'sources', (r: Rec) => string> = {
  sources: (r) => `source "${r.id}"`,
  nations: (r) => `nation "${r.code}"`,
  cities: (r) => `city "${r.id}"`,
  organizations: (r) => `organization "${r.id}"`,
  officials: (r) => `official "${r.id}"`,
  partnerships: (r) => `the partnership of "${r.cityA}" and "${r.cityB}"`,
  memberships: (r) => `the membership of "${r.city}" in "${r.organization}"`,
  hostings: (r) => `the office of "${r.organization}" in "${r.city}"`,
  meetings: (r) => `the meeting of "${r.official}" and "${r.with}" on ${r.on}`,
  offices: (r) => `the office "${r.title}" of "${r.official}"`,
  ...REPORT_DESCRIBE,
};

/** An import refused because of its problems: BAD_USER_INPUT listing them; nothing was written. */
export class ImportRejected extends DomainError {
  constructor(readonly report: ImportReport) {
    const first = report.problems[0];
    super(
      ErrorCode.BAD_USER_INPUT,
      `The import has ${report.problemCount} problem${report.problemCount === 1 ? '' : 's'}; nothing was written. ` +
        `First: ${first ? formatProblem(first) : 'unknown'}`,
      { problems: report.problems, problemCount: report.problemCount },
    );
  }
}

export function formatProblem(p: ImportProblem): string {
  const where = p.index === null ? p.section : `${p.section}[${p.index}]`;
  return `${where}${p.field ? `.${p.field}` : ''}: ${p.message}`;
}

/** Validates, classifies and (unless `dryRun`) writes an import. Throws ImportRejected when it has problems and is not a dry run. */
export async function importGraph(store: GraphStore, input: unknown, options: ImportOptions = {}): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const problems = new Problems();
  const records = checkRecords(input, problems);
  const total = IMPORT_SECTIONS.reduce((sum, s) => sum + records[s].length, 0);

  const plan = async (repos: Repositories, problems: Problems) => {
    await checkReferences(records, repos, problems);
    const valid = Object.fromEntries(IMPORT_SECTIONS.map((s) => [s, records[s].filter((r) => !problems.has(s, r.index))])) as Records;
    return classify(valid, repos);
  };
  const report = (classified: Classified, applied: boolean, problems: Problems): ImportReport => ({
    dryRun,
    applied,
    records: total,
    counts: Object.fromEntries(IMPORT_SECTIONS.map((s) => [s, countOf(classified[s])])) as Record<ImportSection, SectionCounts>,
    problems: problems.list(),
    problemCount: problems.count,
  });

  if (dryRun || problems.count > 0) {
    const result = report(await plan(repositories(store), problems), false, problems);
    if (!dryRun) throw new ImportRejected(result);
    return result;
  }
  const updatedAt = options.stamp === false ? null : (options.clock ?? (() => new Date()))().toISOString();
  const chunkRows = Math.max(1, options.chunkRows ?? store.importChunkRows ?? DEFAULT_CHUNK_ROWS);
  // Nothing else of this process writes between the plan and the last chunk (or the undo of the first ones).
  return store.exclusive(async (session) => {
    const attempt = new Problems();
    const classified = await plan(repositories(store), attempt);
    // Problems found against the graph (an unknown reference): nothing was written.
    if (attempt.count > 0) throw new ImportRejected(report(classified, false, attempt));
    const changes: Change[] = IMPORT_SECTIONS.flatMap((section) =>
      classified[section].flatMap(({ record, status, previous }) => (status === 'unchanged' ? [] : [{ section, status, record, previous }])),
    );
    await writeInChunks(store, session, changes, updatedAt, chunkRows, writeSections);
    return report(classified, true, attempt);
  });
}

/**
 * Undoes chunked imports a crash interrupted (run when the store is opened); returns how many. `olderThanMs` leaves
 * alone an import another process may still be running (Neo4j).
 */
export function undoInterruptedImports(store: GraphStore, olderThanMs = 0): Promise<number> {
  return undoUnfinishedImports(store, writeSections, olderThanMs);
}

// ---- records ----------------------------------------------------------------------------------------------------

interface Entry {
  index: number;
  record: Rec;
}
type Records = Record<ImportSection, Entry[]>;

class Problems {
  private readonly items: ImportProblem[] = [];
  private readonly offending = new Set<string>();
  count = 0;

  add(section: string, index: number | null, field: string | null, message: string): void {
    this.count += 1;
    if (index !== null) this.offending.add(`${section}[${index}]`);
    if (this.items.length < MAX_IMPORT_PROBLEMS) this.items.push({ section, index, field, message });
  }

  has(section: string, index: number): boolean {
    return this.offending.has(`${section}[${index}]`);
  }

  list(): ImportProblem[] {
    const order = (s: string) => ['input', 'sources', ...IMPORT_SECTIONS].indexOf(s);
    return [...this.items].sort((a, b) => order(a.section) - order(b.section) || (a.index ?? -1) - (b.index ?? -1));
  }
}

function checkRecords(input: unknown, problems: Problems): Records {
  const records = Object.fromEntries(IMPORT_SECTIONS.map((s) => [s, [] as Entry[]])) as Records;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    problems.add('input', null, null, 'the import must be an object with sections such as "cities" and "partnerships"');
    return records;
  }
  const document = input as Record<string, unknown>;
  for (const key of Object.keys(document)) {
    if (!(key in SECTION_INPUT)) problems.add('input', null, key, `unknown section "${key}"; the sections are sources, ${IMPORT_SECTIONS.join(', ')}`);
  }
  const total = Object.keys(SECTION_INPUT).reduce((sum, s) => sum + (Array.isArray(document[s]) ? (document[s] as unknown[]).length : 0), 0);
  if (total > MAX_IMPORT_RECORDS) {
    problems.add('input', null, null, `the import holds ${total} records; at most ${MAX_IMPORT_RECORDS} are accepted at once`);
    return records;
  }
  for (const section of ['sources', ...IMPORT_SECTIONS] as const) {
    const value = document[section];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) {
      problems.add(section, null, null, `${section} must be a list of records`);
      continue;
    }
    const firstIndexOf = new Map<string, number>();
    for (const [index, raw] of value.entries()) {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        problems.add(section, index, null, 'a record must be an object');
        continue;
      }
      const { record, problems: found } = normalize(SECTION_INPUT[section], raw as Rec, { strict: true });
      if (section === 'nations') withContinent(record);
      for (const p of found) problems.add(section, index, p.field, p.messages.join('; '));
      const key = KEY[section](record);
      const first = firstIndexOf.get(key);
      if (found.length) {
        // Later duplicates of an invalid record are still reported as such.
        if (first === undefined) firstIndexOf.set(key, index);
        continue;
      }
      if (first !== undefined) {
        problems.add(section, index, null, `${DESCRIBE[section](record)} is already in ${section}[${first}]`);
        continue;
      }
      firstIndexOf.set(key, index);
      if (section !== 'sources') records[section].push({ index, record });
    }
  }
  return records;
}

/** A nation without a continent takes the one countries-list gives its code, with that source. */
function withContinent(nation: Rec): void {
  if (nation.continent !== null) return;
  const continent = continentOf(String(nation.code));
  if (continent) Object.assign(nation, { continent, continentSource: COUNTRIES_SOURCE });
}

// ---- references -------------------------------------------------------------------------------------------------

/** Which of these keys of a label are stored: a key-only lookup for the network's labels, the node repository's otherwise. */
async function existingKeys(repos: Repositories, label: Label, ids: string[]): Promise<Set<string>> {
  if (repos.imports.handles(label)) return repos.imports.existingKeys(label, ids);
  const repository = repos.nodes(label);
  return new Set((await repository.getByKeys(ids)).map((entity) => repository.keyOf(entity)));
}

/** A reference must name a node of this import or of the stored graph. */
async function checkReferences(records: Records, repos: Repositories, problems: Problems): Promise<void> {
  // By label, without building a string per reference: 200,000 references at 100,000 records.
  const imported = new Map(NODE_LABELS.map((label) => [label, new Set(records[NODE_SECTION[label]].map((e) => String(e.record[LABELS[label].key])))]));
  // Grouped by label in one pass (a filter per label over 200,000 references cost seconds under load).
  const refs = new Map<Label, (Reference & { section: ImportSection; index: number })[]>(NODE_LABELS.map((label) => [label, []]));
  for (const section of IMPORT_SECTIONS) {
    for (const { index, record } of records[section]) {
      for (const ref of referencesOf(SECTION_INPUT[section], record)) {
        if (!imported.get(ref.label)!.has(ref.id)) refs.get(ref.label)!.push({ field: ref.field, label: ref.label, id: ref.id, section, index });
      }
    }
  }
  for (const [label, ofLabel] of refs) {
    // The key alone, one index lookup each (the whole node and its nation cost several times more at 100,000).
    const stored = ofLabel.length ? await existingKeys(repos, label, [...new Set(ofLabel.map((r) => r.id))]) : new Set<string>();
    for (const ref of ofLabel) {
      if (!stored.has(ref.id)) problems.add(ref.section, ref.index, ref.field, `unknown ${ref.label.toLowerCase()} "${ref.id}": it is neither in this import nor in the graph`);
    }
  }
  const nodes = NODE_LABELS.flatMap((label) => records[NODE_SECTION[label]].map((e) => ({ label, id: String(e.record[LABELS[label].key]), index: e.index })));
  for (const clash of await idClashes(repos, nodes)) {
    const node = nodes.find((n) => n.label === clash.label && n.id === clash.id)!;
    problems.add(NODE_SECTION[clash.label], node.index, LABELS[clash.label].key, clashMessage(clash));
  }
}

// ---- classification against the stored graph ---------------------------------------------------------------------

/** Each record with its status; an updated one with the record as stored (to undo the import). */
type Classified = Record<ImportSection, { record: Rec; status: Status; previous?: Rec }[]>;

function countOf(entries: { status: Status }[]): SectionCounts {
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

async function classify(records: Records, repos: Repositories): Promise<Classified> {
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
