// One set of error codes for the whole API. Expected errors are GraphQLErrors with a stable
// `extensions.code`; anything else is masked by the server and logged.
import { GraphQLError } from 'graphql';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
    this.name = 'AppError';
  }
}

export const badInput = (message: string, argument?: string): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});

export const notFound = (type: string, id: string): AppError =>
  new AppError(ErrorCode.NOT_FOUND, `${type} "${id}" was not found`, { type, id });

export const conflict = (message: string, details: Record<string, unknown> = {}): AppError =>
  new AppError(ErrorCode.CONFLICT, message, details);

export const unauthenticated = (message: string): AppError => new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message: string): AppError => new AppError(ErrorCode.FORBIDDEN, message);

/** NOT_FOUND naming every missing node, e.g. `City "atlantis" and Nation "QQ" were not found`. */
export const notFoundAll = (missing: { type: string; id: string }[]): AppError => {
  const names = missing.map((m) => `${m.type} "${m.id}"`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return new AppError(ErrorCode.NOT_FOUND, `${list} ${missing.length === 1 ? 'was' : 'were'} not found`, {
    type: missing[0].type,
    id: missing[0].id,
    missing,
  });
};
