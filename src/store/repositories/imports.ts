// The bulk import's own queries: which referenced nodes exist, the stored counterpart of relationship records (by
// their two ends, not every relationship of their cities), and the chunked import's journal and undo.
import type { Label } from '../../model/graph';
import type { Row } from '../port';
import type { QueryName } from '../queries';
import type { Run } from './nodes';

/** The relationship sections whose created rows an undo can remove, with the statement that removes them. */
export const REMOVE_CREATED = {
  partnerships: 'city/unlink-partners-by-pairs',
  memberships: 'organization/remove-memberships-by-pairs',
  hostings: 'organization/remove-hostings-by-pairs',
  meetings: 'official/remove-meetings-by-keys',
  offices: 'official/remove-offices-by-keys',
} as const satisfies Record<string, QueryName>;
export type RemovableSection = keyof typeof REMOVE_CREATED;

/** The network's labels have key-only lookups and deletions by key; the report's labels use their node repository. */
const FIND_KEYS: Partial<Record<Label, QueryName>> = {
  City: 'city/find-city-keys',
  Nation: 'nation/find-nation-keys',
  Organization: 'organization/find-organization-keys',
  Official: 'official/find-official-keys',
};

const DELETE_BY_KEYS: Partial<Record<Label, QueryName>> = {
  City: 'city/delete-cities-by-keys',
  Nation: 'nation/delete-nations-by-keys',
  Organization: 'organization/delete-organizations-by-keys',
  Official: 'official/delete-officials-by-keys',
};

/** The sections whose new records have a CREATE statement of their own (the others are merged). */
export const CREATE_NEW = {
  cities: 'city/create-cities',
  partnerships: 'city/create-partnerships',
  memberships: 'organization/create-memberships',
  hostings: 'organization/create-hostings',
} as const satisfies Record<string, QueryName>;
export type CreatableSection = keyof typeof CREATE_NEW;

/** The fields of each CREATE_NEW statement's rows: it takes one list per field (a column), not a list of maps. */
export const CREATE_COLUMNS: Record<CreatableSection, readonly string[]> = {
  cities: ['id', 'name', 'kind', 'latitude', 'longitude', 'geonameId', 'locationSource', 'nation', 'source', 'nationSource'],
  partnerships: ['cityA', 'cityB', 'tier', 'since', 'source'],
  memberships: ['city', 'organization', 'since', 'role', 'source'],
  hostings: ['city', 'organization', 'office', 'source'],
};

/**
 * Rows as columns, `{field: [value of row 0, value of row 1, …]}` (absent values null): the engines take lists of
 * scalars for less than a list of maps (the embedded engine ~20% less CPU for the same UNWIND … CREATE).
 */
export function columns(rows: readonly object[], fields: readonly string[]): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const field of fields) result[field] = rows.map((row) => (row as Record<string, unknown>)[field] ?? null);
  return result;
}

/** How many keys or rows one read statement is given: reads of 100,000 records go in batches. */
export const READ_BATCH = 10_000;

/** Runs `read` over `items` in batches of READ_BATCH, one after the other, concatenating the rows. */
async function batched<T>(items: readonly T[], read: (batch: T[]) => Promise<Row[]>): Promise<Row[]> {
  const rows: Row[] = [];
  for (let i = 0; i < items.length; i += READ_BATCH) rows.push(...(await read(items.slice(i, i + READ_BATCH))));
  return rows;
}

export interface JournalEntry {
  importId: string;
  chunk: number;
  /** When the entry was written (ms since the epoch). */
  writtenAt: number;
  undo: string;
}

/** Whether an import's undo can delete created nodes of this label (the report's labels fall back to one transaction). */
export const removableLabel = (label: Label): boolean => DELETE_BY_KEYS[label] !== undefined;

export class ImportRepository {
  constructor(private readonly run: Run) {}

  /** Which of these keys name a stored node of `label` (one index lookup each, in batches). */
  /** Whether `existingKeys` and `deleteNodes` serve this label. */
  handles(label: Label): boolean {
    return FIND_KEYS[label] !== undefined && DELETE_BY_KEYS[label] !== undefined;
  }

  async existingKeys(label: Label, keys: readonly string[]): Promise<Set<string>> {
    const query = FIND_KEYS[label];
    if (!query) throw new Error(`no key lookup for ${label}`);
    const rows = await batched(keys, (batch) => this.run(query, { keys: batch }));
    return new Set(rows.map((row) => String(row.key)));
  }

  /** The stored partnership of each pair, as the pair was given (cityA, cityB); pairs without one are absent. */
  partnershipsOfPairs(rows: readonly { cityA: unknown; cityB: unknown }[]): Promise<Row[]> {
    return batched(rows, (batch) => this.run('city/get-partnerships-of-pairs', columns(batch, ['cityA', 'cityB'])));
  }

  membershipsOfPairs(rows: readonly { city: unknown; organization: unknown }[]): Promise<Row[]> {
    return batched(rows, (batch) => this.run('organization/get-memberships-of-pairs', columns(batch, ['city', 'organization'])));
  }

  hostingsOfPairs(rows: readonly { city: unknown; organization: unknown }[]): Promise<Row[]> {
    return batched(rows, (batch) => this.run('organization/get-hostings-of-pairs', columns(batch, ['city', 'organization'])));
  }

  /** The LOCATED_IN of these cities: nation, source, updatedAt. */
  locationsOf(ids: readonly string[]): Promise<Row[]> {
    return batched(ids, (batch) => this.run('city/get-locations-of-cities', { ids: batch }));
  }

  async restoreLocations(rows: readonly Row[]): Promise<number> {
    return rows.length ? Number((await this.run('city/restore-locations', { rows: [...rows] }))[0]?.merged ?? 0) : 0;
  }

  /** Deletes nodes of `label` with their relationships; keys that match nothing are skipped. */
  async deleteNodes(label: Label, keys: readonly string[]): Promise<void> {
    const query = DELETE_BY_KEYS[label];
    if (!query) throw new Error(`no deletion by key for ${label}`);
    if (keys.length) await this.run(query, { keys: [...keys] });
  }

  /** Deletes the relationships of a section, by their ends (and date, title); rows without one are skipped. */
  async removeRelationships(section: RemovableSection, rows: readonly Row[]): Promise<void> {
    if (rows.length) await this.run(REMOVE_CREATED[section], { rows: [...rows] });
  }

  /** Creates records the import knows are new; returns how many rows were written (a row whose ends are missing is not). */
  async create(section: CreatableSection, rows: readonly object[], updatedAt: string | null): Promise<number> {
    return Number((await this.run(CREATE_NEW[section], { ...columns(rows, CREATE_COLUMNS[section]), updatedAt }))[0]?.merged ?? 0);
  }

  async writeJournalEntry(entry: JournalEntry): Promise<void> {
    await this.run('import/write-journal-entry', { ...entry });
  }

  /** The entries of unfinished imports, by import, latest chunk first. */
  async journal(): Promise<JournalEntry[]> {
    return (await this.run('import/read-journal')).map((row) => ({ importId: String(row.importId), chunk: Number(row.chunk), writtenAt: Number(row.writtenAt), undo: String(row.undo) }));
  }

  async deleteJournalEntries(importId: string, fromChunk: number): Promise<void> {
    await this.run('import/delete-journal-entries', { importId, fromChunk });
  }
}
