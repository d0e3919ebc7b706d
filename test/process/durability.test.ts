// Durability on the embedded engine, with the real server process: every acknowledged write survives SIGKILL and a
// restart on the same GRAPH_DATA_DIR, and a bulk import killed midway leaves all of it or none. Also the import CLI.
import fs from 'node:fs';
import path from 'node:path';
import { describeEmbeddedOnly } from '../support/engine';
import { buildApp, freshHealth, kill, processGql, runCli, startServerProcess, tempDir, type ServerProcess } from '../support/process';

const TOKEN = 'durability-admin-token-0123456789';
const serverEnv = (dir: string) => ({ GRAPH_DATA_DIR: dir, API_TOKENS: `ops:admin:${TOKEN}`, AUTO_SEED: 'true' });

// Neo4j's durability is the server's own, and the test cannot SIGKILL it; test/process/server.test.ts runs the
// server process and the import CLI on whichever engine the tests use.
describeEmbeddedOnly('SIGKILL durability of the in-process store and its data directory lock', 'the server process and the import CLI', () => {
  beforeAll(() => buildApp(), 120_000);

  const gql = (server: ServerProcess, query: string, variables: Record<string, unknown> = {}) => processGql(server, TOKEN, query, variables);

  const health = freshHealth;

  const UPSERT = `mutation ($input: CityInput!) { upsertCity(input: $input) { id } }`;
  const LINK = `mutation ($input: PartnershipInput!) { linkPartners(input: $input) { id } }`;

  test('every acknowledged write survives SIGKILL and a restart on the same data directory', async () => {
    const dir = tempDir('durability-writes-');
    let server = await startServerProcess(serverEnv(dir));
    const acknowledged = { cities: [] as string[], links: [] as string[] };
    let killed = false;
    // Each worker creates a city, then links it to Seoul; eight run at once. The process is killed after the 30th
    // acknowledgement, with other writes in flight: those may or may not have committed, but no acknowledged one may be lost.
    const worker = async (first: number) => {
      for (let i = first; !killed; i += 8) {
        const id = `durable-${i}`;
        const created = await gql(server, UPSERT, { input: { id, name: `Durable ${i}`, kind: 'CITY', nation: 'FR', source: 'durability test' } }).catch(() => null);
        if (!created?.data?.upsertCity) return;
        acknowledged.cities.push(id);
        const linked = await gql(server, LINK, { input: { cityA: id, cityB: 'seoul', tier: 'FRIENDSHIP', source: 'durability test' } }).catch(() => null);
        if (!linked?.data?.linkPartners) return;
        acknowledged.links.push(id);
        if (acknowledged.cities.length + acknowledged.links.length >= 30 && !killed) {
          killed = true;
          await kill(server);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, i) => worker(i)));
    expect(await server.exited).toBe('SIGKILL');
    expect(acknowledged.cities.length + acknowledged.links.length).toBeGreaterThanOrEqual(30);

    server = await startServerProcess(serverEnv(dir));
    try {
      // The restart found a graph: it did not seed again (which would have logged it).
      expect(server.logs.some((l) => l.msg === 'empty graph: seed loaded')).toBe(false);
      const { data } = await gql(server, `{ seoul: city(id: "seoul") { partners { city { id } } } cities(first: 100, nameContains: "Durable") { edges { node { id nation { code } } } } }`);
      const found = new Map<string, any>(data.cities.edges.map((e: any) => [e.node.id, e.node]));
      for (const id of acknowledged.cities) expect(found.get(id)).toMatchObject({ nation: { code: 'FR' } });
      // Nothing half-written: every city that made it has its nation, acknowledged or not.
      for (const city of found.values()) expect(city.nation).toEqual({ code: 'FR' });
      const partners = new Set(data.seoul.partners.map((p: any) => p.city.id));
      for (const id of acknowledged.links) expect(partners.has(id)).toBe(true);
    } finally {
      await kill(server);
    }
  }, 120_000);

  /** An import of `n` new cities in France and n/2 partnerships among them. */
  function batch(tag: string, n: number) {
    const cities = Array.from({ length: n }, (_, i) => ({ id: `${tag}-${i}`, name: `${tag} ${i}`, kind: 'CITY', nation: 'FR', source: 'durability test' }));
    const partnerships = Array.from({ length: n / 2 }, (_, i) => ({ cityA: `${tag}-${2 * i}`, cityB: `${tag}-${2 * i + 1}`, tier: 'SISTER', source: 'durability test' }));
    return { cities, partnerships };
  }
  const IMPORT = `mutation ($input: GraphImportInput!) { importGraph(input: $input) { applied cities { created } } }`;

  test('a bulk import killed midway leaves either all of it or none of it', async () => {
    const dir = tempDir('durability-import-');
    const size = 3000;
    let server = await startServerProcess(serverEnv(dir));
    // A complete import first: how long one takes, from request to acknowledgement.
    const started = performance.now();
    const complete = await gql(server, IMPORT, { input: batch('calibration', size) });
    const duration = performance.now() - started;
    expect(complete.data.importGraph).toEqual({ applied: true, cities: { created: size } });
    const outcomes: string[] = [];
    try {
      for (const [trial, fraction] of [0.3, 0.6, 0.85, 0.95, 1.1].entries()) {
        const before = await health(server);
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
        outcomes.push(`${fraction}: ${answer}, ${added === 0 ? 'none' : 'all'}`);
        expect([[0, 0], [size, size / 2]]).toContainEqual([added, linked]);
        expect(after.relationshipsByType.LOCATED_IN - before.relationshipsByType.LOCATED_IN).toBe(added);
        if (answer === 'acknowledged') expect(added).toBe(size);
      }
    } finally {
      await kill(server);
    }
    // For the record of which interleavings this run saw (the assertions above hold for all of them).
    fs.writeFileSync(path.join(dir, 'outcomes.txt'), outcomes.join('\n'));
    if (process.env.DURABILITY_VERBOSE) process.stdout.write(`import kill trials (duration ${Math.round(duration)} ms): ${outcomes.join('; ')}\n`);
  }, 180_000);

  describe('npm run import (the CLI)', () => {
    test('imports a JSON file into a data directory, and says it is locked while a server holds it', async () => {
      const dir = tempDir('import-cli-');
      const file = path.join(dir, 'graph.json');
      fs.writeFileSync(file, JSON.stringify({ nations: [{ code: 'IS', name: 'Iceland', source: 's' }], cities: [{ id: 'reykjavik', name: 'Reykjavik', kind: 'CITY', nation: 'IS', source: 's' }] }));
      const dataDir = path.join(dir, 'data');
      const first = runCli('dist/src/import/cli.js', [file, '--json'], { GRAPH_DATA_DIR: dataDir });
      expect(first.status).toBe(0);
      expect(JSON.parse(first.stdout)).toMatchObject({ applied: true, counts: { nations: { created: 1 }, cities: { created: 1 } } });
      const again = runCli('dist/src/import/cli.js', [file], { GRAPH_DATA_DIR: dataDir });
      expect(again.stdout).toMatch(/cities\s+0\s+0\s+1/);

      const server = await startServerProcess({ GRAPH_DATA_DIR: dataDir, AUTO_SEED: 'false' });
      try {
        const locked = runCli('dist/src/import/cli.js', [file], { GRAPH_DATA_DIR: dataDir });
        expect(locked.status).toBe(1);
        expect(locked.stderr).toMatch(/locked by another process/);
      } finally {
        await kill(server);
      }
    }, 60_000);

    test('lists every problem of a CSV directory with its file and line, exits 1 and writes nothing', () => {
      const dir = tempDir('import-cli-csv-');
      fs.writeFileSync(path.join(dir, 'nations.csv'), 'code,name,source\nIS,Iceland,s\nis,Iceland,s\n');
      fs.writeFileSync(path.join(dir, 'cities.csv'), 'id,name,kind,nation,source\nreykjavik,Reykjavik,CITY,IS,s\nakureyri,Akureyri,TOWN,IS,s\n');
      const dataDir = path.join(dir, 'data');
      const result = runCli('dist/src/import/cli.js', [dir], { GRAPH_DATA_DIR: dataDir });
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('2 problems; nothing was written.');
      expect(result.stdout).toMatch(/nations\[1\]\.code: .* \(nations\.csv line 3\)/);
      expect(result.stdout).toMatch(/cities\[1\]\.kind: .* \(cities\.csv line 3\)/);
      const check = runCli('dist/src/import/cli.js', [dir, '--dry-run', '--json'], { GRAPH_DATA_DIR: dataDir });
      expect(JSON.parse(check.stdout).counts.nations).toEqual({ created: 1, updated: 0, unchanged: 0 });
    });
  });
});
