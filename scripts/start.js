#!/usr/bin/env node
// `npm start`: compiles the TypeScript only when a source changed since the last build (and says so), then runs the
// server in this process. Plain JavaScript, so it runs before anything is compiled.
//
// "Changed" is decided by modification times: the newest file or directory under src/, scripts/, bench/, examples/
// (a directory's time changes when a file is added, renamed or deleted) and the tsconfig files and lockfile, against
// dist/.build-stamp, written after each successful compile with the time the compile started. The compile itself is
// incremental (dist/.tsbuildinfo), so a rebuild after a small change re-checks only what it must.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '..');
const INPUT_DIRS = ['src', 'scripts', 'bench', 'examples'];
const INPUT_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const STAMP = path.join('dist', '.build-stamp');
const ENTRY = path.join('dist', 'src', 'main.js');

/** The newest modification among the build's inputs under `root`: { file, mtimeMs }. */
function newestInput(root) {
  let newest = { file: '', mtimeMs: 0 };
  const consider = (file, stat) => {
    if (stat.mtimeMs > newest.mtimeMs) newest = { file: path.relative(root, file), mtimeMs: stat.mtimeMs };
  };
  const walk = (dir) => {
    let stat;
    try {
      stat = fs.statSync(dir);
    } catch {
      return;
    }
    consider(dir, stat);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) consider(file, fs.statSync(file));
    }
  };
  for (const dir of INPUT_DIRS) walk(path.join(root, dir));
  for (const name of INPUT_FILES) {
    const file = path.join(root, name);
    if (fs.existsSync(file)) consider(file, fs.statSync(file));
  }
  return newest;
}

/** Why `root` needs a compile before it can start, or null when dist/ is up to date. */
function staleReason(root = ROOT) {
  if (!fs.existsSync(path.join(root, ENTRY))) return 'first build';
  const stamp = path.join(root, STAMP);
  if (!fs.existsSync(stamp)) return 'no record of the last build';
  const newest = newestInput(root);
  if (newest.mtimeMs > fs.statSync(stamp).mtimeMs) return `${newest.file} changed`;
  return null;
}

/** Compiles `root` (tsconfig.build.json, incremental) and records the build; throws when tsc fails. */
function build(root = ROOT) {
  const started = new Date();
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const args = [tsc, '-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', path.join('dist', '.tsbuildinfo')];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the TypeScript compile failed (tsc exited with ${result.status ?? result.signal})`);
  const stamp = path.join(root, STAMP);
  fs.writeFileSync(stamp, `built ${started.toISOString()}\n`);
  // The start time, not now: a file saved during the compile makes the next start compile again.
  fs.utimesSync(stamp, started, started);
}

if (require.main === module) {
  // `--build` (npm run build): compile whatever the times say, and do not start.
  const buildOnly = process.argv.includes('--build');
  const reason = buildOnly ? 'npm run build' : staleReason();
  if (reason) {
    const started = Date.now();
    if (!buildOnly) process.stderr.write(`Compiling TypeScript (${reason})…\n`);
    try {
      build();
    } catch (error) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    if (!buildOnly) process.stderr.write(`Compiled in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  if (!buildOnly) require(path.join(ROOT, ENTRY));
}

module.exports = { staleReason, build, newestInput };
