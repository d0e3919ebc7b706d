// The validation rules of written data, as class-validator decorators shared by the mutation inputs and the
// bulk import (GraphQL and CLI). Each message names the field and shows the offending value.
import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { ISO_3166_ALPHA2 } from './iso-3166';

export const LIMITS = {
  id: 100,
  name: 200,
  title: 200,
  source: 500,
  acronym: 30,
  memberSummary: 1000,
  purpose: 2000,
  topic: 300,
  topics: 20,
  /** The earliest year a partnership or membership may have started. */
  firstYear: 1800,
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function isSlug(value: unknown): boolean {
  return typeof value === 'string' && value.length <= LIMITS.id && SLUG.test(value);
}

export function isNationCode(value: unknown): boolean {
  return typeof value === 'string' && ISO_3166_ALPHA2.has(value);
}

/** A lowercase slug: the id of a city, organization or official. */
export function IsSlug(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSlug',
      validator: {
        validate: isSlug,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be a lowercase slug of at most ${LIMITS.id} characters (a-z, 0-9 and single hyphens, ` +
          `e.g. "ho-chi-minh"), got ${shown(args?.value)}`,
      },
    },
    options,
  );
}

export function IsNationCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNationCode',
      validator: {
        validate: isNationCode,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be an ISO 3166-1 alpha-2 code in capitals, e.g. "FR", got ${shown(args?.value)}`,
      },
    },
    options,
  );
}

/** A string of `min` to `max` characters (after the trimming every mutation applies). */
export function IsText(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isText',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.length >= min && value.length <= max,
        defaultMessage: (args?: ValidationArguments) => {
          const each = options?.each ? 'each item of ' : '';
          if (typeof args?.value !== 'string' && !options?.each) return `${args?.property} must be a string of ${min} to ${max} characters`;
          return `${each}${args?.property} must be ${min} to ${max} characters long (after trimming), got ${shown(args?.value)}`;
        },
      },
    },
    options,
  );
}

/** A whole year from LIMITS.firstYear to the current year. */
export function IsPastYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPastYear',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isInteger(value) && value >= LIMITS.firstYear && value <= new Date().getUTCFullYear(),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be a year from ${LIMITS.firstYear} to ${new Date().getUTCFullYear()}, got ${shown(args?.value)}`,
      },
    },
    options,
  );
}

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
  const todayKey = today.toISOString().slice(0, day === undefined ? 7 : 10);
  return value <= todayKey;
}

export function IsPastDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPastDate',
      validator: {
        validate: (value: unknown) => isPastDate(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be a real date "YYYY-MM-DD" (or "YYYY-MM" when only the month is known), ` +
          `not in the future, got ${shown(args?.value)}`,
      },
    },
    options,
  );
}

/** The property must not equal another property of the same object (a city partnered with itself). */
export function IsDifferentFrom(other: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDifferentFrom',
      constraints: [other],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => value !== (args?.object as Record<string, unknown>)[other],
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must differ from ${other}: both are ${shown(args?.value)}`,
      },
    },
    options,
  );
}

/** The target of an office: a nation code when `typeProperty` names a nation, otherwise a slug. */
export function IsOfficeTarget(typeProperty: string, options?: ValidationOptions): PropertyDecorator {
  const isNation = (args?: ValidationArguments) =>
    /^nation$/i.test(String((args?.object as Record<string, unknown>)[typeProperty]));
  return ValidateBy(
    {
      name: 'isOfficeTarget',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => (isNation(args) ? isNationCode(value) : isSlug(value)),
        defaultMessage: (args?: ValidationArguments) =>
          isNation(args)
            ? `${args?.property} must be the ISO 3166-1 alpha-2 code of the nation, e.g. "FR", got ${shown(args?.value)}`
            : `${args?.property} must be the id (a lowercase slug) of the city or organization, got ${shown(args?.value)}`,
      },
    },
    options,
  );
}
