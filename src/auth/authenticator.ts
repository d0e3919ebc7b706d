// Turns an `Authorization: Bearer …` header into a principal: an API token (compared by SHA-256 in
// constant time) or a JWT (verified with jose against the configured key, issuer and audience).
import { timingSafeEqual } from 'node:crypto';
import { errors as joseErrors, jwtVerify } from 'jose';
import { sha256, type AuthConfig, type ApiTokenConfig, type JwtConfig } from '../config';
import { highestRole, type Role } from './roles';

/** Who is writing. `role` is null for a valid JWT that carries no role this API knows. */
export interface Principal {
  name: string;
  role: Role | null;
  via: 'api-token' | 'jwt';
}

/** What a request's credential turned out to be; `reason` is written for clients and never holds the token. */
export type Credential =
  | { status: 'none' }
  | { status: 'valid'; principal: Principal }
  | { status: 'invalid'; reason: string };

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export class Authenticator {
  private constructor(
    private readonly apiTokens: ApiTokenConfig[],
    private readonly jwt: JwtConfig | undefined,
  ) {}

  static fromConfig(config: AuthConfig): Authenticator {
    return new Authenticator(config.apiTokens, config.jwt);
  }

  /** No credential configured: every write is refused. */
  static readOnly(): Authenticator {
    return new Authenticator([], undefined);
  }

  /** Whether any credential could be accepted, i.e. whether the server takes writes at all. */
  get writable(): boolean {
    return this.apiTokens.length > 0 || this.jwt !== undefined;
  }

  /** For the start-up log line: what is configured, never a secret. */
  describe(): { apiTokens: string[]; jwt: string } {
    return {
      apiTokens: this.apiTokens.map((t) => `${t.name} (${t.role})`),
      jwt: this.jwt ? `${this.jwt.algorithms.join('/')} from ${this.jwt.issuer} for ${this.jwt.audience}` : 'off',
    };
  }

  async authenticate(authorization: string | undefined): Promise<Credential> {
    if (authorization === undefined || authorization.trim() === '') return { status: 'none' };
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization);
    if (!match) return { status: 'invalid', reason: 'The Authorization header must be "Bearer <token>"' };
    const token = match[1];
    const apiToken = this.matchApiToken(token);
    if (apiToken) return { status: 'valid', principal: { name: apiToken.name, role: apiToken.role, via: 'api-token' } };
    if (this.jwt && JWT_SHAPE.test(token)) return this.verifyJwt(token, this.jwt);
    return { status: 'invalid', reason: 'The bearer token is not valid' };
  }

  /** Compares the token's hash with every configured hash, without stopping early, so timing reveals nothing. */
  private matchApiToken(token: string): ApiTokenConfig | undefined {
    const hash = sha256(token);
    let found: ApiTokenConfig | undefined;
    for (const candidate of this.apiTokens) {
      if (timingSafeEqual(hash, candidate.sha256) && !found) found = candidate;
    }
    return found;
  }

  private async verifyJwt(token: string, jwt: JwtConfig): Promise<Credential> {
    try {
      const { payload } = await jwtVerify(token, jwt.key, {
        algorithms: jwt.algorithms,
        issuer: jwt.issuer,
        audience: jwt.audience,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 5,
      });
      const claim = payload[jwt.roleClaim];
      const role = highestRole(Array.isArray(claim) ? claim : [claim]);
      return { status: 'valid', principal: { name: String(payload.sub), role, via: 'jwt' } };
    } catch (error) {
      return { status: 'invalid', reason: jwtFailure(error) };
    }
  }
}

function jwtFailure(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The bearer token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return `The bearer token was rejected: its "${error.claim}" claim is missing or not accepted here`;
  }
  return 'The bearer token is not valid';
}
