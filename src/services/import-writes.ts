// The import's writes: one batch write per section (offices and report relationships: per pair of end labels), nodes
// before relationships; new records of the bulk sections created, the others merged. Run by src/services/import.ts
// in one transaction, or in chunks with an undo journal (import-chunks.ts).
import { OFFICE_TARGET_LABEL, type OfficeTargetLabel } from '../model/graph';
import { IMPORT_SECTIONS, type ImportSection } from '../model/inputs';
import type { Repositories } from '../store/repositories';
import { CREATE_NEW, type CreatableSection } from '../store/repositories/imports';
import type { WriteSections } from './import-chunks';
import { reportNodeSteps, reportRelationshipSteps } from './report-import';
import { meetingRow } from './writes';

type Rec = Record<string, unknown>;

/** One batch write of the import: the rows of one section (offices: of one target label), nodes before relationships. */
export interface WriteStep {
  section: ImportSection;
  /** Rows of the section (offices, report relationships: of one pair of end labels). */
  rows: Rec[];
  /** Writes the rows; returns how many were written. */
  write(repos: Repositories, updatedAt: string | null): Promise<number>;
}

/** The creations of new records of the bulk sections (CREATE_NEW), one step each; empty sections are left out. */
function createSteps(created: Partial<Record<ImportSection, Rec[]>>): WriteStep[] {
  return (Object.keys(CREATE_NEW) as CreatableSection[])
    .filter((section) => (created[section] ?? []).length > 0)
    .map((section) => ({ section, rows: created[section]!, write: (repos, at) => repos.imports.create(section, created[section]!, at) }));
}

/** The batch writes of the given records of each section, in order; empty sections are left out. */
export function writeSteps(sections: Partial<Record<ImportSection, Rec[]>>): WriteStep[] {
  const step = (section: ImportSection, rows: Rec[], write: WriteStep['write']): WriteStep => ({ section, rows, write });
  const rows = (section: ImportSection) => sections[section] ?? [];
  const steps = [
    step('nations', rows('nations'), (repos, at) => repos.nations.upsert(rows('nations'), at)),
    step('cities', rows('cities'), async (repos, at) => {
      // A city the import places in another nation keeps one LOCATED_IN.
      await repos.cities.removeOldLocations(rows('cities').map((c) => ({ id: String(c.id), nation: String(c.nation) })));
      return repos.cities.upsert(rows('cities'), at);
    }),
    step('organizations', rows('organizations'), (repos, at) => repos.organizations.upsert(rows('organizations'), at)),
    step('officials', rows('officials'), (repos, at) => repos.officials.upsert(rows('officials'), at)),
    ...reportNodeSteps(rows),
    step('partnerships', rows('partnerships'), (repos, at) => repos.cities.mergePartnerships(rows('partnerships'), at)),
    step('memberships', rows('memberships'), (repos, at) => repos.organizations.mergeMemberships(rows('memberships'), at)),
    step('hostings', rows('hostings'), (repos, at) => repos.organizations.mergeHostings(rows('hostings'), at)),
    step('meetings', rows('meetings'), (repos, at) => repos.officials.mergeMeetings(rows('meetings').map((m) => meetingRow(m as Parameters<typeof meetingRow>[0])), at)),
    ...(Object.values(OFFICE_TARGET_LABEL) as OfficeTargetLabel[]).map((label) => {
      const offices = rows('offices').filter((o) => o.targetLabel === label);
      return step('offices', offices, (repos, at) => repos.officials.mergeOffices(label, offices, at));
    }),
    ...reportRelationshipSteps(rows),
  ];
  return steps.filter((s) => s.rows.length > 0);
}

/**
 * Runs the write steps of these records in one transaction's repositories, nodes before relationships, refusing a
 * row that was not written. New records of the bulk sections are created (CREATE, no MERGE lookup), the others merged.
 */
export const writeSections: WriteSections = async (repos, { created, updated }, updatedAt) => {
  const creatable = (section: ImportSection) => section in CREATE_NEW;
  const merged = Object.fromEntries(IMPORT_SECTIONS.map((s) => [s, [...(creatable(s) ? [] : (created[s] ?? [])), ...(updated[s] ?? [])]]));
  const order = (step: WriteStep) => IMPORT_SECTIONS.indexOf(step.section);
  const steps = [...createSteps(created), ...writeSteps(merged)].sort((a, b) => order(a) - order(b));
  for (const step of steps) {
    const merged = await step.write(repos, updatedAt);
    // A MATCH that finds no endpoint drops its row silently: refuse (and roll back) instead.
    if (merged !== step.rows.length) throw new Error(`import ${step.section}: wrote ${merged} of ${step.rows.length} rows`);
  }
};
