// What `npm start` and `npm run import` do, as real processes on the test engine (the embedded store in a fresh data
// directory, or the Neo4j of `npm run test:neo4j`): seeded on first start, a write, the export holding it, a clean
// stop on SIGTERM, a restart that finds the data and does not seed again, and the import CLI's all-or-nothing.
import fs from 'node:fs';
import path from 'node:path';
import { readSeed } from '../../src/seed/seed';
import { reportNodes, reportSeed } from '../support/report-seed';
import { processEngineEnv, testStoreConfig } from '../support/engine';
import { buildApp, freshHealth, processGql, runCli, startServerProcess, tempDir, type ServerProcess } from '../support/process';

const TOKEN = 'process-admin-token-0123456789';
const seed = readSeed();
const ENGINE = testStoreConfig().engine;

beforeAll(() => buildApp(), 120_000);

const gql = (server: ServerProcess, query: string, variables: Record<string, unknown> = {}) => processGql(server, TOKEN, query, variables);

const health = freshHealth;

async function stop(server: ServerProcess): Promise<NodeJS.Signals | number | null> {
  server.child.kill('SIGTERM');
  return server.exited;
}

test(`npm start on ${ENGINE}: seeded on first start, a write shows in the export, a restart keeps it and does not seed again`, async () => {
  const env = { ...(await processEngineEnv(path.join(tempDir('server-process-'), 'data'))), API_TOKENS: `ops:admin:${TOKEN}`, AUTO_SEED: 'true' };
  let server = await startServerProcess(env);
  try {
    expect(server.logs.some((l) => l.msg === 'empty graph: seed loaded')).toBe(true);
    expect(await health(server)).toMatchObject({ engine: ENGINE, nodesByLabel: { City: seed.cities.length, Nation: seed.nations.length } });
    const created = await gql(server, `mutation ($input: CityInput!) { upsertCity(input: $input) { id name } }`, {
      input: { id: 'process-test-city', name: 'Process Test City', kind: 'CITY', nation: 'FR', source: 'process test' },
    });
    expect(created).toEqual({ data: { upsertCity: { id: 'process-test-city', name: 'Process Test City' } } });
    const exported = (await (await fetch(`${server.url}/export/graph.json`)).json()) as { nodes: { id: string; name?: string }[] };
    const seeded = seed.cities.length + seed.nations.length + seed.organizations.length + seed.officials.length + reportNodes(reportSeed(seed)).length;
    expect(exported.nodes).toHaveLength(seeded + 1);
    expect(exported.nodes.find((n) => n.id === 'process-test-city')).toMatchObject({ name: 'Process Test City' });
  } finally {
    expect(await stop(server)).toBe(0);
  }

  server = await startServerProcess(env);
  try {
    expect(server.logs.some((l) => l.msg === 'empty graph: seed loaded')).toBe(false);
    expect((await health(server)).nodesByLabel.City).toBe(seed.cities.length + 1);
    expect(await gql(server, `{ city(id: "process-test-city") { name nation { code } } }`)).toEqual({
      data: { city: { name: 'Process Test City', nation: { code: 'FR' } } },
    });
  } finally {
    expect(await stop(server)).toBe(0);
  }
}, 120_000);

describe(`npm run import (the CLI) on ${ENGINE}`, () => {
  test('imports a JSON file; the same file again changes nothing', async () => {
    const dir = tempDir('import-cli-');
    const env = await processEngineEnv(path.join(dir, 'data'));
    const file = path.join(dir, 'graph.json');
    fs.writeFileSync(file, JSON.stringify({ nations: [{ code: 'IS', name: 'Iceland', source: 's' }], cities: [{ id: 'reykjavik', name: 'Reykjavik', kind: 'CITY', nation: 'IS', source: 's' }] }));
    const first = runCli('dist/src/import/cli.js', [file, '--json'], env);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ applied: true, counts: { nations: { created: 1 }, cities: { created: 1 } } });
    const again = runCli('dist/src/import/cli.js', [file, '--json'], env);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ counts: { nations: { created: 0, unchanged: 1 }, cities: { created: 0, unchanged: 1 } } });
  });

  test('lists every problem of a CSV directory with its file and line, exits 1 and writes nothing', async () => {
    const dir = tempDir('import-cli-csv-');
    const env = await processEngineEnv(path.join(dir, 'data'));
    fs.writeFileSync(path.join(dir, 'nations.csv'), 'code,name,source\nIS,Iceland,s\nis,Iceland,s\n');
    fs.writeFileSync(path.join(dir, 'cities.csv'), 'id,name,kind,nation,source\nreykjavik,Reykjavik,CITY,IS,s\nakureyri,Akureyri,TOWN,IS,s\n');
    const result = runCli('dist/src/import/cli.js', [dir], env);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('2 problems; nothing was written.');
    expect(result.stdout).toMatch(/nations\[1\]\.code: .* \(nations\.csv line 3\)/);
    expect(result.stdout).toMatch(/cities\[1\]\.kind: .* \(cities\.csv line 3\)/);
    const check = runCli('dist/src/import/cli.js', [dir, '--dry-run', '--json'], env);
    expect(JSON.parse(check.stdout).counts.nations).toEqual({ created: 1, updated: 0, unchanged: 0 });
  });
});
