/**
 * Self-hosted GraphiQL IDE.
 *
 * Serves a GraphiQL page at `GET <endpoint>` for browsers (requests that
 * prefer text/html and carry no `query` parameter) and every asset it needs
 * under `/graphiql/assets/...`, straight out of node_modules. Nothing is loaded
 * from a CDN, so the IDE works on machines without internet access.
 *
 * Stack: graphiql@3 (ships a prebuilt UMD bundle + CSS, fonts inlined as data:
 * URIs) on top of the react@18 / react-dom@18 UMD builds. No bundler at
 * runtime or build time.
 *
 * The page carries no inline script: its configuration lives in a
 * `<script type="application/json">` data block, read by the served
 * `boot.js`, so the Content-Security-Policy can restrict scripts to 'self'.
 *
 * Mount it before the GraphQL middleware:
 *
 *   app.use(graphiqlRouter({ endpoint: '/graphql', defaultQuery }));
 *   app.use('/graphql', cors(), express.json(), expressMiddleware(apollo));
 *
 * Every other request on the endpoint (POST, GET with `?query=`, non-HTML
 * Accept) falls through to `next()`, i.e. to Apollo.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

export interface GraphiqlOptions {
  /** Path of the GraphQL endpoint, e.g. `/graphql`. The page is served there and posts to it. */
  endpoint: string;
  /** Query preloaded into the editor (on a first visit: GraphiQL then remembers tabs in localStorage). */
  defaultQuery: string;
  /** `<title>` of the page. */
  title?: string;
}

/** URL prefix under which the page's static assets are served. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql/assets';

/**
 * Content-Security-Policy of the GraphiQL page. Scripts: same origin only (no
 * inline, no eval). Styles need 'unsafe-inline' (GraphiQL/CodeMirror set inline
 * styles). GraphiQL's CSS inlines its fonts as data: URIs. connect-src 'self'
 * lets the fetcher reach the endpoint (and nothing else).
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Resolves a file inside an installed package, whether or not the package's `exports` lists it. */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

function packageVersion(pkg: string): string {
  return (require(`${pkg}/package.json`) as { version: string }).version;
}

/**
 * Bootstrap script, served as /graphiql/assets/boot.js. Plain ES2017 for the
 * browser; relies on the UMD globals React, ReactDOM and GraphiQL.
 */
const BOOT_JS = `(function () {
  'use strict';
  var configElement = document.getElementById('graphiql-config');
  var config = JSON.parse(configElement.textContent || '{}');
  var url = new URL(config.endpoint, window.location.href).toString();
  var fetcher = GraphiQL.createFetcher({ url: url });
  var plugins = GraphiQL.React || {};
  var props = {
    fetcher: fetcher,
    defaultQuery: config.defaultQuery,
    // Open the documentation explorer by default.
    visiblePlugin: plugins.DOC_EXPLORER_PLUGIN || 'Documentation Explorer',
  };
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, props));
})();
`;

/** Page-level stylesheet (a served file rather than an inline <style>). */
const PAGE_CSS = `html, body { height: 100%; margin: 0; }
#graphiql { height: 100%; }
.graphiql-boot-message { font-family: system-ui, sans-serif; padding: 2rem; }
`;

interface Asset {
  contentType: string;
  /** Absolute path of a file to send, or in-memory content. */
  file?: string;
  content?: string;
  /** Cache-busting token expected in `?v=`. */
  version: string;
}

function shortHash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}

function buildAssets(): Map<string, Asset> {
  const js = 'application/javascript; charset=utf-8';
  const css = 'text/css; charset=utf-8';
  const map = 'application/json; charset=utf-8';
  const react = packageVersion('react');
  const reactDom = packageVersion('react-dom');
  const graphiql = packageVersion('graphiql');
  const assets = new Map<string, Asset>([
    ['react.production.min.js', { contentType: js, file: packageFile('react', 'umd/react.production.min.js'), version: react }],
    [
      'react-dom.production.min.js',
      { contentType: js, file: packageFile('react-dom', 'umd/react-dom.production.min.js'), version: reactDom },
    ],
    ['graphiql.min.js', { contentType: js, file: require.resolve('graphiql/graphiql.min.js'), version: graphiql }],
    ['graphiql.min.css', { contentType: css, file: require.resolve('graphiql/graphiql.min.css'), version: graphiql }],
    // Source maps: only fetched by browser devtools.
    ['graphiql.min.js.map', { contentType: map, file: require.resolve('graphiql/graphiql.min.js.map'), version: graphiql }],
    ['graphiql.min.css.map', { contentType: map, file: require.resolve('graphiql/graphiql.min.css.map'), version: graphiql }],
    ['boot.js', { contentType: js, content: BOOT_JS, version: shortHash(BOOT_JS) }],
    ['page.css', { contentType: css, content: PAGE_CSS, version: shortHash(PAGE_CSS) }],
  ]);
  return assets;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe to embed in a `<script type="application/json">` element. */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function renderPage(options: GraphiqlOptions, assets: Map<string, Asset>): string {
  const src = (name: string): string => {
    const asset = assets.get(name);
    if (!asset) throw new Error(`unknown GraphiQL asset ${name}`);
    return `${GRAPHIQL_ASSETS_PATH}/${name}?v=${encodeURIComponent(asset.version)}`;
  };
  const config = jsonForScriptElement({ endpoint: options.endpoint, defaultQuery: options.defaultQuery });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${src('graphiql.min.css')}">
<link rel="stylesheet" href="${src('page.css')}">
</head>
<body>
<div id="graphiql"><p class="graphiql-boot-message">Loading GraphiQL…</p></div>
<noscript>GraphiQL needs JavaScript. POST GraphQL requests as JSON to ${escapeHtml(options.endpoint)}.</noscript>
<script type="application/json" id="graphiql-config">${config}</script>
<script src="${src('react.production.min.js')}"></script>
<script src="${src('react-dom.production.min.js')}"></script>
<script src="${src('graphiql.min.js')}"></script>
<script src="${src('boot.js')}"></script>
</body>
</html>
`;
}

/** True for a browser navigation: prefers HTML over JSON. `*\/*` alone (curl) does not count. */
function wantsHtml(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

export function graphiqlRouter(options: GraphiqlOptions): express.Router {
  if (!options.endpoint.startsWith('/')) {
    throw new Error(`graphiqlRouter: endpoint must be an absolute path, got ${JSON.stringify(options.endpoint)}`);
  }
  const assets = buildAssets();
  const page = renderPage(options, assets);
  const router = express.Router();

  router.get(options.endpoint, (req: Request, res: Response, next: NextFunction) => {
    const query = req.query as Record<string, unknown> | undefined;
    if ((query && query.query !== undefined) || !wantsHtml(req)) {
      next();
      return;
    }
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': GRAPHIQL_CSP,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      Vary: 'Accept',
    });
    res.send(page);
  });

  router.get(`${GRAPHIQL_ASSETS_PATH}/:name`, (req: Request, res: Response, next: NextFunction) => {
    const asset = assets.get(String(req.params.name));
    if (!asset) {
      next();
      return;
    }
    const versioned = req.query.v === asset.version;
    res.set({
      'Content-Type': asset.contentType,
      'Cache-Control': versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    if (asset.content !== undefined) {
      res.send(asset.content);
      return;
    }
    // Headers above are kept: sendFile only adds Content-Type if unset.
    res.sendFile(asset.file as string, { cacheControl: false, dotfiles: 'deny' }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  });

  return router;
}
