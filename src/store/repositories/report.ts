// The report's labels (policy projects, rankings, events, stated figures) and relationship types: node operations
// for the import and the writes (lookup, upsert, lock, delete), the reads of the API and of the GeoJSON export.
// The only code that names the report's queries, their parameters and their columns.
import type { Label, RelType } from '../../model/graph';
import type { ReportLabel } from '../../model/report';
import type { Event, EventLink, LocatedCity, LocatedPartnership, Mention, PolicyProject, Ranking, ReportRef, StatedFigure } from '../../model/report-records';
import type { Row } from '../port';
import type { QueryName } from '../queries';
import { merged, type KeysetPosition, type RelationshipCensus, type Run } from './nodes';

const UPSERT: Record<ReportLabel, QueryName> = {
  PolicyProject: 'report/upsert-policy-projects',
  Ranking: 'report/upsert-rankings',
  Event: 'report/upsert-events',
  StatedFigure: 'report/upsert-stated-figures',
};

const nullable = (row: Row, keys: string[]) => Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));

/** A node of a report label as a record: every property of the model present, null when not stored. */
function toReportNode(label: ReportLabel, row: Row): object {
  const keys: Record<ReportLabel, string[]> = {
    PolicyProject: ['id', 'title', 'sector', 'category', 'kind', 'note', 'source', 'updatedAt'],
    Ranking: ['id', 'index', 'publisher', 'rank', 'scope', 'asOf', 'detail', 'note', 'source', 'updatedAt'],
    Event: ['id', 'name', 'kind', 'on', 'note', 'source', 'updatedAt'],
    StatedFigure: ['id', 'measure', 'category', 'value', 'unit', 'period', 'asOf', 'quote', 'note', 'source', 'updatedAt', 'subject'],
  };
  return nullable(row, keys[label]);
}

/** The node operations the import and the writes need of every label, for one report label. */
export class ReportNodeRepository {
  constructor(
    private readonly run: Run,
    readonly label: ReportLabel,
  ) {}

  async getByKeys(keys: readonly string[]): Promise<object[]> {
    if (keys.length === 0) return [];
    const rows = await this.run('report/get-report-nodes-by-ids', { ids: [...keys] });
    return rows.filter((r) => r.label === this.label).map((r) => toReportNode(this.label, r.node as Row));
  }

  keyOf(entity: object): string {
    return String((entity as { id: string }).id);
  }

  async upsert(rows: object[], updatedAt: string | null): Promise<number> {
    return merged(await this.run(UPSERT[this.label], { rows, updatedAt }));
  }

  /** Locks nodes of the report's labels with these ids (whatever their label) and counts their relationships. */
  async lock(keys: readonly string[]): Promise<RelationshipCensus> {
    const census: RelationshipCensus = new Map();
    if (keys.length === 0) return census;
    for (const row of await this.run('report/lock-report-nodes', { ids: [...keys] })) {
      const counts = census.get(String(row.id)) ?? {};
      if (row.type !== null) counts[String(row.type)] = Number(row.count);
      census.set(String(row.id), counts);
    }
    return census;
  }

  async delete(key: string): Promise<boolean> {
    const rows = await this.run('report/delete-report-nodes', { id: key });
    return rows.reduce((sum, r) => sum + Number(r.deleted ?? 0), 0) === 1;
  }
}

/** The merge query of each relationship type, by the label of its start and end where several are possible. */
const MERGE: Record<string, QueryName> = {
  'SHARES:City:PolicyProject': 'report/merge-policy-shares',
  'RECEIVES:City:PolicyProject': 'report/merge-policy-recipients-cities',
  'RECEIVES:Nation:PolicyProject': 'report/merge-policy-recipients-nations',
  'RANKED:City:Ranking': 'report/merge-city-rankings',
  'HELD_IN:Event:City': 'report/merge-event-venues',
  'ORGANIZED_BY:Event:City': 'report/merge-event-organizers-cities',
  'ORGANIZED_BY:Event:Organization': 'report/merge-event-organizers-organizations',
  'ORGANIZED_BY:Event:Official': 'report/merge-event-organizers-officials',
  'PART_OF:Event:Event': 'report/merge-event-parts',
  'DISCUSSED:Official:City': 'report/merge-meeting-mentions-cities',
  'DISCUSSED:Official:Organization': 'report/merge-meeting-mentions-organizations',
  'DISCUSSED:Official:Event': 'report/merge-meeting-mentions-events',
  'ABOUT:StatedFigure:City': 'report/merge-figure-subjects',
};

export interface ProjectFilters {
  sector: string | null;
  recipientId: string | null;
}

const ref = (label: unknown, id: unknown): ReportRef => ({ label: label as Label, id: String(id) });

export class ReportRepository {
  constructor(private readonly run: Run) {}

