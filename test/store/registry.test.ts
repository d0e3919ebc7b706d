// The Cypher registry refuses to start on a cypher/ directory that disagrees with the query catalogue or has a bad
// header, naming the file or query at fault. Each test works on a temporary copy of cypher/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QUERY_NAMES, type QueryName } from '../../src/store/queries';
import { CypherRegistry, defaultCypherDir, splitStatements } from '../../src/store/registry';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-registry-'));
  fs.cpSync(defaultCypherDir(), dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => path.join(dir, `${name}.cypher`);
const edit = (name: string, change: (source: string) => string) => fs.writeFileSync(file(name), change(fs.readFileSync(file(name), 'utf8')));

test('an unchanged copy of cypher/ loads, with every catalogue name', () => {
  const registry = CypherRegistry.load(dir);
  expect(QUERY_NAMES.map((n) => registry.get(n).name)).toEqual([...QUERY_NAMES]);
  expect(registry.get('city/count-cities').file).toBe(file('city/count-cities'));
});

describe('catalogue mismatches', () => {
  test('a catalogue name without a file', () => {
    fs.rmSync(file('city/count-cities'));
    expect(() => CypherRegistry.load(dir)).toThrow(
      'Cypher registry does not match the query catalogue (src/store/queries.ts): missing files [city/count-cities], files not in the catalogue []',
    );
  });

  test('a file that is not in the catalogue', () => {
    fs.writeFileSync(file('city/count-towns'), '// Counts towns.\n// @mode read\nMATCH (c:City) RETURN count(c) AS count\n');
    expect(() => CypherRegistry.load(dir)).toThrow(/missing files \[\], files not in the catalogue \[city\/count-towns\]/);
  });

  test('a file renamed: both sides are named', () => {
    fs.renameSync(file('nation/list-nations'), file('nation/list-countries'));
    expect(() => CypherRegistry.load(dir)).toThrow(/missing files \[nation\/list-nations\], files not in the catalogue \[nation\/list-countries\]/);
  });

  test('a catalogue query whose file declares @mode schema counts as missing (the executor would refuse to run it)', () => {
    edit('stats/count-nodes-by-label', (s) => s.replace('// @mode read', '// @mode schema'));
    expect(() => CypherRegistry.load(dir)).toThrow(/missing files \[stats\/count-nodes-by-label\]/);
  });

  test('schema files need no catalogue entry', () => {
    fs.writeFileSync(file('schema/04-more'), '// More indexes.\n// @mode schema\nCREATE INDEX city_kind IF NOT EXISTS FOR (c:City) ON (c.kind)\n');
    expect(CypherRegistry.load(dir).schemaStatements('neo4j')).toContain('CREATE INDEX city_kind IF NOT EXISTS FOR (c:City) ON (c.kind)');
  });

  test('asking for a name that has no statement names the expected file', () => {
    expect(() => CypherRegistry.load(dir).get('city/nothing' as QueryName)).toThrow(
      'No Cypher file for query "city/nothing" (expected cypher/city/nothing.cypher)',
    );
  });
});

describe('header checks', () => {
  test('a missing @mode names the file', () => {
    edit('city/count-cities', (s) => s.replace('// @mode read\n', ''));
    expect(() => CypherRegistry.load(dir)).toThrow(`${file('city/count-cities')}: header needs "// @mode read|write|schema", got ""`);
  });

  test('an empty @mode', () => {
    edit('city/count-cities', (s) => s.replace('// @mode read', '// @mode'));
    expect(() => CypherRegistry.load(dir)).toThrow(`${file('city/count-cities')}: header needs "// @mode read|write|schema", got ""`);
  });

  test.each(['readonly', 'READ', 'read-write'])('an invalid @mode "%s"', (mode) => {
    edit('city/upsert-cities', (s) => s.replace('// @mode write', `// @mode ${mode}`));
    expect(() => CypherRegistry.load(dir)).toThrow(`${file('city/upsert-cities')}: header needs "// @mode read|write|schema", got "${mode}"`);
  });

  test('an invalid @engine', () => {
    edit('schema/02-indexes.embedded', (s) => s.replace('// @engine embedded', '// @engine grafeo'));
    expect(() => CypherRegistry.load(dir)).toThrow(`${file('schema/02-indexes.embedded')}: "@engine" must be embedded or neo4j, got "grafeo"`);
  });

  test('a missing description', () => {
    fs.writeFileSync(file('city/count-cities'), '// @mode read\nMATCH (c:City) RETURN count(c) AS count\n');
    expect(() => CypherRegistry.load(dir)).toThrow(`${file('city/count-cities')}: header needs a one-line description`);
  });
});

describe('schema statements', () => {
  test('engine-specific files apply to their engine only, in file-name order', () => {
    const registry = CypherRegistry.load(dir);
    const embedded = registry.schemaStatements('embedded');
    const neo4j = registry.schemaStatements('neo4j');
    // Per label of the eight: a uniqueness constraint (both engines) and a key index (embedded only, Neo4j's
    // constraint makes one); per original label a name index (both).
    expect(embedded).toHaveLength(20);
    expect(neo4j).toHaveLength(12);
    expect(neo4j).toContain('CREATE CONSTRAINT stated_figure_id IF NOT EXISTS FOR (f:StatedFigure) REQUIRE f.id IS UNIQUE');
    expect(embedded).toContain('CREATE INDEX policy_project_id_index IF NOT EXISTS FOR (p:PolicyProject) ON (p.id)');
    expect(neo4j.some((s) => s.includes('policy_project_id_index'))).toBe(false);
    expect(embedded).toContain('CREATE INDEX city_id_index IF NOT EXISTS FOR (c:City) ON (c.id)');
    expect(neo4j.some((s) => s.includes('city_id_index'))).toBe(false);
    // Constraints before indexes (01- before 02-/03-).
    expect(neo4j.findIndex((s) => s.startsWith('CREATE INDEX'))).toBe(4);
  });

  test('splitStatements drops comment lines and empty statements', () => {
    expect(splitStatements('// header\n// @mode schema\nCREATE A;\n\n// note\nCREATE B;\n')).toEqual(['CREATE A', 'CREATE B']);
  });
});
