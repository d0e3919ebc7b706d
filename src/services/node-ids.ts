// Ids are unique across node types: they are the Relay global ids (`node(id:)`) and what paths, neighbourhoods and
// exports key nodes by. Nation codes (upper case) and slugs (lower case) cannot collide; a city, an organization and
// an official could share a slug, so every write of a node checks that no node of another label has its id.
import type { Label } from '../model/graph';
import type { Repositories } from '../store/repositories';

export interface IdClash {
  label: Label;
  id: string;
  /** The label of the node (stored, or earlier in the same write) that already has the id. */
  takenBy: Label;
}

/** The nodes to write whose id another label already holds, in the graph or among the nodes to write. */
export async function idClashes(repos: Repositories, nodes: readonly { label: Label; id: string }[]): Promise<IdClash[]> {
  const owner = new Map<string, Label>();
  for (const ref of await repos.graph.findNodes([...new Set(nodes.map((n) => n.id))])) owner.set(ref.id, ref.label);
  const clashes: IdClash[] = [];
  for (const node of nodes) {
    const takenBy = owner.get(node.id);
    if (takenBy === undefined) owner.set(node.id, node.label);
    else if (takenBy !== node.label) clashes.push({ ...node, takenBy });
  }
  return clashes;
}

export const clashMessage = (c: IdClash) =>
  `id "${c.id}" is already the id of ${c.takenBy === 'Organization' ? 'an' : 'a'} ${c.takenBy}: ids are unique across cities, nations, organizations and officials (they are global ids)`;
