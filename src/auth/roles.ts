// Who may write: the roles a credential can carry and what each allows.

/** `editor` records facts (upserts, links, removals of relationships); `admin` also deletes nodes and imports. */
export type Role = 'editor' | 'admin';

export const ROLES: readonly Role[] = ['editor', 'admin'];

const RANK: Record<Role, number> = { editor: 1, admin: 2 };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether a principal holding `held` may do what needs `needed` (admin includes editor). */
export function roleAllows(held: Role | null, needed: Role): boolean {
  return held !== null && RANK[held] >= RANK[needed];
}

/** The highest role in a list of claimed roles, or null when none is known. */
export function highestRole(values: unknown[]): Role | null {
  const known = values.filter(isRole);
  if (known.length === 0) return null;
  return known.reduce((best, role) => (RANK[role] > RANK[best] ? role : best));
}
