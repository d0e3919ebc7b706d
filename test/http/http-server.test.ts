// The HTTP server under the express app (src/server/http-server.ts): its requests and responses come in with the
// app's prototypes already, so express changes no object's prototype, and express's API works as on any server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createHttpServer } from '../../src/server/http-server';

let server: http.Server;
let url: string;
const born: boolean[] = [];

beforeAll(async () => {
  const app = express();
  app.use(express.json());
  app.post('/echo/:name', (req, res) => {
    res.locals.seen = req.body;
    res.status(201).set('X-Name', req.params.name).json({ path: req.path, query: req.query, body: res.locals.seen, app: req.app === app });
  });
  server = createHttpServer(app);
  // Runs before express's own listener: the prototypes each request and response had on arrival.
  server.prependListener('request', (req, res) => {
    born.push(Object.getPrototypeOf(req) === app.request && Object.getPrototypeOf(res) === app.response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("requests and responses arrive with the app's prototypes, and express's API works on them", async () => {
  born.length = 0;
  for (const name of ['a', 'b', 'c']) {
    const response = await fetch(`${url}/echo/${name}?x=1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ n: name }) });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-name')).toBe(name);
    expect(await response.json()).toEqual({ path: `/echo/${name}`, query: { x: '1' }, body: { n: name }, app: true });
  }
  expect(born).toEqual([true, true, true]);
});

test("an unmatched request still gets express's own 404", async () => {
  const response = await fetch(`${url}/nowhere`);
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('Cannot GET /nowhere');
});

test('the objects are still node:http requests and responses', async () => {
  const kinds: boolean[] = [];
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => kinds.push(req instanceof http.IncomingMessage && res instanceof http.ServerResponse);
  server.prependListener('request', listener);
  try {
    await fetch(`${url}/nowhere`);
  } finally {
    server.off('request', listener);
  }
  expect(kinds).toEqual([true]);
});
