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

/** A root field naming a node, with the relationship lists hanging off it: what a document fixes, before variables. */
export interface Anchor {
  root: FieldNode;
  field: Parameters<typeof getArgumentValues>[0];
  label: Label;
  argument: string;
  lists: { node: FieldNode; type: RelType; side: Side }[];
}

/**
 * The root fields of the document's queries that name a node (ANCHORS), with the relationship lists directly under
 * them (or the root field itself, as `partnersSharingOrganizations(cityId:)`). Lists inside fragments and deeper
 * lists are left out: they are sized from the graph's statistics.
 */
export function anchorsOf(schema: GraphQLSchema, document: DocumentNode): Anchor[] {
  const anchors: Anchor[] = [];
  const query = schema.getQueryType();
  if (!query) return anchors;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'query') continue;
    for (const root of definition.selectionSet.selections) {
      if (root.kind !== Kind.FIELD) continue;
      const field = query.getFields()[root.name.value];
      const anchor = ANCHORS[`Query.${root.name.value}`];
      if (!field || !anchor) continue;
      const lists: Anchor['lists'] = [];
      const own = RELATIONSHIP_LISTS[`Query.${root.name.value}`];
      if (own) lists.push({ node: root, type: own[0], side: own[1] });
      const parent = getNamedType(field.type).name;
      for (const child of root.selectionSet?.selections ?? []) {
        const list = child.kind === Kind.FIELD ? RELATIONSHIP_LISTS[`${parent}.${child.name.value}`] : undefined;
        if (child.kind === Kind.FIELD && list) lists.push({ node: child, type: list[0], side: list[1] });
      }
      anchors.push({ root, field, label: anchor[0], argument: anchor[1], lists });
    }
  }
  return anchors;
}

/**
 * The relationship lists of the document's operations that hang directly off a node a root field names (or are
 * that root field), with that node's key read from the arguments; root fields whose key cannot be read are left out.
 * `anchors`: the document's, when already known.
 */
export function anchoredLists(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  anchors: readonly Anchor[] = anchorsOf(schema, document),
): Map<FieldNode, AnchoredList> {
  const found = new Map<FieldNode, AnchoredList>();
  for (const { root, field, label, argument, lists } of anchors) {
    const key = keyOf(field, root, variables, argument);
    if (key === null) continue;
    for (const { node, type, side } of lists) found.set(node, { label, key, type, side });
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
