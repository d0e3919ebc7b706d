// The credential of one request, checked lazily (reads never need it), and the rule that turns it into a
// principal allowed to write, or into UNAUTHENTICATED / FORBIDDEN.
import { forbidden, unauthenticated } from '../model/errors';
import { silentLogger, type Logger } from '../logger';
import { Authenticator, type Credential, type Principal } from './authenticator';
import { roleAllows, type Role } from './roles';

export const READ_ONLY_MESSAGE =
  'This server is read-only: no write credentials are configured (the operator sets API_TOKENS, JWT_SECRET or JWT_PUBLIC_KEY)';

export class RequestAuth {
  private checked?: Promise<Credential>;

  /**
   * @param header the request's Authorization header
   * @param audit where audit lines go (who wrote what; never a token)
   * @param credential the header's credential when already checked (e.g. to pick the body size limit)
   */
  constructor(
    readonly authenticator: Authenticator,
    private readonly header: string | undefined,
    readonly audit: Logger,
    credential?: Promise<Credential>,
  ) {
    this.checked = credential;
  }

  /** A request without credentials on a read-only server (in-process tests, scripts). */
  static anonymous(): RequestAuth {
    return new RequestAuth(Authenticator.readOnly(), undefined, silentLogger);
  }

  credential(): Promise<Credential> {
    this.checked ??= this.authenticator.authenticate(this.header);
    return this.checked;
  }

  /** The principal allowed to run `operation`, which needs `role`; throws UNAUTHENTICATED or FORBIDDEN. */
  async authorize(operation: string, role: Role): Promise<Principal> {
    if (!this.authenticator.writable) throw forbidden(READ_ONLY_MESSAGE);
    const credential = await this.credential();
    if (credential.status === 'none') {
      throw unauthenticated(`${operation} is a write: send a credential as "Authorization: Bearer <token>"`);
    }
    if (credential.status === 'invalid') throw unauthenticated(credential.reason);
    const { principal } = credential;
    if (!roleAllows(principal.role, role)) {
      throw forbidden(
        `${operation} needs the ${role} role; ${principal.name} has ${principal.role ? `the ${principal.role} role` : 'no role this API knows'}`,
      );
    }
    return principal;
  }
}
