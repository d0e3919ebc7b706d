// Finds a Python with NetworkX for the live cross-checks; tests that need one skip (with a message) without it.
import { execFileSync, spawnSync } from 'node:child_process';

export interface NetworkxPython {
  executable: string;
  version: string;
}

let found: NetworkxPython | null | undefined;

/** `python3` (or $NETWORKX_PYTHON) when `import networkx` works in it, else null. */
export function networkxPython(): NetworkxPython | null {
  if (found !== undefined) return found;
  const executable = process.env.NETWORKX_PYTHON ?? 'python3';
  const probe = spawnSync(executable, ['-c', 'import networkx; print(networkx.__version__)'], { encoding: 'utf8' });
  found = probe.status === 0 ? { executable, version: probe.stdout.trim() } : null;
  if (!found) {
    process.stderr.write(
      `NetworkX live checks skipped: \`${executable} -c "import networkx"\` failed` +
        ` (install python3-networkx, or set NETWORKX_PYTHON); the committed fixtures are still checked.\n`,
    );
  }
  return found;
}

/** Runs a Python program with arguments; returns its stdout (throws with stderr on failure). */
export function runPython(python: NetworkxPython, args: string[], input?: string): string {
  return execFileSync(python.executable, args, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
}
