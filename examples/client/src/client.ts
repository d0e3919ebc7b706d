// A typed client of the city-diplomacy API: urql with its defaults (queries go as GET when the URL is short
// enough) and the typed documents GraphQL Code Generator writes from the committed schema.
import { Client, fetchExchange } from '@urql/core';
import {
  CitiesDocument,
  PartnersSharingOrganizationsDocument,
  ShortestPathDocument,
  type CitiesQuery,
  type PartnersSharingOrganizationsQuery,
  type RelationshipType,
  type ShortestPathQuery,
} from './generated/graphql';

/** A GraphQL error from the API, with its stable code (BAD_USER_INPUT, NOT_FOUND, …). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function createDiplomacyClient(url: string) {
  const client = new Client({ url, exchanges: [fetchExchange] });

  async function run<T>(result: Promise<{ data?: T; error?: { graphQLErrors: { message: string; extensions?: Record<string, unknown> }[]; message: string } }>): Promise<T> {
    const { data, error } = await result;
    if (error) {
      const first = error.graphQLErrors[0];
      throw new ApiError(first?.message ?? error.message, first?.extensions?.code as string | undefined);
    }
    return data!;
  }

  return {
    /** The partners of a city that share its organizations, most shared first. */
    partnersSharingOrganizations: async (cityId: string, minShared = 1): Promise<PartnersSharingOrganizationsQuery['partnersSharingOrganizations']> =>
      (await run(client.query(PartnersSharingOrganizationsDocument, { cityId, minShared }).toPromise())).partnersSharingOrganizations,

    /** A shortest path between two nodes of any type (null when none within the API's default of 6 hops). */
    shortestPath: async (from: string, to: string, via?: RelationshipType[]): Promise<ShortestPathQuery['shortestPath']> =>
      (await run(client.query(ShortestPathDocument, { from, to, via }).toPromise())).shortestPath,

    /** Every city (optionally of one nation), page by page through the cursors. */
    async allCities(nation?: string, pageSize = 25): Promise<{ id: string; name: string }[]> {
      const cities: { id: string; name: string }[] = [];
      let after: string | null | undefined;
      for (;;) {
        const page: CitiesQuery['cities'] = (await run(client.query(CitiesDocument, { first: pageSize, after, nation }).toPromise())).cities;
        cities.push(...page.edges.map((e) => e.node));
        if (!page.pageInfo.hasNextPage) return cities;
        after = page.pageInfo.endCursor;
      }
    },
  };
}
