// Nations from a well-kept data package (countries-list): the officially assigned ISO 3166-1 alpha-2 codes and the
// continent of each. countries-list also lists the user-assigned XK (Kosovo, marked `userAssigned`) and the
// exceptionally reserved AC (Ascension) and TA (Tristan da Cunha), which are not assigned codes: left out.
import { countries } from 'countries-list';
import type { Continent } from './report';

/** The package and version continents and codes come from, as nodes record it in `continentSource`. */
export const COUNTRIES_SOURCE = 'countries-list-3.4.1';

const NOT_ASSIGNED = new Set(['AC', 'TA']);

export const ISO_3166_ALPHA2: ReadonlySet<string> = new Set(
  Object.entries(countries)
    .filter(([code, country]) => !(country as { userAssigned?: boolean }).userAssigned && !NOT_ASSIGNED.has(code))
    .map(([code]) => code),
);

/** countries-list's continent codes, spelt out as the model's CONTINENTS. */
const CONTINENT_OF_CODE: Readonly<Record<string, Continent>> = {
  AF: 'AFRICA',
  AN: 'ANTARCTICA',
  AS: 'ASIA',
  EU: 'EUROPE',
  NA: 'NORTH_AMERICA',
  OC: 'OCEANIA',
  SA: 'SOUTH_AMERICA',
};

/** The continent countries-list gives a nation, or null for a code it does not know. */
export function continentOf(code: string): Continent | null {
  if (!ISO_3166_ALPHA2.has(code)) return null;
  return CONTINENT_OF_CODE[(countries as Record<string, { continent: string }>)[code].continent] ?? null;
}
