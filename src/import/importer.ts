// The bulk import: a graph in the seed format (seed/graph.json), from the importGraph mutation or the CLI, merged
// into the stored graph in one transaction, all or nothing. Every record is validated with the mutations' rules
// and its references resolved against the import itself and the stored graph; every offending record is reported
// (up to MAX_IMPORT_PROBLEMS) with its section and index. Records are classified against the current state as
// created, updated or unchanged, and only created and updated ones are written (stamped with one updatedAt), so
// importing the same file twice changes nothing the second time. A dry run validates and classifies, writing nothing.
// The input classes carry TypeGraphQL decorators, which need the metadata polyfill (also outside GraphQL: the CLI).
import 'reflect-metadata';
import { validate, type ValidationError } from 'class-validator';
import { AppError, ErrorCode } from '../errors';
import {
  CityInput,
  HostingInput,
  ImportOfficeInput,
  MeetingInput,
  MembershipInput,
  NationInput,
  OfficialInput,
  OrganizationInput,
  PartnershipInput,
  SourceDocumentInput,
} from '../graphql/inputs';
import type { GraphStore, TransactionScope } from '../store/graph-store';
import { MERGE_OFFICES } from '../writes/write-service';
import type { Params, Row } from '../store/port';
import type { QueryName } from '../store/queries';

export const IMPORT_SECTIONS = ['nations', 'cities', 'organizations', 'officials', 'partnerships', 'memberships', 'hostings', 'meetings', 'offices'] as const;
export type ImportSection = (typeof IMPORT_SECTIONS)[number];

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

type Run = (name: QueryName, params: Params) => Promise<Row[]>;
type Status = 'created' | 'updated' | 'unchanged';
type Rec = Record<string, unknown>;

interface SectionSpec {
  input: new () => object;
  /** The identity of a record within its section. */
  key: (r: Rec) => string;
  describe: (r: Rec) => string;
  /** Fields with a default when left out. */
  defaults?: Rec;
}

const pair = (a: unknown, b: unknown) => [String(a), String(b)].sort().join('|');

const SECTIONS: Record<ImportSection | 'sources', SectionSpec> = {
  sources: { input: SourceDocumentInput, key: (r) => String(r.id), describe: (r) => `source "${r.id}"` },
  nations: { input: NationInput, key: (r) => String(r.code), describe: (r) => `nation "${r.code}"` },
  cities: { input: CityInput, key: (r) => String(r.id), describe: (r) => `city "${r.id}"` },
  organizations: { input: OrganizationInput, key: (r) => String(r.id), describe: (r) => `organization "${r.id}"` },
  officials: { input: OfficialInput, key: (r) => String(r.id), describe: (r) => `official "${r.id}"` },
  partnerships: { input: PartnershipInput, key: (r) => pair(r.cityA, r.cityB), describe: (r) => `the partnership of "${r.cityA}" and "${r.cityB}"` },
  memberships: { input: MembershipInput, key: (r) => `${r.city}|${r.organization}`, describe: (r) => `the membership of "${r.city}" in "${r.organization}"` },
  hostings: { input: HostingInput, key: (r) => `${r.city}|${r.organization}`, describe: (r) => `the office of "${r.organization}" in "${r.city}"` },
  meetings: { input: MeetingInput, key: (r) => `${pair(r.official, r.with)}|${r.on}`, describe: (r) => `the meeting of "${r.official}" and "${r.with}" on ${r.on}`, defaults: { topics: [] } },
  offices: { input: ImportOfficeInput, key: (r) => `${r.official}|${r.targetLabel}|${r.target}|${r.title}`, describe: (r) => `the office "${r.title}" of "${r.official}"` },
};

/** The optional fields of each section, written as null when left out. */
const OPTIONAL: Partial<Record<ImportSection, string[]>> = {
  cities: ['nationSource'],
  organizations: ['acronym', 'category', 'memberSummary', 'purpose'],
  partnerships: ['since'],
  memberships: ['since', 'role'],
  hostings: ['office'],
};

/** An import refused because of its problems: BAD_USER_INPUT listing them; nothing was written. */
export class ImportRejected extends AppError {
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
export async function importGraph(store: GraphStore, input: unknown, options: { dryRun?: boolean; clock?: () => Date } = {}): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const problems = new Problems();
  const records = await checkRecords(input, problems);
  const total = IMPORT_SECTIONS.reduce((sum, s) => sum + records[s].length, 0);

