// Query cost: an estimate of how many values an operation can produce, refused above a limit before it runs.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNamedType, getNullableType, isListType, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * How many items an unpaginated list (a city's partners, an organization's members…) is assumed to hold.
 * Seoul, the best-connected city, has 57 partners; most cities have a handful.
 */
export const ASSUMED_LIST_SIZE = 20;

/** A connection's page size when neither `first` nor `last` is given (DEFAULT_PAGE_SIZE of the services). */
export const DEFAULT_CONNECTION_SIZE = 20;

/**
 * Each field costs 1 plus its children; a list multiplies its children by its size: the page size
 * (`first` or `last`, or the default page size) for a connection, `limit` where a field takes one, ASSUMED_LIST_SIZE otherwise.
 * A connection's `edges` list is already counted by `first`. Nesting lists multiplies, which is exactly what
 * makes `partners { city { partners { city { partners … } } } }` expensive. Introspection is free.
 */
export const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection (GraphiQL's docs panel) reads the schema, not the graph; the depth limit still bounds it.
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const page = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : null;
  if (page !== null) return 1 + page * childComplexity;
  if (getNamedType(field.type).name.endsWith('Connection')) return 1 + DEFAULT_CONNECTION_SIZE * childComplexity;
  if (!isListType(getNullableType(field.type)) || type.name.endsWith('Connection')) return 1 + childComplexity;
  const size = typeof args.limit === 'number' ? args.limit : ASSUMED_LIST_SIZE;
  return 1 + size * childComplexity;
};

/** Refuses, with HTTP 400 and a message naming the limit, any operation whose estimated cost exceeds maxCost. */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables,
              operationName: request.operationName,
              estimators: [listAwareEstimator],
            });
          } catch (error) {
            // Variables that do not fit their types (an unknown enum value, a missing field): nothing can run, and
            // Apollo answers 400 BAD_USER_INPUT when it coerces them. Thrown from here, the error would be a 500.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost limit of ${maxCost} exceeded: this operation is estimated at ${cost}. ` +
                'Nest fewer lists, or ask for smaller pages.',
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
