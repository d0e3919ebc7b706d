// Value mapping to and from neo4j-driver with the driver's real value classes, and the Neo4j adapter's
// transaction routing over a fake driver (no server needed).
import neo4j, { isDateTime, isInt, type Driver, type Integer } from 'neo4j-driver';
import { Neo4jAdapter, isSchemaStatement } from '../../src/store/neo4j-adapter';
import { fromNeo4jRecord, fromNeo4jValue, toNeo4jParams } from '../../src/store/neo4j-values';
import { CypherRegistry } from '../../src/store/registry';
import { openTestStore, testStoreConfig } from '../support/engine';

const { Node, Relationship, Path, PathSegment, Record, Point, Date: Neo4jDate, DateTime, LocalDateTime, LocalTime, Time, Duration } =
  neo4j.types;

const seoul = new Node(neo4j.int(1), ['City'], { id: 'seoul', founded: neo4j.int(1394), area: 605.2 }, 'elem-1');
const paris = new Node(neo4j.int(2), ['City', 'Capital'], { id: 'paris' }, 'elem-2');
const metropolis = new Node(neo4j.int(3), ['Organization'], { id: 'm' }, 'elem-3');
const sister = new Relationship(
  neo4j.int(10),
  neo4j.int(1),
  neo4j.int(2),
  'SISTER_OF',
  { since: neo4j.int(1991), tier: 'SISTER' },
  'rel-10',
  'elem-1',
  'elem-2',
);
// Stored paris→metropolis; the path below walks it forwards.
const member = new Relationship(neo4j.int(11), neo4j.int(2), neo4j.int(3), 'MEMBER_OF', {}, 'rel-11', 'elem-2', 'elem-3');

