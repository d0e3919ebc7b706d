// Writes possibleTypes.json (Apollo Client's `possibleTypes`) from the schema; a test fails when it is stale.
// Run: npm run build && node dist/scripts/print-possible-types.js
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { createSchema } from '../src/graphql/schema';
import { possibleTypesJson } from '../src/server/possible-types';
import { defaultCypherDir } from '../src/store/registry';

createSchema().then((schema) => {
  const file = path.join(path.dirname(defaultCypherDir()), 'possibleTypes.json');
  fs.writeFileSync(file, possibleTypesJson(schema));
  process.stdout.write(`wrote ${file}\n`);
});
