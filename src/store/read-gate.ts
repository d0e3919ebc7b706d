// Bounded read concurrency for the embedded engine: at most `limit` reads run in the engine at once, the rest wait
// here, in order. The engine runs statements on a small pool of native threads; without a bound, fifty concurrent
// reads fill it and every statement of a write transaction waits behind all of them. Writes do not pass through
// the gate, so a write waits for at most `limit` reads ahead of it.
export class ReadGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`the read limit must be a positive integer, got ${limit}`);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next reader.
      if (next) next();
      else this.active -= 1;
    }
  }
}
