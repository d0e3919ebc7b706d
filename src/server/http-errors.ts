// Every refusal is JSON: malformed or oversized bodies, foreign media types and charsets, unknown routes, wrong
// methods, unparseable HTTP. On /graphql the body is GraphQL-shaped (`{errors: [{message, extensions: {code}}]}`),
// elsewhere `{error: {code, message}}` as the export routes answer. Messages are ours, never an exception's (a JSON
// parser's message quotes the body), so no request body, stack or file path reaches a client or the log.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../logger';

export type HttpErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'REQUEST_TIMEOUT'
  | 'REQUEST_HEADER_FIELDS_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR';

const CODE_BY_STATUS: Record<number, HttpErrorCode> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  431: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
};

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

/** The path of the GraphQL endpoint: its errors are GraphQL-shaped. */
export const GRAPHQL_PATH = '/graphql';

function isGraphqlPath(path: string): boolean {
  return path === GRAPHQL_PATH || path.startsWith(`${GRAPHQL_PATH}/`);
}

/** The JSON text of an error, shaped for `path`. */
export function errorBody(path: string, code: HttpErrorCode, message: string): string {
  return JSON.stringify(isGraphqlPath(path) ? { errors: [{ message, extensions: { code } }] } : { error: { code, message } });
}

function pathOf(req: Request): string {
  return (req.originalUrl ?? req.url).split('?')[0];
}

/** Sends a JSON error for `req`. */
export function sendError(req: Request, res: Response, status: number, code: HttpErrorCode, message: string, headers: Record<string, string> = {}): void {
  res.status(status).set({ ...headers, ...JSON_HEADERS }).send(errorBody(pathOf(req), code, message));
}

/** A client-chosen text shortened for a message (a path, a media type): JSON-encoded by the caller, never trusted. */
function shown(text: string, max = 100): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** `100kb`, `32mb` → bytes, as body-parser reads them. */
export function bytesOf(limit: string): number {
  const match = /^(\d+)(b|kb|mb)$/i.exec(limit.trim());
  if (!match) throw new Error(`not a byte size: ${limit}`);
  return Number(match[1]) * { b: 1, kb: 1024, mb: 1024 * 1024 }[match[2].toLowerCase() as 'b' | 'kb' | 'mb'];
}

/**
 * Guards /graphql before the body is read: GET and POST only (405 otherwise), and a POST body must be declared
 * `application/json` in UTF-8 (415 otherwise). Refusing the form and text/plain types that a page on another site
 * can POST without a preflight is what keeps cross-site "simple" requests away from the resolvers.
 */
export function graphqlRequestGuard(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'POST') {
      sendError(req, res, 405, 'METHOD_NOT_ALLOWED', `${GRAPHQL_PATH} takes GET (queries) and POST (queries and mutations), not ${shown(req.method, 20)}`, {
        Allow: 'GET, POST',
      });
      return;
    }
    if (req.method === 'POST') {
      const contentType = req.headers['content-type'];
      const problem = jsonMediaTypeProblem(contentType);
      if (problem) {
        sendError(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', `POST ${GRAPHQL_PATH} takes a JSON body (Content-Type: application/json, UTF-8): ${problem}`);
        return;
      }
    }
    next();
  };
}

/** Why a Content-Type is not UTF-8 JSON, or undefined when it is. */
export function jsonMediaTypeProblem(contentType: string | undefined): string | undefined {
  if (!contentType) return 'the request has no Content-Type';
  const [essence, ...parameters] = contentType.split(';').map((part) => part.trim());
  if (essence.toLowerCase() !== 'application/json') return `got ${JSON.stringify(shown(essence, 60))}`;
  for (const parameter of parameters) {
    const [name, value = ''] = parameter.split('=').map((part) => part.trim());
    if (name.toLowerCase() === 'charset' && value.replace(/^"|"$/g, '').toLowerCase() !== 'utf-8') {
      return `the charset must be UTF-8, got ${JSON.stringify(shown(value, 40))}`;
    }
  }
  return undefined;
}

interface RouteMethods {
  pattern: RegExp;
  allow: string;
}

