// Builds the app once (tsc to dist/) and runs it as real processes: the server (node dist/src/main.js) and the CLIs,
// for the tests that need a process to kill or a command line to call.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.join(__dirname, '../..');

/** `npm run build` (about 4 s): the tests run what `npm start` runs. */
export function buildApp(): void {
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The environment of a child process: only what the app reads, so the developer's own settings do not leak in. */
export function appEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, GRAPH_ENGINE: 'embedded', LOG_LEVEL: 'info', ...extra };
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Every JSON log line so far. */
  logs: Record<string, unknown>[];
  /** Resolves with the exit signal or code. */
  exited: Promise<NodeJS.Signals | number | null>;
}

/** Starts `node dist/src/main.js` on a free port; resolves once it logs that it listens. */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['dist/src/main.js'], { cwd: ROOT, env: appEnv({ HOST: '127.0.0.1', PORT: '0', ...env }), stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === 'server listening') resolve({ url: String(entry.url).replace(/\/graphql$/, ''), child, logs, exited });
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    void exited.then((how) => reject(new Error(`the server exited (${how}) before listening: ${stderr}`)));
  });
}

/** Kills with SIGKILL (no shutdown hook runs) and waits for the process to be gone. */
export async function kill(server: ServerProcess): Promise<void> {
  server.child.kill('SIGKILL');
  await server.exited;
}

/** Runs a CLI of dist/ to completion. */
export function runCli(script: string, args: string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, env: appEnv(env), encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A GraphQL request to a server process, as the holder of `token`. */
export async function processGql(server: ServerProcess, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * The server's /health once its counts are current: polled while it answers `countsStale` (right after a write, the
 * previous counts while it recounts) or `countsPending` (just after start-up), so a count taken after a write sees it.
 */
export async function freshHealth(server: ServerProcess): Promise<{ engine: string; nodesByLabel: Record<string, number>; relationshipsByType: Record<string, number> }> {
  for (;;) {
    const body = (await (await fetch(`${server.url}/health`)).json()) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (!body.countsStale && !body.countsPending) return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
