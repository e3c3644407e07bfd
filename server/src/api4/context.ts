// Per-request state of the REST API: who is calling, and the hooks' Context.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { unauthorized, badRequest } from '../app/errors.js';
import type { RequestContext, Session } from '../app/models.js';
import { permissionError, rolesGrantPermission } from '../app/permissions.js';

declare module 'fastify' {
  interface FastifyRequest {
    session?: Session;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function cookie(req: FastifyRequest | { headers: { cookie?: string } }, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * The caller's session, by the rules of Mattermost (one place for REST, the websocket and
 * plugin HTTP): a token in the headers or the query, else the MMAUTHTOKEN cookie — and a
 * cookie only counts for a write if the X-CSRF-Token header carries the session's token.
 */
export async function sessionOf(req: FastifyRequest, lookup: (token: string) => Promise<Session | undefined>): Promise<Session | undefined> {
  const explicit = tokenFrom(req);
  if (explicit) return lookup(explicit);
  const fromCookie = cookie(req, 'MMAUTHTOKEN');
  if (!fromCookie) return undefined;
  const session = await lookup(fromCookie);
  if (!session || safeMethods.has(req.method)) return session;
  return req.headers['x-csrf-token'] === session.csrf_token && session.csrf_token ? session : undefined;
}

/** The cookies a browser session lives on (MMCSRF is readable by scripts, to send it back). */
export function sessionCookies(session: Session, maxAgeSeconds: number): string[] {
  const common = `Path=/; Max-Age=${maxAgeSeconds}; SameSite=Lax`;
  return [
    `MMAUTHTOKEN=${session.token}; ${common}; HttpOnly`,
    `MMUSERID=${session.user_id}; ${common}`,
    `MMCSRF=${session.csrf_token}; ${common}`,
  ];
}

/**
 * The session token a client sent explicitly: `Authorization: Bearer <t>` (or `Token <t>`),
 * the `Token` header, or the `access_token` query parameter.
 */
export function tokenFrom(req: FastifyRequest): string | undefined {
  const auth = req.headers.authorization;
  if (auth) {
    const match = /^(?:bearer|token)\s+(\S+)$/i.exec(auth);
    if (match) return match[1];
  }
  const token = req.headers.token;
  if (typeof token === 'string' && token) return token;
  const query = (req.query ?? {}) as Record<string, unknown>;
  return typeof query.access_token === 'string' && query.access_token ? query.access_token : undefined;
}

export function requestContext(req: FastifyRequest): RequestContext {
  return {
    requestId: String(req.id),
    session: req.session,
    ipAddress: req.ip,
    userAgent: String(req.headers['user-agent'] ?? ''),
    acceptLanguage: String(req.headers['accept-language'] ?? ''),
  };
}

export function requireSession(req: FastifyRequest): Session {
  if (!req.session) throw unauthorized('api.context.session_expired.app_error', 'Invalid or expired session, please login again.');
  return req.session;
}

/** Whether the session's system roles hold the permission (Mattermost's SessionHasPermissionTo). */
export const sessionHasPermission = (session: Session, permissionId: string) => rolesGrantPermission(session.roles.split(/\s+/), permissionId);

/** The session, if its system roles hold the permission; else 403 naming it. */
export function requirePermission(req: FastifyRequest, permissionId: string): Session {
  const session = requireSession(req);
  if (!sessionHasPermission(session, permissionId)) throw permissionError(permissionId);
  return session;
}

/** Acting on oneself is allowed; on another user it takes the permission (edit_other_users …). */
export function requireSelfOr(session: Session, userId: string, permissionId: string): void {
  if (userId !== session.user_id && !sessionHasPermission(session, permissionId)) throw permissionError(permissionId);
}

/** The JSON object body of a request, or a 400 naming what was expected. */
export function bodyObject(req: FastifyRequest, what: string): Record<string, unknown> {
  const body = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('api.context.invalid_body_param.app_error', `Invalid or missing ${what} in request body.`);
  }
  return body as Record<string, unknown>;
}

/** A "true"/"false" query parameter; undefined when absent. */
export function boolParam(value: unknown, name: string): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  throw badRequest('api.context.invalid_url_param.app_error', `Invalid ${name} parameter: must be true or false.`);
}

/** A non-negative integer query parameter with a default and a ceiling. */
export function intParam(value: unknown, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) throw badRequest('api.context.invalid_url_param.app_error', `Invalid ${name} parameter: must be an integer from 0 to ${max}.`);
  return n;
}

export type Reply = FastifyReply;
