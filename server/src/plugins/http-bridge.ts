// /plugins/{id}/* → the plugin's ServeHTTP stream, both directions streamed with backpressure:
// the request head, then body chunks (at most 64 KiB) as they arrive, then body_end; the
// response head, then chunks written to the client as the plugin sends them.
//
// A request with a small body of known length (at most 64 KiB, most requests) goes as one
// call on the plugin's hook stream instead (transport_http.proto), answered whole, unless the
// plugin's handler streams: a new HTTP/2 stream and its frames cost more than the request.
//
// Header rules (as Mattermost): client-supplied Mattermost-User-Id and Mattermost-Plugin-ID
// are dropped; Mattermost-User-Id is set only from a valid session; the credentials
// (Authorization, the MMAUTHTOKEN cookie, access_token in the query) never reach the plugin.
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as grpc from '@grpc/grpc-js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../app/errors.js';
import { newId } from '../app/ids.js';
import type { Session } from '../app/models.js';
import '../api4/context.js';
import type { Logger } from '../log.js';
import type { PluginEnvironment } from './environment.js';

export const httpChunkBytes = 64 * 1024;

const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'content-length']);
const droppedRequestHeaders = new Set(['mattermost-user-id', 'mattermost-plugin-id', 'authorization', 'referer', 'token', 'host']);

export interface HttpBridgeDeps {
  env: PluginEnvironment;
  logger: Logger;
  /** Time allowed until the plugin sends its response head. */
  timeoutMs(): number;
}

type Header = { name: string; values: string[] };

/**
 * A ServeHTTPRequest carrying one body chunk, encoded by hand (field 2, length-delimited):
 * bodies are the bulk of the traffic, and this saves two copies of every chunk.
 */
export function encodedBodyChunk(chunk: Buffer): Buffer {
  const prefix = [0x12];
  for (let n = chunk.length; ; n >>>= 7) {
    if (n < 0x80) { prefix.push(n); break; }
    prefix.push((n & 0x7f) | 0x80);
  }
  return Buffer.concat([Buffer.from(prefix), chunk]);
}

function requestHeaders(raw: IncomingMessage, session?: Session): Header[] {
  const out: Header[] = [];
  for (let i = 0; i < raw.rawHeaders.length; i += 2) {
    const name = raw.rawHeaders[i];
    const lower = name.toLowerCase();
    if (droppedRequestHeaders.has(lower) || (hopByHop.has(lower) && lower !== 'content-length')) continue;
    let value = raw.rawHeaders[i + 1];
    if (lower === 'cookie') {
      value = value.split(';').map((c) => c.trim()).filter((c) => c && !c.startsWith('MMAUTHTOKEN=')).join('; ');
      if (!value) continue;
    }
    const existing = out.find((h) => h.name.toLowerCase() === lower);
    if (existing) existing.values.push(value);
    else out.push({ name, values: [value] });
  }
  if (session) out.push({ name: 'Mattermost-User-Id', values: [session.user_id] });
  return out;
}

function splitUrl(url: string, pluginPath: string): { path: string; query: string } {
  const [pathname, query = ''] = url.split(/\?(.*)/s);
  const prefix = `/plugins/${pluginPath}`;
  const rest = pathname.slice(prefix.length) || '/';
  const params = new URLSearchParams(query);
  params.delete('access_token');
  return { path: rest.startsWith('/') ? rest : `/${rest}`, query: params.toString() };
}

