// Today's list arguments (`cities(nation:, kind:, tier:, partnerOf:, nameContains:)`, …), deprecated but kept, as the
// `where` they mean. A request with only these runs the catalogue's own statements (cypher/*/list-*.cypher) exactly as
// before; once it also uses `where`, `sort`, `last` or `before`, they are translated and ANDed with its `where`.
import type { CitiesArgs, NameFilterArgs, NationsArgs, OrganizationsArgs } from './args';

type Where = Record<string, unknown>;

/** Whether a list request uses the query language (otherwise the legacy statements serve it unchanged). */
export const usesQueryLanguage = (args: { where?: unknown; sort?: unknown; last?: unknown; before?: unknown }): boolean =>
  [args.where, args.sort, args.last, args.before].some((v) => v !== undefined && v !== null);

function and(where: unknown, legacy: Where[]): Where | null {
  const parts = [...(where ? [where as Where] : []), ...legacy];
  return parts.length === 0 ? null : parts.length === 1 ? parts[0] : { AND: parts };
}

export function cityWhere(args: CitiesArgs): Where | null {
  const legacy: Where[] = [];
  if (args.nation) legacy.push({ nation: { some: { code: { eq: args.nation } } } });
  if (args.continent) legacy.push({ nation: { some: { continent: { eq: args.continent } } } });
  if (args.kind) legacy.push({ kind: { eq: args.kind } });
  if (args.tier || args.partnerOf) {
    const pair: Where = {};
    if (args.tier) pair.edge = { tier: { eq: args.tier } };
    if (args.partnerOf) pair.node = { id: { eq: args.partnerOf } };
    legacy.push({ partnersConnection: { some: pair } });
  }
  if (args.nameContains) legacy.push({ name: { containsInsensitive: args.nameContains } });
  return and(args.where, legacy);
}

export function organizationWhere(args: OrganizationsArgs): Where | null {
  const legacy: Where[] = [];
  if (args.category) legacy.push({ category: { eq: args.category } });
  if (args.memberCity) legacy.push({ members: { some: { id: { eq: args.memberCity } } } });
  if (args.nameContains) legacy.push({ OR: [{ name: { containsInsensitive: args.nameContains } }, { acronym: { containsInsensitive: args.nameContains } }] });
  return and(args.where, legacy);
}

export function nameWhere(args: NameFilterArgs & { where?: unknown }): Where | null {
  return and(args.where, args.nameContains ? [{ name: { containsInsensitive: args.nameContains } }] : []);
}

export function nationWhere(args: NationsArgs): Where | null {
  const legacy: Where[] = [];
  if (args.continent) legacy.push({ continent: { eq: args.continent } });
  if (args.nameContains) legacy.push({ name: { containsInsensitive: args.nameContains } });
  return and(args.where, legacy);
}
