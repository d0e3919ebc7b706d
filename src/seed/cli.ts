// `npm run seed`: loads seed/graph.json into the configured engine (idempotent: running it twice changes nothing).
import { openStore } from '../bootstrap';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { loadSeed, readSeed } from './seed';

async function run(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { store } = await openStore(config, logger);
  try {
    const started = Date.now();
    const report = await loadSeed(store, readSeed(process.argv[2]));
    logger.info({ report, counts: await store.counts(), ms: Date.now() - started }, 'seed loaded');
  } finally {
    await store.close();
  }
}

run().catch((error: unknown) => {
  process.stderr.write(`seed failed: ${(error as Error).message}\n`);
  process.exit(1);
});
