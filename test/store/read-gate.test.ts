// The embedded engine's read gate and its write lane (src/store/read-gate.ts): at most `limit` reads at once, no new
// read while a write is in flight (for a bounded time), and the same through the adapter on the real engine. The gate
// is the embedded adapter's own code; on Neo4j these tests run the same (they open an in-memory embedded store).
import { EmbeddedAdapter } from '../../src/store/embedded-adapter';
import { ReadGate } from '../../src/store/read-gate';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('read gate', () => {
  test('at most `limit` reads run at once; the others start in order as slots free', async () => {
    const gate = new ReadGate(2);
    const release = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const reads = release.map((d, i) => gate.run(async () => (started.push(i), d.promise)));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(gate.state).toEqual({ active: 2, waiting: 2, writers: 0 });
    release[1].resolve();
    await reads[1];
    expect(started).toEqual([0, 1, 2]);
    release.forEach((d) => d.resolve());
    await Promise.all(reads);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(gate.state).toEqual({ active: 0, waiting: 0, writers: 0 });
  });

  test('a write in flight holds new reads back; reads already running go on; the held reads start when it ends', async () => {
    const gate = new ReadGate(2, 60_000);
    const running = deferred();
    const started: string[] = [];
    const before = gate.run(async () => (started.push('before'), running.promise));
    const write = deferred();
    const writing = gate.write(() => write.promise);
    const after = gate.run(async () => void started.push('after'));
    await Promise.resolve();
    expect(started).toEqual(['before']);
    expect(gate.state).toEqual({ active: 1, waiting: 1, writers: 1 });
    // The read that was running finishes; the held one still waits for the write.
    running.resolve();
    await before;
    expect(started).toEqual(['before']);
    write.resolve();
    await writing;
    await after;
    expect(started).toEqual(['before', 'after']);
  });

  test('a waiting read waits only for the writes called before it: writes that keep coming cannot starve it', async () => {
    const gate = new ReadGate(2, 60_000);
    const first = deferred();
    const writingFirst = gate.write(() => first.promise);
    let done = false;
    const read = gate.run(async () => void (done = true));
    // A second write arrives while the read waits, and is still open when the first ends.
    const second = deferred();
    const writingSecond = gate.write(() => second.promise);
    first.resolve();
    await writingFirst;
    await read;
    expect(done).toBe(true);
    expect(gate.state).toEqual({ active: 0, waiting: 0, writers: 1 });
    // A read arriving now waits for that second write.
    let late = false;
    const lateRead = gate.run(async () => void (late = true));
    await Promise.resolve();
    expect([late, gate.state.waiting]).toEqual([false, 1]);
    second.resolve();
    await Promise.all([writingSecond, lateRead]);
    expect(late).toBe(true);
  });

  test('a write that runs longer than holdMs (an import chunk) lets reads in beside it', async () => {
    const gate = new ReadGate(2, 1);
    const write = deferred();
    const writing = gate.write(() => write.promise);
    // Resolves while the write is still open: the hold ended on its own.
    await gate.run(async () => undefined);
    expect(gate.state.writers).toBe(0);
    write.resolve();
    await writing;
  });

  test('a failed write releases the gate', async () => {
    const gate = new ReadGate(1, 60_000);
    await expect(gate.write(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(gate.state).toEqual({ active: 0, waiting: 0, writers: 0 });
    await expect(gate.run(async () => 'read')).resolves.toBe('read');
  });
});

describe('the write lane on the embedded engine', () => {
  test('a read asked for while a write transaction is open waits for its commit, and sees it', async () => {
    const adapter = EmbeddedAdapter.open({ dataDir: ':memory:', writeHoldMs: 60_000 });
    try {
      const commit = deferred();
      const created = deferred();
      const writing = adapter.writeTransaction(async (tx) => {
        await tx.run('CREATE (:LaneProbe {n: 1})', {});
        created.resolve();
        await commit.promise;
      });
      await created.promise;
      const reading = adapter.run('MATCH (p:LaneProbe) RETURN count(p) AS n', {}, 'read');
      // Held at the gate, not in the engine (where it would read the state before the write: no LaneProbe).
      expect(adapter.readGate).toMatchObject({ active: 0, waiting: 1, writers: 1 });
      commit.resolve();
      await writing;
      expect((await reading)[0].n).toBe(1);
    } finally {
      await adapter.close();
    }
  });
});

describe('cancelling a read at the gate', () => {
  test('a read whose signal aborts while it waits leaves the queue with TIMEOUT; the others go on', async () => {
    const gate = new ReadGate(1, 60_000);
    const first = deferred();
    const running = gate.run(() => first.promise);
    const controller = new AbortController();
    const dropped = gate.run(async () => 'never', controller.signal);
    const kept = gate.run(async () => 'kept');
    expect(gate.state.waiting).toBe(2);
    controller.abort(new Error('deadline'));
    await expect(dropped).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(gate.state.waiting).toBe(1);
    first.resolve();
    await running;
    await expect(kept).resolves.toBe('kept');
    expect(gate.state).toEqual({ active: 0, waiting: 0, writers: 0 });
  });
});
