// Finds a Python with NetworkX for the live cross-checks; tests that need one skip (with a message) without it.
import { execFile, execFileSync, spawnSync } from 'node:child_process';

export interface NetworkxPython {
  executable: string;
  version: string;
}

let found: NetworkxPython | null | undefined;

/**
 * $NETWORKX_PYTHON, else the first of `python3` and Debian's /usr/bin/python3 (where `apt-get install
 * python3-networkx` puts it, when `python3` is another interpreter) in which NetworkX imports with the numpy and
 * scipy its PageRank needs (a pip NetworkX without numpy imports, then fails in `nx.pagerank`); else null.
 */
export function networkxPython(): NetworkxPython | null {
  if (found !== undefined) return found;
  const candidates = process.env.NETWORKX_PYTHON ? [process.env.NETWORKX_PYTHON] : ['python3', '/usr/bin/python3'];
  found = null;
  for (const executable of candidates) {
    const probe = spawnSync(executable, ['-c', 'import networkx, numpy, scipy; print(networkx.__version__)'], { encoding: 'utf8' });
    if (probe.status === 0) {
      found = { executable, version: probe.stdout.trim() };
      break;
    }
  }
  if (!found) {
    process.stderr.write(
      `NetworkX live checks skipped: \`import networkx, numpy, scipy\` failed in ${candidates.join(' and ')}` +
        ` (install python3-networkx, or set NETWORKX_PYTHON); the committed fixtures are still checked.\n`,
    );
  }
  return found;
}

/** Runs a Python program with arguments; returns its stdout (throws with stderr on failure). */
export function runPython(python: NetworkxPython, args: string[], input?: string): string {
  return execFileSync(python.executable, args, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Like runPython, without blocking the event loop: needed when the program calls a server running in this
 * same process (a synchronous child would wait for a server that cannot answer).
 */
export function runPythonAsync(python: NetworkxPython, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(python.executable, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${python.executable} ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}
