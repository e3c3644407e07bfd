// Plugin API: websocket events, interactive dialogs and toasts.
import type { Broadcast } from '../../app/events.js';
import { fromMessage } from '../convert.js';
import { type ApiDeps, type Handlers, need, parseJsonObject } from './types.js';

interface BroadcastMessage {
  omit_users: string[];
  user_id: string;
  channel_id: string;
  team_id: string;
  connection_id: string;
  omit_connection_id: string;
}

const broadcastOf = (b: BroadcastMessage | undefined): Broadcast => ({
  omit_users: b?.omit_users.length ? Object.fromEntries(b.omit_users.map((id) => [id, true])) : null,
  user_id: b?.user_id ?? '',
  channel_id: b?.channel_id ?? '',
  team_id: b?.team_id ?? '',
  connection_id: b?.connection_id ?? '',
  omit_connection_id: b?.omit_connection_id ?? '',
});

export const websocketHandlers = ({ app }: ApiDeps) => ({
  PublishWebSocketEvent: async (req, { pluginId }) => {
    await app.events.publishPluginEvent(pluginId, req.event, parseJsonObject('payload_json', req.payload_json), broadcastOf(req.broadcast));
    return {};
  },
  OpenInteractiveDialog: async (req) => {
    await app.dialogs.open(fromMessage(need(req.dialog_request, 'dialog_request')));
    return {};
  },
  SendToastMessage: async (req) => {
    await app.events.showToast(req.user_id, req.connection_id ?? '', req.message, req.position ?? '');
    return {};
  },
}) satisfies Partial<Handlers>;
