// The services of one store, for the outer layers (GraphQL, HTTP, CLIs): plain typed records in and out, domain
// errors, no GraphQL.
import type { GraphStore } from '../store/graph-store';
import { repositories, type Repositories } from '../store/repositories';
import { analyticsFor, type AnalyticsService } from './analytics/analytics-service';
import { SearchService } from './search';
import { TraversalService } from './traversals';
import { WriteService } from './writes';

export interface Services {
  repositories: Repositories;
  traversals: TraversalService;
  /** The query language: where, sort, both pagination directions and tallies of any label or relation. */
  search: SearchService;
  writes: WriteService;
  analytics: AnalyticsService;
}

/** `signal`: the request's; its reads stop when it aborts (deadline, client gone). Writes and analytics are not cut by it. */
export function createServices(store: GraphStore, signal?: AbortSignal): Services {
  const repos = repositories(store.cancellable(signal));
  return { repositories: repos, traversals: new TraversalService(repos), search: new SearchService(repos), writes: new WriteService(store), analytics: analyticsFor(store) };
}
