// A small pool of analytics workers (worker_threads). A task goes to an idle worker or waits; a task whose signal
// aborts is dropped from the wait list, or its worker is terminated (a kernel in a tight loop reads no messages)
// and replaced on demand. close() terminates every worker: nothing outlives it.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TaskRequest, TaskResult } from './tasks';

/** Cores left to the request thread by default: analytics use the others (at least one). */
export function defaultWorkerCount(): number {
  return Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);
}

export class AbortedError extends Error {
  constructor(message = 'the computation was cancelled') {
    super(message);
    this.name = 'AbortedError';
  }
}

interface Pending {
  task: TaskRequest;
  transfer: ArrayBuffer[];
  signal?: AbortSignal;
  resolve(result: TaskResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  busy?: Pending & { id: number; onAbort?: () => void };
}

let nextId = 1;

/** The analytics worker: worker.js compiled, worker.ts under ts-jest. */
export const ANALYTICS_WORKER_FILE = path.join(__dirname, `worker${path.extname(__filename)}`);

/** Starts a worker thread on `file`: a compiled .js file, or (under ts-jest) a .ts file through TypeScript's transpiler. */
function spawnWorker(file: string): Worker {
  if (file.endsWith('.js')) return new Worker(file);
  const typescript = require.resolve('typescript');
  const bootstrap = `
    const fs = require('node:fs');
    const ts = require(${JSON.stringify(typescript)});
    require.extensions['.ts'] = (module, filename) => {
      const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
        fileName: filename,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      });
      module._compile(outputText, filename);
    };
    require(${JSON.stringify(file)});`;
  return new Worker(bootstrap, { eval: true });
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private closed = false;

  /** `workerFile`: the script the threads run (tests pass their own, answering the same messages). */
  constructor(
    readonly size: number = defaultWorkerCount(),
    private readonly workerFile: string = ANALYTICS_WORKER_FILE,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a worker pool needs at least one worker, got ${size}`);
  }

  /** Runs one task on a worker; rejects with AbortedError when `signal` aborts first. */
  run<K extends TaskResult['kind']>(task: TaskRequest & { kind: K }, transfer: ArrayBuffer[] = [], signal?: AbortSignal): Promise<Extract<TaskResult, { kind: K }>> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new AbortedError('the analytics workers are shut down'));
      if (signal?.aborted) return reject(new AbortedError());
      const pending: Pending = { task, transfer, signal, resolve: resolve as (r: TaskResult) => void, reject };
      if (signal) {
        signal.addEventListener(
          'abort',
          () => {
            const at = this.waiting.indexOf(pending);
            if (at >= 0) {
              this.waiting.splice(at, 1);
              reject(new AbortedError());
            }
          },
          { once: true },
        );
      }
      this.waiting.push(pending);
      this.dispatch();
    });
  }

  /** Workers running a task now. */
  get busy(): number {
    return this.slots.filter((s) => s.busy).length;
  }

  /** Terminates every worker; running and waiting tasks reject. Resolves once the threads are gone. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.waiting.splice(0)) pending.reject(new AbortedError('the analytics workers are shut down'));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot, new AbortedError('the analytics workers are shut down'))));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const pending = this.waiting.shift()!;
      const busy: Slot['busy'] = { ...pending, id: nextId++ };
      slot.busy = busy;
      slot.worker.ref();
      if (pending.signal) {
        const chosen = slot;
        busy.onAbort = () => void this.stop(chosen, new AbortedError()).then(() => this.dispatch());
        pending.signal.addEventListener('abort', busy.onAbort, { once: true });
      }
      slot.worker.postMessage({ id: busy.id, task: pending.task }, pending.transfer);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: spawnWorker(this.workerFile) };
    slot.worker.unref();
    slot.worker.on('message', (message: { id: number; result?: TaskResult; error?: { message: string; stack?: string } }) => {
      const busy = slot.busy;
      if (!busy || busy.id !== message.id) return;
      this.release(slot);
      if (message.error) {
        const error = new Error(message.error.message);
        error.stack = message.error.stack;
        busy.reject(error);
      } else busy.resolve(message.result!);
      this.dispatch();
    });
    slot.worker.on('error', (error) => {
      const busy = slot.busy;
      this.remove(slot);
      busy?.reject(error);
      this.dispatch();
    });
    slot.worker.on('exit', () => {
      const busy = slot.busy;
      this.remove(slot);
      busy?.reject(new AbortedError('an analytics worker stopped'));
      if (!this.closed) this.dispatch();
    });
    this.slots.push(slot);
    return slot;
  }

  private release(slot: Slot): void {
    const busy = slot.busy;
    if (busy?.onAbort) busy.signal?.removeEventListener('abort', busy.onAbort);
    slot.busy = undefined;
    slot.worker.unref();
  }

  private remove(slot: Slot): void {
    const busy = slot.busy;
    if (busy?.onAbort) busy.signal?.removeEventListener('abort', busy.onAbort);
    slot.busy = undefined;
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
  }

  private async stop(slot: Slot, reason: Error): Promise<void> {
    const busy = slot.busy;
    this.remove(slot);
    busy?.reject(reason);
    await slot.worker.terminate();
  }
}
