// `npm start` (scripts/start.js): compiles only when a source changed since the last build and says so, then starts
// the server, which prints one plain line saying where GraphiQL is.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { appEnv, ROOT, tempDir } from '../support/process';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const launcher = require('../../scripts/start.js') as { staleReason(root: string): string | null; build(root?: string): void };

describe('staleReason', () => {
  const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, seconds));
  let root: string;
  const write = (file: string, seconds: number) => {
    const full = path.join(root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, '');
    fs.utimesSync(full, at(seconds), at(seconds));
  };
  beforeEach(() => {
    root = tempDir('start-stale-');
    write('src/main.ts', 10);
    write('src/server/app.ts', 10);
    write('tsconfig.json', 10);
    for (const dir of ['src/server', 'src']) fs.utimesSync(path.join(root, dir), at(10), at(10));
  });

  test('asks for a first build without dist/, and for one when no build was recorded', () => {
    expect(launcher.staleReason(root)).toBe('first build');
    write('dist/src/main.js', 20);
    expect(launcher.staleReason(root)).toBe('no record of the last build');
  });

  test('is up to date when the last build started after every change, stale when a file changed since', () => {
    write('dist/src/main.js', 20);
    write('dist/.build-stamp', 20);
    expect(launcher.staleReason(root)).toBeNull();
    write('src/server/app.ts', 30);
    expect(launcher.staleReason(root)).toBe(`${path.join('src', 'server', 'app.ts')} changed`);
  });

  test('notices a deleted or added file through its directory', () => {
    write('dist/src/main.js', 20);
    write('dist/.build-stamp', 20);
    fs.rmSync(path.join(root, 'src/server/app.ts'));
    fs.utimesSync(path.join(root, 'src/server'), at(30), at(30));
    expect(launcher.staleReason(root)).toBe(`${path.join('src', 'server')} changed`);
  });
});

/** Runs `node scripts/start.js` until the server prints its line for people; returns what stderr said by then. */
function startOnce(): Promise<string> {
  const child = spawn(process.execPath, ['scripts/start.js'], {
    cwd: ROOT,
    env: appEnv({ HOST: '127.0.0.1', PORT: '0', GRAPH_DATA_DIR: ':memory:' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let ready = false;
  return new Promise((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (!ready && /GraphiQL ready at .*\n/.test(stderr)) {
        ready = true;
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) => (ready ? resolve(stderr) : reject(new Error(`start.js exited (${code}) before it was ready: ${stderr}`))));
  });
}

test('a start after an up-to-date build compiles nothing; after a change it compiles and says why', async () => {
  launcher.build();
  const quiet = await startOnce();
  expect(quiet).not.toMatch(/Compiling/);
  expect(quiet).toMatch(/^GraphiQL ready at http:\/\/127\.0\.0\.1:\d+\/graphql/m);

  // As if src/ had been edited after the last build: the stamp is older than the sources.
  const stamp = path.join(ROOT, 'dist', '.build-stamp');
  fs.utimesSync(stamp, new Date(0), new Date(0));
  const rebuilt = await startOnce();
  expect(rebuilt).toMatch(/^Compiling TypeScript \(.+ changed\)…$/m);
  expect(rebuilt).toMatch(/^Compiled in [\d.]+ s$/m);
  expect(rebuilt).toMatch(/^GraphiQL ready at /m);
  expect(launcher.staleReason(ROOT)).toBeNull();
}, 120_000);
