// Internal errors are masked for clients and logged; expected errors keep their code and message.
import pino from 'pino';
import { Writable } from 'node:stream';
import { createHarness } from '../support/graphql';

test('a store failure reaches the client as a masked INTERNAL_SERVER_ERROR and is logged in full', async () => {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(chunk.toString()), done()) });
  const api = await createHarness({ logger: pino({ level: 'error' }, sink) });
  await api.store.close(); // a real engine failure: every query now throws inside the adapter
  const { data, errors } = await api.execute(`{ city(id: "seoul") { name } }`);
  expect(data).toEqual({ city: null });
  expect(errors).toHaveLength(1);
  expect(errors![0].message).toBe('Internal server error');
  expect(errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  expect(JSON.stringify(errors)).not.toMatch(/closed|stack|embedded/i);
  expect(lines.join('')).toMatch(/graph store is closed/);
  await api.close();
});
