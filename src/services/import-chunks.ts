// Writing an import in chunks: at most `chunkRows` changed records per write transaction (an engine holds one chunk's
// writes, not 100,000 records', and no statement nears a timeout), with the import still all or nothing as a whole.
// Each chunk's transaction also records how to undo it (an ImportJournal node: the keys of what it created, the
// stored values of what it updated), so the entry exists exactly when the chunk's writes do. The last chunk's
// transaction deletes the import's entries: that commit is the import's. A chunk that fails rolls back by itself,
// and the chunks before it are undone from their entries, latest first; entries a crash left behind are undone when
// the store is next opened (`undoUnfinishedImports`). Nothing else of this process writes meanwhile
// (GraphStore.exclusive). Same statements on both engines.
import { randomUUID } from 'node:crypto';
import { LABELS, NODE_LABELS, type Label } from '../model/graph';
import { IMPORT_SECTIONS, NODE_SECTION, type ImportSection } from '../model/inputs';
import type { GraphStore, WriteSession } from '../store/graph-store';
import type { Row } from '../store/port';
import { repositories, type Repositories } from '../store/repositories';
import { REMOVE_CREATED, removableLabel, type RemovableSection } from '../store/repositories/imports';

type Rec = Record<string, unknown>;

/** How many changed records one write transaction of an import holds (IMPORT_CHUNK_ROWS). */
export const DEFAULT_CHUNK_ROWS = 10_000;

/** A record the import writes: new, or changed (with the stored values it replaces). */
export interface Change {
  section: ImportSection;
  status: 'created' | 'updated';
  record: Rec;
  /** For an updated record: the record as stored before the import (key fields, properties, updatedAt). */
  previous?: Rec;
}

export type Sections = Partial<Record<ImportSection, Rec[]>>;

/**
 * Writes records in one transaction's repositories (the import's write steps): `created` ones it knows are new,
 * `updated` ones over what is stored; checks that every row was written.
 */
export type WriteSections = (repos: Repositories, records: { created: Sections; updated: Sections }, updatedAt: string | null) => Promise<void>;

/** How to undo one chunk: the keys of what it created, the stored values of what it updated. */
interface Undo {
  created: Partial<Record<ImportSection, Rec[]>>;
  updated: Partial<Record<ImportSection, Rec[]>>;
  /** The LOCATED_IN (nation, source, updatedAt) of the cities the chunk updated, before it. */
  locations: Row[];
}

const NODE_OF_SECTION = new Map<ImportSection, Label>(NODE_LABELS.filter(removableLabel).map((label) => [NODE_SECTION[label], label]));

/** The fields that identify a created record of each section, as the undo's removal statements take them. */
function keyRow(section: ImportSection, record: Rec): Rec {
  const label = NODE_OF_SECTION.get(section);
  if (label) return { key: record[LABELS[label].key] };
  switch (section) {
    case 'partnerships':
      return { cityA: record.cityA, cityB: record.cityB };
    case 'memberships':
    case 'hostings':
      return { city: record.city, organization: record.organization };
    case 'meetings':
      return { official: record.official, other: record.with, on: record.on };
    case 'offices':
      return { official: record.official, targetLabel: record.targetLabel, target: record.target, title: record.title };
    default:
      throw new Error(`an import cannot undo created ${section}`);
  }
}

/** Whether the undo knows how to remove what these changes create (sections added later may not have it yet). */
function undoable(changes: readonly Change[]): boolean {
  return changes.every((c) => c.status === 'updated' || NODE_OF_SECTION.has(c.section) || c.section in REMOVE_CREATED);
}

const split = (changes: readonly Change[]) => ({
  created: bySection(
    changes.filter((c) => c.status === 'created'),
    (c) => c.record,
  ),
  updated: bySection(
    changes.filter((c) => c.status === 'updated'),
    (c) => c.record,
  ),
});

function bySection(changes: readonly Change[], value: (c: Change) => Rec): Sections {
  const sections: Sections = {};
  for (const change of changes) (sections[change.section] ??= []).push(value(change));
  return sections;
}

/**
 * Writes `changes` (in section order, nodes first) in chunks of at most `chunkRows`, in `session`; all of them or,
 * after a failure, none (the committed chunks undone). One chunk, or changes the undo cannot remove: one transaction.
 */