/** Unmatched requests: 405 naming the allowed methods on a known path, 404 elsewhere. */
export function notFoundHandler(knownPaths: RouteMethods[]): RequestHandler {
  return (req, res) => {
    const path = pathOf(req);
    const known = knownPaths.find((route) => route.pattern.test(path));
    if (known && !known.allow.split(', ').includes(req.method)) {
      sendError(req, res, 405, 'METHOD_NOT_ALLOWED', `${shown(path)} takes ${known.allow}, not ${shown(req.method, 20)}`, { Allow: known.allow });
      return;
    }
    sendError(
      req,
      res,
      404,
      'NOT_FOUND',
      `Nothing at ${req.method === 'GET' ? '' : `${shown(req.method, 20)} `}${shown(path)}. ` +
        `The API: ${GRAPHQL_PATH} (GraphQL; GraphiQL in a browser), /export (graph files), /possible-types.json, /health, /metrics`,
    );
  };
}

/** body-parser's error types, the errors express's router raises, and what a client is told about them. */
function classify(error: unknown, limits: { anonymous: number; writer: number }): { status: number; code: HttpErrorCode; message: string } {
  const err = (error ?? {}) as { type?: string; status?: number; statusCode?: number; message?: string };
  switch (err.type) {
    case 'entity.parse.failed': {
      // Node's JSON.parse message quotes the body: keep only the position.
      const position = /position (\d+)/.exec(String(err.message))?.[1];
      return {
        status: 400,
        code: 'BAD_REQUEST',
        message: `The request body is not a JSON object${position === undefined ? '' : ` (invalid JSON at position ${position})`}`,
      };
    }
    case 'entity.too.large':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message:
          `The request body is larger than ${limits.anonymous} bytes, the limit without credentials ` +
          `(${limits.writer} bytes with a writer's bearer token)`,
      };
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body must be UTF-8 JSON' };
    case 'encoding.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Content-Encoding must be gzip, deflate, br or none' };
    case 'request.size.invalid':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body does not match its Content-Length' };
    case 'request.aborted':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request was aborted before its body arrived' };
    default:
      break;
  }
  const status = err.status ?? err.statusCode;
  if (/^Z_/.test(String((error as { code?: unknown })?.code))) {
    return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid data for its Content-Encoding' };
  }
  if (error instanceof URIError || (status === 400 && /decode/i.test(String(err.message)))) {
    return { status: 400, code: 'BAD_REQUEST', message: 'The URL is not validly percent-encoded' };
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, code: CODE_BY_STATUS[status] ?? 'BAD_REQUEST', message: `The request was refused (HTTP ${status})` };
  }
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
}

/** The last middleware: turns any error into a JSON answer and one log line without the body. */
export function errorHandler(logger: Logger, limits: { anonymous: string; writer: string }): ErrorRequestHandler {
  const bytes = { anonymous: bytesOf(limits.anonymous), writer: bytesOf(limits.writer) };
  return (error, req, res, next) => {
    const { status, code, message } = classify(error, bytes);
    const where = { method: req.method, path: shown(pathOf(req), 200), status, code };
    if (status >= 500) {
      // The stack goes to the log (for the operator), without body-parser's copy of the request body.
      const { body: _body, ...rest } = (error ?? {}) as Record<string, unknown>;
      logger.error({ ...where, err: { type: (error as Error)?.name, message: (error as Error)?.message, stack: (error as Error)?.stack, ...rest } }, 'request failed');
    } else {
      const reason = (error as { type?: string; code?: string })?.type ?? (error as { code?: string })?.code;
      logger.info({ ...where, reason }, 'request refused');
    }
    if (res.headersSent) {
      // Part of an answer is out: let express cut the connection.
      next(error);
      return;
    }
    sendError(req, res, status, code, message);
  };
}

/**
 * Requests Node's HTTP parser refuses before express sees them (headers over 16 KB, e.g. a long GET query; broken
 * request lines): a JSON answer instead of an empty 400. The raw bytes are only looked at for the path.
 */
export function handleClientError(server: http.Server, logger: Logger): void {
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const code = CODE_BY_STATUS[status];
    const message =
      status === 431
        ? 'The request line and headers are larger than 16 KB: send long queries with POST'
        : status === 408
          ? 'The request took too long to arrive'
          : 'The request is not valid HTTP';
    const requestLine = error.rawPacket?.subarray(0, 200).toString('latin1').split('\r\n')[0] ?? '';
    const path = /^[A-Z]+ (\/[^ ?]*)/.exec(requestLine)?.[1] ?? '/';
    const body = errorBody(path, code, message);
    logger.info({ status, code, reason: error.code }, 'request refused by the HTTP parser');
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