  const plan = async (run: Run, problems: Problems) => {
    await checkReferences(records, run, problems);
    const valid = Object.fromEntries(IMPORT_SECTIONS.map((s) => [s, records[s].filter((r) => !problems.has(s, r.index))])) as Records;
    return classify(valid, run);
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
    const classified = await plan((name, params) => store.run(name, params), problems);
    const result = report(classified, false, problems);
    if (!dryRun) throw new ImportRejected(result);
    return result;
  }
  const updatedAt = (options.clock ?? (() => new Date()))().toISOString();
  return store.transaction(async (tx) => {
    // Neo4j's driver re-runs this function after a transient error: each attempt starts from a clean slate.
    const attempt = new Problems();
    const classified = await plan((name, params) => tx.run(name, params), attempt);
    // Problems found against the graph (an unknown reference): throwing rolls back; nothing was written yet anyway.
    if (attempt.count > 0) throw new ImportRejected(report(classified, false, attempt));
    await write(tx, classified, updatedAt);
    return report(classified, true, attempt);
  });
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

/** Deep copy as plain data, with every string trimmed (the mutations trim their arguments the same way). */
function plain(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

function constraintMessages(error: ValidationError): string[] {
  return [...Object.values(error.constraints ?? {}), ...(error.children ?? []).flatMap(constraintMessages)];
}

async function checkRecords(input: unknown, problems: Problems): Promise<Records> {
  const records = Object.fromEntries(IMPORT_SECTIONS.map((s) => [s, [] as Entry[]])) as Records;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    problems.add('input', null, null, 'the import must be an object with sections such as "cities" and "partnerships"');
    return records;
  }
  const document = input as Record<string, unknown>;
  for (const key of Object.keys(document)) {
    if (!(key in SECTIONS)) {
      problems.add('input', null, key, `unknown section "${key}"; the sections are sources, ${IMPORT_SECTIONS.join(', ')}`);
    }
  }
  const sizes = Object.keys(SECTIONS).map((s) => (Array.isArray(document[s]) ? (document[s] as unknown[]).length : 0));
  const total = sizes.reduce((a, b) => a + b, 0);
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
    const spec = SECTIONS[section];
    const firstIndexOf = new Map<string, number>();
    for (const [index, raw] of value.entries()) {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        problems.add(section, index, null, 'a record must be an object');
        continue;
      }
      const record = plain(raw) as Rec;
      for (const [field, value] of Object.entries(spec.defaults ?? {})) record[field] ??= value;
      for (const field of OPTIONAL[section as ImportSection] ?? []) record[field] ??= null;
      const errors = await validate(Object.assign(new spec.input(), record), {
        whitelist: true,
        forbidNonWhitelisted: true,
        forbidUnknownValues: false,
        validationError: { target: false, value: false },
      });
      for (const error of errors) {
        const messages = error.constraints?.whitelistValidation ? [`unknown field "${error.property}"`] : constraintMessages(error);
        problems.add(section, index, error.property, messages.join('; '));
      }
      const key = spec.key(record);
      const first = firstIndexOf.get(key);
      if (errors.length) {
        // Later duplicates of an invalid record are still reported as such.
        if (first === undefined) firstIndexOf.set(key, index);
        continue;
      }
      if (first !== undefined) {
        problems.add(section, index, null, `${spec.describe(record)} is already in ${section}[${first}]`);
        continue;
      }
      firstIndexOf.set(key, index);
      if (section !== 'sources') records[section].push({ index, record });
    }
  }
  return records;
}

// ---- references -------------------------------------------------------------------------------------------------

type Label = 'Nation' | 'City' | 'Organization' | 'Official';

const LOOKUP: Record<Label, { query: QueryName; param: string; column: string; key: string }> = {
  Nation: { query: 'nation/get-nations-by-codes', param: 'codes', column: 'nation', key: 'code' },
  City: { query: 'city/get-cities-by-ids', param: 'ids', column: 'city', key: 'id' },
  Organization: { query: 'organization/get-organizations-by-ids', param: 'ids', column: 'organization', key: 'id' },
  Official: { query: 'official/get-officials-by-ids', param: 'ids', column: 'official', key: 'id' },
};

