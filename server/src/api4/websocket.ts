// /api/v4/websocket: Mattermost's websocket protocol. A client authenticates with the
// Authorization header on the upgrade or with an `authentication_challenge` action, receives
// `hello`, then the events the hub sends it, each numbered by `seq`. Plugins hear of each
// authenticated connection (OnWebSocketConnect/Disconnect) and of every message it sends
// (WebSocketMessageHasBeenPosted).
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { WebSocketServer, type WebSocket } from 'ws';
import { type App, serverVersion } from '../app/app.js';
import { asAppError } from '../app/errors.js';
import type { Broadcast, EventConnection } from '../app/events.js';
import { newId } from '../app/ids.js';

const maxMessageBytes = 64 * 1024;
const pingIntervalMs = 30_000;

function headerToken(req: IncomingMessage): string | undefined {
  const match = /^(?:bearer|token)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (match) return match[1];
  const cookie = /(?:^|;\s*)MMAUTHTOKEN=([^;]+)/.exec(req.headers.cookie ?? '');
  return cookie?.[1];
}

export function registerWebSocket(http: FastifyInstance, app: App): void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });

  http.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!req.url?.startsWith('/api/v4/websocket')) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => void serve(ws, req));
  });

  async function serve(ws: WebSocket, req: IncomingMessage): Promise<void> {
    let seq = 0;
    let conn: EventConnection | undefined;
    const send = (event: string, data: Record<string, unknown>, broadcast: Broadcast) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ event, data, broadcast, seq: seq++ }));
    };
    const authenticate = async (token: string | undefined): Promise<boolean> => {
      const session = token ? await app.users.sessionForToken(token) : undefined;
      if (!session) return false;
      conn = { id: newId(), userId: session.user_id, send };
      app.events.add(conn);
      app.hooks.onWebSocketConnect(conn.id, conn.userId);
      send('hello', { server_version: serverVersion, connection_id: conn.id }, { user_id: session.user_id });
      return true;
    };

    let alive = true;
    const ping = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, pingIntervalMs);
    ws.on('pong', () => { alive = true; });
    ws.on('close', () => {
      clearInterval(ping);
      if (conn) {
        app.events.remove(conn);
        app.hooks.onWebSocketDisconnect(conn.id, conn.userId);
      }
    });

    await authenticate(headerToken(req));
    ws.on('message', async (raw) => {
      let msg: { seq?: number; action?: string; data?: Record<string, unknown> };
      try {
        msg = JSON.parse(raw.toString());
      } catch {
        return ws.send(JSON.stringify({ status: 'FAIL', error: { id: 'api.web_socket_router.bad_msg.app_error', message: 'The message is not valid JSON.' } }));
      }
      if (typeof msg !== 'object' || msg === null) msg = {};
      const reply = (body: Record<string, unknown>) => ws.send(JSON.stringify({ ...body, seq_reply: msg.seq }));
      // Plugins see every message of an authenticated connection, whatever its action.
      if (conn) {
        const data = typeof msg.data === 'object' && msg.data !== null && !Array.isArray(msg.data) ? msg.data : {};
        app.hooks.webSocketMessageHasBeenPosted(conn.id, conn.userId, { seq: Number.isSafeInteger(msg.seq) ? msg.seq! : 0, action: typeof msg.action === 'string' ? msg.action : '', data });
      }
      if (msg.action === 'authentication_challenge') {
        const ok = conn !== undefined || (await authenticate(typeof msg.data?.token === 'string' ? msg.data.token : undefined));
        return reply(ok ? { status: 'OK' } : { status: 'FAIL', error: { id: 'api.web_socket_router.not_authenticated.app_error', message: 'Invalid or expired session.' } });
      }
      if (!conn) return reply({ status: 'FAIL', error: { id: 'api.web_socket_router.not_authenticated.app_error', message: 'Authenticate first.' } });
      if (msg.action === 'ping') return reply({ status: 'OK', data: { text: 'pong', version: serverVersion, server_time: Date.now() } });
      if (msg.action === 'user_typing') {
        const channelId = String(msg.data?.channel_id ?? '');
        if (!(await app.channels.member(channelId, conn.userId))) {
          return reply({ status: 'FAIL', error: { id: 'api.web_socket_router.no_permission.app_error', message: 'Not a member of the channel.' } });
        }
        const parentId = typeof msg.data?.parent_id === 'string' ? msg.data.parent_id : '';
        try {
          await app.statuses.publishTyping(conn.userId, channelId, parentId);
        } catch (err) {
          const { id, message } = asAppError(err);
          return reply({ status: 'FAIL', error: { id, message } });
        }
        return reply({ status: 'OK' });
      }
      reply({ status: 'FAIL', error: { id: 'api.web_socket_router.bad_action.app_error', message: `Unknown action "${msg.action}".` } });
    });
  }
}
