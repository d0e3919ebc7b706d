// The Neo4j that `npm run neo4j` / `npm run test:neo4j` start (neo4j/pom.xml) is the one docker compose runs.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');

test('neo4j/pom.xml and docker-compose.yml pin the same Neo4j version', () => {
  const pom = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(fs.readFileSync(path.join(ROOT, 'neo4j/pom.xml'), 'utf8'));
  const image = /^\s*image:\s*neo4j:(\S+?)(?:-community)?\s*$/m.exec(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'));
  expect(pom?.[1]).toMatch(/^5\.26\.\d+$/);
  expect(image?.[1]).toBe(pom?.[1]);
});
