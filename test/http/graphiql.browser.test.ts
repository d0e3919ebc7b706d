/**
 * End-to-end check of the self-hosted GraphiQL page in a real (headless)
 * Chromium: the page loads with no request leaving the server's own origin
 * (no CDN), the flagship query is preloaded, running it shows partners in the
 * result pane, and the documentation explorer shows the schema.
 *
 * Needs a Chromium binary: /usr/bin/chromium (Debian package `chromium`,
 * installed by .ci/run) or the path in CHROMIUM_PATH. Without one the test is
 * skipped with a warning.
 *
 * Debugging: GRAPHIQL_SCREENSHOT=/tmp/graphiql.png saves a screenshot of the
 * final state.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startTestServer } from '../support/server';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM_PATH);
if (!hasChromium) {
  console.warn(
    `graphiql.browser.test: skipping, no Chromium at ${CHROMIUM_PATH} ` +
      '(apt-get install chromium, or set CHROMIUM_PATH to a Chromium binary)',
  );
}
const browserTest = hasChromium ? test : test.skip;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Protocols that never leave the page (inline fonts, icons, object URLs). */
const LOCAL_PROTOCOLS = new Set(['data:', 'blob:', 'about:']);

describe('GraphiQL page (browser)', () => {
  browserTest(
    'serves GraphiQL from our own origin, runs the preloaded query and shows the docs',
    async () => {
      const server = await startTestServer();
      let browser: Browser | undefined;
      try {
        const origin = new URL(server.url).origin;
        browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
        const context = await browser.newContext();
        const page = await context.newPage();

        // Every network request the page (or anything in its context) makes.
        const requested: string[] = [];
        context.on('request', (request) => requested.push(request.url()));
        page.on('websocket', (ws) => requested.push(ws.url()));
        // A request blocked by the CSP never reaches the network (so never shows
        // up above): Chromium reports it on the console instead.
        const consoleErrors: string[] = [];
        const pageErrors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => pageErrors.push(String(error)));

        const response = await page.goto(`${server.url}/graphql`, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        expect(response?.headers()['content-type']).toMatch(/^text\/html/);
        expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

        // Query editor, with the flagship query preloaded. CodeMirror 5 renders
        // only the visible lines, so read the editor's value, not the DOM text.
        await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 30_000 });
        const queryText = await page.evaluate(
          () => (globalThis as any).document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue() as string,
        );
        expect(queryText).toContain('partnersSharingOrganizations');

        // Run it.
        await page.click('.graphiql-execute-button');
        await page.waitForFunction(
          () => {
            const el = (globalThis as any).document.querySelector('.graphiql-response .CodeMirror');
            return Boolean(el && String(el.CodeMirror.getValue()).includes('sharedCount'));
          },
          undefined,
          { timeout: 30_000 },
        );
        const resultText = await page.evaluate(
          () => (globalThis as any).document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue() as string,
        );
        expect(resultText).toContain('"partnersSharingOrganizations"');
        expect(resultText).toContain('"sharedCount"');
        const result = JSON.parse(resultText) as { data?: Record<string, unknown>; errors?: unknown[] };
        expect(result.errors).toBeUndefined();
        const partners = result.data?.partnersSharingOrganizations;
        expect(partners).toBeDefined();
        expect(JSON.stringify(partners)).toContain('Berlin');

        // Documentation explorer: open by default; open it if it is not.
        const docs = page.locator('.graphiql-doc-explorer');
        if (!(await docs.isVisible())) {
          await page.click('button[aria-label="Show Documentation Explorer"]');
        }
        const queryTypeLink = docs.locator('.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first();
        await queryTypeLink.waitFor({ state: 'visible', timeout: 30_000 });
        await queryTypeLink.click();
        await docs.getByText('partnersSharingOrganizations').first().waitFor({ state: 'visible', timeout: 10_000 });

        if (process.env.GRAPHIQL_SCREENSHOT) {
          await page.screenshot({ path: process.env.GRAPHIQL_SCREENSHOT });
        }

        // No CDN: everything came from the server itself.
        const foreign = requested.filter((url) => {
          const parsed = new URL(url);
          return !LOCAL_PROTOCOLS.has(parsed.protocol) && parsed.origin !== origin;
        });
        expect(foreign).toEqual([]);
        expect(requested.some((url) => url.startsWith(`${origin}/graphiql/assets/graphiql.min.js`))).toBe(true);
        expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
        expect(pageErrors).toEqual([]);
      } finally {
        await browser?.close();
        await server.close();
      }
    },
    60_000,
  );
});
