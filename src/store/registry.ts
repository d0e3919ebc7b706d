// The Cypher registry: every statement the application runs, loaded once from `cypher/**/*.cypher`.
// Each file starts with a header of `//` comments: a one-line description, then `@mode read|write|schema`
// and optionally `@engine embedded|neo4j` (a schema file meant for one engine only), and `@slots a, b` for a
// template: its text marks each slot as `/*@a{*/ default /*}*/`, valid Cypher as it stands (the lint test reads it so),
// and `render` fills the slots with fragments only src/store/query/compile.ts can make (see ARCHITECTURE.md).
import fs from 'node:fs';
import path from 'node:path';
import type { AccessMode, Engine } from './port';
import { QUERY_NAMES, type QueryName } from './queries';
import { CypherFragment } from './query/compile';

/** The fragments that fill a template's slots, by slot name. */
export type Slots = Readonly<Record<string, CypherFragment>>;

const SLOT = /\/\*@([A-Za-z]+)\{\*\/([\s\S]*?)\/\*\}\*\//g;

export type StatementMode = AccessMode | 'schema';

export interface CypherStatement {
  /** Path under `cypher/` without the extension, e.g. `city/get-cities-by-ids`. */
  name: string;
  file: string;
  mode: StatementMode;
  /** Set for schema files that apply to one engine only. */
  engine?: Engine;
  description: string;
  /** The statement text (for schema files: several statements separated by `;`). */
  text: string;
  /** The slots of a template (none for a plain statement). */
  slots: readonly string[];
}

/**
 * The text of a statement with its slots filled: each by the fragment given for it, or by its default. A fragment
 * for a slot the template does not have, or anything but a CypherFragment, is a programming error.
 */
export function render(statement: CypherStatement, slots: Slots = {}): string {
  for (const [slot, fragment] of Object.entries(slots)) {
    if (!statement.slots.includes(slot)) throw new Error(`${statement.name} has no slot "${slot}"`);
    if (!(fragment instanceof CypherFragment)) throw new Error(`slot "${slot}" of ${statement.name} must be filled by the fragment builder`);
  }
  if (statement.slots.length === 0) return statement.text;
  return statement.text.replace(SLOT, (_m, slot: string, fallback: string) => slots[slot]?.text ?? fallback.trim());
}

export class CypherRegistry {
  private constructor(private readonly statements: Map<string, CypherStatement>) {}

  /** Loads every `.cypher` file under `dir` and checks it against the query catalogue. */
  static load(dir: string = defaultCypherDir()): CypherRegistry {
    const statements = new Map<string, CypherStatement>();
    for (const file of listCypherFiles(dir)) {
      const statement = parseCypherFile(dir, file);
      statements.set(statement.name, statement);
    }
    const registry = new CypherRegistry(statements);
    registry.checkCatalogue();
    return registry;
  }

  get(name: QueryName): CypherStatement {
    const statement = this.statements.get(name);
    if (!statement) throw new Error(`No Cypher file for query "${name}" (expected cypher/${name}.cypher)`);
    return statement;
  }

  /** Schema statements for an engine, split into single statements, in file-name order. */
  schemaStatements(engine: Engine): string[] {
    return [...this.statements.values()]
      .filter((s) => s.mode === 'schema' && (!s.engine || s.engine === engine))
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((s) => splitStatements(s.text));
  }

  all(): CypherStatement[] {
    return [...this.statements.values()];
  }

  /** A missing file or a file no code refers to is a programming error: fail at start-up. */
  private checkCatalogue(): void {
    const queryFiles = new Set(this.all().filter((s) => s.mode !== 'schema').map((s) => s.name));
    const catalogue = new Set<string>(QUERY_NAMES);
    const missing = [...catalogue].filter((n) => !queryFiles.has(n));
    const unused = [...queryFiles].filter((n) => !catalogue.has(n));
    if (missing.length || unused.length) {
      throw new Error(
        `Cypher registry does not match the query catalogue (src/store/queries.ts): ` +
          `missing files [${missing.join(', ')}], files not in the catalogue [${unused.join(', ')}]`,
      );
    }
  }
}

export function defaultCypherDir(): string {
  // Works from src/ (ts-jest, ts-node) and from dist/src/ (compiled).
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the project root (package.json) above ' + __dirname);
    dir = parent;
  }
  return path.join(dir, 'cypher');
}

export function listCypherFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => path.join(dir, f))
    .sort();
}

export function parseCypherFile(dir: string, file: string): CypherStatement {
  const source = fs.readFileSync(file, 'utf8');
  const name = path.relative(dir, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
  const header = source.split('\n').filter((line) => line.startsWith('//')).map((line) => line.slice(2).trim());
  const tag = (key: string) => header.find((l) => l.startsWith(`@${key} `))?.slice(key.length + 2).trim();
  const mode = tag('mode');
  if (mode !== 'read' && mode !== 'write' && mode !== 'schema') {
    throw new Error(`${file}: header needs "// @mode read|write|schema", got "${mode ?? ''}"`);
  }
  const engine = tag('engine');
  if (engine !== undefined && engine !== 'embedded' && engine !== 'neo4j') {
    throw new Error(`${file}: "@engine" must be embedded or neo4j, got "${engine}"`);
  }
  const description = header.find((l) => !l.startsWith('@')) ?? '';
  if (!description) throw new Error(`${file}: header needs a one-line description`);
  const declared = (tag('slots') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const marked = [...new Set([...source.matchAll(SLOT)].map((m) => m[1]))];
  if ([...declared].sort().join() !== [...marked].sort().join()) {
    throw new Error(`${file}: "@slots ${declared.join(', ')}" does not match the slots marked in the text (${marked.join(', ')})`);
  }
  return { name, file, mode, engine: engine as Engine | undefined, description, text: source.trim(), slots: declared };
}

export function splitStatements(text: string): string[] {
  const code = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return code
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
