// Every mutation passes through this middleware, before its input is validated by the service: it trims the strings
// of the arguments (for the audit line), checks the credential and role (UNAUTHENTICATED / FORBIDDEN), writes one audit line per
// write attempt (who, operation, ids, source, outcome; never the token), and refreshes the request's
// DataLoaders after a write so the returned entity is read as it now is.
import type { MiddlewareFn } from 'type-graphql';
import { DomainError } from '../model/errors';
import { trimStrings } from '../model/validation';
import type { Role } from '../auth/roles';
import type { Context } from './context';
import { createLoaders } from './loaders';

type Args = Record<string, unknown>;

export interface WriteRule {
  /** The role the operation needs (it may depend on the arguments, e.g. a dry run). */
  role: Role | ((args: Args) => Role);
  /** The ids the operation touches, for the audit line. */
  ids: (args: Args) => unknown;
}

export function guardWrite(rule: WriteRule): MiddlewareFn<Context> {
  return async (action, next) => {
    const { context: ctx, info } = action;
    action.args = trimStrings(action.args) as Args;
    const operation = info.fieldName;
    const args = action.args;
    const ids = safely(() => rule.ids(args));
    const role = typeof rule.role === 'function' ? rule.role(args) : rule.role;
    const source = (args.input as { source?: unknown } | undefined)?.source ?? args.source;
    let who: string | undefined;
    try {
      const principal = await ctx.auth.authorize(operation, role);
      who = principal.name;
      const started = performance.now();
      const audit = { audit: true, who, role: principal.role, via: principal.via, operation, ids, source };
      try {
        const result = await next();
        ctx.loaders = createLoaders(ctx.store);
        ctx.auth.audit.info({ ...audit, outcome: 'ok', ms: Math.round(performance.now() - started) }, `${operation} by ${who}: ok`);
        return result;
      } catch (error) {
        const code = error instanceof DomainError ? error.code : 'INTERNAL_SERVER_ERROR';
        ctx.auth.audit.info({ ...audit, outcome: 'rejected', code, ms: Math.round(performance.now() - started) }, `${operation} by ${who}: rejected (${code})`);
        throw error;
      }
    } catch (error) {
      if (who === undefined && error instanceof DomainError) {
        const code = error.code;
        ctx.auth.audit.warn({ audit: true, operation, ids, outcome: 'denied', code, reason: error.message }, `${operation}: denied (${code})`);
      }
      throw error;
    }
  };
}

function safely<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}
