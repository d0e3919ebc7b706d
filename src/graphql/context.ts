// The per-request context: the store and a fresh set of DataLoaders (never shared between requests).
import type { GraphStore } from '../store/graph-store';
import { createLoaders, type Loaders } from './loaders';
import type { SourceDocument } from './types';

export interface Context {
  store: GraphStore;
  loaders: Loaders;
  sources: SourceDocument[];
}

export function createContext(store: GraphStore, sources: SourceDocument[]): Context {
  return { store, loaders: createLoaders(store), sources };
}
