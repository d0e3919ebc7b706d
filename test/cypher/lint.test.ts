// Every Cypher statement passes Neo4j's own front end (parser + semantic analysis of @neo4j-cypher/language-support),
// checked against a schema of this graph: its labels, relationship types (with their endpoints), property keys,
// Neo4j 5's built-in functions, and the parameters the file's `@params` header declares. Zero diagnostics allowed.
import path from 'node:path';
import { lintCypherQuery, testData, type DbSchema, type SymbolTable, type SyntaxDiagnostic } from '@neo4j-cypher/language-support';
import { NODE_LABELS, PROPERTY_NAMES, RELATIONSHIP_TYPES, RELATIONSHIPS } from '../../src/model/graph';
import { CypherRegistry, defaultCypherDir, splitStatements, type CypherStatement } from '../../src/store/registry';

/** The model's labels, plus the chunked import's undo journal (cypher/import/, src/services/import-chunks.ts). */
const LABELS = [...NODE_LABELS, 'ImportJournal'];

/** Every relationship of the model, with the direction it is stored in (from the graph model). */
const GRAPH_SCHEMA = RELATIONSHIP_TYPES.flatMap((relType) =>
  RELATIONSHIPS[relType].from.flatMap((from) => RELATIONSHIPS[relType].to.map((to) => ({ from, relType, to }))),
);

/**
 * The property keys of the model, plus `__lock` (set and removed in the same statement by the lock-* queries, never
 * stored) and those of the import journal's entries.
 */
const PROPERTY_KEYS = [...PROPERTY_NAMES, '__lock', 'importId', 'chunk', 'writtenAt', 'undo'];

/**
 * Neo4j 5's built-in functions, from the function registry dump the package ships (`testData.mockSchema`, taken from
 * a Neo4j server). Without a function list the linter accepts any function name; with it, a function Neo4j lacks
 * (an engine-specific extension, a typo) is an error. APOC is left out: the server may not have it. The dump is of a
 * late Neo4j 5 (it has `lower`, `btrim`, `nullIf`), so a function added during 5.x would pass for an older 5.x server.
 */
function builtInFunctions(): NonNullable<DbSchema['functions']> {
  const all = testData.mockSchema.functions?.['CYPHER 5'] ?? {};
  const builtIn = Object.fromEntries(Object.entries(all).filter(([name]) => !name.startsWith('apoc.')));
  return { 'CYPHER 5': builtIn };
}
const FUNCTIONS = builtInFunctions();

function dbSchema(parameters: string[]): DbSchema {
  return {
    defaultLanguage: 'CYPHER 5',
    labels: LABELS,
    relationshipTypes: [...new Set(GRAPH_SCHEMA.map((r) => r.relType))],
    graphSchema: GRAPH_SCHEMA,
    propertyKeys: PROPERTY_KEYS,
    functions: FUNCTIONS,
    procedures: { 'CYPHER 5': {} },
    parameters: Object.fromEntries(parameters.map((p) => [p, null])),
  };
}

/**
 * The parameter names of a file's `// @params` header, e.g. `ids: [string]` or
 * `nation, kind (each null = no filter), limit`: bracketed/parenthesised detail removed, then the names before `:`.
 */
function declaredParams(statement: CypherStatement): string[] {
  const line = statement.text.split('\n').find((l) => /^\/\/\s*@params\s/.test(l));
  if (!line) return [];
  let spec = line.replace(/^\/\/\s*@params\s+/, '');
  for (let previous = ''; previous !== spec; ) {
    previous = spec;
    spec = spec.replace(/\[[^[\]]*\]|\{[^{}]*\}|\([^()]*\)/g, '');
  }
  return spec
    .split(',')
    .map((item) => item.split(':')[0].trim())
    .filter(Boolean);
}

