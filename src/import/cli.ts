// `npm run import -- <file.json | directory of CSV files> [--dry-run] [--json]`: merges a graph in the seed format
// into the configured store all or nothing (chunks of IMPORT_CHUNK_ROWS changed records, one transaction each, undone
// together if one fails: docs/writing.md), printing what was created, updated or unchanged,
// or every problem (with its file and line for CSV) and exit status 1. The CLI opens the store itself: with the
// embedded engine, stop the server first (one process per data directory) or use the importGraph mutation.
import fs from 'node:fs';
import pino from 'pino';
import { openStore } from '../bootstrap';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { readCsvDirectory } from './csv';
import { formatProblem, IMPORT_SECTIONS, importGraph, ImportRejected, MAX_IMPORT_PROBLEMS, type ImportProblem, type ImportReport } from '../services/import';

const USAGE = 'usage: npm run import -- <file.json | directory of CSV files> [--dry-run] [--json]';

interface Loaded {
  document: unknown;
  /** Where each record comes from (CSV: file and line), by section and index. */
  where: Record<string, string[]>;
  problems: ImportProblem[];
}

function load(target: string): Loaded {
  if (fs.statSync(target).isDirectory()) {
    const csv = readCsvDirectory(target);
    return { document: csv.graph, where: csv.where, problems: csv.problems };
  }
  try {
    return { document: JSON.parse(fs.readFileSync(target, 'utf8')), where: {}, problems: [] };
  } catch (error) {
    return { document: {}, where: {}, problems: [{ section: 'input', index: null, field: null, message: `${target} is not valid JSON: ${(error as Error).message}` }] };
  }
}

function describe(problem: ImportProblem, where: Loaded['where']): string {
  const origin = problem.index !== null ? where[problem.section]?.[problem.index] : undefined;
  return origin ? `${formatProblem(problem)} (${origin})` : formatProblem(problem);
}

function summary(report: ImportReport): string {
  const rows = IMPORT_SECTIONS.map((s) => {
    const c = report.counts[s];
    return `  ${s.padEnd(14)} ${String(c.created).padStart(7)} ${String(c.updated).padStart(8)} ${String(c.unchanged).padStart(10)}`;
  });
  const verb = report.dryRun ? 'dry run: nothing written' : 'written, all or nothing';
  return [`${report.records} records (${verb})`, `  ${'section'.padEnd(14)} ${'created'.padStart(7)} ${'updated'.padStart(8)} ${'unchanged'.padStart(10)}`, ...rows].join('\n');
}

async function run(): Promise<number> {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const [target, ...extra] = args.filter((a) => !a.startsWith('--'));
  const unknownFlags = [...flags].filter((f) => f !== '--dry-run' && f !== '--json');
  if (!target || extra.length || unknownFlags.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!fs.existsSync(target)) {
    process.stderr.write(`${target} does not exist\n${USAGE}\n`);
    return 2;
  }
  const loaded = load(target);
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, pino.destination(2));
  const { store } = await openStore(config, logger);
  try {
    const started = Date.now();
    let report: ImportReport;
    try {
      // Problems of the files themselves: validate the records too, so that all problems are listed at once.
      const dryRun = flags.has('--dry-run') || loaded.problems.length > 0;
      report = await importGraph(store, loaded.document, { dryRun });
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw error;
      report = error.report;
    }
    const problems = [...loaded.problems, ...report.problems];
    const problemCount = loaded.problems.length + report.problemCount;
    if (flags.has('--json')) {
      process.stdout.write(JSON.stringify({ ...report, applied: report.applied && problemCount === 0, problems, problemCount }, null, 2) + '\n');
    } else if (problemCount > 0) {
      process.stdout.write(`${problemCount} problem${problemCount === 1 ? '' : 's'}; nothing was written.\n`);
      for (const problem of problems.slice(0, MAX_IMPORT_PROBLEMS)) process.stdout.write(`  ${describe(problem, loaded.where)}\n`);
      if (problemCount > MAX_IMPORT_PROBLEMS) process.stdout.write(`  … and ${problemCount - MAX_IMPORT_PROBLEMS} more\n`);
    } else {
      process.stdout.write(`${summary(report)}\n(${Date.now() - started} ms)\n`);
    }
    return problemCount > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`import failed: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
