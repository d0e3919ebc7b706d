// Exports read the whole graph, page by page, as long as the download lasts: heavy work, bounded like the analytics
// (README, "Heavy work"). At most `limit` run at once; one more is refused at once with 503 SERVICE_UNAVAILABLE, a
// JSON error and `Retry-After` (seconds: how long recent exports took). An export frees its place when its handler
// has finished: written to the end, failed, or stopped after the client left.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Gauge, type Registry } from 'prom-client';
import { ErrorCode } from '../model/errors';

export const DEFAULT_EXPORT_CONCURRENCY = 2;

export class ExportLimiter {
  private running = 0;
  /** A moving average of how long exports took (ms): the retry hint. */
  private typicalMs = 1000;
  private readonly gauge?: Gauge;

  constructor(
    readonly limit: number,
    registry?: Registry,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`the export limit must be a positive integer, got ${limit}`);
    this.gauge = registry && new Gauge({ name: 'graph_exports_running', help: 'Graph exports being streamed now.', registers: [registry] });
  }

  get active(): number {
    return this.running;
  }

  /**
   * An export route: runs `handler` when there is room, else answers 503. Its place is freed when the handler has
   * finished (written to the end, failed, or stopped after the client left), not merely when the response closed.
   */
  route(handler: (req: Request, res: Response) => Promise<void>): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      if (this.running >= this.limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil(this.typicalMs / 1000));
        res.setHeader('Retry-After', String(retryAfterSeconds));
        res.status(503).json({
          error: {
            code: ErrorCode.SERVICE_UNAVAILABLE,
            message: `${this.limit} exports are being streamed already (the limit for whole-graph reads at once): retry later`,
            retryAfterSeconds,
            limit: this.limit,
          },
        });
        return;
      }
      this.running += 1;
      this.gauge?.set(this.running);
      const started = Date.now();
      handler(req, res)
        .finally(() => {
          this.running -= 1;
          this.gauge?.set(this.running);
          this.typicalMs = 0.7 * this.typicalMs + 0.3 * (Date.now() - started);
        })
        .catch(next);
    };
  }
}

/** A signal that aborts when the response closes before it was written to the end (the client went away). */
export function closedSignal(res: Response): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new Error('client gone'));
  });
  return controller.signal;
}
