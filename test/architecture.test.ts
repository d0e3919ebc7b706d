// The dependency rule of ARCHITECTURE.md, enforced by dependency-cruiser (.dependency-cruiser.cjs): the core never
// imports the GraphQL or HTTP layers or their libraries, and the graph model imports nothing of ours.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = path.join(ROOT, 'node_modules/.bin/depcruise');

function cruise(cwd: string): { status: number | null; output: string } {
  const run = spawnSync(DEPCRUISE, ['--config', CONFIG, '--output-type', 'err', 'src'], { cwd, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test('src/ keeps the rule', () => {
  const { status, output } = cruise(ROOT);
  expect(output).toMatch(/no dependency violations found \(\d+ modules/);
  expect(status).toBe(0);
});

test('a core module importing the GraphQL layer, a GraphQL library or (for the model) the store is refused', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'depcruise-'));
  try {
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'commonjs', strict: true } }));
    write('node_modules/type-graphql/package.json', JSON.stringify({ name: 'type-graphql', version: '0.0.0', main: 'index.js' }));
    write('node_modules/type-graphql/index.js', 'module.exports = {};\n');
    write('src/graphql/context.ts', 'export const context = 1;\n');
    write('src/store/port.ts', 'export const port = 1;\n');
    write('src/services/writes.ts', "import { context } from '../graphql/context';\nexport const w = context;\n");
    write('src/services/reads.ts', "import * as tg from 'type-graphql';\nexport const r = tg;\n");
    write('src/model/graph.ts', "import { port } from '../store/port';\nexport const g = port;\n");
    const { status, output } = cruise(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/core-not-to-outer-layers: src\/services\/writes\.ts → src\/graphql\/context\.ts/);
    expect(output).toMatch(/core-not-to-outer-libraries: src\/services\/reads\.ts → node_modules\/type-graphql/);
    expect(output).toMatch(/model-depends-on-nothing: src\/model\/graph\.ts → src\/store\/port\.ts/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
