// The same API through Apollo Client. Its normalized cache must be told which types implement the GraphNode and Node
// interfaces (`possibleTypes`), or fragments on those interfaces silently match nothing read from the cache: the API
// publishes the list as possibleTypes.json (and GET /possible-types.json).
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import possibleTypes from '../../../possibleTypes.json';

export function createApolloClient(url: string, options: { withPossibleTypes?: boolean } = {}) {
  return new ApolloClient({
    link: new HttpLink({ uri: url, fetch }),
    cache: new InMemoryCache(options.withPossibleTypes === false ? {} : { possibleTypes }),
  });
}

/** A path's nodes through a named fragment on the GraphNode interface, with type-specific fields inside it. */
export const PATH_WITH_FRAGMENT = gql`
  fragment NodeSummary on GraphNode {
    id
    name
    ... on City {
      kind
    }
    ... on Organization {
      acronym
    }
  }
  query PathWithFragment($from: ID!, $to: ID!) {
    shortestPath(from: $from, to: $to) {
      length
      nodes {
        ...NodeSummary
      }
    }
  }
`;