function sendError(res: ServerResponse, err: AppError, requestId: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify(err.toJSON(requestId));
  res.writeHead(err.statusCode, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Request-Id': requestId });
  res.end(body);
}

/** Which hook serves the routes, and under which path prefix (after /plugins/{id}). */
export interface BridgeRoute {
  hook: 'ServeHTTP' | 'ServeMetrics';
  suffix: '' | '/metrics';
}

export function registerHttpBridge(http: FastifyInstance, deps: HttpBridgeDeps, route: BridgeRoute = { hook: 'ServeHTTP', suffix: '' }): void {
  void http.register(async (scope) => {
    // The body is streamed to the plugin as it comes: fastify must not read it.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null));
    const handler = async (req: FastifyRequest, reply: { hijack(): void; raw: ServerResponse }) => {
      const { pluginId } = req.params as { pluginId: string };
      reply.hijack();
      await forward(req, reply.raw, pluginId, deps, route);
    };
    scope.all(`/plugins/:pluginId${route.suffix}`, handler);
    scope.all(`/plugins/:pluginId${route.suffix}/*`, handler);
  });
}

/** The body length of a request the bridge may read whole first: known and at most one chunk. */
function smallBodyLength(raw: IncomingMessage): number | undefined {
  if (raw.headers['transfer-encoding'] !== undefined) return undefined;
  const length = Number(raw.headers['content-length'] ?? 0);
  return Number.isInteger(length) && length <= httpChunkBytes ? length : undefined;
}

/** The whole request body; undefined if the client went away first. */
function readBody(raw: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    raw.on('data', (chunk: Buffer) => chunks.push(chunk));
    raw.once('end', () => resolve(Buffer.concat(chunks)));
    raw.once('close', () => resolve(raw.complete ? Buffer.concat(chunks) : undefined));
  });
}

function writeResponseHead(res: ServerResponse, statusCode: number, headers: Header[], requestId: string, onInvalid: (statusCode: number) => void): void {
  const valid = Number.isInteger(statusCode) && statusCode >= 100 && statusCode <= 999;
  if (!valid) onInvalid(statusCode);
  res.statusCode = statusCode === 0 ? 200 : valid ? statusCode : 500;
  for (const h of headers) {
    if (!hopByHop.has(h.name.toLowerCase())) res.setHeader(h.name, h.values);
  }
  res.setHeader('X-Request-Id', requestId);
}

async function forward(req: FastifyRequest, res: ServerResponse, pluginId: string, deps: HttpBridgeDeps, route: BridgeRoute): Promise<void> {
  const requestId = newId();
  const raw = req.raw;
  const target = deps.env.httpTarget(pluginId, route.hook);
  if (!('process' in target)) {
    raw.resume();
    return sendError(res, new AppError(target.statusCode === 404 ? 'app.plugin.not_found.app_error' : 'app.plugin.not_running.app_error', target.message, target.statusCode), requestId);
  }
  // Metrics requests carry no identity, as in Mattermost.
  const session: Session | undefined = route.hook === 'ServeHTTP' ? req.session : undefined;
  const { path, query } = splitUrl(req.url, `${pluginId}${route.suffix}`);
  const head = {
    method: req.method,
    path,
    query,
    url: query ? `${path}?${query}` : path,
    headers: requestHeaders(raw, session),
    remote_addr: `${raw.socket.remoteAddress ?? ''}:${raw.socket.remotePort ?? ''}`,
    context: route.hook === 'ServeMetrics' ? {} : { session_id: session?.id ?? '', request_id: requestId, ip_address: req.ip, accept_language: String(raw.headers['accept-language'] ?? ''), user_agent: String(raw.headers['user-agent'] ?? '') },
  };
  const onInvalidStatus = (statusCode: number) => deps.logger.warn('plugin answered an invalid HTTP status', { plugin_id: pluginId, status_code: statusCode });

  let body: Buffer | undefined;
  if (smallBodyLength(raw) !== undefined && target.process.canExchangeHttp(route.hook)) {
    body = await readBody(raw);
    if (body === undefined) return; // the client went away
    try {
      const answer = await target.process.exchangeHttp(route.hook, { head, body }, deps.timeoutMs());
      if (answer) {
        writeResponseHead(res, answer.head?.status_code ?? 200, answer.head?.headers ?? [], requestId, onInvalidStatus);
        res.end(answer.body);
        return;
      }
    } catch (err) {
      const appErr = err as AppError;
      if (appErr.statusCode === 504) {
        return sendError(res, new AppError('app.plugin.http_timeout.app_error', `Plugin "${pluginId}" did not answer within ${deps.timeoutMs()} ms.`, 504), requestId);
      }
      deps.logger.warn('plugin HTTP request failed', { plugin_id: pluginId, error: appErr.message });
      return sendError(res, new AppError('app.plugin.http_failed.app_error', `Plugin "${pluginId}" failed to answer: ${appErr.message}`, appErr.statusCode === 503 ? 503 : 502), requestId);
    }
  }
  stream(res, raw, target.process.openHttpStream(route.hook), head, body, { pluginId, requestId, deps, onInvalidStatus });
}

