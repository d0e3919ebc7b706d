// Apollo Client's `possibleTypes`: for each interface and union of the schema, the object types that implement or
// belong to it, so the cache can match fragments such as `... on City` inside a `GraphNode` list. Served at
// GET /possible-types.json and committed as possibleTypes.json (scripts/print-possible-types.ts; a test checks it).
import { isAbstractType, type GraphQLSchema } from 'graphql';

export type PossibleTypes = Record<string, string[]>;

/** Abstract type name → its possible object type names, both sorted, introspection types left out. */
export function possibleTypesOf(schema: GraphQLSchema): PossibleTypes {
  const result: PossibleTypes = {};
  const abstractTypes = Object.values(schema.getTypeMap())
    .filter(isAbstractType)
    .filter((type) => !type.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const type of abstractTypes) {
    result[type.name] = schema
      .getPossibleTypes(type)
      .map((t) => t.name)
      .sort();
  }
  return result;
}

/** The file's text: sorted, two-space indented, with a final newline. */
export function possibleTypesJson(schema: GraphQLSchema): string {
  return `${JSON.stringify(possibleTypesOf(schema), null, 2)}\n`;
}
