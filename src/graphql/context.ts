// The per-request context: the services of the store, a fresh set of DataLoaders (never shared between requests)
// and the request's credential (checked only when a mutation needs it).
import { RequestAuth } from '../auth/request-auth';
import type { SourceDocument } from '../model/records';
import { createServices, type Services } from '../services';
import type { GraphStore } from '../store/graph-store';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  store: GraphStore;
  services: Services;
  /** Replaced after every write, so what a mutation returns is read from the graph as it now is. */
  loaders: Loaders;
  sources: SourceDocument[];
  /** Who sent the request; mutations turn it into a principal (or UNAUTHENTICATED / FORBIDDEN). */
  auth: RequestAuth;
  /** Aborts when the request's deadline passes or its client leaves: long work (analytics) stops then. */
  signal?: AbortSignal;
}

export function createContext(store: GraphStore, sources: SourceDocument[], auth: RequestAuth = RequestAuth.anonymous(), signal?: AbortSignal): Context {
  return { store, services: createServices(store, signal), loaders: createLoaders(store, signal), sources, auth, signal };
}
