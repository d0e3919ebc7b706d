// Write credentials: API_TOKENS and JWT_* parsing, token and JWT verification, and the role rule.
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { Authenticator } from '../../src/auth/authenticator';
import { RequestAuth } from '../../src/auth/request-auth';
import { ConfigError, parseAuth, sha256 } from '../../src/config';
import { silentLogger } from '../../src/logger';

const EDITOR_TOKEN = 'editor-token-0123456789abcdef';
const ADMIN_TOKEN = 'admin-token-0123456789abcdef';
const SECRET = 'a-shared-secret-of-at-least-32-characters';
const JWT_ENV = { JWT_ISSUER: 'https://login.example.org/', JWT_AUDIENCE: 'city-diplomacy-graph' };

function errorOf(work: () => unknown): Error {
  try {
    work();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('API_TOKENS', () => {
  test('name:role:token entries keep only the SHA-256 of each token', () => {
    const auth = parseAuth({ API_TOKENS: `alice:editor:${EDITOR_TOKEN}, ops:ADMIN:${ADMIN_TOKEN}` });
    expect(auth.apiTokens).toEqual([
      { name: 'alice', role: 'editor', sha256: sha256(EDITOR_TOKEN) },
      { name: 'ops', role: 'admin', sha256: sha256(ADMIN_TOKEN) },
    ]);
    expect(JSON.stringify(auth)).not.toContain(EDITOR_TOKEN);
    expect(auth.jwt).toBeUndefined();
  });

  test('an entry may give the hash instead of the token, in either format', () => {
    const hex = sha256(ADMIN_TOKEN).toString('hex');
    const colon = parseAuth({ API_TOKENS: `ops:admin:sha256:${hex}` });
    const json = parseAuth({ API_TOKENS: JSON.stringify([{ name: 'ops', role: 'admin', sha256: hex }, { name: 'a', role: 'editor', token: EDITOR_TOKEN }]) });
    expect(colon.apiTokens[0].sha256.equals(sha256(ADMIN_TOKEN))).toBe(true);
    expect(json.apiTokens.map((t) => t.name)).toEqual(['ops', 'a']);
  });

  test.each([
    ['alice:reader:' + EDITOR_TOKEN, /role must be editor or admin/],
    ['alice:editor:short', /at least 24 characters/],
    ['alice:editor', /must be name:role:token/],
    [`alice:editor:${EDITOR_TOKEN},alice:admin:${ADMIN_TOKEN}`, /names "alice" twice/],
    [`alice:editor:${EDITOR_TOKEN},bob:admin:${EDITOR_TOKEN}`, /token of "bob" twice/],
    ['bad name:editor:' + EDITOR_TOKEN, /name must be/],
    ['[{"name":"a"', /not valid JSON/],
    ['ops:admin:sha256:abc', /64 hex digits/],
  ])('%s is refused at start-up', (value, message) => {
    const error = errorOf(() => parseAuth({ API_TOKENS: value }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(EDITOR_TOKEN);
    expect(error.message).not.toContain('short');
  });
});

describe('JWT_*', () => {
  test('a secret needs an issuer and an audience, and 32 characters', () => {
    expect(errorOf(() => parseAuth({ JWT_SECRET: SECRET })).message).toMatch(/JWT_ISSUER and JWT_AUDIENCE/);
    expect(errorOf(() => parseAuth({ ...JWT_ENV, JWT_SECRET: 'short' })).message).toMatch(/at least 32/);
    expect(parseAuth({ ...JWT_ENV, JWT_SECRET: SECRET }).jwt).toMatchObject({ kind: 'secret', algorithms: ['HS256'], roleClaim: 'role' });
  });

  test('a public key pins the algorithms of its type; garbage and both options are refused', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(parseAuth({ ...JWT_ENV, JWT_PUBLIC_KEY: rsa }).jwt!.algorithms).toContain('RS256');
    // Newlines written as \n, as an environment file often holds them.
    expect(parseAuth({ ...JWT_ENV, JWT_PUBLIC_KEY: ec.replace(/\n/g, '\\n') }).jwt!.algorithms).toEqual(['ES384']);
    expect(errorOf(() => parseAuth({ ...JWT_ENV, JWT_PUBLIC_KEY: 'not a key' })).message).toMatch(/not a PEM public key/);
    expect(errorOf(() => parseAuth({ ...JWT_ENV, JWT_PUBLIC_KEY: rsa, JWT_SECRET: SECRET })).message).toMatch(/not both/);
  });
});

describe('Authenticator', () => {
  const tokens = Authenticator.fromConfig(parseAuth({ API_TOKENS: `alice:editor:${EDITOR_TOKEN},ops:admin:${ADMIN_TOKEN}` }));

  test('no header is no credential; a known token is its principal; anything else is invalid', async () => {
    expect(await tokens.authenticate(undefined)).toEqual({ status: 'none' });
    expect(await tokens.authenticate(`Bearer ${EDITOR_TOKEN}`)).toEqual({
      status: 'valid',
      principal: { name: 'alice', role: 'editor', via: 'api-token' },
    });
    expect(await tokens.authenticate(`bearer ${ADMIN_TOKEN}`)).toMatchObject({ principal: { name: 'ops', role: 'admin' } });
    expect(await tokens.authenticate(`Bearer ${EDITOR_TOKEN}x`)).toEqual({ status: 'invalid', reason: 'The bearer token is not valid' });
    expect(await tokens.authenticate(`Basic ${EDITOR_TOKEN}`)).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/Bearer <token>/) });
    // A JWT is not accepted when no JWT key is configured.
    const jwt = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
    expect(await tokens.authenticate(`Bearer ${jwt}`)).toMatchObject({ status: 'invalid' });
  });

  describe('with an HS256 secret', () => {
    const jwtAuth = Authenticator.fromConfig(parseAuth({ ...JWT_ENV, JWT_SECRET: SECRET, JWT_ROLE_CLAIM: 'https://example.org/roles' }));
    const key = new TextEncoder().encode(SECRET);
    const sign = (claims: Record<string, unknown>, edit: (jwt: SignJWT) => SignJWT = (j) => j) =>
      edit(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(JWT_ENV.JWT_ISSUER).setAudience(JWT_ENV.JWT_AUDIENCE).setSubject('carol').setExpirationTime('10m')).sign(key);

    test('the name is the subject and the role the highest known one in the claim', async () => {
      const token = await sign({ 'https://example.org/roles': ['viewer', 'editor', 'admin'] });
      expect(await jwtAuth.authenticate(`Bearer ${token}`)).toEqual({ status: 'valid', principal: { name: 'carol', role: 'admin', via: 'jwt' } });
      const roleless = await sign({});
      expect(await jwtAuth.authenticate(`Bearer ${roleless}`)).toEqual({ status: 'valid', principal: { name: 'carol', role: null, via: 'jwt' } });
    });

    test('expired, foreign, mis-addressed, subject-less and wrongly signed tokens are invalid', async () => {
      const reason = async (token: string) => ((await jwtAuth.authenticate(`Bearer ${token}`)) as { reason?: string }).reason;
      expect(await reason(await sign({}, (j) => j.setExpirationTime(Math.floor(Date.now() / 1000) - 60)))).toMatch(/expired/);
      expect(await reason(await sign({}, (j) => j.setIssuer('https://evil.example/')))).toMatch(/"iss" claim/);
      expect(await reason(await sign({}, (j) => j.setAudience('another-api')))).toMatch(/"aud" claim/);
      const noSub = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuer(JWT_ENV.JWT_ISSUER).setAudience(JWT_ENV.JWT_AUDIENCE).setExpirationTime('10m').sign(key);
      expect(await reason(noSub)).toMatch(/"sub" claim/);
      const noExp = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuer(JWT_ENV.JWT_ISSUER).setAudience(JWT_ENV.JWT_AUDIENCE).setSubject('carol').sign(key);
      expect(await reason(noExp)).toMatch(/"exp" claim/);
      const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuer(JWT_ENV.JWT_ISSUER).setAudience(JWT_ENV.JWT_AUDIENCE).setSubject('carol').setExpirationTime('10m').sign(new TextEncoder().encode('another-secret-of-at-least-32-characters'));
      expect(await reason(forged)).toBe('The bearer token is not valid');
      const [, payload] = (await sign({ role: 'admin' })).split('.');
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
      expect((await jwtAuth.authenticate(`Bearer ${unsigned}`)).status).toBe('invalid');
    });
  });

  test('with a public key, only the algorithms of its type verify', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const auth = Authenticator.fromConfig(parseAuth({ ...JWT_ENV, JWT_PUBLIC_KEY: pem }));
    const claims = (jwt: SignJWT) => jwt.setIssuer(JWT_ENV.JWT_ISSUER).setAudience(JWT_ENV.JWT_AUDIENCE).setSubject('dan').setExpirationTime('5m');
    const good = await claims(new SignJWT({ role: 'editor' }).setProtectedHeader({ alg: 'ES256' })).sign(privateKey);
    expect(await auth.authenticate(`Bearer ${good}`)).toEqual({ status: 'valid', principal: { name: 'dan', role: 'editor', via: 'jwt' } });
    // The classic confusion: the public key's PEM used as an HMAC secret.
    const confused = await claims(new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' })).sign(new TextEncoder().encode(pem));
    expect((await auth.authenticate(`Bearer ${confused}`)).status).toBe('invalid');
  });
});

