// What differs between the embedded engine and Neo4j, and what does not, pinned on whichever engine the tests use
// (`npm test`: embedded; `npm run test:neo4j`: Neo4j). docs/engines.md explains each case and how the code handles it.
import type { EngineAdapter, Row } from '../../src/store/port';
import type { GraphStore } from '../../src/store/graph-store';
import { describeNeo4jOnly, openTestAdapter, openTestStore, testStoreConfig } from '../support/engine';

const ENGINE = testStoreConfig().engine;
/** The expectation on this engine. */
const on = <T>(expected: { embedded: T; neo4j: T }): T => expected[ENGINE];

let db: EngineAdapter;
beforeAll(async () => {
  db = await openTestAdapter();
});
afterAll(() => db.close());
const wipe = () => db.run('MATCH (n) DETACH DELETE n', {}, 'write');

const read = (text: string, params: Record<string, unknown> = {}): Promise<Row[]> => db.run(text, params, 'read');
const write = (text: string, params: Record<string, unknown> = {}): Promise<Row[]> => db.run(text, params, 'write');

describe('the same on both engines (the adapters make it so)', () => {
  beforeEach(wipe);
  test('integral JS numbers are INTEGERs: integer division, LIMIT $limit; fractional ones stay floats', async () => {
    expect(await read('RETURN $n / 2 AS half, $x / 2 AS xhalf, $n % 4 AS rest', { n: 7, x: 7.5 })).toEqual([{ half: 3, xhalf: 3.75, rest: 3 }]);
    expect(await read('UNWIND range(1, 10) AS i RETURN i ORDER BY i LIMIT $limit', { limit: 3 })).toEqual([{ i: 1 }, { i: 2 }, { i: 3 }]);
    // The price of that: a float that happens to be integral (2.0) is an INTEGER too. Divide by a float literal.
    expect(await read('RETURN $two / 4 AS intDiv, $two / 4.0 AS floatDiv', { two: 2.0 })).toEqual([{ intDiv: 0, floatDiv: 0.5 }]);
  });

  test('stored integers match integral parameters with =', async () => {
    await write('CREATE (c:City) SET c.id = $id, c.founded = $year', { id: 'x', year: 1394 });
    expect(await read('MATCH (c:City) WHERE c.founded = $year RETURN c.id AS id', { year: 1394 })).toEqual([{ id: 'x' }]);
  });

  test('dates come back as ISO date strings', async () => {
    expect(await read("RETURN date('2019-04-01') AS d, toString(date('2019-04-01')) AS s")).toEqual([{ d: '2019-04-01', s: '2019-04-01' }]);
  });

  test('UNWIND … OPTIONAL MATCH keeps a row, with nulls, for every unmatched item; an empty list gives no row', async () => {
    await write("CREATE (c:City) SET c.id = 'a', c.name = 'A'");
    const rows = await read('UNWIND $ids AS id OPTIONAL MATCH (c:City {id: id}) RETURN id, c.name AS name ORDER BY id', { ids: ['a', 'absent'] });
    expect(rows).toEqual([{ id: 'a', name: 'A' }, { id: 'absent', name: null }]);
    expect(await read('UNWIND $ids AS id OPTIONAL MATCH (c:City {id: id}) RETURN id, c.name AS name', { ids: [] })).toEqual([]);
  });

  test('a uniqueness constraint rejects a duplicate key', async () => {
    await write("CREATE (c:City) SET c.id = 'dup'");
    await expect(write("CREATE (c:City) SET c.id = 'dup'")).rejects.toThrow();
    expect(await read("MATCH (c:City {id: 'dup'}) RETURN count(c) AS n")).toEqual([{ n: 1 }]);
  });

  test('a transaction whose later statement fails leaves nothing of its earlier statements', async () => {
    await expect(
      db.writeTransaction(async (tx) => {
        await tx.run("CREATE (c:City) SET c.id = 'first'", {});
        await tx.run("CREATE (c:City) SET c.id = 'second'", {});
        await tx.run("CREATE (c:City) SET c.id = 'first'", {}); // violates the constraint
      }),
    ).rejects.toThrow();
    expect(await read('MATCH (c:City) RETURN count(c) AS n')).toEqual([{ n: 0 }]);
  });

  test('MERGE on the constrained key is idempotent', async () => {
    for (let i = 0; i < 2; i++) await write("MERGE (c:City {id: 'm'}) ON CREATE SET c.created = true");
    expect(await read("MATCH (c:City {id: 'm'}) RETURN count(c) AS n")).toEqual([{ n: 1 }]);
  });
});

