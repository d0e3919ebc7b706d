// The README's snippets, run as they are against a started, seeded server, so they cannot rot: every fenced
// `graphql` block answers without errors, every `curl` line of an `sh` block succeeds, every `python` block runs
// with each Python that has its imports (Debian's NetworkX 2.8 with igraph and pandas, a NetworkX 3.x), the `js`
// block runs with node. A block the test cannot run as it stands names, in an HTML comment on the line before it
// (`<!-- snippet: prelude NAME -->`), a prelude below; a block in a language not listed here fails the test.
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pythonCandidates } from '../support/pythons';
import { startTestServer, type TestServer } from '../support/server';

const ROOT = path.join(__dirname, '../..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const DOCUMENTED_URL = 'http://localhost:4000';

interface Snippet {
  language: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** From `<!-- snippet: prelude NAME -->` on the line before. */
  prelude?: string;
}

function snippets(markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const found: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) throw new Error(`README.md:${i + 1}: unclosed code block`);
    const marker = /^<!-- snippet: prelude (\S+) -->$/.exec(lines[i - 1] ?? '');
    found.push({ language: open[1], code: lines.slice(i + 1, end).join('\n'), line: i + 1, prelude: marker?.[1] });
    i = end;
  }
  return found;
}

/** Languages the README may hold and whether this test runs them (mermaid: a diagram; unlabelled: plain text, the layout tree). */
const LANGUAGES: Record<string, boolean> = { graphql: true, sh: true, python: true, js: true, mermaid: false, '': false };

const ALL = snippets(README);
const of = (language: string) => ALL.filter((s) => s.language === language);

let server: TestServer;
let work: string;
beforeAll(async () => {
  server = await startTestServer();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-snippets-'));
});
afterAll(async () => {
  await server.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** The snippet with the documented server address replaced by the test server's. */
const live = (code: string) => code.split(DOCUMENTED_URL).join(server.url);

function run(command: string, args: string[], options: { cwd?: string; input?: string } = {}): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, { cwd: options.cwd ?? work, encoding: 'utf8', timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${stderr || error.message}\n${stdout}`));
      else resolve({ stdout, stderr });
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
  });
}

async function graphql(query: string): Promise<any> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return response.json();
}

test('every code block is in a language this test knows, and every snippet kind is present', () => {
  for (const snippet of ALL) {
    if (!(snippet.language in LANGUAGES)) throw new Error(`README.md:${snippet.line}: a \`${snippet.language || 'unlabelled'}\` block; label it and run it here`);
  }
  for (const language of Object.keys(LANGUAGES).filter((l) => LANGUAGES[l])) expect(of(language).length).toBeGreaterThan(0);
});

describe('graphql blocks', () => {
  test.each(of('graphql').map((s) => [s.line, s] as const))('README.md:%i answers without errors', async (_line, snippet) => {
    const body = await graphql(snippet.code);
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeTruthy();
  });
});

describe('curl lines of sh blocks', () => {
  // A command may continue on the next line after a backslash; lines that are not curl (npm, docker) are not run.
  const commands = of('sh').flatMap((s) =>
    s.code
      .replace(/\\\n/g, ' ')
      .split('\n')
      .filter((line) => line.startsWith('curl '))
      .map((line) => [s.line, line] as const),
  );
  test('there are some', () => expect(commands.length).toBeGreaterThan(2));

  test.each(commands)('README.md:%i %s', async (_line, command) => {
    const dir = fs.mkdtempSync(path.join(work, 'curl-'));
    // --fail: an HTTP error status fails the command, as it would fail the reader.
    const { stdout } = await run('bash', ['-c', `set -euo pipefail; ${live(command).replace(/^curl /, 'curl --fail ')}`], { cwd: dir });
    const output = /-o\s+(\S+)/.exec(command);
    const text = output ? fs.readFileSync(path.join(dir, output[1]), 'utf8') : stdout;
    expect(text.length).toBeGreaterThan(100);
    if (/\/graphql/.test(command)) {
      const body = JSON.parse(text);
      expect(body.errors).toBeUndefined();
      expect(body.data).toBeTruthy();
    }
  });
});

/** Python programs a block needs before it can run, by the name its marker gives. */
const PRELUDES: Record<string, (url: string) => string> = {
  // The "same numbers in NetworkX" block uses `exported` (the downloaded graph), `via` and `communities` (the API's
  // answer); it then prints what the test compares with the API.
  'networkx-measures': (url) => `
import json, urllib.request, networkx as nx
exported = nx.read_graphml(urllib.request.urlopen("${url}/export/graph.graphml"))
via = {"SISTER_OF", "MEMBER_OF"}
query = json.dumps({"query": "{ communities(via: [SISTER_OF, MEMBER_OF]) { modularity communities { members { id } } } }"}).encode()
answer = json.load(urllib.request.urlopen(urllib.request.Request("${url}/graphql", query, {"content-type": "application/json"})))
communities = [{m["id"] for m in c["members"]} for c in answer["data"]["communities"]["communities"]]
`,
};

