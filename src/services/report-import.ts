// The import of the report's sections (see src/model/report-inputs.ts): what each section's records are in the
// model, their identity, how they are described in problems, how the stored counterparts are found to classify
// them, and their batch writes. Merged into the import pipeline by import.ts.
import type { Label, RelType } from '../model/graph';
import { REPORT_NODE_SECTION, REPORT_RELATIONSHIP_SECTIONS, REPORT_SECTIONS, type ReportSection } from '../model/report-inputs';
import type { ReportLabel } from '../model/report';
import type { Repositories } from '../store/repositories';

type Rec = Record<string, unknown>;
type RelationshipSection = (typeof REPORT_SECTIONS)['relationships'][number];

const NODE_OF: Record<string, ReportLabel> = Object.fromEntries(Object.entries(REPORT_NODE_SECTION).map(([label, section]) => [section, label])) as Record<string, ReportLabel>;

export const REPORT_SECTION_ELEMENT: Record<ReportSection, { label: Label } | { type: RelType }> = Object.fromEntries([
  ...REPORT_SECTIONS.nodes.map((s) => [s, { label: NODE_OF[s] }]),
  ...REPORT_SECTIONS.relationships.map((s) => [s, { type: REPORT_RELATIONSHIP_SECTIONS[s].type }]),
]) as Record<ReportSection, { label: Label } | { type: RelType }>;

const labelOf = (end: Label | { field: string }, record: Rec): Label => (typeof end === 'string' ? end : (String(record[end.field]) as Label));

/** A relationship record's identity: its type's two ends (and a mention's meeting). */
function relationshipKey(section: RelationshipSection, r: Rec): string {
  const spec = REPORT_RELATIONSHIP_SECTIONS[section];
  const ends = `${labelOf(spec.fromLabel, r)}:${r[spec.from]}|${labelOf(spec.toLabel, r)}:${r[spec.to]}`;
  return section === 'meetingMentions' ? `${ends}|${r.other}|${r.on}` : ends;
}

export const REPORT_KEY: Record<ReportSection, (r: Rec) => string> = Object.fromEntries([
  ...REPORT_SECTIONS.nodes.map((s) => [s, (r: Rec) => String(r.id)]),
  ...REPORT_SECTIONS.relationships.map((s) => [s, (r: Rec) => relationshipKey(s, r)]),
]) as Record<ReportSection, (r: Rec) => string>;

export const REPORT_DESCRIBE: Record<ReportSection, (r: Rec) => string> = Object.fromEntries([
  ...REPORT_SECTIONS.nodes.map((s) => [s, (r: Rec) => `${NODE_OF[s]} "${r.id}"`]),
  ...REPORT_SECTIONS.relationships.map((s) => {
    const spec = REPORT_RELATIONSHIP_SECTIONS[s];
    return [s, (r: Rec) => `the ${spec.type} of "${r[spec.from]}" to "${r[spec.to]}"`];
  }),
]) as Record<ReportSection, (r: Rec) => string>;

export const isReportRelationshipSection = (section: string): section is RelationshipSection => section in REPORT_RELATIONSHIP_SECTIONS;

/** The stored relationships of a report section's records, by the records' key, as records of the section. */
export async function storedReportRelationships(section: RelationshipSection, records: Rec[], repos: Repositories): Promise<Map<string, Rec>> {
  const spec = REPORT_RELATIONSHIP_SECTIONS[section];
  const stored = await repos.report.relationshipsFrom([...new Set(records.map((r) => String(r[spec.from])))], [spec.type]);
  const wanted = new Map(records.map((r) => [`${r[spec.from]}|${r[spec.to]}${section === 'meetingMentions' ? `|${r.other}|${r.on}` : ''}`, r]));
  const out = new Map<string, Rec>();
  for (const s of stored) {
    const extra = section === 'meetingMentions' ? `|${s.properties.other}|${s.properties.on}` : '';
    const record = wanted.get(`${s.source}|${s.target}${extra}`);
    if (record) out.set(relationshipKey(section, record), { ...s.properties });
  }
  return out;
}

export interface ReportWriteStep {
  section: ReportSection;
  rows: Rec[];
  write(repos: Repositories, updatedAt: string | null): Promise<number>;
}

/** The batch writes of the report's node sections (written after the original nodes). */
export function reportNodeSteps(rows: (section: ReportSection) => Rec[]): ReportWriteStep[] {
  return REPORT_SECTIONS.nodes.map((section) => ({
    section,
    rows: rows(section),
    write: (repos, at) => (repos.nodes(NODE_OF[section]) as unknown as { upsert(rows: Rec[], at: string | null): Promise<number> }).upsert(rows(section), at),
  }));
}

/** The batch writes of the report's relationship sections: one per type and pair of end labels. */
export function reportRelationshipSteps(rows: (section: ReportSection) => Rec[]): ReportWriteStep[] {
  return REPORT_SECTIONS.relationships.flatMap((section) => {
    const spec = REPORT_RELATIONSHIP_SECTIONS[section];
    const groups = new Map<string, Rec[]>();
    for (const r of rows(section)) {
      const key = `${labelOf(spec.fromLabel, r)}:${labelOf(spec.toLabel, r)}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return [...groups].map(([key, group]) => {
      const [from, to] = key.split(':') as [Label, Label];
      return { section, rows: group, write: (repos: Repositories, at: string | null) => repos.report.merge(spec.type, from, to, group, at) };
    });
  });
}