  /** Writes relationships of `type` from nodes of `from` to nodes of `to`; returns how many rows were written. */
  async merge(type: RelType, from: Label, to: Label, rows: object[], updatedAt: string | null): Promise<number> {
    const query = MERGE[`${type}:${from}:${to}`];
    if (!query) throw new Error(`no write for ${type} from ${from} to ${to}`);
    return merged(await this.run(query, { rows, updatedAt }));
  }

  /** The stored relationships of these types from these nodes (by key), with their properties. */
  async relationshipsFrom(ids: readonly string[], types: readonly RelType[]): Promise<{ source: string; type: RelType; target: string; properties: Row }[]> {
    if (ids.length === 0) return [];
    const rows = await this.run('report/get-report-relationships', { ids: [...ids], types: [...types] });
    return rows.map((r) => ({ source: String(r.source), type: r.type as RelType, target: String(r.target), properties: (r.properties as Row) ?? {} }));
  }

  async listProjects(filters: ProjectFilters, position: KeysetPosition, limit: number): Promise<PolicyProject[]> {
    const rows = await this.run('report/list-policy-projects', { ...filters, ...position, limit });
    return rows.map((r) => toReportNode('PolicyProject', r.project as Row) as PolicyProject);
  }

  async countProjects(filters: ProjectFilters): Promise<number> {
    return Number((await this.run('report/count-policy-projects', { ...filters }))[0]?.count ?? 0);
  }

  /** The projects these cities shared or received and these nations received, by key, then title. */
  async projectsOf(ids: readonly string[]): Promise<{ key: string; relation: 'SHARES' | 'RECEIVES'; project: PolicyProject }[]> {
    const rows = await this.run('report/get-projects-of-nodes', { ids: [...ids] });
    const out = rows.map((r) => ({ key: String(r.key), relation: r.relation as 'SHARES' | 'RECEIVES', project: toReportNode('PolicyProject', r.project as Row) as PolicyProject }));
    return out.sort((a, b) => a.key.localeCompare(b.key) || a.project.title.localeCompare(b.project.title) || a.project.id.localeCompare(b.project.id));
  }

  /** Who shared and who received these projects. */
  async endsOfProjects(ids: readonly string[]): Promise<{ project: string; relation: 'SHARES' | 'RECEIVES'; node: ReportRef }[]> {
    const rows = await this.run('report/get-ends-of-projects', { ids: [...ids] });
    return rows.map((r) => ({ project: String(r.project), relation: r.relation as 'SHARES' | 'RECEIVES', node: ref(r.label, r.id) }));
  }

  async rankingsOf(cityIds: readonly string[]): Promise<{ cityId: string; ranking: Ranking }[]> {
    const rows = await this.run('report/get-rankings-of-cities', { ids: [...cityIds] });
    return rows.map((r) => ({ cityId: String(r.cityId), ranking: toReportNode('Ranking', r.ranking as Row) as Ranking }));
  }

  async events(kind: string | null): Promise<Event[]> {
    return (await this.run('report/list-events', { kind })).map((r) => toReportNode('Event', r.event as Row) as Event);
  }

  async linksOfEvents(ids: readonly string[]): Promise<EventLink[]> {
    const rows = await this.run('report/get-links-of-events', { ids: [...ids] });
    return rows.map((r) => ({ event: String(r.event), type: r.type as EventLink['type'], node: ref(r.label, r.id), role: (r.role as string | null) ?? null }));
  }

  /** What the meetings of these officials mention (stored from either official of a meeting). */
  async mentionsOf(officialIds: readonly string[]): Promise<Mention[]> {
    const rows = await this.run('report/get-mentions-of-officials', { ids: [...officialIds] });
    return rows.map((r) => ({ official: String(r.official), with: String(r.other), on: String(r.on), topic: String(r.topic), node: ref(r.label, r.id) }));
  }

  async statedFigures(filters: { measure: string | null; subjectId: string | null }): Promise<StatedFigure[]> {
    const rows = await this.run('report/list-stated-figures', filters);
    return rows.map((r) => toReportNode('StatedFigure', r.figure as Row) as StatedFigure);
  }

  /** One page of the located cities after `afterId`, by id. */
  async locatedCities(afterId: string | null, limit: number): Promise<LocatedCity[]> {
    return (await this.run('report/page-located-cities', { afterId, limit })).map((r) => r.city as unknown as LocatedCity);
  }

  /** The partnerships stored from one page of located cities to located cities; `sources` says how far the page went. */
  async locatedPartnerships(afterId: string | null, limit: number): Promise<{ sources: string[]; partnerships: LocatedPartnership[] }> {
    const rows = await this.run('report/page-located-partnerships', { afterId, limit });
    const partnerships = rows.flatMap((r) =>
      (r.partnerships as Row[]).map((p) => ({
        source: String(r.source),
        target: String(p.target),
        tier: String(p.tier),
        since: (p.since as number | null) ?? null,
        sourceDocument: String(p.source),
        from: p.from as [number, number],
        to: p.to as [number, number],
      })),
    );
    return { sources: rows.map((r) => String(r.source)), partnerships };
  }
}
