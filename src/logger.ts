// Structured JSON logging (pino): one line per event, machine-readable.
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level = 'info'): Logger {
  return pino({ level, base: { service: 'city-diplomacy-graph' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** A logger that drops everything: for tests that do not inspect logs. */
export const silentLogger: Logger = pino({ level: 'silent' });
