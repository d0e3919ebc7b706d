// Every Python on this machine that has a module (NetworkX, igraph), one per version of it: the exports are checked
// against each NetworkX found (Debian's 2.8 and a 3.x), not only the first. Tests skip, with a message, when none.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export interface PythonWith {
  executable: string;
  /** The module's version. */
  version: string;
}

/**
 * Where to look: $EXPORT_PYTHONS (colon-separated), else `python3` on PATH, Debian's /usr/bin/python3 (where
 * `apt-get install python3-networkx python3-igraph` puts them) and the venv .ci/run makes for NetworkX 3.x
 * (scratch/venv-networkx3) when no Python on the machine has one.
 */
export function pythonCandidates(): string[] {
  if (process.env.EXPORT_PYTHONS) return process.env.EXPORT_PYTHONS.split(':').filter(Boolean);
  const venv = path.join(__dirname, '../../scratch/venv-networkx3/bin/python');
  return ['python3', '/usr/bin/python3', ...(fs.existsSync(venv) ? [venv] : [])];
}

const cache = new Map<string, PythonWith[]>();

/** The candidates in which `import <module>` works, the first one per module version. */
export function pythonsWith(module: 'networkx' | 'igraph'): PythonWith[] {
  const cached = cache.get(module);
  if (cached) return cached;
  const found: PythonWith[] = [];
  for (const executable of pythonCandidates()) {
    const probe = spawnSync(executable, ['-c', `import ${module}; print(${module}.__version__)`], { encoding: 'utf8' });
    const version = probe.status === 0 ? probe.stdout.trim() : null;
    if (version && !found.some((p) => p.version === version)) found.push({ executable, version });
  }
  if (found.length === 0) {
    process.stderr.write(`${module} live checks skipped: \`import ${module}\` failed in ${pythonCandidates().join(', ')} (see .ci/run).\n`);
  }
  cache.set(module, found);
  return found;
}
