// How the query cost sizes a relationship list: the schema's relationship lists, and those hanging off a node the
// operation names. `city(id: "x") { partners { … } }` lists x's partners, so its cost is
// x's own degree, read for this request (one lookup by key), not the largest degree in the graph: at world scale one
// hub city with 1,425 partners would otherwise price every city's partners as the hub's, and refuse the flagship
// query for all of them.
import { getArgumentValues } from 'graphql/execution/values';
import { Kind, getNamedType, type DocumentNode, type FieldNode, type GraphQLSchema } from 'graphql';
import type { Label, RelType } from '../model/graph';
import type { DegreeStatistics, Side } from '../services/degree-stats';

/** The relationship lists of the schema: which relationships of their parent they list. */
export const RELATIONSHIP_LISTS: Readonly<Record<string, readonly [RelType, Side]>> = {
  'City.partners': ['SISTER_OF', 'both'],
  'City.memberships': ['MEMBER_OF', 'out'],
  'City.hostedOrganizations': ['HOSTS', 'out'],
  'City.officials': ['HOLDS_OFFICE', 'in'],
  'Nation.cities': ['LOCATED_IN', 'in'],
  'Nation.officials': ['HOLDS_OFFICE', 'in'],
  'Organization.members': ['MEMBER_OF', 'in'],
  'Organization.hostedBy': ['HOSTS', 'in'],
  'Organization.officials': ['HOLDS_OFFICE', 'in'],
  'Official.meetings': ['MET_WITH', 'both'],
  'Official.offices': ['HOLDS_OFFICE', 'out'],
  'Query.partnersSharingOrganizations': ['SISTER_OF', 'both'],
  'Query.commonPartners': ['SISTER_OF', 'both'],
  'Query.sharedOrganizations': ['MEMBER_OF', 'out'],
};

/** The root fields that name one node, by the label and the argument that holds its key. */
export const ANCHORS: Readonly<Record<string, readonly [Label, string]>> = {
  'Query.city': ['City', 'id'],
  'Query.nation': ['Nation', 'code'],
  'Query.organization': ['Organization', 'id'],
  'Query.official': ['Official', 'id'],
  'Query.partnersSharingOrganizations': ['City', 'cityId'],
};

interface AnchoredList {
  label: Label;
  key: string;
  type: RelType;
  side: Side;
}

/**
 * The relationship lists of the document's operations that hang directly off a node a root field names (or are
 * that root field, as `partnersSharingOrganizations(cityId:)`), with that node. Lists inside fragments, deeper
 * lists and root fields whose key cannot be read are left out: they are sized from the graph's statistics.
 */
export function anchoredLists(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): Map<FieldNode, AnchoredList> {
  const found = new Map<FieldNode, AnchoredList>();
  const query = schema.getQueryType();
  if (!query) return found;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'query') continue;
    for (const root of definition.selectionSet.selections) {
      if (root.kind !== Kind.FIELD) continue;
      const field = query.getFields()[root.name.value];
      const anchor = ANCHORS[`Query.${root.name.value}`];
      if (!field || !anchor) continue;
      const key = keyOf(field, root, variables, anchor[1]);
      if (key === null) continue;
      const add = (node: FieldNode, list: readonly [RelType, Side]) => found.set(node, { label: anchor[0], key, type: list[0], side: list[1] });
      const own = RELATIONSHIP_LISTS[`Query.${root.name.value}`];
      if (own) add(root, own);
      const parent = getNamedType(field.type).name;
      for (const child of root.selectionSet?.selections ?? []) {
        const list = child.kind === Kind.FIELD ? RELATIONSHIP_LISTS[`${parent}.${child.name.value}`] : undefined;
        if (child.kind === Kind.FIELD && list) add(child, list);
      }
    }
  }
  return found;
}

function keyOf(field: Parameters<typeof getArgumentValues>[0], node: FieldNode, variables: Record<string, unknown>, argument: string): string | null {
  try {
    const value = getArgumentValues(field, node, variables)[argument];
    return typeof value === 'string' ? value : null;
  } catch {
    return null; // Arguments that do not fit their types: the operation fails its own validation, with its own error.
  }
}

/** The degree of each anchored list's node, read now (the same node, type and side read once). */
export async function anchoredSizes(lists: Map<FieldNode, AnchoredList>, statistics: DegreeStatistics): Promise<Map<FieldNode, number>> {
  const reads = new Map<string, Promise<number>>();
  const sizes = new Map<FieldNode, number>();
  for (const [node, { label, key, type, side }] of lists) {
    const id = JSON.stringify([label, key, type, side]);
    if (!reads.has(id)) reads.set(id, statistics.degreeOf(label, key, type, side));
    sizes.set(node, await reads.get(id)!);
  }
  return sizes;
}
