// Fetches the flagship traversal and a neighbourhood subgraph over GraphQL with plain `fetch` (Node 20+).
//
//   npm run build && node dist/examples/fetch-subgraph.js [http://localhost:4000] [cityId]
//
// Copy the two functions into any script: they need nothing but fetch.

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs one operation to /graphql; returns data and errors as the server sent them. */
export async function graphql<T>(server: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${server.replace(/\/$/, '')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (!response.ok && !response.headers.get('content-type')?.includes('json')) {
    throw new Error(`${response.status} ${response.statusText} from ${server}/graphql`);
  }
  return (await response.json()) as GraphQLResponse<T>;
}

export interface PartnerSharing {
  sharedCount: number;
  partner: { id: string; name: string; nation: { name: string } | null };
  organizations: { id: string; name: string; acronym: string | null }[];
}

/** Which partner cities of a city sit with it in the same international organizations. */
export function partnersSharingOrganizations(server: string, cityId: string) {
  return graphql<{ partnersSharingOrganizations: PartnerSharing[] }>(
    server,
    `query Partners($cityId: ID!) {
      partnersSharingOrganizations(cityId: $cityId) {
        sharedCount
        partner { id name nation { name } }
        organizations { id name acronym }
      }
    }`,
    { cityId },
  );
}

export interface Subgraph {
  nodes: { id: string }[];
  relationships: { type: string; source: string; target: string }[];
  truncated: boolean;
}

/** The nodes and relationships within `depth` hops of a node: the shape a visualisation needs. */
export function neighborhood(server: string, id: string, depth = 1, via?: string[], limit?: number) {
  return graphql<{ neighborhood: Subgraph }>(
    server,
    `query Neighborhood($id: ID!, $depth: Int, $via: [RelationshipType!], $limit: Int) {
      neighborhood(id: $id, depth: $depth, via: $via, limit: $limit) {
        nodes { id }
        relationships { type source target }
        truncated
      }
    }`,
    { id, depth, via, limit },
  );
}

function report(errors: GraphQLResponse<unknown>['errors']): void {
  for (const e of errors ?? []) console.error(`  error ${e.extensions?.code ?? ''}: ${e.message}`);
}

async function main(): Promise<void> {
  const server = process.argv[2] ?? 'http://localhost:4000';
  const cityId = process.argv[3] ?? 'seoul';

  const partners = await partnersSharingOrganizations(server, cityId);
  report(partners.errors);
  console.log(`Partners of ${cityId} sharing organizations with it:`);
  for (const row of partners.data?.partnersSharingOrganizations ?? []) {
    const orgs = row.organizations.map((o) => o.acronym ?? o.name).join(', ');
    console.log(`  ${row.partner.name} (${row.partner.nation?.name ?? '?'}): ${row.sharedCount} — ${orgs}`);
  }

  const sub = await neighborhood(server, cityId, 1, ['SISTER_OF', 'MEMBER_OF'], 200);
  report(sub.errors);
  if (sub.data?.neighborhood) {
    const { nodes, relationships, truncated } = sub.data.neighborhood;
    console.log(`Neighbourhood of ${cityId} (depth 1, partnerships and memberships): ${nodes.length} nodes, ${relationships.length} relationships${truncated ? ' (truncated)' : ''}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
