// The rules of written data, applied to a record of any input kind (src/model/inputs.ts): the same checks and the
// same messages for a mutation, a record of an import and the import CLI. Each message names the field and shows
// the offending value. Strings are trimmed first.
import { badInput } from './errors';
import { LIMITS, type Rule } from './graph';
import { INPUTS, type FieldSpec, type InputKind } from './inputs';
import { ISO_3166_ALPHA2 } from './countries';

export interface FieldProblem {
  field: string;
  messages: string[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export const isSlug = (value: unknown): boolean => typeof value === 'string' && value.length <= LIMITS.id && SLUG.test(value);

export const isNationCode = (value: unknown): boolean => typeof value === 'string' && ISO_3166_ALPHA2.has(value);

/**
 * A calendar date "YYYY-MM-DD", or "YYYY-MM" where only the month is known, that exists (no 30 February) and is
 * not in the future (UTC).
 */
export function isPastDate(value: unknown, today: Date = new Date()): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3])];
  if (year < LIMITS.firstYear || month < 1 || month > 12) return false;
  if (day !== undefined) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  }
  return value <= today.toISOString().slice(0, day === undefined ? 7 : 10);
}

const isText = (value: unknown, max: number) => typeof value === 'string' && value.length >= 1 && value.length <= max;

/** The messages of one value against one rule (empty when it passes). */
function check(field: string, rule: Rule, value: unknown): string[] {
  switch (rule.kind) {
    case 'slug':
      return isSlug(value)
        ? []
        : [`${field} must be a lowercase slug of at most ${LIMITS.id} characters (a-z, 0-9 and single hyphens, e.g. "ho-chi-minh"), got ${shown(value)}`];
    case 'nationCode':
      return isNationCode(value) ? [] : [`${field} must be an ISO 3166-1 alpha-2 code in capitals, e.g. "FR", got ${shown(value)}`];
    case 'text':
      if (isText(value, rule.max)) return [];
      if (typeof value !== 'string') return [`${field} must be a string of 1 to ${rule.max} characters`];
      return [`${field} must be 1 to ${rule.max} characters long (after trimming), got ${shown(value)}`];
    case 'enum':
      return Object.hasOwn(rule.values, String(value)) && typeof value === 'string' ? [] : [`${field} must be one of ${Object.keys(rule.values).join(', ')}`];
    case 'year': {
      const thisYear = new Date().getUTCFullYear();
      const ok = typeof value === 'number' && Number.isInteger(value) && value >= LIMITS.firstYear && value <= thisYear;
      return ok ? [] : [`${field} must be a year from ${LIMITS.firstYear} to ${thisYear}, got ${shown(value)}`];
    }
    case 'int': {
      const ok = typeof value === 'number' && Number.isInteger(value) && value >= rule.min && value <= rule.max;
      return ok ? [] : [`${field} must be a whole number from ${rule.min} to ${rule.max}, got ${shown(value)}`];
    }
    case 'number': {
      const ok = typeof value === 'number' && Number.isFinite(value) && value >= rule.min && value <= rule.max;
      return ok ? [] : [`${field} must be a number from ${rule.min} to ${rule.max}, got ${shown(value)}`];
    }
    case 'date':
      return isPastDate(value)
        ? []
        : [`${field} must be a real date "YYYY-MM-DD" (or "YYYY-MM" when only the month is known), not in the future, got ${shown(value)}`];
    case 'textList': {
      if (!Array.isArray(value)) return [`${field} must be a list of strings`];
      const messages = value.length > rule.maxItems ? [`${field} must hold at most ${rule.maxItems} items`] : [];
      const bad = value.find((item) => !isText(item, rule.max));
      if (bad !== undefined) messages.push(`each item of ${field} must be 1 to ${rule.max} characters long (after trimming), got ${shown(bad)}`);
      return messages;
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${field} must be a boolean value`];
  }
}

/** The target of an office: a nation code when the record's target is a nation, otherwise a slug. */
function checkTarget(spec: FieldSpec & { references: { labelField: string } }, record: Record<string, unknown>): string[] {
  const value = record[spec.name];
  if (/^nation$/i.test(String(record[spec.references.labelField]))) {
    return isNationCode(value) ? [] : [`${spec.name} must be the ISO 3166-1 alpha-2 code of the nation, e.g. "FR", got ${shown(value)}`];
  }
  return isSlug(value) ? [] : [`${spec.name} must be the id (a lowercase slug) of the city or organization, got ${shown(value)}`];
}

function checkField(spec: FieldSpec, record: Record<string, unknown>): string[] {
  const value = record[spec.name];
  if (!spec.required && (value === null || value === undefined)) return [];
  const messages =
    typeof spec.references === 'object' ? checkTarget(spec as FieldSpec & { references: { labelField: string } }, record) : check(spec.name, spec.rule, value);
  if (spec.differentFrom && value === record[spec.differentFrom.field]) messages.push(spec.differentFrom.message);
  return messages;
}

/** Deep copy as plain data with every string trimmed and undefined entries dropped. */
export function trimStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimStrings);
  if (value !== null && typeof value === 'object') {
    // A loop, not entries/filter/map: an import trims 100,000 records.
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) copy[k] = trimStrings(v);
    return copy;
  }
  return value;
}

const KNOWN_FIELDS = new Map<InputKind, Set<string>>();
const knownFields = (kind: InputKind): Set<string> => {
  let known = KNOWN_FIELDS.get(kind);
  if (!known) KNOWN_FIELDS.set(kind, (known = new Set(INPUTS[kind].map((f) => f.name))));
  return known;
};

/**
 * A record of `kind` as it will be written: trimmed, defaults applied, optional fields left out set to null, and
 * its problems (fields not in the model included, when `strict`).
 */
export function normalize(kind: InputKind, raw: Record<string, unknown>, options: { strict?: boolean } = {}): { record: Record<string, unknown>; problems: FieldProblem[] } {
  const record = trimStrings(raw) as Record<string, unknown>;
  const fields = INPUTS[kind];
  for (const f of fields) if (record[f.name] === undefined || record[f.name] === null) record[f.name] = f.defaultValue ?? (f.required ? record[f.name] : null);
  const problems: FieldProblem[] = [];
  if (options.strict) {
    const known = knownFields(kind);
    for (const key of Object.keys(raw)) if (!known.has(key)) problems.push({ field: key, messages: [`unknown field "${key}"`] });
  }
  for (const f of fields) {
    const messages = checkField(f, record);
    if (messages.length) problems.push({ field: f.name, messages });
  }
  return { record, problems };
}

/** A valid, normalized record of `kind`, or BAD_USER_INPUT listing every problem (the mutations' check). */
export function validInput<T>(kind: InputKind, raw: object): T {
  const { record, problems } = normalize(kind, raw as Record<string, unknown>);
  if (problems.length) throw badInput(problems.flatMap((p) => p.messages).join('; '), problems[0].field);
  return record as T;
}
