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
