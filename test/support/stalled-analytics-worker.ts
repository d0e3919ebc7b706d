// A stand-in for the analytics worker (tests only, injected through WorkerPool's constructor): it takes a task and
// never answers, busy like a kernel in a tight loop (reading no further message), until the pool terminates it. So
// a computation stays running for as long as a test needs, and only cancellation or shutdown ends it.
import { parentPort } from 'node:worker_threads';

parentPort!.on('message', () => {
  while (Date.now() > 0) {
    /* busy */
  }
});