describe('different on the two engines (the Cypher in cypher/ avoids these)', () => {
  beforeEach(wipe);
  test("a JS Date parameter comes back as the same instant, written '…00Z' by Neo4j and '…00.000Z' by the embedded engine", async () => {
    const [row] = await read('RETURN $at AS w', { at: new Date('2019-04-01T10:00:00.000Z') });
    // Under jest the embedded adapter's `instanceof Date` misses the engine's Date (another realm), so the value
    // arrives as a Date here; in the app it is the ISO string '2019-04-01T10:00:00.000Z'.
    const text = typeof row.w === 'string' ? row.w : (row.w as Date).toISOString();
    expect(text).toBe(on({ embedded: '2019-04-01T10:00:00.000Z', neo4j: '2019-04-01T10:00:00Z' }));
    expect(new Date(text).toISOString()).toBe('2019-04-01T10:00:00.000Z');
  });

  test('DETACH DELETE of null (an OPTIONAL MATCH that found nothing): a no-op on Neo4j, an error on the embedded engine', async () => {
    const attempt = write("OPTIONAL MATCH (x:City {id: 'absent'}) DETACH DELETE x RETURN count(*) AS rows");
    if (ENGINE === 'neo4j') await expect(attempt).resolves.toEqual([{ rows: 1 }]);
    else await expect(attempt).rejects.toThrow(/expected a node .*found null/);
    // What cypher/ does instead: MATCH, so that no row (and no null) reaches DELETE.
    expect(await write("MATCH (x:City {id: 'absent'}) DETACH DELETE x RETURN count(*) AS deleted")).toEqual([{ deleted: 0 }]);
  });

  test("1 = '1' is true on the embedded engine, false on Neo4j (no implicit conversion)", async () => {
    expect(await read("RETURN 1 = '1' AS same")).toEqual([{ same: on({ embedded: true, neo4j: false }) }]);
  });

  test('a map-valued property is stored by the embedded engine and rejected by Neo4j', async () => {
    const attempt = write("CREATE (c:City) SET c.id = 'm', c.meta = {a: 1}");
    if (ENGINE === 'neo4j') await expect(attempt).rejects.toThrow(/[Pp]roperty values can only be of primitive types/);
    else await expect(attempt).resolves.toBeDefined();
  });

  test('a second index on a constrained property: an error on Neo4j, silently nothing with IF NOT EXISTS; the embedded engine creates it', async () => {
    // cypher/schema/02-indexes.embedded.cypher exists because the embedded engine's constraints create no index.
    const plain = db.run('CREATE INDEX city_id_again FOR (c:City) ON (c.id)', {}, 'schema');
    if (ENGINE === 'neo4j') await expect(plain).rejects.toThrow(/constraint|index/i);
    else await expect(plain).resolves.toBeDefined();
    await expect(db.run('CREATE INDEX city_id_once_more IF NOT EXISTS FOR (c:City) ON (c.id)', {}, 'schema')).resolves.toBeDefined();
    if (ENGINE === 'neo4j') {
      const indexes = await db.run('SHOW INDEXES YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties', {}, 'read');
      const onCityId = indexes.filter((i) => JSON.stringify(i.labelsOrTypes) === '["City"]' && JSON.stringify(i.properties) === '["id"]');
      expect(onCityId.map((i) => i.name)).toEqual(['city_id']); // the constraint's own index, nothing more
    }
  });
});

describe('write transactions that touch the same node run one after the other', () => {
  let store: GraphStore;
  beforeAll(async () => {
    ({ store } = await openTestStore());
  });
  afterAll(() => store.close());

  test('a transaction that locked a city (lock-cities) holds back a second one until it commits', async () => {
    await store.run('nation/upsert-nations', { rows: [{ code: 'KR', name: 'Korea', source: 't' }], updatedAt: null });
    expect(await store.run('city/upsert-cities', { rows: [{ id: 'lockme', name: 'Lock Me', kind: 'CITY', nation: 'KR', source: 't', nationSource: 't' }], updatedAt: null })).toEqual([{ merged: 1 }]);
    const events: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const first = store.transaction(async (tx) => {
      expect(await tx.run('city/lock-cities', { ids: ['lockme'] })).toEqual([{ id: 'lockme', type: 'LOCATED_IN', count: 1 }]);
      events.push('first locked');
      locked();
      await released;
      events.push('first commits');
    });
    await isLocked;
    const second = store.run('city/lock-cities', { ids: ['lockme'] }).then(() => events.push('second done'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    events.push('released');
    release();
    await Promise.all([first, second]);
    expect(events).toEqual(['first locked', 'released', 'first commits', 'second done']);
  });
});

describeNeo4jOnly('lock waits and deadlock detection; the embedded engine queues write transactions, so none can deadlock', 'deadlocks', () => {
  let store: GraphStore;
  beforeAll(async () => {
    ({ store } = await openTestStore());
  });
  afterAll(() => store.close());

  test('two transactions that lock two cities in opposite order deadlock; executeWrite retries the loser and both commit', async () => {
    const rows = ['a', 'b'].map((id) => ({ id, name: id, kind: 'CITY', nation: 'KR', source: 't', nationSource: 't' }));
    await store.run('nation/upsert-nations', { rows: [{ code: 'KR', name: 'Korea', source: 't' }], updatedAt: null });
    expect(await store.run('city/upsert-cities', { rows, updatedAt: null })).toEqual([{ merged: 2 }]);
    const attempts = { ab: 0, ba: 0 };
    let arrived = 0;
    let bothHoldOne!: () => void;
    const barrier = new Promise<void>((resolve) => (bothHoldOne = resolve));
    const lockInOrder = (key: 'ab' | 'ba', [firstId, secondId]: string[]) =>
      store.transaction(async (tx) => {
        attempts[key] += 1;
        expect(await tx.run('city/lock-cities', { ids: [firstId] })).toHaveLength(1);
        if (attempts[key] === 1) {
          // First attempt: wait until the other transaction holds its first city, so each now waits for the other.
          if (++arrived === 2) bothHoldOne();
          await barrier;
        }
        await tx.run('city/lock-cities', { ids: [secondId] });
        await tx.run('city/upsert-cities', { rows: [{ ...rows[0], id: firstId, name: `${firstId} by ${key}` }], updatedAt: null });
        return key;
      });
    const results = await Promise.all([lockInOrder('ab', ['a', 'b']), lockInOrder('ba', ['b', 'a'])]);
    expect(results).toEqual(['ab', 'ba']);
    // Neo4j detected the deadlock and failed one of them (DeadlockDetected, a transient error); the driver re-ran it.
    expect(attempts.ab + attempts.ba).toBeGreaterThanOrEqual(3);
    const names = await store.run('city/get-cities-by-ids', { ids: ['a', 'b'] });
    expect(names.map((r) => (r.city as { name: string }).name).sort()).toEqual(['a by ab', 'b by ba']);
  }, 60_000);
});
