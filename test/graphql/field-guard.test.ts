// The deadline and response-size guard of every field (src/server/deadline.ts): the schema's fields spend from the
// budget a query's context carries, so a query stops resolving once its signal has aborted or past the field cap,
// with one error saying which; a mutation and a context without a budget resolve as before.
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { seedIfEmpty } from '../../src/bootstrap';
import { createContext, type Context } from '../../src/graphql/context';
import { createSchema } from '../../src/graphql/schema';
import { silentLogger } from '../../src/logger';
import { readSeed } from '../../src/seed/seed';
import { createErrorFormatter } from '../../src/server/errors';
import { deadlinePlugin, guardFields } from '../../src/server/deadline';
import type { GraphStore } from '../../src/store/graph-store';
import { openTestStore } from '../support/engine';

let store: GraphStore;
const seed = readSeed();
beforeAll(async () => {
  ({ store } = await openTestStore());
  await seedIfEmpty(store, seed, silentLogger);
});
afterAll(() => store.close());

async function run(plugins: ReturnType<typeof deadlinePlugin>[], query: string, signal?: AbortSignal) {
  const apollo = new ApolloServer<Context>({ schema: guardFields(await createSchema()), plugins, formatError: createErrorFormatter(silentLogger) });
  await apollo.start();
  try {
    const before = await storeQueries();
    const response = await apollo.executeOperation({ query }, { contextValue: createContext(store, seed.sources, undefined, signal) });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return { ...(response.body.singleResult as { data?: any; errors?: any[] }), storeQueries: (await storeQueries()) - before };
  } finally {
    await apollo.stop();
  }
}

async function storeQueries(): Promise<number> {
  return (await store.metrics.queries.get()).values.reduce((sum, v) => sum + v.value, 0);
}

const PARTNERS = '{ city(id: "seoul") { name partners { tier city { name } } } }';

test('a query whose signal has aborted resolves no field and runs no store query: one TIMEOUT error', async () => {
  const controller = new AbortController();
  controller.abort(new Error('deadline'));
  const result = await run([deadlinePlugin(1234)], PARTNERS, controller.signal);
  expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'TIMEOUT', timeoutMs: 1234 } })]);
  expect(result.data).toEqual({ city: null });
  expect(result.storeQueries).toBe(0);
});

test('past the field cap a query stops, with one error naming the cap and no data', async () => {
  const result = await run([deadlinePlugin(10_000, 10)], PARTNERS);
  expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/more than 10 fields/), extensions: { code: 'BAD_USER_INPUT', maxFields: 10 } })]);
  expect(result.data).toBeNull();
  // Within the cap, the same query is answered.
  const whole = await run([deadlinePlugin(10_000, 1_000)], PARTNERS);
  expect(whole.errors).toBeUndefined();
  expect(whole.data.city.partners.length).toBeGreaterThan(5);
});

test('without the plugin (no budget on the context) the guarded schema resolves as before', async () => {
  const controller = new AbortController();
  controller.abort(new Error('deadline'));
  // The store refuses the aborted request's reads itself; the fields before them resolve.
  const result = await run([], '{ __typename sources { id } }', controller.signal);
  expect(result.errors).toBeUndefined();
  expect(result.data.sources.length).toBeGreaterThan(0);
});
