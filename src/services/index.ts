// The services of one store, for the outer layers (GraphQL, HTTP, CLIs): plain typed records in and out, domain
// errors, no GraphQL.
import type { GraphStore } from '../store/graph-store';
import { repositories, type Repositories } from '../store/repositories';
import { analyticsFor, type AnalyticsService } from './analytics/analytics-service';
import { TraversalService } from './traversals';
import { WriteService } from './writes';

export interface Services {
  repositories: Repositories;
  traversals: TraversalService;
  writes: WriteService;
  analytics: AnalyticsService;
}

export function createServices(store: GraphStore): Services {
  const repos = repositories(store);
  return { repositories: repos, traversals: new TraversalService(repos), writes: new WriteService(store), analytics: analyticsFor(store) };
}