describe('fromNeo4jValue', () => {
  test('integers become numbers, or bigints outside the safe range', () => {
    expect(fromNeo4jValue(neo4j.int(42))).toBe(42);
    expect(fromNeo4jValue(neo4j.int(-7))).toBe(-7);
    expect(fromNeo4jValue(neo4j.int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(fromNeo4jValue(neo4j.int('9007199254740993'))).toBe(9007199254740993n);
    expect(fromNeo4jValue(neo4j.int('-9223372036854775808'))).toBe(-9223372036854775808n);
    // As the embedded adapter: bigints (a driver built with useBigInt) are numbers when safe.
    expect(fromNeo4jValue(42n)).toBe(42);
    expect(fromNeo4jValue(2n ** 60n)).toBe(2n ** 60n);
  });

  test('scalars pass through', () => {
    expect(fromNeo4jValue('x')).toBe('x');
    expect(fromNeo4jValue(1.5)).toBe(1.5);
    expect(fromNeo4jValue(true)).toBe(true);
    expect(fromNeo4jValue(null)).toBeNull();
    expect(fromNeo4jValue(undefined)).toBeNull();
  });

  test('a node becomes {_id, _labels, ...properties} with converted properties', () => {
    expect(fromNeo4jValue(seoul)).toEqual({ _id: 'elem-1', _labels: ['City'], id: 'seoul', founded: 1394, area: 605.2 });
    expect(typeof (fromNeo4jValue(seoul) as { founded: unknown }).founded).toBe('number');
  });

  test('a node has the same keys, in the same order, as the embedded engine returns', () => {
    // Embedded: MATCH (a:City) RETURN a gives {_id, _labels, ...properties sorted by key}.
    expect(Object.keys(fromNeo4jValue(seoul) as object)).toEqual(['_id', '_labels', 'area', 'founded', 'id']);
  });

  test('a relationship becomes {_id, _source, _target, _type, ...properties}, as on the embedded engine', () => {
    const converted = fromNeo4jValue(sister);
    expect(converted).toEqual({
      _id: 'rel-10',
      _source: 'elem-1',
      _target: 'elem-2',
      _type: 'SISTER_OF',
      since: 1991,
      tier: 'SISTER',
    });
    expect(Object.keys(converted as object)).toEqual(['_id', '_source', '_target', '_type', 'since', 'tier']);
  });

  test('a path becomes {nodes, edges} in path order, as on the embedded engine', () => {
    const path = new Path(seoul, metropolis, [new PathSegment(seoul, sister, paris), new PathSegment(paris, member, metropolis)]);
    const converted = fromNeo4jValue(path) as { nodes: Array<{ _id: string }>; edges: Array<{ _id: string; _type: string }> };
    expect(Object.keys(converted)).toEqual(['nodes', 'edges']);
    expect(converted.nodes.map((n) => n._id)).toEqual(['elem-1', 'elem-2', 'elem-3']);
    expect(converted.edges.map((r) => r._type)).toEqual(['SISTER_OF', 'MEMBER_OF']);
    expect(converted.nodes[0]).toEqual({ _id: 'elem-1', _labels: ['City'], id: 'seoul', founded: 1394, area: 605.2 });
    expect(converted.edges[1]).toEqual({ _id: 'rel-11', _source: 'elem-2', _target: 'elem-3', _type: 'MEMBER_OF' });
  });

  test('a path walked against a relationship direction keeps the stored source and target', () => {
    // Walking paris→seoul over seoul→paris: the segment runs backwards, the relationship does not.
    const path = new Path(paris, seoul, [new PathSegment(paris, sister, seoul)]);
    const converted = fromNeo4jValue(path) as { nodes: Array<{ _id: string }>; edges: Array<{ _source: string; _target: string }> };
    expect(converted.nodes.map((n) => n._id)).toEqual(['elem-2', 'elem-1']);
    expect(converted.edges[0]).toMatchObject({ _source: 'elem-1', _target: 'elem-2' });
  });

  test('a zero-length path has one node and no edges', () => {
    expect(fromNeo4jValue(new Path(seoul, seoul, []))).toEqual({
      nodes: [{ _id: 'elem-1', _labels: ['City'], id: 'seoul', founded: 1394, area: 605.2 }],
      edges: [],
    });
  });

  test('temporal values become ISO strings', () => {
    expect(fromNeo4jValue(new Neo4jDate(2019, 4, 9))).toBe('2019-04-09');
    expect(fromNeo4jValue(new Neo4jDate(neo4j.int(1987), neo4j.int(11), neo4j.int(30)))).toBe('1987-11-30');
    expect(fromNeo4jValue(new DateTime(2024, 3, 5, 14, 30, 0, 0, 9 * 3600))).toBe('2024-03-05T14:30:00+09:00');
    expect(fromNeo4jValue(new DateTime(2024, 3, 5, 14, 30, 0, 0, undefined, 'Asia/Seoul'))).toBe(
      '2024-03-05T14:30:00[Asia/Seoul]',
    );
    expect(fromNeo4jValue(new DateTime(2024, 3, 5, 14, 30, 0, 0, 9 * 3600, 'Asia/Seoul'))).toBe(
      '2024-03-05T14:30:00+09:00[Asia/Seoul]',
    );
    expect(fromNeo4jValue(new DateTime(2024, 3, 5, 14, 30, 0, 0, 0))).toBe('2024-03-05T14:30:00Z');
    expect(fromNeo4jValue(new DateTime(2024, 3, 5, 14, 30, 0, 123_456_789, 0))).toBe('2024-03-05T14:30:00.123456789Z');
    expect(fromNeo4jValue(new LocalDateTime(2024, 3, 5, 14, 30, 15, 0))).toBe('2024-03-05T14:30:15');
    expect(fromNeo4jValue(new LocalTime(9, 5, 0, 0))).toBe('09:05:00');
    expect(fromNeo4jValue(new Time(9, 5, 0, 0, -5 * 3600))).toBe('09:05:00-05:00');
    expect(fromNeo4jValue(new Duration(14, 3, 3600, 0))).toBe('P1Y2M3DT1H'); // the driver normalises 14 months and 3600 s
  });

  test('temporal strings match what the embedded engine returns for the same Cypher values', () => {
    // The right-hand strings are the embedded engine's output (Grafeo 0.6.0) for the literal in the comment.
    // The driver itself pads fractions to 9 digits and leaves a dangling 'T' on date-only durations.
    expect(fromNeo4jValue(new DateTime(2024, 3, 5, 14, 30, 0, 500_000_000, 9 * 3600))).toBe('2024-03-05T14:30:00.5+09:00'); // datetime('2024-03-05T14:30:00.5+09:00')
    expect(fromNeo4jValue(new LocalTime(9, 5, 1, 250_000_000))).toBe('09:05:01.25'); // localtime('09:05:01.25')
    expect(fromNeo4jValue(new Duration(14, 0, 0, 0))).toBe('P1Y2M'); // duration('P14M')
    expect(fromNeo4jValue(new Duration(0, 1, 0, 0))).toBe('P1D'); // duration('P1D')
    expect(fromNeo4jValue(new Duration(0, 0, 0, 500_000_000))).toBe('PT0.5S'); // duration('PT0.5S')
    expect(fromNeo4jValue(new Duration(0, 0, 5400, 0))).toBe('PT1H30M'); // duration('PT90M')
    expect(fromNeo4jValue(new Duration(0, 0, 0, 0))).toBe('PT0S'); // duration('PT0S')
  });

  test('points become {srid, x, y, z?}', () => {
    expect(fromNeo4jValue(new Point(neo4j.int(4326), 126.978, 37.5665))).toEqual({ srid: 4326, x: 126.978, y: 37.5665 });
    expect(fromNeo4jValue(new Point(neo4j.int(9157), 1, 2, 3))).toEqual({ srid: 9157, x: 1, y: 2, z: 3 });
    expect(fromNeo4jValue(new Point(7203, 0.5, -1))).toEqual({ srid: 7203, x: 0.5, y: -1 });
    expect(Object.keys(fromNeo4jValue(new Point(7203, 0.5, -1)) as object)).toEqual(['srid', 'x', 'y']);
  });

  test('lists and maps are converted recursively', () => {
    const value = {
      city: { id: 'seoul', since: neo4j.int(1991), tags: [neo4j.int(1), 'a', null] },
      organizations: [{ id: 'm', founded: new Neo4jDate(1985, 1, 1) }, [seoul]],
      empty: [],
    };
    expect(fromNeo4jValue(value)).toEqual({
      city: { id: 'seoul', since: 1991, tags: [1, 'a', null] },
      organizations: [{ id: 'm', founded: '1985-01-01' }, [{ _id: 'elem-1', _labels: ['City'], id: 'seoul', founded: 1394, area: 605.2 }]],
      empty: [],
    });
  });

  test('map keys come back sorted, as the embedded engine returns them', () => {
    expect(Object.keys(fromNeo4jValue({ name: 'Seoul', id: 'seoul', _x: 1, Z: 2 }) as object)).toEqual(['Z', '_x', 'id', 'name']);
  });
});

describe('fromNeo4jRecord', () => {
  test('a real Record becomes a plain object keyed by its keys', () => {
    const record = new Record(
      ['city', 'count', 'partners', 'since'],
      [seoul, neo4j.int(3), [{ id: 'paris', since: neo4j.int(1991) }], new Neo4jDate(1991, 10, 23)],
    );
    expect(fromNeo4jRecord(record)).toEqual({
      city: { _id: 'elem-1', _labels: ['City'], id: 'seoul', founded: 1394, area: 605.2 },
      count: 3,
      partners: [{ id: 'paris', since: 1991 }],
      since: '1991-10-23',
    });
  });

  test('a record with no fields is an empty row', () => {
    expect(fromNeo4jRecord(new Record([], []))).toEqual({});
  });
});

describe('toNeo4jParams', () => {
  const asInteger = (value: unknown): Integer => {
    expect(isInt(value)).toBe(true);
    return value as Integer;
  };

  test('integral numbers become Integers with the right value; floats stay floats', () => {
    const out = toNeo4jParams({ limit: 20, zero: 0, negative: -3, big: 2 ** 60, ratio: 0.5, nan: Number.NaN, inf: Infinity });
    expect(asInteger(out.limit).toNumber()).toBe(20);
    expect(asInteger(out.zero).toNumber()).toBe(0);
    expect(asInteger(out.negative).toNumber()).toBe(-3);
    expect(asInteger(out.big).toBigInt()).toBe(2n ** 60n);
    expect(out.ratio).toBe(0.5);
    expect(out.nan).toBeNaN();
    expect(out.inf).toBe(Infinity);
  });

  test('integral numbers beyond the 64-bit range stay floats instead of being clamped', () => {
    expect(toNeo4jParams({ huge: 1e20 }).huge).toBe(1e20);
  });

  test('strings, booleans and null pass through; nested arrays and objects are converted', () => {
    const out = toNeo4jParams({
      name: 'Seoul',
      flag: false,
      nothing: null,
      rows: [
        { id: 'seoul', since: 1991, share: 0.25, tags: ['a', 2], nation: null },
        [1, [2.5, 3]],
      ],
    });
    expect(out.name).toBe('Seoul');
    expect(out.flag).toBe(false);
    expect(out.nothing).toBeNull();
    const rows = out.rows as [Record<string, unknown>, unknown[]];
    expect(rows[0].id).toBe('seoul');
    expect(asInteger(rows[0].since).toNumber()).toBe(1991);
    expect(rows[0].share).toBe(0.25);
    expect(rows[0].nation).toBeNull();
    const tags = rows[0].tags as unknown[];
    expect(tags[0]).toBe('a');
    expect(asInteger(tags[1]).toNumber()).toBe(2);
    expect(asInteger(rows[1][0]).toNumber()).toBe(1);
    const inner = rows[1][1] as unknown[];
    expect(inner[0]).toBe(2.5);
    expect(asInteger(inner[1]).toNumber()).toBe(3);
  });

  test('a JS Date becomes a UTC DATETIME (the driver would send an empty map)', () => {
    const out = toNeo4jParams({ at: new Date('2019-04-09T01:02:03.456Z') });
    expect(isDateTime(out.at)).toBe(true);
    expect(fromNeo4jValue(out.at)).toBe('2019-04-09T01:02:03.456Z');
    expect(() => toNeo4jParams({ at: new Date('nonsense') })).toThrow(/Invalid Date/);
  });

  test('bigints pass through (the driver sends them as INTEGERs)', () => {
    expect(toNeo4jParams({ big: 2n ** 62n }).big).toBe(2n ** 62n);
  });

  test('does not mutate its input, and leaves driver values alone', () => {
    const input = { limit: 5, nested: { n: 1 }, already: neo4j.int(7), day: new Neo4jDate(2020, 1, 2) };
    const out = toNeo4jParams(input);
    expect(input).toEqual({ limit: 5, nested: { n: 1 }, already: neo4j.int(7), day: new Neo4jDate(2020, 1, 2) });
    expect(out.already).toBe(input.already);
    expect(out.day).toBe(input.day);
  });

  test('round trip: converted parameters read back as the original plain values', () => {
    const input = { limit: 20, rows: [{ id: 'x', since: 1991, share: 0.5 }], none: null };
    expect(fromNeo4jValue(toNeo4jParams(input))).toEqual(input);
  });
});

describe('Neo4jAdapter.connect', () => {
  test('an unreachable server rejects with a message naming the URI but not the password', async () => {
    const password = 'pa55-Word-never-shown';
    const started = Date.now();
    const failure = Neo4jAdapter.connect({
      uri: 'bolt://127.0.0.1:1',
      username: 'neo4j',
      password,
      connectionTimeoutMs: 2000,
      maxTransactionRetryTimeMs: 0,
    });
    await expect(failure).rejects.toThrow('bolt://127.0.0.1:1');
    const message = await failure.then(
      () => '',
      (error: Error) => `${error.message}\n${error.stack ?? ''}`,
    );
    expect(message).not.toContain(password);
    expect(message).toMatch(/^Cannot connect to Neo4j at bolt:\/\/127\.0\.0\.1:1 .*NEO4J_URI/);
    await expect(failure).rejects.toMatchObject({ name: 'Neo4jConnectionError', code: 'ServiceUnavailable' });
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 15_000);

  test('credentials written into the URI are left out of the message', async () => {
    const failure = Neo4jAdapter.connect({ uri: 'neo4j://admin:uri-secret-99@127.0.0.1:1', username: 'admin', password: 'uri-secret-99', connectionTimeoutMs: 2000 });
    const message = await failure.then(
      () => '',
      (error: Error) => `${error.message}\n${error.stack ?? ''}`,
    );
    expect(message).toContain('neo4j://127.0.0.1:1');
    expect(message).not.toContain('uri-secret-99');
  }, 15_000);

  test('an unknown URI scheme is a configuration error naming the URI', async () => {
    await expect(Neo4jAdapter.connect({ uri: 'http://127.0.0.1:7474', username: 'neo4j', password: 'x' })).rejects.toThrow(
      /Invalid Neo4j configuration for http:\/\/127\.0\.0\.1:7474/,
    );
  });
});

describe('isSchemaStatement', () => {
  const registry = CypherRegistry.load();

  test('recognises every schema statement of the registry, and no query', () => {
    const schema = [...registry.schemaStatements('neo4j'), ...registry.schemaStatements('embedded')];
    expect(schema.length).toBeGreaterThan(0);
    expect(schema.filter((text) => !isSchemaStatement(text))).toEqual([]);
    const queries = registry.all().filter((s) => s.mode !== 'schema');
    expect(queries.filter((s) => isSchemaStatement(s.text)).map((s) => s.name)).toEqual([]);
  });

  test('recognises the other schema command forms, after header comments', () => {
    expect(isSchemaStatement('// why\nDROP CONSTRAINT city_id IF EXISTS')).toBe(true);
    expect(isSchemaStatement('create text index city_text for (c:City) on (c.name)')).toBe(true);
    expect(isSchemaStatement('CREATE FULLTEXT INDEX names FOR (n:City|Nation) ON EACH [n.name]')).toBe(true);
    expect(isSchemaStatement("CREATE (c:City) SET c.name = 'INDEX'")).toBe(false);
  });
});

/** A stand-in for neo4j-driver's Driver that records sessions, transactions and statements. */
function fakeDriver(failOn?: RegExp) {
  type Statement = { text: string; params: Record<string, unknown> };
  type Unit = { kind: 'executeRead' | 'executeWrite' | 'autocommit'; statements: Statement[]; outcome?: 'committed' | 'rolled back' };
  const sessions: Array<{ config: Record<string, unknown>; units: Unit[]; closed: boolean }> = [];
  const state = { closed: false };
  const execute = async (unit: Unit, text: string, params: Record<string, unknown>) => {
    unit.statements.push({ text, params });
    if (failOn?.test(text)) throw Object.assign(new Error(`statement failed: ${text}`), { code: 'Neo.ClientError.Statement.SyntaxError' });
    return { records: [new Record(['n', 'day'], [neo4j.int(unit.statements.length), new Neo4jDate(2019, 4, 9)])] };
  };
  const driver = {
    session(config: Record<string, unknown>) {
      const session = { config, units: [] as Unit[], closed: false };
      sessions.push(session);
      const managed = (kind: Unit['kind']) => async (work: (tx: unknown) => Promise<unknown>) => {
        const unit: Unit = { kind, statements: [] };
        session.units.push(unit);
        try {
          const result = await work({ run: (text: string, params: Record<string, unknown>) => execute(unit, text, params) });
          unit.outcome = 'committed';
          return result;
        } catch (error) {
          unit.outcome = 'rolled back';
          throw error;
        }
      };
      return {
        executeRead: managed('executeRead'),
        executeWrite: managed('executeWrite'),
        run: (text: string, params: Record<string, unknown>) => {
          const unit: Unit = { kind: 'autocommit', statements: [] };
          session.units.push(unit);
          return execute(unit, text, params);
        },
        close: async () => {
          session.closed = true;
        },
      };
    },
    close: async () => {
      state.closed = true;
    },
  };
  return { driver: driver as unknown as Driver, sessions, state };
}

describe('Neo4jAdapter transaction routing (fake driver)', () => {
  test('a read runs in executeRead on a READ session of the configured database, with converted values', async () => {
    const fake = fakeDriver();
    const adapter = Neo4jAdapter.withDriver(fake.driver, 'diplomacy');
    const rows = await adapter.run('MATCH (c:City) RETURN c LIMIT $limit', { limit: 10, ratio: 0.5 }, 'read');
    expect(rows).toEqual([{ n: 1, day: '2019-04-09' }]);
    expect(fake.sessions).toHaveLength(1);
    const [session] = fake.sessions;
    expect(session.config).toMatchObject({ database: 'diplomacy', defaultAccessMode: neo4j.session.READ });
    expect(session.units.map((u) => [u.kind, u.outcome])).toEqual([['executeRead', 'committed']]);
    const { params } = session.units[0].statements[0];
    expect(isInt(params.limit) && (params.limit as Integer).toNumber()).toBe(10);
    expect(params.ratio).toBe(0.5);
    expect(session.closed).toBe(true);
  });

  test('a write runs in executeWrite on a WRITE session', async () => {
    const fake = fakeDriver();
    const adapter = Neo4jAdapter.withDriver(fake.driver);
    await adapter.run("MERGE (c:City {id: 'x'})", {}, 'write');
    expect(fake.sessions[0].config).toMatchObject({ database: undefined, defaultAccessMode: neo4j.session.WRITE });
    expect(fake.sessions[0].units.map((u) => u.kind)).toEqual(['executeWrite']);
  });

  test('schema statements run as auto-commit statements, outside any explicit transaction', async () => {
    const fake = fakeDriver();
    const adapter = Neo4jAdapter.withDriver(fake.driver);
    await adapter.run('CREATE CONSTRAINT city_id IF NOT EXISTS FOR (c:City) REQUIRE c.id IS UNIQUE', {}, 'write');
    expect(fake.sessions[0].units.map((u) => u.kind)).toEqual(['autocommit']);
    expect(fake.sessions[0].config).toMatchObject({ defaultAccessMode: neo4j.session.WRITE });
    expect(fake.sessions[0].closed).toBe(true);
  });

  test('every session shares one bookmark manager (reads see earlier writes on a cluster)', async () => {
    const fake = fakeDriver();
    const adapter = Neo4jAdapter.withDriver(fake.driver);
    await adapter.run('RETURN 1', {}, 'write');
    await adapter.run('RETURN 1', {}, 'read');
    await adapter.writeTransaction((tx) => tx.run('RETURN 1', {}));
    const managers = fake.sessions.map((s) => s.config.bookmarkManager);
    expect(managers[0]).toBeDefined();
    expect(new Set(managers).size).toBe(1);
  });

  test('writeTransaction runs every statement in one executeWrite and returns what the work returns', async () => {
    const fake = fakeDriver();
    const adapter = Neo4jAdapter.withDriver(fake.driver);
    const result = await adapter.writeTransaction(async (tx) => {
      await tx.run('MERGE (a:Nation {code: $code})', { code: 'KR' });
      await tx.run('MERGE (b:Nation {code: $code})', { code: 'FR' });
      const rows = await tx.run('UNWIND $rows AS r RETURN count(*) AS n', { rows: [{ since: 1991 }] });
      return rows.length;
    });
    expect(result).toBe(1);
    expect(fake.sessions).toHaveLength(1);
    const units = fake.sessions[0].units;
    expect(units.map((u) => [u.kind, u.outcome, u.statements.length])).toEqual([['executeWrite', 'committed', 3]]);
    const rows = units[0].statements[2].params.rows as Array<{ since: unknown }>;
    expect(isInt(rows[0].since)).toBe(true);
    expect(fake.sessions[0].closed).toBe(true);
  });

  test('a failing statement rolls the whole transaction back and rejects with its error', async () => {
    const fake = fakeDriver(/BROKEN/);
    const adapter = Neo4jAdapter.withDriver(fake.driver);
    const failure = adapter.writeTransaction(async (tx) => {
      await tx.run('MERGE (a:Nation {code: "KR"})', {});
      await tx.run('BROKEN', {});
      await tx.run('MERGE (b:Nation {code: "FR"})', {});
    });
    await expect(failure).rejects.toThrow('statement failed: BROKEN');
    const units = fake.sessions[0].units;
    expect(units.map((u) => [u.kind, u.outcome, u.statements.map((s) => s.text)])).toEqual([
      ['executeWrite', 'rolled back', ['MERGE (a:Nation {code: "KR"})', 'BROKEN']],
    ]);
    expect(fake.sessions[0].closed).toBe(true);
  });

  test('a failing single statement still closes its session', async () => {
    const fake = fakeDriver(/BROKEN/);
    const adapter = Neo4jAdapter.withDriver(fake.driver);
    await expect(adapter.run('BROKEN', {}, 'read')).rejects.toThrow('statement failed');
    expect(fake.sessions[0].closed).toBe(true);
  });

  test('close() closes the driver once; later queries fail clearly', async () => {
    const fake = fakeDriver();
    const adapter = Neo4jAdapter.withDriver(fake.driver);
    await adapter.close();
    await adapter.close();
    expect(fake.state.closed).toBe(true);
    await expect(adapter.run('RETURN 1', {}, 'read')).rejects.toThrow('The Neo4j graph store is closed');
    await expect(adapter.writeTransaction(async () => 1)).rejects.toThrow('The Neo4j graph store is closed');
    expect(fake.sessions).toHaveLength(0);
  });
});

describe('testStoreConfig (which engine the contract tests use)', () => {
  test('the in-memory embedded engine by default, even when NEO4J_URI is exported', () => {
    expect(testStoreConfig({})).toEqual({ engine: 'embedded', dataDir: ':memory:' });
    expect(testStoreConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toEqual({ engine: 'embedded', dataDir: ':memory:' });
  });

  test('Neo4j from the environment under GRAPH_ENGINE=neo4j', () => {
    const env = { GRAPH_ENGINE: 'neo4j', NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'contract' };
    expect(testStoreConfig(env)).toMatchObject({
      engine: 'neo4j',
      neo4j: { uri: 'bolt://db:7687', username: 'neo4j', password: 'pw', database: 'contract' },
    });
    expect(() => testStoreConfig({ GRAPH_ENGINE: 'neo4j' })).toThrow(/NEO4J_URI/);
  });

  test('openTestStore opens an empty store with the schema applied', async () => {
    const { store } = await openTestStore();
    try {
      expect(store.engine).toBe(testStoreConfig().engine);
      expect(await store.counts()).toEqual({ nodes: {}, relationships: {} });
    } finally {
      await store.close();
    }
  });
});
