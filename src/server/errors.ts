// Error masking, and the one place domain errors become GraphQL errors: a DomainError reaches clients with its code
// and details; anything else is logged and replaced by a generic message, so no driver text or stack trace leaks.
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, ErrorCode } from '../model/errors';
import type { Logger } from '../logger';

/** Codes whose messages are written for clients (ours, and Apollo's request-level ones). */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const details = (original.extensions.validationErrors as { property: string; constraints?: Record<string, string> }[])
        .flatMap((e) => Object.values(e.constraints ?? { invalid: `${e.property} is invalid` }));
      return { message: details.join('; '), locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    if (original instanceof DomainError) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code, ...original.details } };
    }
    const code = formatted.extensions?.code;
    const isPublic = typeof code === 'string' && PUBLIC_CODES.has(code) && (original instanceof GraphQLError || !(original instanceof Error));
    if (isPublic) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'internal error while resolving a GraphQL request');
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