describe('RequestAuth.authorize', () => {
  const authenticator = Authenticator.fromConfig(parseAuth({ API_TOKENS: `alice:editor:${EDITOR_TOKEN},ops:admin:${ADMIN_TOKEN}` }));
  const request = (header?: string) => new RequestAuth(authenticator, header, silentLogger);
  const codeOf = async (work: Promise<unknown>) => work.then(() => 'OK', (e) => `${e.code}: ${e.message}`);

  test('read-only server: FORBIDDEN, saying why, whatever the request carries', async () => {
    const readOnly = new RequestAuth(Authenticator.readOnly(), `Bearer ${ADMIN_TOKEN}`, silentLogger);
    expect(await codeOf(readOnly.authorize('upsertCity', 'editor'))).toMatch(/^FORBIDDEN: This server is read-only.*API_TOKENS/);
  });

  test('missing or bad credential: UNAUTHENTICATED; too weak a role: FORBIDDEN; otherwise the principal', async () => {
    expect(await codeOf(request().authorize('upsertCity', 'editor'))).toMatch(/^UNAUTHENTICATED: upsertCity is a write: send .*Bearer/);
    expect(await codeOf(request('Bearer nope').authorize('upsertCity', 'editor'))).toBe('UNAUTHENTICATED: The bearer token is not valid');
    expect(await codeOf(request(`Bearer ${EDITOR_TOKEN}`).authorize('deleteCity', 'admin'))).toBe(
      'FORBIDDEN: deleteCity needs the admin role; alice has the editor role',
    );
    expect(await request(`Bearer ${ADMIN_TOKEN}`).authorize('upsertCity', 'editor')).toEqual({ name: 'ops', role: 'admin', via: 'api-token' });
  });
});