const EPILOGUES: Record<string, string> = {
  'networkx-measures': `
print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "modularity": nx.community.modularity(G, communities),
                  "betweenness": nx.betweenness_centrality(G)["seoul"]}))
`,
};

/** The modules a Python program imports (`import a, b as c` and `from a import b`), top-level names only. */
function imports(code: string): string[] {
  const names = new Set<string>();
  for (const [, list] of code.matchAll(/^import (.+)$/gm)) for (const item of list.split(',')) names.add(item.trim().split(/[ .]/)[0]);
  for (const [, module] of code.matchAll(/^from (\S+) import/gm)) names.add(module.split('.')[0]);
  return [...names];
}

/** The candidate Pythons in which all these modules import, one per NetworkX version. */
function pythonsFor(modules: string[]): { executable: string; networkx: string }[] {
  const found: { executable: string; networkx: string }[] = [];
  for (const executable of pythonCandidates()) {
    const probe = spawnSync(executable, ['-c', `import ${['networkx', ...modules].join(', ')}; print(networkx.__version__)`], { encoding: 'utf8' });
    if (probe.status === 0 && !found.some((p) => p.networkx === probe.stdout.trim())) found.push({ executable, networkx: probe.stdout.trim() });
  }
  return found;
}

describe('python blocks', () => {
  interface Case {
    line: number;
    networkx: string;
    snippet: Snippet;
    executable: string | null;
  }
  const cases: Case[] = of('python').flatMap((snippet): Case[] => {
    const prelude = snippet.prelude ? (PRELUDES[snippet.prelude]?.('') ?? '') : '';
    // PageRank in NetworkX needs SciPy.
    const modules = imports(prelude + snippet.code).concat(/nx\.pagerank/.test(snippet.code) ? ['scipy'] : []);
    const pythons = pythonsFor(modules);
    if (pythons.length === 0) {
      process.stderr.write(`README.md:${snippet.line} (python) skipped: no Python here imports ${modules.join(', ')} (see .ci/run).\n`);
      return [{ line: snippet.line, networkx: 'none', snippet, executable: null }];
    }
    return pythons.map((p) => ({ line: snippet.line, networkx: p.networkx, snippet, executable: p.executable }));
  });

  test('every prelude named in README.md exists', () => {
    for (const snippet of of('python')) if (snippet.prelude) expect(Object.keys(PRELUDES)).toContain(snippet.prelude);
  });

  test.each(cases)('README.md:$line runs with NetworkX $networkx', async ({ snippet, executable }) => {
    if (!executable) return; // reported above
    const name = snippet.prelude;
    const program = (name ? PRELUDES[name](server.url) : '') + live(snippet.code) + (name ? EPILOGUES[name] : '');
    const { stdout } = await run(executable, ['-'], { input: program });
    if (name === 'networkx-measures') {
      const printed = JSON.parse(stdout);
      const { data } = await graphql(
        '{ networkMetrics(via: [SISTER_OF, MEMBER_OF], top: 100) { nodeCount edgeCount byBetweenness { id betweenness } } communities(via: [SISTER_OF, MEMBER_OF]) { modularity } }',
      );
      expect([printed.nodes, printed.edges]).toEqual([data.networkMetrics.nodeCount, data.networkMetrics.edgeCount]);
      expect(printed.modularity).toBeCloseTo(data.communities.modularity, 12);
      expect(printed.betweenness).toBeCloseTo(data.networkMetrics.byBetweenness.find((n: any) => n.id === 'seoul').betweenness, 12);
    }
  });
});

describe('js blocks', () => {
  test.each(of('js').map((s) => [s.line, s] as const))('README.md:%i runs with node as an ES module', async (_line, snippet) => {
    // Run from the project directory, so the bare imports (graphology…) resolve to its node_modules.
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', live(snippet.code)], { cwd: ROOT });
    const health = (await (await fetch(`${server.url}/health`)).json()) as { nodes: number; relationships: number };
    // The snippet prints the graph's type and size, and says in a comment what that is for the seeded graph.
    const promised = /console\.log\(.*\/\/ (.+) for the seeded graph/.exec(snippet.code)?.[1];
    expect(stdout.trim()).toBe(`mixed ${health.nodes} ${health.relationships}`);
    expect(promised).toBe(stdout.trim());
  });
});
