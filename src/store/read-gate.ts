import { timedOut } from '../model/errors';

// Bounded read concurrency for the embedded engine, with a lane for writes: at most `limit` reads run in the engine
// at once, the rest wait here, in order; and while a write transaction runs or waits, no new read starts.
//
// Why the lane: a statement's own time in the engine is a fraction of a millisecond, but each one is a round trip
// through the event loop (dispatch to a native thread, then its completion behind whatever else the loop has to
// do). A write transaction is several statements in a row, so under many concurrent reads it paid that round trip,
// behind the reads' completions and GraphQL work, once per statement. Holding new reads while a write is in flight
// lets its statements follow one another at once; the reads already in the engine finish, so a write waits for at
// most `limit` reads ahead of it, and a read waits only for the writes called before it arrived (each for `holdMs`
// at most): writes that keep coming after it cannot hold it back.
export class ReadGate {
  private active = 0;
  /** Writes called so far; each holding write by its number. */
  private writesCalled = 0;
  private readonly holding = new Set<number>();
  /** Waiting reads, in order, each with the number of writes called before it arrived. */
  private readonly waiting: { after: number; admit: () => void }[] = [];

  constructor(
    readonly limit: number,
    /** How long one write may hold new reads back. */
    readonly holdMs = 100,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`the read limit must be a positive integer, got ${limit}`);
  }

  /** Reads in the engine now, reads waiting, writes holding the gate: for tests and diagnostics. */
  get state(): { active: number; waiting: number; writers: number } {
    return { active: this.active, waiting: this.waiting.length, writers: this.holding.size };
  }

  /** Runs a read when there is room; one whose `signal` aborts while it waits leaves the queue and rejects. */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw cancelled();
    if (this.active >= this.limit || this.holding.size > 0 || this.waiting.length > 0) {
      await new Promise<void>((resolve, reject) => {
        const entry = {
          after: this.writesCalled,
          admit: () => {
            signal?.removeEventListener('abort', leave);
            resolve();
          },
        };
        const leave = () => {
          const at = this.waiting.indexOf(entry);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(cancelled());
        };
        signal?.addEventListener('abort', leave, { once: true });
        this.waiting.push(entry);
      });
    } else this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
      this.admit();
    }
  }

  /**
   * Runs a write: no new read starts from its call until it settles, or for `holdMs` at most (a long transaction,
   * an import's chunk, then runs beside reads rather than stopping them). Reads already running finish.
   */
  async write<T>(work: () => Promise<T>): Promise<T> {
    const number = ++this.writesCalled;
    this.holding.add(number);
    const release = () => {
      if (this.holding.delete(number)) this.admit();
    };
    const timer = setTimeout(release, this.holdMs);
    try {
      return await work();
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  /** Lets waiting reads in, in order, while there is room and no write called before the next one still holds. */
  private admit(): void {
    while (this.active < this.limit && this.waiting.length > 0 && !this.heldBack(this.waiting[0].after)) {
      this.active += 1;
      this.waiting.shift()!.admit();
    }
  }

  /** Whether a write among the first `after` called still holds the gate. */
  private heldBack(after: number): boolean {
    for (const number of this.holding) if (number <= after) return true;
    return false;
  }
}

/** A read stopped before it reached the engine: its request's deadline passed or its client left. */
export function cancelled(): Error {
  return timedOut('The store query was cancelled before it ran: its request timed out or its client went away');
}
