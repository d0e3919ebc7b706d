// A chunked import killed midway, with the real server process (IMPORT_CHUNK_ROWS=400: a 4,501-record import is 12
// transactions): after a restart on the same data directory the graph holds all of it or none of it, the city it
// changed included, and no journal entry is left.
import { buildApp, freshHealth, kill, processGql, startServerProcess, tempDir, type ServerProcess } from '../support/process';

const TOKEN = 'chunked-import-admin-token-0123456789';
const serverEnv = (dir: string) => ({ GRAPH_DATA_DIR: dir, API_TOKENS: `ops:admin:${TOKEN}`, AUTO_SEED: 'true', IMPORT_CHUNK_ROWS: '400' });

beforeAll(() => buildApp(), 120_000);

const gql = (server: ServerProcess, query: string, variables: Record<string, unknown> = {}) => processGql(server, TOKEN, query, variables);

const health = freshHealth;

/** Seoul renamed (the first chunk), `n` new cities in France and n/2 partnerships among them (the later chunks). */
function batch(tag: string, n: number) {
  const cities = [
    { id: 'seoul', name: `Seoul ${tag}`, kind: 'CITY', nation: 'KR', source: 'chunked import test' },
    ...Array.from({ length: n }, (_, i) => ({ id: `${tag}-${i}`, name: `${tag} ${i}`, kind: 'CITY', nation: 'FR', source: 'chunked import test' })),
  ];
  const partnerships = Array.from({ length: n / 2 }, (_, i) => ({ cityA: `${tag}-${2 * i}`, cityB: `${tag}-${2 * i + 1}`, tier: 'SISTER', source: 'chunked import test' }));
  return { cities, partnerships };
}
const IMPORT = `mutation ($input: GraphImportInput!) { importGraph(input: $input) { applied cities { created updated } } }`;
const SEOUL = `{ city(id: "seoul") { name } }`;

test('a chunked import killed between chunks leaves all of it or none of it after a restart', async () => {
  const dir = tempDir('chunked-import-');
  const size = 3000;
  let server = await startServerProcess(serverEnv(dir));
  const started = performance.now();
  expect((await gql(server, IMPORT, { input: batch('calibration', size) })).data.importGraph).toEqual({ applied: true, cities: { created: size, updated: 1 } });
  const duration = performance.now() - started;
  const outcomes: string[] = [];
  try {
    for (const [trial, fraction] of [0.25, 0.5, 0.75, 1.2].entries()) {
      const before = await health(server);
      const seoulBefore = (await gql(server, SEOUL)).data.city.name;
      const pending = gql(server, IMPORT, { input: batch(`trial${trial}`, size) }).then(
        (r) => (r.data?.importGraph?.applied ? 'acknowledged' : 'refused'),
        () => 'cut off',
      );
      await new Promise((resolve) => setTimeout(resolve, duration * fraction));
      await kill(server);
      const answer = await pending;
      server = await startServerProcess(serverEnv(dir));
      const after = await health(server);
      const added = after.nodesByLabel.City - before.nodesByLabel.City;
      const linked = after.relationshipsByType.SISTER_OF - before.relationshipsByType.SISTER_OF;
      const seoul = (await gql(server, SEOUL)).data.city.name;
      const undone = server.logs.some((l) => l.msg === 'undid chunked imports that were interrupted before their last chunk');
      outcomes.push(`${fraction}: ${answer}, ${added === 0 ? 'none' : 'all'}${undone ? ' (undone at start-up)' : ''}`);
      if (process.env.DURABILITY_VERBOSE) process.stdout.write(`${outcomes.at(-1)} added ${added} seoul ${seoul}\n`);
      expect([[0, 0], [size, size / 2]]).toContainEqual([added, linked]);
      expect(after.relationshipsByType.LOCATED_IN - before.relationshipsByType.LOCATED_IN).toBe(added);
      expect(seoul).toBe(added === 0 ? seoulBefore : `Seoul trial${trial}`);
      expect(after.nodesByLabel.ImportJournal).toBeUndefined();
      if (answer === 'acknowledged') expect(added).toBe(size);
    }
  } finally {
    await kill(server);
  }
  if (process.env.DURABILITY_VERBOSE) process.stdout.write(`chunked import kill trials (duration ${Math.round(duration)} ms): ${outcomes.join('; ')}\n`);
}, 240_000);
