// Domain errors: what the core throws when a request cannot be served as asked. They carry a stable code and
// details; the GraphQL layer (src/graphql/errors.ts) and the HTTP layer map them to their responses in one place.
// Anything that is not a DomainError is an internal error: masked for clients, logged in full.

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Invalid input: BAD_USER_INPUT, naming the argument at fault when there is one. */
export const badInput = (message: string, argument?: string): DomainError =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});

export const notFound = (type: string, id: string): DomainError => new DomainError(ErrorCode.NOT_FOUND, `${type} "${id}" was not found`, { type, id });

export const conflict = (message: string, details: Record<string, unknown> = {}): DomainError => new DomainError(ErrorCode.CONFLICT, message, details);

export const unauthenticated = (message: string): DomainError => new DomainError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message: string): DomainError => new DomainError(ErrorCode.FORBIDDEN, message);

/** NOT_FOUND naming every missing node, e.g. `City "atlantis" and Nation "QQ" were not found`. */
export const notFoundAll = (missing: { type: string; id: string }[]): DomainError => {
  const names = missing.map((m) => `${m.type} "${m.id}"`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return new DomainError(ErrorCode.NOT_FOUND, `${list} ${missing.length === 1 ? 'was' : 'were'} not found`, {
    type: missing[0].type,
    id: missing[0].id,
    missing,
  });
};
