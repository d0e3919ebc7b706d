// `npm run schema`: writes schema.graphql from the TypeGraphQL classes (a test fails when it is stale).
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaSdl } from '../src/graphql/schema';
import { defaultCypherDir } from '../src/store/registry';

printSchemaSdl().then((sdl) => {
  const file = path.join(path.dirname(defaultCypherDir()), 'schema.graphql');
  fs.writeFileSync(file, sdl);
  process.stdout.write(`wrote ${file}\n`);
});
