// The bulk import, and the one write pipeline of the project: a graph in the seed format (seed/graph.json), from
// the importGraph mutation, the CLI or the seed loader, merged into the stored graph in one transaction, all or
// nothing. Every record is validated with the mutations' rules (the model's) and its references resolved against
// the import itself and the stored graph; every offending record is reported (up to MAX_IMPORT_PROBLEMS) with its
// section and index. Records are classified against the current state as created, updated or unchanged, and only
// created and updated ones are written (stamped with one updatedAt; the seed is not stamped), so importing the same
// file twice changes nothing the second time. A dry run validates and classifies, writing nothing. The records are
// written in chunks of `chunkRows`, one transaction each, undone together if one fails (./import-chunks.ts).
import { DomainError, ErrorCode } from '../model/errors';
import { LABELS, NODE_LABELS, type Label } from '../model/graph';
import { IMPORT_SECTIONS, NODE_SECTION, SECTION_INPUT, referencesOf, type ImportSection, type Reference } from '../model/inputs';
import { normalize } from '../model/validation';
import { clashMessage, idClashes } from './node-ids';
import type { GraphStore } from '../store/graph-store';
import { repositories, type Repositories } from '../store/repositories';
import { continentOf, COUNTRIES_SOURCE } from '../model/countries';
import { REPORT_DESCRIBE } from './report-import';
import { DEFAULT_CHUNK_ROWS, undoUnfinishedImports, writeInChunks, type Change } from './import-chunks';
import { writeSections } from './import-writes';
import { KEY, classify, countOf, type Classified, type Rec, type SectionCounts } from './import-classify';

export { writeSteps, type WriteStep } from './import-writes';

export { IMPORT_SECTIONS, type ImportSection };
export type { SectionCounts };

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
