// Structured JSON logging (pino): one line per event, machine-readable.
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Logs to stdout, or to `destination` (the CLIs log to stderr and keep stdout for their output). */
export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'city-diplomacy-graph' }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that drops everything: for tests that do not inspect logs. */
export const silentLogger: Logger = pino({ level: 'silent' });
