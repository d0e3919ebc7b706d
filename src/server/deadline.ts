// A deadline per GraphQL request: a signal that aborts when the deadline passes or the client goes away. The
// analytics service cancels the computations no request waits for any more; between fields, a query past its
// deadline stops resolving (no further store queries) and answers TIMEOUT. Mutations are not cut short: a write
// that started runs to its commit or rollback.
import { setMaxListeners } from 'node:events';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLObjectType, defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { NextFunction, Request, Response } from 'express';
import { ErrorCode, timedOut } from '../model/errors';
import type { Context } from '../graphql/context';

/**
 * express middleware: `res.locals.signal` aborts after `timeoutMs` (0: never) or when the connection closes early.
 * At the deadline, a query still running (a long store query, which the engine cannot interrupt) is answered
 * TIMEOUT at once, and whatever it would write later is dropped. Mutations run to their commit and answer then.
 */
export function requestSignal(timeoutMs: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const controller = new AbortController();
    // Every read of the request that waits at the read gate listens to it, and stops listening once it runs: an
    // operation with many aliases has many at once, which is not a leak (Node warns past 10).
    setMaxListeners(0, controller.signal);
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            controller.abort(new Error('deadline'));
            if (!res.headersSent && !isMutation(req.body)) answerTimeout(res, timeoutMs);
          }, timeoutMs)
        : undefined;
    timer?.unref();
    res.once('close', () => {
      clearTimeout(timer);
      // Closed before the answer was written: the client left.
      if (!res.writableFinished) controller.abort(new Error('client gone'));
    });
    res.locals.signal = controller.signal;
    next();
  };
}

function isMutation(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' && /^\s*mutation\b/.test(query.replace(/^(\s*#[^\n]*\n)*/, ''));
}

function answerTimeout(res: Response, timeoutMs: number): void {
  const payload = JSON.stringify({
    errors: [{ message: `The request took longer than its deadline of ${timeoutMs} ms and was stopped`, extensions: { code: ErrorCode.TIMEOUT, timeoutMs } }],
  });
  res.status(200).type('application/json').end(payload);
  // What the GraphQL layer writes when it finishes is dropped: the client has its answer.
  const drop = (() => res) as never;
  res.setHeader = drop;
  res.writeHead = drop;
  res.write = (() => true) as never;
  res.end = drop;
  res.status = drop;
}

/** Fields a response may hold: past this a query stops resolving and gets one error naming the limit. */
export const MAX_RESPONSE_FIELDS = 100_000;

/** Where a query's field budget sits on its context (set by deadlinePlugin for queries, never for mutations). */
const FIELD_BUDGET = Symbol('fieldBudget');
const GUARDED = Symbol('fieldsGuarded');

/** A query's fields resolved so far, and the error that cut it short (deadline or response size), if any. */
class FieldBudget {
  private resolved = 0;
  cut: GraphQLError | undefined;

  constructor(
    private readonly signal: AbortSignal | undefined,
    private readonly timeoutMs: number,
    private readonly maxFields: number,
  ) {}

  /** Called before each field resolves: throws once the signal has aborted or past `maxFields` fields. */
  spend(): void {
    if (this.signal?.aborted) {
      this.cut ??= new GraphQLError(`The request took longer than its deadline of ${this.timeoutMs} ms and was stopped`, {
        extensions: { code: ErrorCode.TIMEOUT, timeoutMs: this.timeoutMs },
      });
      throw timedOut(this.cut.message);
    }
    if (++this.resolved > this.maxFields) {
      this.cut ??= new GraphQLError(`The response would hold more than ${this.maxFields} fields (the response size limit): ask for smaller pages or fewer nested lists`, {
        extensions: { code: ErrorCode.BAD_USER_INPUT, maxFields: this.maxFields },
      });
      throw this.cut;
    }
  }
}

/**
 * Wraps every field of the schema's object types (as Apollo's `willResolveField` would, less its per-field promise
 * tracking: a plugin with that hook made Apollo instrument every field of every request) so that it first spends
 * from the budget its request's context carries, if any. Done once per schema; a context without a budget (a
 * mutation, a test harness) resolves as before.
 */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  if ((schema as { [GUARDED]?: true })[GUARDED]) return schema;
  Object.defineProperty(schema, GUARDED, { value: true });
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: { [FIELD_BUDGET]?: FieldBudget } | undefined, info) => {
        context?.[FIELD_BUDGET]?.spend();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/**
 * Stops resolving a query's fields once its signal has aborted (TIMEOUT) or once it has resolved more than
 * `maxFields` fields (the response-size cap); either way the response then carries one error saying which. The
 * schema's fields must be guarded (`guardFields`).
 */
export function deadlinePlugin(timeoutMs: number, maxFields = MAX_RESPONSE_FIELDS): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let budget: FieldBudget | undefined;
      return {
        async executionDidStart({ operation, contextValue }) {
          if (operation.operation === 'mutation') return;
          budget = new FieldBudget(contextValue.signal, timeoutMs, maxFields);
          Object.defineProperty(contextValue, FIELD_BUDGET, { value: budget, configurable: true });
        },
        async willSendResponse({ response }) {
          // One error for the cut, not one per field that did not run; no partial data past the cap.
          const cut = budget?.cut;
          if (cut && response.body.kind === 'single') {
            const errors = (response.body.singleResult.errors ?? []).filter((e) => e.extensions?.code !== cut.extensions.code);
            const partial = cut.extensions.code === ErrorCode.TIMEOUT ? response.body.singleResult.data : null;
            response.body.singleResult = { data: partial, errors: [cut.toJSON(), ...errors] };
          }
        },
      };
    },
  };
}