interface Reference {
  section: ImportSection;
  index: number;
  field: string;
  label: Label;
  id: string;
}

function referencesOf(records: Records): Reference[] {
  const refs: Reference[] = [];
  const add = (section: ImportSection, field: string, label: Label | ((r: Rec) => Label)) => {
    for (const { index, record } of records[section]) {
      refs.push({ section, index, field, label: typeof label === 'function' ? label(record) : label, id: String(record[field]) });
    }
  };
  add('cities', 'nation', 'Nation');
  add('partnerships', 'cityA', 'City');
  add('partnerships', 'cityB', 'City');
  add('memberships', 'city', 'City');
  add('memberships', 'organization', 'Organization');
  add('hostings', 'city', 'City');
  add('hostings', 'organization', 'Organization');
  add('meetings', 'official', 'Official');
  add('meetings', 'with', 'Official');
  add('offices', 'official', 'Official');
  add('offices', 'target', (r) => r.targetLabel as Label);
  return refs;
}

/** A reference must name a node of this import or of the stored graph. */
async function checkReferences(records: Records, run: Run, problems: Problems): Promise<void> {
  const imported: Record<Label, Set<string>> = {
    Nation: new Set(records.nations.map((e) => String(e.record.code))),
    City: new Set(records.cities.map((e) => String(e.record.id))),
    Organization: new Set(records.organizations.map((e) => String(e.record.id))),
    Official: new Set(records.officials.map((e) => String(e.record.id))),
  };
  const refs = referencesOf(records).filter((r) => !imported[r.label].has(r.id));
  const stored: Record<Label, Set<string>> = { Nation: new Set(), City: new Set(), Organization: new Set(), Official: new Set() };
  for (const label of Object.keys(LOOKUP) as Label[]) {
    const ids = [...new Set(refs.filter((r) => r.label === label).map((r) => r.id))];
    if (!ids.length) continue;
    const { query, param, column, key } = LOOKUP[label];
    for (const row of await run(query, { [param]: ids })) stored[label].add(String((row[column] as Row)[key]));
  }
  for (const ref of refs) {
    if (!stored[ref.label].has(ref.id)) {
      problems.add(ref.section, ref.index, ref.field, `unknown ${ref.label.toLowerCase()} "${ref.id}": it is neither in this import nor in the graph`);
    }
  }
}

// ---- classification against the stored graph ---------------------------------------------------------------------

type Classified = Record<ImportSection, { record: Rec; status: Status }[]>;

function countOf(entries: { status: Status }[]): SectionCounts {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const e of entries) counts[e.status] += 1;
  return counts;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sameFields = (stored: Rec, record: Rec, fields: string[]) => fields.every((f) => same(stored[f], record[f]));