/** The request on a ServeHTTP stream: its body as it arrives (or `body`, read already), the response as it comes. */
function stream(
  res: ServerResponse,
  raw: IncomingMessage,
  call: grpc.ClientDuplexStream<unknown, any>,
  head: object,
  body: Buffer | undefined,
  { pluginId, requestId, deps, onInvalidStatus }: { pluginId: string; requestId: string; deps: HttpBridgeDeps; onInvalidStatus: (statusCode: number) => void },
): void {
  let headSent = false;
  let finished = false;

  const headTimer = setTimeout(() => {
    if (headSent) return;
    finished = true;
    call.cancel();
    raw.resume();
    sendError(res, new AppError('app.plugin.http_timeout.app_error', `Plugin "${pluginId}" did not answer within ${deps.timeoutMs()} ms.`, 504), requestId);
  }, deps.timeoutMs());

  const writeHead = (statusCode: number, headers: Header[]) => {
    headSent = true;
    clearTimeout(headTimer);
    writeResponseHead(res, statusCode, headers, requestId, onInvalidStatus);
  };

  // Client → plugin.
  call.write({ frame: { $case: 'head', value: head } });
  const end = () => {
    if (finished) return;
    call.write({ frame: { $case: 'body_end', value: true } });
    call.end();
  };
  if (body) {
    if (body.length) call.write(encodedBodyChunk(body));
    end();
  } else {
    raw.on('data', (chunk: Buffer) => {
      for (let offset = 0; offset < chunk.length; offset += httpChunkBytes) {
        if (!call.write(encodedBodyChunk(chunk.subarray(offset, offset + httpChunkBytes)))) raw.pause();
      }
    });
    call.on('drain', () => raw.resume());
    raw.on('end', end);
  }
  // A client that goes away cancels the plugin's work.
  res.on('close', () => {
    if (!res.writableFinished) call.cancel();
  });

  // Plugin → client.
  call.on('data', (message: { frame?: { $case: string; value: any } }) => {
    const frame = message.frame;
    if (!frame || finished) return;
    if (frame.$case === 'head') {
      if (!headSent) writeHead(frame.value.status_code, frame.value.headers ?? []);
      return;
    }
    if (!headSent) writeHead(200, []);
    if (frame.$case === 'body_chunk') {
      if (!res.write(frame.value)) {
        call.pause();
        res.once('drain', () => call.resume());
      }
    } else if (frame.$case === 'flush') {
      res.flushHeaders();
    }
  });
  call.on('end', () => {
    if (finished) return;
    finished = true;
    if (!headSent) writeHead(200, []);
    res.end();
  });
  call.on('error', (err: grpc.ServiceError) => {
    if (finished) return;
    finished = true;
    clearTimeout(headTimer);
    raw.resume();
    if (err.code === grpc.status.CANCELLED && res.destroyed) return;
    deps.logger.warn('plugin HTTP request failed', { plugin_id: pluginId, error: err.details || err.message });
    // Mid-response, the only honest signal left is closing the connection.
    const status = err.code === grpc.status.UNAVAILABLE ? 503 : 502;
    sendError(res, new AppError('app.plugin.http_failed.app_error', `Plugin "${pluginId}" failed to answer: ${err.details || err.message}`, status), requestId);
  });
}

export interface InternalHttpRequest {
  method: string;
  url: string;
  headers: Header[];
  body: Buffer;
}

export interface InternalHttpResponse {
  status_code: number;
  headers: Header[];
  body: Buffer;
}

/**
 * A plugin's HTTP request to another plugin (the Plugin API's PluginHTTP): the URL path starts
 * with "/<destination id>/"; the destination sees Mattermost-Plugin-ID naming the caller.
 */
