// The embedded adapter's rows: plain values (as the Neo4j adapter gives them), and a large result converted a slice
// at a time, with turns of the event loop between slices, so one request's big read does not hold the thread.
import { GrafeoDB } from '@grafeo-db/js';
import { ROWS_PER_TURN, toRows } from '../../src/store/embedded-adapter';

let db: GrafeoDB;
beforeAll(() => {
  db = GrafeoDB.create();
});
afterAll(() => db.close());

/** How many turns of the event loop (setImmediate callbacks) ran while `work` was under way. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  const value = await work();
  done = true;
  return { value, turns };
}

test('values come back plain, inside lists and maps too; an integer beyond 2^53 stays a bigint', async () => {
  const result = await db.executeCypher(
    "RETURN 1 AS one, 'x' AS text, [1, null] AS list, {n: 3, inner: [4, {m: 5, none: null}], at: datetime('2024-05-01T10:00:00Z')} AS map, null AS nothing, 9007199254740993 AS big",
  );
  expect(await toRows(result)).toEqual([
    { one: 1, text: 'x', list: [1, null], map: { n: 3, inner: [4, { m: 5, none: null }], at: '2024-05-01T10:00:00Z' }, nothing: null, big: 9007199254740993n },
  ]);
});

test('a large result is converted a slice at a time, with turns of the event loop between slices', async () => {
  const size = 3.5 * ROWS_PER_TURN;
  const result = await db.executeCypher('UNWIND range(1, $size) AS i RETURN i, {i: i} AS map', { size });
  const { value: rows, turns } = await turnsDuring(() => toRows(result));
  expect(rows).toHaveLength(size);
  expect(rows[size - 1]).toEqual({ i: size, map: { i: size } });
  // One turn at least before each of the three slices after the first.
  expect(turns).toBeGreaterThanOrEqual(3);
});

test('a result of one slice is converted at once', async () => {
  const result = await db.executeCypher('UNWIND range(1, $size) AS i RETURN i', { size: ROWS_PER_TURN });
  const { value: rows, turns } = await turnsDuring(() => toRows(result));
  expect([rows.length, turns]).toEqual([ROWS_PER_TURN, 0]);
});
