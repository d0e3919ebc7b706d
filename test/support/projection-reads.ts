// Counts the metric projection's reads on a store, from the statements the store has served: a read is one
// analytics/projection-out statement per non-empty label (the seed's labels each fit in one batch), so the count of
// those statements is divided by what one read, made here, takes. A partial read gives a fraction.
import { readProjectionArrays } from '../../src/services/analytics/projection-arrays';
import type { GraphStore } from '../../src/store/graph-store';

export async function projectionReadCounter(store: GraphStore): Promise<() => Promise<number>> {
  const served = async () => (await store.metrics.queries.get()).values.find((v) => v.labels.query === 'analytics/projection-out')?.value ?? 0;
  const before = await served();
  await readProjectionArrays(store);
  const perRead = (await served()) - before;
  if (perRead < 1) throw new Error('a projection read ran no analytics/projection-out statement');
  return async () => (await served()) / perRead;
}
