// The HTTP server under the express app, its requests and responses born with the app's prototypes.
import http from 'node:http';
import type { Express } from 'express';

/**
 * express gives each request and response its app's prototypes as they come in (`Object.setPrototypeOf` in
 * `app.handle`). That change of prototype, once per object, made V8 (Node 20 and 22; not Node 24) keep what every
 * request allocated through its young-generation collections: on `{ __typename }` requests 1.2–1.5 MB survived each
 * scavenge and the pauses were 2–5 ms; with bare `node:http`, 12–24 KB and 0.5 ms (docs/performance.md, round
 * `born`). Here the server makes its requests and responses from subclasses whose prototypes the app then uses as its
 * own, so express's call finds the prototype it sets already in place (V8 then changes nothing), and every
 * middleware still sees express's API.
 */
export function createHttpServer(app: Express): http.Server {
  class Request extends http.IncomingMessage {}
  class Response extends http.ServerResponse {}
  Object.setPrototypeOf(Request.prototype, app.request);
  Object.setPrototypeOf(Response.prototype, app.response);
  app.request = Request.prototype as Express['request'];
  app.response = Response.prototype as unknown as Express['response'];
  return http.createServer({ IncomingMessage: Request, ServerResponse: Response }, app);
}
