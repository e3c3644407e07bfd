// A small REST client of /api/v4: bearer token, JSON in and out, and errors turned into one
// readable line (the server's Mattermost error `message`, or why the server can't be reached).
import { CliError } from './errors.js';

/** Requests that take longer than this are given up (an enable waits for the plugin's handshake). */
const requestTimeoutMs = 120_000;

/** An error answer of the server: `message` is the body's message, as Mattermost's clients show it. */
export class ServerError extends CliError {
  constructor(message: string, readonly status: number, readonly id: string) {
    super(message);
    this.name = 'ServerError';
  }
}

/** The server could not be reached at all: retrying other targets is pointless. */
export class UnreachableError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = 'UnreachableError';
  }
}

/**
 * `http://host:8065`, `http://host:8065/`, `http://host:8065/api/v4` all name the same server.
 * Throws on anything but an http(s) URL: the token must never go to a surprising place.
 */
export function normalizeServerUrl(raw: string): string {
  const trimmed = raw.trim().replace(/\/+$/, '').replace(/\/api\/v4$/, '');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new CliError(`invalid server URL "${raw}": give it with its scheme, e.g. http://localhost:8065`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError(`invalid server URL "${raw}": only http:// and https:// are supported`);
  return trimmed;
}

export interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

export class ApiClient {
  constructor(readonly url: string, readonly token = '') {}

  /** Sends a request; a FormData body goes as multipart, anything else as JSON. Non-2xx throws ServerError. */
  async request<T = unknown>(method: string, route: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    let payload: FormData | string | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    let res: Response;
    try {
      res = await fetch(`${this.url}/api/v4${route}`, { method, headers, body: payload, signal: AbortSignal.timeout(requestTimeoutMs) });
    } catch (err) {
      throw new UnreachableError(`cannot reach the server at ${this.url}: ${reasonOf(err)}`);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (a proxy's error page, say): keep the text
    }
    if (!res.ok) throw this.errorOf(res, parsed);
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  async get<T = unknown>(route: string): Promise<T> {
    return (await this.request<T>('GET', route)).body;
  }

  async post<T = unknown>(route: string, body?: unknown): Promise<T> {
    return (await this.request<T>('POST', route, body)).body;
  }

  async put<T = unknown>(route: string, body?: unknown): Promise<T> {
    return (await this.request<T>('PUT', route, body)).body;
  }

  async delete<T = unknown>(route: string): Promise<T> {
    return (await this.request<T>('DELETE', route)).body;
  }

  private errorOf(res: Response, body: unknown): ServerError {
    const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    let message = typeof b.message === 'string' && b.message ? b.message : `the server answered ${res.status} ${res.statusText}`.trim();
    // A 500's message is often generic; the detail says what actually went wrong.
    if (typeof b.detailed_error === 'string' && b.detailed_error && !message.includes(b.detailed_error)) message += ` (${b.detailed_error})`;
    if (res.status === 401 && this.token) message += ' Log in again with `plughost auth login`, or pass a valid --token.';
    return new ServerError(message, res.status, typeof b.id === 'string' ? b.id : '');
  }
}

/** The useful part of a fetch failure: "connect ECONNREFUSED 127.0.0.1:1" rather than "fetch failed". */
function reasonOf(err: unknown): string {
  if (err instanceof Error && err.name === 'TimeoutError') return `no answer within ${requestTimeoutMs / 1000} s`;
  const cause = err instanceof Error ? (err.cause as { message?: string; code?: string } | undefined) : undefined;
  if (cause?.message) return cause.message;
  if (cause?.code) return cause.code;
  return err instanceof Error ? err.message : String(err);
}
