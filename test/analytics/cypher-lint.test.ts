// The network-analysis Cypher files pass Neo4j's own front end (lintCypherQuery), with sample parameters.
import fs from 'node:fs';
import path from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { defaultCypherDir } from '../../src/store/registry';
import { ANALYTICS_SAMPLE_PARAMS } from './sample-params';

test.each(Object.entries(ANALYTICS_SAMPLE_PARAMS))('%s lints clean', (name, params) => {
  const text = fs.readFileSync(path.join(defaultCypherDir(), `${name}.cypher`), 'utf8');
  const { diagnostics } = lintCypherQuery(text, { parameters: params });
  expect(diagnostics.map((d) => `${d.message} (line ${d.range.start.line + 1})`)).toEqual([]);
});

test('every analytics Cypher file has sample parameters', () => {
  const files = fs.readdirSync(path.join(defaultCypherDir(), 'analytics')).map((f) => `analytics/${f.replace(/\.cypher$/, '')}`);
  expect(files.sort()).toEqual(Object.keys(ANALYTICS_SAMPLE_PARAMS).sort());
});