export async function internalPluginRequest(env: PluginEnvironment, sourcePluginId: string, request: InternalHttpRequest, timeoutMs: number): Promise<InternalHttpResponse> {
  const match = /^\/([^/?]+)(\/[^?]*)?(?:\?(.*))?$/s.exec(request.url);
  if (!match) throw new AppError('api.plugin.plugin_http.invalid_url.app_error', 'Form of URL should be /<pluginid>/*', 400);
  const [, destination, path = '/', query = ''] = match;
  const headers = request.headers.filter((h) => !droppedRequestHeaders.has(h.name.toLowerCase()));
  headers.push({ name: 'Mattermost-Plugin-ID', values: [sourcePluginId] }, { name: 'Mattermost-User-Id', values: [''] });
  return requestPlugin(env, destination, { method: request.method || 'GET', path, query, headers, body: request.body }, timeoutMs);
}

/**
 * A user's POST to a plugin's own route, made by the server on the user's behalf (a dialog
 * submission to /plugins/<id>/…): the plugin sees Mattermost-User-Id, as for the user's own request.
 */
export async function pluginRequestAsUser(env: PluginEnvironment, pluginId: string, pathAndQuery: string, userId: string, body: Buffer, timeoutMs: number): Promise<InternalHttpResponse> {
  const [path, query = ''] = pathAndQuery.split(/\?(.*)/s);
  const headers: Header[] = [{ name: 'Content-Type', values: ['application/json'] }, { name: 'Mattermost-User-Id', values: [userId] }];
  return requestPlugin(env, pluginId, { method: 'POST', path, query, headers, body }, timeoutMs);
}

/**
 * One whole request to a plugin's ServeHTTP from inside the server, its answer read whole: one
 * call on the plugin's hook stream for a small body, else (or for a streaming handler) a stream.
 */
async function requestPlugin(
  env: PluginEnvironment,
  destination: string,
  request: { method: string; path: string; query: string; headers: Header[]; body: Buffer },
  timeoutMs: number,
): Promise<InternalHttpResponse> {
  const target = env.httpTarget(destination);
  if (!('process' in target)) return { status_code: target.statusCode, headers: [], body: Buffer.from(target.message) };
  const { path, query } = request;
  const head = { method: request.method, path, query, url: query ? `${path}?${query}` : path, headers: request.headers, remote_addr: '', context: { session_id: '', request_id: newId(), ip_address: '', accept_language: '', user_agent: '' } };
  if (request.body.length <= httpChunkBytes && target.process.canExchangeHttp('ServeHTTP')) {
    let answer;
    try {
      answer = await target.process.exchangeHttp('ServeHTTP', { head, body: request.body }, timeoutMs);
    } catch (err) {
      const appErr = err as AppError;
      if (appErr.statusCode === 504) throw new AppError('app.plugin.http_timeout.app_error', `Plugin "${destination}" did not answer within ${timeoutMs} ms.`, 504);
      throw new AppError('app.plugin.http_failed.app_error', `Plugin "${destination}" failed to answer: ${appErr.message}`, 502);
    }
    if (answer) return { status_code: answer.head?.status_code || 200, headers: answer.head?.headers ?? [], body: answer.body };
  }
  const call = target.process.openHttpStream();
  const response: InternalHttpResponse = { status_code: 200, headers: [], body: Buffer.alloc(0) };
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      call.cancel();
      reject(new AppError('app.plugin.http_timeout.app_error', `Plugin "${destination}" did not answer within ${timeoutMs} ms.`, 504));
    }, timeoutMs);
    call.on('data', (message: { frame?: { $case: string; value: any } }) => {
      const frame = message.frame;
      if (frame?.$case === 'head') {
        response.status_code = frame.value.status_code || 200;
        response.headers = frame.value.headers ?? [];
      } else if (frame?.$case === 'body_chunk') chunks.push(frame.value);
    });
    call.on('end', () => {
      clearTimeout(timer);
      resolve({ ...response, body: Buffer.concat(chunks) });
    });
    call.on('error', (err: grpc.ServiceError) => {
      clearTimeout(timer);
      reject(new AppError('app.plugin.http_failed.app_error', `Plugin "${destination}" failed to answer: ${err.details || err.message}`, 502));
    });
    call.write({ frame: { $case: 'head', value: head } });
    for (let offset = 0; offset < request.body.length; offset += httpChunkBytes) {
      call.write(encodedBodyChunk(request.body.subarray(offset, offset + httpChunkBytes)));
    }
    call.write({ frame: { $case: 'body_end', value: true } });
    call.end();
  });
}
