// The repositories over one runner: the store (each query its own transaction) or a write transaction's scope.
import type { Label } from '../../model/graph';
import type { QueryRunner } from '../graph-store';
import { CityRepository, NationRepository, OfficialRepository, OrganizationRepository } from './entities';
import { GraphRepository } from './graph';
import { ImportRepository } from './imports';
import type { NodeRepository, Run } from './nodes';
import { SearchRepository } from './search';
import { ReportNodeRepository, ReportRepository } from './report';

export interface Repositories {
  cities: CityRepository;
  nations: NationRepository;
  organizations: OrganizationRepository;
  officials: OfficialRepository;
  graph: GraphRepository;
  /** Filtered, sorted pages and tallies of any label or relation (the cypher/query/ templates). */
  search: SearchRepository;
  report: ReportRepository;
  /** The bulk import's reads, journal and undo. */
  imports: ImportRepository;
  /** The node repository of each label. */
  nodes(label: Label): NodeRepository<object>;
}

export function repositories(runner: QueryRunner): Repositories {
  const run: Run = (name, params, slots) => runner.run(name, params, slots);
  // The kept default order serves committed reads only: never inside a write transaction (it would miss its writes).
  const orders = runner.keyOrders ?? null;
  const cities = new CityRepository(run, orders);
  const nations = new NationRepository(run, orders);
  const organizations = new OrganizationRepository(run, orders);
  const officials = new OfficialRepository(run, orders);
  const byLabel = {
    City: cities,
    Nation: nations,
    Organization: organizations,
    Official: officials,
    // The report's labels have the node operations the import and the writes use (lookup, upsert, lock, delete).
    PolicyProject: new ReportNodeRepository(run, 'PolicyProject'),
    Ranking: new ReportNodeRepository(run, 'Ranking'),
    Event: new ReportNodeRepository(run, 'Event'),
    StatedFigure: new ReportNodeRepository(run, 'StatedFigure'),
  } as unknown as Record<Label, NodeRepository<object>>;
  return { cities, nations, organizations, officials, graph: new GraphRepository(run), search: new SearchRepository(run, orders), imports: new ImportRepository(run), report: new ReportRepository(run), nodes: (label) => byLabel[label] };
}

export type { Run, KeysetPosition, RelationshipCensus } from './nodes';
export { toCity } from './entities';
export type { CityFilters, OrganizationFilters } from './entities';
export { GraphRepository } from './graph';
export type { RelatedRow, TallyRow } from './search';
export { ReportRepository } from './report';
export type { PathRecord, ExpandRecord, CoMembershipRecord, NodeByKeyRow, ProjectionOutRow, RelationshipsByKeyRow } from './graph';
