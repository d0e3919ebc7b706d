// A corpus of hostile and malformed requests against the real server process (node dist/src/main.js), with NODE_ENV
// unset, development and production: every answer is JSON with a typed code (GraphQL-shaped on /graphql), never a
// stack, a file path or the request body; the log stays one JSON object per line and never holds the body.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import zlib from 'node:zlib';
import { appEnv, buildApp, ROOT } from '../support/process';

/** In every request body, so the test can tell if a body is echoed into an answer or the log. */
const MARKER = 'MARKER-d41d8cd98f00b204';
const QUERY = `{ city(id: "seoul") { name } } # ${MARKER}`;
const json = (value: unknown) => JSON.stringify(value);

interface Case {
  name: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Raw bytes on a socket instead of an HTTP client request. */
  raw?: string;
  status: number;
  code: string;
}

const CASES: Case[] = [
  { name: 'truncated JSON', body: `{"query": "${QUERY.slice(0, 20)}`, status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON with a syntax error midway', body: `{"query": "${QUERY}",, "x": 1}`, status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON string instead of an object', body: json(QUERY), status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty body', body: '', status: 400, code: 'BAD_REQUEST' },
  { name: 'a body over the anonymous limit (200 kB)', body: json({ query: QUERY, pad: MARKER.repeat(12_000) }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'charset=latin1', headers: { 'content-type': 'application/json; charset=latin1' }, body: json({ query: QUERY }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  {
    name: 'charset=utf-16 (and the body really in UTF-16)',
    headers: { 'content-type': 'application/json; charset=utf-16' },
    body: Buffer.from(json({ query: QUERY }), 'utf16le'),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  { name: 'a text/plain body (a cross-site "simple" POST)', headers: { 'content-type': 'text/plain' }, body: json({ query: QUERY }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  {
    name: 'a form body',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `query=${encodeURIComponent(QUERY)}`,
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'a multipart body',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    body: `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${QUERY}\r\n--x--\r\n`,
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  { name: 'no Content-Type', headers: {}, body: json({ query: QUERY }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  {
    name: 'Content-Encoding the server does not speak',
    headers: { 'content-type': 'application/json', 'content-encoding': 'compress' },
    body: json({ query: QUERY }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'Content-Encoding: gzip over bytes that are not gzip',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: json({ query: QUERY }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a gzip body inflating past the limit',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: zlib.gzipSync(json({ query: QUERY, pad: MARKER.repeat(50_000) })),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  { name: 'a batch (array of operations)', body: json([{ query: QUERY }, { query: QUERY }]), status: 400, code: 'BAD_REQUEST' },
  { name: 'variables a number', body: json({ query: QUERY, variables: 42 }), status: 400, code: 'BAD_REQUEST' },
  { name: 'variables an array', body: json({ query: QUERY, variables: [MARKER] }), status: 400, code: 'BAD_REQUEST' },
  { name: 'variables a JSON-encoded string', body: json({ query: QUERY, variables: json({ a: MARKER }) }), status: 400, code: 'BAD_REQUEST' },
  { name: 'query not a string', body: json({ query: { kind: 'Document', marker: MARKER } }), status: 400, code: 'BAD_REQUEST' },
  { name: 'operationName not a string', body: json({ query: QUERY, operationName: [MARKER] }), status: 400, code: 'BAD_REQUEST' },
  { name: 'a GraphQL syntax error', body: json({ query: `{ city(id: "seoul" { name } # ${MARKER}` }), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'PUT /graphql', method: 'PUT', body: json({ query: QUERY }), status: 405, code: 'METHOD_NOT_ALLOWED' },
  { name: 'DELETE /graphql', method: 'DELETE', status: 405, code: 'METHOD_NOT_ALLOWED' },
  { name: 'PATCH /graphql', method: 'PATCH', body: json({ query: QUERY }), status: 405, code: 'METHOD_NOT_ALLOWED' },
  { name: 'GET with variables that are not JSON', method: 'GET', path: `/graphql?query=${encodeURIComponent(QUERY)}&variables=%7Bnot-json`, status: 400, code: 'BAD_REQUEST' },
  { name: 'GET with the query twice', method: 'GET', path: '/graphql?query=%7B__typename%7D&query=%7B__typename%7D', status: 400, code: 'BAD_REQUEST' },
  { name: 'GET with no query', method: 'GET', path: '/graphql', headers: { accept: 'application/json' }, status: 400, code: 'BAD_REQUEST' },
  {
    name: 'GET with a Content-Type other than JSON',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent(QUERY)}`,
    headers: { 'content-type': 'text/plain' },
    status: 415,
    code: 'BAD_REQUEST',
  },
  {
    name: 'GET accepting neither JSON type',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent(QUERY)}`,
    headers: { accept: 'image/png' },
    status: 406,
    code: 'BAD_REQUEST',
  },
  { name: 'GET with a query too long for the header limit (20 kB)', method: 'GET', path: `/graphql?query=${'%20'.repeat(7000)}${encodeURIComponent(QUERY)}`, status: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' },
  { name: 'a mutation over GET', method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { upsertNation(input: {code: "MT", name: "Malta", source: "s"}) { code } }')}`, status: 405, code: 'BAD_REQUEST' },
  { name: 'an unknown route', method: 'GET', path: '/admin/.env', status: 404, code: 'NOT_FOUND' },
  { name: 'POST to an unknown route', method: 'POST', path: '/api/v1/graphql', body: json({ query: QUERY }), status: 404, code: 'NOT_FOUND' },
  { name: 'a bad percent-encoding in the path', method: 'GET', path: '/export/%E0%A4%A', status: 404, code: 'NOT_FOUND' },
  { name: 'POST /health', method: 'POST', path: '/health', body: json({ query: QUERY }), status: 405, code: 'METHOD_NOT_ALLOWED' },
  { name: 'DELETE on an export', method: 'DELETE', path: '/export/graph.json', status: 405, code: 'METHOD_NOT_ALLOWED' },
  { name: 'an export with an unknown parameter', method: 'GET', path: '/export/graph.json?labels=City&evil=1', status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a request line that is not HTTP', path: '/', raw: `GARBAGE ${MARKER}\r\n\r\n`, status: 400, code: 'BAD_REQUEST' },
  { name: 'a header with a control character', raw: `GET /graphql HTTP/1.1\r\nHost: x\r\nX-Evil: a\u0001${MARKER}\r\n\r\n`, status: 400, code: 'BAD_REQUEST' },
];

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

async function send(base: string, c: Case): Promise<Answer> {
  if (c.raw !== undefined) return sendRaw(base, c.raw);
  const method = c.method ?? 'POST';
  const headers = c.headers ?? (c.body !== undefined ? { 'content-type': 'application/json' } : {});
  const response = await fetch(`${base}${c.path ?? '/graphql'}`, { method, headers, body: c.body });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

/** Writes bytes on a socket and parses the status line, Content-Type and body of the answer. */
function sendRaw(base: string, bytes: string): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(bytes));
    let data = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head, ...body] = data.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
      const contentType = /^content-type: *(.*)$/im.exec(head)?.[1] ?? '';
      resolve({ status, contentType, text: body.join('\r\n\r\n') });
    });
  });
}

interface AppProcess {
  url: string;
  child: ChildProcess;
  stdout: string[];
  stderr: () => string;
  exited: Promise<unknown>;
}

/** node dist/src/main.js with NODE_ENV as given (absent when undefined); resolves once it listens. */
function startApp(nodeEnv: string | undefined): Promise<AppProcess> {
  const env = appEnv({ HOST: '127.0.0.1', PORT: '0', GRAPH_DATA_DIR: ':memory:', ...(nodeEnv === undefined ? {} : { NODE_ENV: nodeEnv }) });
  const child = spawn(process.execPath, ['dist/src/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: string[] = [];
  let stderr = '';
  let partial = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        stdout.push(line);
        const url = /"msg":"server listening"/.test(line) ? /"url":"([^"]+)\/graphql"/.exec(line)?.[1] : undefined;
        if (url) resolve({ url, child, stdout, stderr: () => stderr, exited });
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    void exited.then((how) => reject(new Error(`the server exited (${how}) before listening: ${stderr}`)));
  });
}

/** Text that would give away the implementation: a stack frame, a source or install path, an exception's name. */
const LEAKS = [/\bat .+:\d+:\d+/, /node_modules/, /\/dist\//, /\/src\//, /\.[jt]s:\d+/, /SyntaxError|TypeError|RangeError|URIError/, new RegExp(ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))];

beforeAll(() => buildApp(), 120_000);

describe.each([
  ['NODE_ENV unset', undefined],
  ['NODE_ENV=development', 'development'],
  ['NODE_ENV=production', 'production'],
])('hostile input, %s', (_label, nodeEnv) => {
  let app: AppProcess;
  const answers = new Map<string, Answer>();

  beforeAll(async () => {
    app = await startApp(nodeEnv);
    // One after another, then the log is read as a whole.
    for (const c of CASES) answers.set(c.name, await send(app.url, c));
  }, 60_000);
  afterAll(async () => {
    app.child.kill('SIGTERM');
    await app.exited;
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s: JSON with its code, no stack, path or body', (_name, c) => {
    const answer = answers.get(c.name)!;
    expect(answer.status).toBe(c.status);
    expect(answer.contentType).toMatch(/^application\/json/);
    const body = JSON.parse(answer.text) as { errors?: { message: string; extensions: { code: string } }[]; error?: { code: string; message: string } };
    const onGraphql = (c.path ?? '/graphql').startsWith('/graphql');
    if (onGraphql) {
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]).toMatchObject({ message: expect.any(String), extensions: { code: c.code } });
      expect(body.errors![0].extensions).not.toHaveProperty('stacktrace');
    } else {
      expect(body.error).toMatchObject({ code: c.code, message: expect.any(String) });
    }
    for (const leak of LEAKS) expect(answer.text).not.toMatch(leak);
    expect(answer.text).not.toContain(MARKER);
  });

  test('the log is one JSON object per line, names each refusal, and holds no request body', () => {
    const lines = app.stdout.filter(Boolean);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.filter((e) => e.msg === 'request refused').map((e) => e.code)).toEqual(
      expect.arrayContaining(['BAD_REQUEST', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE']),
    );
    expect(entries.some((e) => e.msg === 'request refused by the HTTP parser' && e.code === 'REQUEST_HEADER_FIELDS_TOO_LARGE')).toBe(true);
    expect(lines.join('\n')).not.toContain(MARKER);
    expect(entries.filter((e) => (e.level as number) >= 50)).toEqual([]);
  });

  test('stderr holds at most the one line for people (none in production)', () => {
    const text = app.stderr();
    if (nodeEnv === 'production') expect(text).toBe('');
    else expect(text).toMatch(/^GraphiQL ready at http:\/\/127\.0\.0\.1:\d+\/graphql \(ready in [\d.]+ s\)\n$/);
  });
});
