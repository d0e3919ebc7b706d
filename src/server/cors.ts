// Cross-origin access for the public read API (/graphql, /export, /possible-types.json), with the `cors` package.
//
// Credentials are never allowed (no Access-Control-Allow-Credentials): the API sets no cookies and writes need an
// `Authorization: Bearer` header, which a page sends only when its own script holds the token and sets the header.
// That header, like `Content-Type: application/json`, makes the browser ask first (a preflight), which is answered
// here for the configured origins.
import cors from 'cors';
import type { RequestHandler } from 'express';
import type { CorsOrigins } from '../config';

/** Request headers a page may send: what Apollo Client, urql, graphql-request and fetch() send by default, plus auth. */
export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept',
  // Apollo Client sends these when asked to (its CSRF headers, client awareness).
  'Apollo-Require-Preflight',
  'X-Apollo-Operation-Name',
  'Apollographql-Client-Name',
  'Apollographql-Client-Version',
];

/** Response headers a page's script may read besides the CORS-safelisted ones (exports name their file and version). */
export const CORS_EXPOSED_HEADERS = ['Content-Disposition', 'X-Graph-Version'];

/** How long a browser may cache a preflight answer (Chromium caps this at 2 hours). */
export const CORS_MAX_AGE_SECONDS = 600;

/** The CORS middleware for `origins`; for none (same origin only) a pass-through that adds no header. */
export function corsMiddleware(origins: CorsOrigins): RequestHandler {
  if (origins !== '*' && origins.length === 0) return (_req, _res, next) => next();
  return cors({
    // '*' answers `Access-Control-Allow-Origin: *`; a list answers the request's Origin when listed (and `Vary: Origin`).
    origin: origins === '*' ? '*' : [...origins],
    credentials: false,
    methods: ['GET', 'POST'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: CORS_MAX_AGE_SECONDS,
  });
}