function messageOf(diagnostic: SyntaxDiagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/**
 * A false positive of this linter version, and the only diagnostic dropped: inside a pattern's property map it
 * charges every property key to the pattern's variable, so in `MATCH (n:Nation {code: row.nation})` the key of the
 * map access `row.nation` is reported as a missing *node* property `nation` (PropertiesCollector
 * .getVariableFromPatternProperty looks for the enclosing node pattern before the property access). The seed
 * statements do exactly this with the keys of their `$rows` maps. Dropped only when the key follows `<variable>.`
 * and the linter's own symbol table says that variable is not a node or relationship; a key of a node or
 * relationship variable, or a key of the pattern map itself, is still reported (see the negative controls).
 */
function isMapKeyInPatternFalsePositive(text: string, diagnostic: SyntaxDiagnostic, symbols: SymbolTable): boolean {
  const message = messageOf(diagnostic);
  if (!/ is not present in the database/.test(message) || /^(Label|Relationship type) /.test(message)) return false;
  const accessed = /([A-Za-z_][A-Za-z0-9_]*)\s*\.\s*$/.exec(text.slice(0, diagnostic.offsets.start))?.[1];
  const symbol = accessed ? symbols.find((s) => s.variable === accessed) : undefined;
  return symbol !== undefined && symbol.types.length > 0 && !symbol.types.every((t) => t === 'Node' || t === 'Relationship');
}

function lint(text: string, parameters: string[]): string[] {
  const { diagnostics, symbolTables } = lintCypherQuery(text, dbSchema(parameters));
  const symbols = symbolTables.flat();
  return diagnostics
    .filter((d) => !isMapKeyInPatternFalsePositive(text, d, symbols))
    .map((d) => `severity ${d.severity} at ${d.range.start.line + 1}:${d.range.start.character + 1}: ${messageOf(d)}`);
}

const registry = CypherRegistry.load();
const files = registry.all().sort((a, b) => a.name.localeCompare(b.name));
const cases = files.map((s) => [path.relative(defaultCypherDir(), s.file), s] as const);

describe('Cypher files pass the Neo4j 5 linter', () => {
  test('the registry has files to lint', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  // 02-indexes.embedded.cypher is embedded-only, as its header says, because on Neo4j a second index on a property
  // its uniqueness constraint already indexes is a schema conflict at run time, not because of its syntax: it is plain
  // Neo4j `CREATE INDEX ... IF NOT EXISTS` and is linted like every other file.
  test.each(cases)('%s', (_file, statement) => {
    const statements = splitStatements(statement.text);
    expect(statements.length).toBeGreaterThan(0);
    // Only schema files may hold several statements: the executor runs a query file's text as one statement.
    if (statement.mode !== 'schema') expect(statements).toHaveLength(1);

    const params = declaredParams(statement);
    const problems = statements.flatMap((text, i) => lint(text, params).map((d) => `statement ${i + 1}: ${d}`));
    expect(problems).toEqual([]);

    // And the other way round: every parameter the header declares is used.
    const used = new Set([...statement.text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
    expect(params.filter((p) => !used.has(p))).toEqual([]);
  });
});

describe('the linter catches what it should (negative controls)', () => {
  test.each([
    ['an undefined variable', 'MATCH (n) RETURN m', [], /Variable `m` not defined/],
    ['a syntax error', 'MATCH (n:City RETURN n', [], /Invalid input 'RETURN'/],
    ['a parameter the header does not declare', 'MATCH (c:City {id: $cityId}) RETURN c', [], /Parameter \$cityId is not defined/],
    ['an unknown label', 'MATCH (c:Town) RETURN c', [], /Label Town is not present/],
    ['an unknown property key', 'MATCH (c:City) RETURN c.population', [], /population is not present/],
    ['a relationship in the wrong direction', 'MATCH (o:Organization)-[:MEMBER_OF]->(c:City) RETURN c', [], /\(:City\) has no incoming \[:MEMBER_OF\]/],
    ['a function Neo4j does not have', 'MATCH (c:City) RETURN lowercase(c.name)', [], /lowercase/],
    // The false-positive filter of lint() keeps real unknown keys in and next to pattern property maps:
    ['an unknown key of a pattern map', 'UNWIND $rows AS row MATCH (n:Nation {code: row.code, capital: row.capital}) RETURN n', ['rows'], /capital is not present/],
    ['an unknown node property inside a pattern map', 'MATCH (c:City) MATCH (n:Nation {code: c.population}) RETURN n', [], /population is not present/],
  ] as [string, string, string[], RegExp][])('%s', (_what, text, params, expected) => {
    const problems = lint(text, params);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(expected);
  });

  test('a key of a map variable inside a pattern map is not reported (the linter false positive lint() drops)', () => {
    const text = 'UNWIND $rows AS row MATCH (n:Nation {code: row.nation}) RETURN n';
    expect(lintCypherQuery(text, dbSchema(['rows'])).diagnostics.map(messageOf)).toEqual([
      expect.stringMatching(/^nation is not present in the database/),
    ]);
    expect(lint(text, ['rows'])).toEqual([]);
  });

  test('the @params header parser reads nested and annotated declarations', () => {
    const header = (params: string) => ({ text: `// d\n// @params ${params}\nRETURN 1` }) as CypherStatement;
    expect(declaredParams(header('ids: [string]'))).toEqual(['ids']);
    expect(declaredParams(header('nation, kind (each null = no filter), limit'))).toEqual(['nation', 'kind', 'limit']);
    expect(declaredParams(header("rows: [{official, targetLabel: 'City'|'Nation', target}]"))).toEqual(['rows']);
    expect(declaredParams(header('keys: [{label, id}], minShared'))).toEqual(['keys', 'minShared']);
  });
});

// ---- generated statements: the templates of cypher/query/ with slots filled by the fragment builder ---------------

import { NODE_DIMENSIONS, NODE_FIELDS, OPERATORS, OPERATORS_OF, QUANTIFIERS, QUERY_LABELS, RELATIONS, relationDimensions, type QueryField } from '../../src/model/query';
import { parseConnectionSort, parseConnectionWhere, parseNodeSort, parseNodeWhere } from '../../src/model/query-input';
import { render, type Slots } from '../../src/store/registry';
import { SearchRepository } from '../../src/store/repositories/search';
import type { QueryName } from '../../src/store/queries';

/** A sample value of a field, for an operator. */
function sampleValue(field: QueryField, op: string): unknown {
  const one = { key: 'x', string: 'x', enum: Object.keys(field.values ?? { X: '' })[0], int: 2000, date: '2019-04', datetime: '2024-01-01T00:00:00Z' }[field.kind];
  return OPERATORS[op as keyof typeof OPERATORS].takes === 'list' ? [one] : one;
}
const everyOperator = (field: QueryField) => ({ [field.name]: Object.fromEntries(OPERATORS_OF[field.kind].map((op) => [op, sampleValue(field, op)])) });

/** Every statement the search repository sends for a representative set of requests: each label, relation, operator, quantifier, order and dimension. */
async function generatedStatements(): Promise<{ what: string; name: QueryName; params: string[]; slots: Slots }[]> {
  const out: { what: string; name: QueryName; params: string[]; slots: Slots }[] = [];
  let what = '';
  const repo = new SearchRepository(async (name, params = {}, slots = {}) => {
    out.push({ what, name, params: Object.keys(params), slots });
    return [];
  });
  for (const label of QUERY_LABELS) {
    what = `${label}: every field with every operator, under OR and NOT`;
    const [first, ...rest] = NODE_FIELDS[label];
    await repo.countNodes(label, parseNodeWhere(label, { NOT: everyOperator(first), OR: rest.map(everyOperator) }));
    // An optional field (modifiedAt) then a required one, after a position with and without the optional value.
    const sort = parseNodeSort(label, [{ modifiedAt: 'DESC' }, { name: 'ASC' }]);
    for (const [backwards, value] of [[false, null], [true, '2024-01-01T00:00:00.000Z']] as const) {
      what = `${label} sorted by modifiedAt, name ${backwards ? 'backwards' : 'forwards'} after ${value}`;
      await repo.findNodes(label, { where: null, sort, after: { values: [value, 'x'], key: 'k' }, backwards, limit: 5 });
    }
    // Each kind of dimension once: a node field (KIND), a single related node (NATION), a relationship field (TIER).
    for (const dimension of label === 'City' ? NODE_DIMENSIONS.City : []) {
      what = `${label} counted by ${dimension.name}`;
      await repo.tallyNodes(label, null, dimension);
    }
    for (const relation of RELATIONS[label]) {
      what = `${label}.${relation.name}: every quantifier, on nodes and on pairs, nested one more level`;
      const nested = RELATIONS[relation.target][0];
      const node = { [nested.name]: { some: {} } };
      const edge = everyOperator(relation.edge[0]);
      const quantified = Object.keys(QUANTIFIERS).map((q) => ({ [relation.name]: { [q]: node }, [`${relation.name}Connection`]: { [q]: { node, edge } } }));
      await repo.countNodes(label, parseNodeWhere(label, { AND: quantified }));
      what = `${label}.${relation.name} connection with edge fields`;
      const where = parseConnectionWhere(relation, { OR: relation.edge.map((f) => ({ edge: everyOperator(f) })), node: { name: { eq: 'x' } } });
      const edgeField = relation.edge.find((f) => f.nullable) ?? relation.edge[0];
      const sort = parseConnectionSort(relation, [{ edge: { [edgeField.name]: 'ASC' } }, { node: { name: 'DESC' } }]);
      await repo.findRelated(relation, ['k'], { where, sort, after: { values: [null, 'x'], key: 'k' }, backwards: relation.direction === 'in', limit: 5 });
      if (relation.name !== 'partners') continue;
      await repo.countRelated(relation, ['k'], where);
      for (const dimension of relationDimensions(relation)) {
        what = `${label}.${relation.name} counted by ${dimension.name}`;
        await repo.tallyRelated(relation, ['k'], where, dimension);
      }
    }
  }
  return out;
}

describe('generated statements (templates filled by the fragment builder) pass the Neo4j 5 linter', () => {
  test('every label, relation, operator, quantifier, order and dimension', async () => {
    const statements = await generatedStatements();
    expect(statements.length).toBeGreaterThan(30);
    const problems = statements.flatMap((s) => {
      const statement = registry.get(s.name);
      const text = render(statement, s.slots);
      expect(text).not.toMatch(/\/\*@/);
      return lint(text, [...declaredParams(statement), ...s.params]).map((d) => `${s.what} (${s.name}): ${d}\n${text}`);
    });
    expect(problems).toEqual([]);
  });

  test('a slot filled with anything but a fragment of the builder is refused', () => {
    const statement = registry.get('query/count-nodes');
    expect(() => render(statement, { where: { text: 'true OR 1=1' } as never })).toThrow(/fragment builder/);
    expect(() => render(statement, { nowhere: { text: 'x' } as never })).toThrow(/no slot "nowhere"/);
  });
});
