// Prometheus metrics of the HTTP layer: request durations by route, GraphQL operation durations by operation name
// and outcome, and Node's process metrics. Label values come from fixed lists or are capped, so a client cannot
// create series without bound.
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { getOperationAST } from 'graphql';
import { Histogram, type Registry, collectDefaultMetrics } from 'prom-client';

/** Seconds; exports of a large graph and first-time network metrics take tens of seconds. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * prom-client's default metrics, less three gauges that `promtool check metrics` rejects (a gauge named `_total`):
 * nodejs_active_handles_total, nodejs_active_requests_total and nodejs_active_resources_total. They add nothing:
 * each is the sum of the gauge without the suffix (`sum(nodejs_active_handles)`), which has a `type` label.
 */
export const DROPPED_DEFAULT_METRICS = ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total'];

export function collectProcessMetrics(registry: Registry): void {
  collectDefaultMetrics({ register: registry });
  for (const name of DROPPED_DEFAULT_METRICS) registry.removeSingleMetric(name);
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** A request's route label: one of the API's routes, or `unmatched` (404s, probes), never the raw path. */
export type RouteOf = (path: string) => string;

/** `http_request_duration_seconds{method,route,status}`, observed when the answer is sent (status `aborted` when the client left first). */
export function httpMetrics(registry: Registry, routeOf: RouteOf): RequestHandler {
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to sending the last byte of its answer, by method, route and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  return (req, res, next) => {
    const stop = duration.startTimer({ method: METHODS.has(req.method) ? req.method : 'OTHER', route: routeOf(req.path) });
    let done = false;
    const observe = (status: string) => {
      if (done) return;
      done = true;
      stop({ status });
    };
    res.once('finish', () => observe(String(res.statusCode)));
    res.once('close', () => observe(res.writableFinished ? String(res.statusCode) : 'aborted'));
    next();
  };
}

/** How many distinct operation names get their own series; later names are counted as `(other)`. */
export const MAX_OPERATION_NAMES = 200;

/** Operation labels that cannot be GraphQL names (which never hold parentheses). */
export const OPERATION_LABEL = { anonymous: '(anonymous)', unresolved: '(unresolved)', other: '(other)' } as const;

/**
 * `graphql_operation_duration_seconds{operation,outcome}`: from the request reaching Apollo to its answer.
 * outcome: `success` (executed, no errors), `error` (executed, with errors: resolver errors, partial data),
 * `rejected` (never executed: syntax, validation, operation limits, a mutation over GET).
 */
export function operationMetricsPlugin(registry: Registry): ApolloServerPlugin {
  const duration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name and outcome (success, error, rejected)',
    labelNames: ['operation', 'outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const names = new Set<string>();
  const label = (name: string | null | undefined, resolved: boolean): string => {
    if (!resolved) return OPERATION_LABEL.unresolved;
    if (!name) return OPERATION_LABEL.anonymous;
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return OPERATION_LABEL.other;
    names.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const stop = duration.startTimer();
      let executed = false;
      return {
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ document, operation, request, response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          const outcome = !executed ? 'rejected' : errors?.length ? 'error' : 'success';
          // A document that parsed but failed validation still names its operation.
          const resolved = operation ?? (document ? getOperationAST(document, request.operationName) : null) ?? undefined;
          stop({ operation: label(resolved?.name?.value, resolved !== undefined), outcome });
        },
      };
    },
  };
}