async function classify(records: Records, run: Run): Promise<Classified> {
  const ids = (section: ImportSection, ...fields: string[]) => [...new Set(records[section].flatMap((e) => fields.map((f) => String(e.record[f]))))];
  const byKey = async (query: QueryName, param: string, keys: string[], key: (row: Row) => string) =>
    keys.length ? new Map((await run(query, { [param]: keys })).map((row) => [key(row), row])) : new Map<string, Row>();
  const status = (stored: Rec | undefined, record: Rec, fields: string[]): Status =>
    stored === undefined ? 'created' : sameFields(stored, record, fields) ? 'unchanged' : 'updated';
  const each = (section: ImportSection, find: (r: Rec) => Rec | undefined, fields: string[]) =>
    records[section].map(({ record }) => ({ record, status: status(find(record), record, fields) }));

  const nations = await byKey('nation/get-nations-by-codes', 'codes', ids('nations', 'code'), (r) => String((r.nation as Row).code));
  const cities = await byKey('city/get-cities-by-ids', 'ids', ids('cities', 'id'), (r) => String((r.city as Row).id));
  const organizations = await byKey('organization/get-organizations-by-ids', 'ids', ids('organizations', 'id'), (r) => String((r.organization as Row).id));
  const officials = await byKey('official/get-officials-by-ids', 'ids', ids('officials', 'id'), (r) => String((r.official as Row).id));
  const partnerships = await byKey('city/get-partnerships-of-cities', 'ids', ids('partnerships', 'cityA'), (r) => `${r.cityId}|${(r.partner as Row).id}`);
  const memberships = await byKey('organization/get-memberships-of-cities', 'ids', ids('memberships', 'city'), (r) => `${r.cityId}|${r.organizationId}`);
  const hostings = await byKey('organization/get-hostings-of-cities', 'ids', ids('hostings', 'city'), (r) => `${r.cityId}|${r.organizationId}`);
  const meetings = await byKey('official/get-meetings-of-officials', 'ids', ids('meetings', 'official'), (r) => `${r.officialId}|${r.otherId}|${r.on}`);
  const offices = await byKey('official/get-offices-of-officials', 'ids', ids('offices', 'official'), (r) => `${r.officialId}|${r.targetLabel}|${r.targetId}|${r.title}`);

  return {
    nations: each('nations', (r) => nations.get(String(r.code))?.nation as Rec | undefined, ['name', 'source']),
    cities: each('cities', (r) => cities.get(String(r.id))?.city as Rec | undefined, ['name', 'kind', 'source', 'nation']),
    organizations: each('organizations', (r) => organizations.get(String(r.id))?.organization as Rec | undefined, ['name', 'acronym', 'category', 'memberSummary', 'purpose', 'source']),
    officials: each('officials', (r) => officials.get(String(r.id))?.official as Rec | undefined, ['name', 'title', 'source']),
    partnerships: each('partnerships', (r) => partnerships.get(`${r.cityA}|${r.cityB}`), ['tier', 'since', 'source']),
    memberships: each('memberships', (r) => memberships.get(`${r.city}|${r.organization}`), ['since', 'role', 'source']),
    hostings: each('hostings', (r) => hostings.get(`${r.city}|${r.organization}`), ['office', 'source']),
    meetings: each('meetings', (r) => meetings.get(`${r.official}|${r.with}|${r.on}`), ['topics', 'source']),
    offices: each('offices', (r) => offices.get(`${r.official}|${r.targetLabel}|${r.target}|${r.title}`), ['source']),
  };
}

// ---- writing ----------------------------------------------------------------------------------------------------

async function write(tx: TransactionScope, classified: Classified, updatedAt: string): Promise<void> {
  const changed = (section: ImportSection) => classified[section].filter((e) => e.status !== 'unchanged').map((e) => e.record);
  const merge = async (query: QueryName, section: ImportSection, rows: Rec[]) => {
    if (!rows.length) return;
    const [result] = await tx.run(query, { rows, updatedAt });
    // A MATCH that finds no endpoint drops its row silently: refuse (and roll back) instead.
    if (Number(result?.merged) !== rows.length) throw new Error(`import ${section}: ${query} wrote ${result?.merged} of ${rows.length} rows`);
  };
  const pick = (rows: Rec[], fields: string[]) => rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f] ?? null])));

  await merge('nation/upsert-nations', 'nations', pick(changed('nations'), ['code', 'name', 'source']));
  const cities = pick(changed('cities'), ['id', 'name', 'kind', 'nation', 'source', 'nationSource']);
  if (cities.length) await tx.run('city/remove-old-locations', { rows: cities.map((c) => ({ id: c.id, nation: c.nation })) });
  await merge('city/upsert-cities', 'cities', cities);
  await merge('organization/upsert-organizations', 'organizations', pick(changed('organizations'), ['id', 'name', 'acronym', 'category', 'memberSummary', 'purpose', 'source']));
  await merge('official/upsert-officials', 'officials', pick(changed('officials'), ['id', 'name', 'title', 'source']));
  await merge('city/merge-partnerships', 'partnerships', pick(changed('partnerships'), ['cityA', 'cityB', 'tier', 'since', 'source']));
  await merge('organization/merge-memberships', 'memberships', pick(changed('memberships'), ['city', 'organization', 'since', 'role', 'source']));
  await merge('organization/merge-hostings', 'hostings', pick(changed('hostings'), ['city', 'organization', 'office', 'source']));
  // `with` is a Cypher keyword: the statement takes the other official as `other`.
  await merge('official/merge-meetings', 'meetings', changed('meetings').map((m) => ({ official: m.official, other: m.with, on: m.on, topics: m.topics ?? [], source: m.source })));
  const offices = changed('offices');
  for (const [label, query] of Object.entries(MERGE_OFFICES)) {
    await merge(query, 'offices', pick(offices.filter((o) => o.targetLabel === label), ['official', 'target', 'title', 'source']));
  }
}