export async function writeInChunks(store: GraphStore, session: WriteSession, changes: Change[], updatedAt: string | null, chunkRows: number, write: WriteSections): Promise<void> {
  if (changes.length <= chunkRows || !undoable(changes)) {
    await session.transaction((tx) => write(repositories(tx), split(changes), updatedAt));
    return;
  }
  const importId = randomUUID();
  const chunks: Change[][] = [];
  for (let i = 0; i < changes.length; i += chunkRows) chunks.push(changes.slice(i, i + chunkRows));
  try {
    for (const [index, chunk] of chunks.entries()) {
      const last = index === chunks.length - 1;
      await session.transaction(async (tx) => {
        const repos = repositories(tx);
        if (!last) await repos.imports.writeJournalEntry({ importId, chunk: index, writtenAt: Date.now(), undo: JSON.stringify(await undoOf(chunk, repos)) });
        await write(repos, split(chunk), updatedAt);
        // The import's commit point: its undo entries go with its last chunk.
        if (last) await repos.imports.deleteJournalEntries(importId, 0);
      });
    }
  } catch (error) {
    await undoImport(store, session, importId, write);
    throw error;
  }
}

async function undoOf(chunk: Change[], repos: Repositories): Promise<Undo> {
  const created = bySection(
    chunk.filter((c) => c.status === 'created'),
    (c) => keyRow(c.section, c.record),
  );
  const updated = bySection(
    chunk.filter((c) => c.status === 'updated'),
    (c) => c.previous!,
  );
  const movedOrRelocated = (updated.cities ?? []).map((c) => String(c.id));
  return { created, updated, locations: movedOrRelocated.length ? await repos.imports.locationsOf(movedOrRelocated) : [] };
}

/** Undoes the committed chunks of an import from its journal entries, latest first, each in one transaction. */
async function undoImport(store: GraphStore, session: WriteSession, importId: string, write: WriteSections): Promise<void> {
  const entries = (await repositories(store).imports.journal()).filter((e) => e.importId === importId);
  for (const entry of entries) {
    await session.transaction(async (tx) => {
      const repos = repositories(tx);
      await undoChunk(repos, JSON.parse(entry.undo) as Undo, write);
      await repos.imports.deleteJournalEntries(importId, entry.chunk);
    });
  }
}

async function undoChunk(repos: Repositories, undo: Undo, write: WriteSections): Promise<void> {
  const sections = [...IMPORT_SECTIONS].reverse();
  // Relationships the chunk created, then the stored values of what it updated (grouped by their updatedAt, which the
  // write steps stamp), the cities' locations exactly, and last the nodes it created (with any relationship left).
  for (const section of sections) {
    if (section in REMOVE_CREATED) await repos.imports.removeRelationships(section as RemovableSection, undo.created[section] ?? []);
  }
  for (const [at, group] of groupByUpdatedAt(undo.updated)) await write(repos, { created: {}, updated: group }, at);
  await repos.imports.restoreLocations(undo.locations);
  for (const section of sections) {
    const label = NODE_OF_SECTION.get(section);
    if (label) await repos.imports.deleteNodes(label, (undo.created[section] ?? []).map((k) => String(k.key)));
  }
}

function groupByUpdatedAt(sections: Partial<Record<ImportSection, Rec[]>>): Map<string | null, Partial<Record<ImportSection, Rec[]>>> {
  const groups = new Map<string | null, Partial<Record<ImportSection, Rec[]>>>();
  for (const [section, records] of Object.entries(sections) as [ImportSection, Rec[]][]) {
    for (const record of records) {
      const at = (record.updatedAt as string | null) ?? null;
      const group = groups.get(at) ?? {};
      (group[section] ??= []).push(record);
      groups.set(at, group);
    }
  }
  return groups;
}

/**
 * Undoes what chunked imports left half-written (a crash between chunks), latest chunk first; returns how many
 * imports it undid. `olderThanMs`: only imports whose last entry is at least that old, when another process may be
 * importing into the same database right now (Neo4j); 0 where the store is this process's alone (embedded).
 */
export async function undoUnfinishedImports(store: GraphStore, write: WriteSections, olderThanMs = 0): Promise<number> {
  return store.exclusive(async (session) => {
    const entries = await repositories(store).imports.journal();
    const newest = new Map<string, number>();
    for (const e of entries) newest.set(e.importId, Math.max(newest.get(e.importId) ?? 0, e.writtenAt));
    const stale = [...newest].filter(([, at]) => Date.now() - at >= olderThanMs).map(([id]) => id);
    for (const importId of stale) await undoImport(store, session, importId, write);
    return stale.length;
  });
}
