// Websocket events: who is connected, and delivery of each event only to the users allowed
// to see it (Mattermost's envelope: event, data, broadcast, seq).
import type { Db } from '../store/db.js';
import { invalidField } from './errors.js';

/** Where a toast may show (Mattermost's SendToastMessageOptions.Position). */
export const toastPositions = ['top-left', 'top-center', 'top-right', 'bottom-left', 'bottom-center', 'bottom-right'];

export interface Broadcast {
  omit_users?: Record<string, boolean> | null;
  user_id?: string;
  channel_id?: string;
  team_id?: string;
  /** Only this connection. */
  connection_id?: string;
  /** Every selected connection but this one. */
  omit_connection_id?: string;
}

export interface EventConnection {
  id: string;
  userId: string;
  /** Sends one event; the connection numbers its events itself. */
  send(event: string, data: Record<string, unknown>, broadcast: Broadcast): void;
}

export class EventHub {
  private readonly byUser = new Map<string, Set<EventConnection>>();

  /** Called when a user's first connection opens (true) and when their last one closes (false). */
  onPresence?: (userId: string, connected: boolean) => void;

  constructor(private readonly db: Db) {}

  add(conn: EventConnection): void {
    let set = this.byUser.get(conn.userId);
    if (!set) this.byUser.set(conn.userId, (set = new Set()));
    set.add(conn);
    if (set.size === 1) this.onPresence?.(conn.userId, true);
  }

  remove(conn: EventConnection): void {
    const set = this.byUser.get(conn.userId);
    if (!set?.delete(conn)) return;
    if (set.size === 0) {
      this.byUser.delete(conn.userId);
      this.onPresence?.(conn.userId, false);
    }
  }

  /** Whether the user has at least one open connection. */
  isConnected(userId: string): boolean {
    return this.byUser.has(userId);
  }

  /**
   * Publishes an event to the connections the broadcast selects, as Mattermost's hub does: one
   * connection (connection_id, of the user if user_id is set too); else one user's, a channel's
   * members', a team's members' or everyone's connections, less omit_users and omit_connection_id.
   */
  async publish(event: string, data: Record<string, unknown>, broadcast: Broadcast): Promise<void> {
    if (this.byUser.size === 0) return;
    const full: Broadcast = {
      omit_users: broadcast.omit_users ?? null, user_id: broadcast.user_id ?? '', channel_id: broadcast.channel_id ?? '', team_id: broadcast.team_id ?? '',
      connection_id: broadcast.connection_id ?? '', omit_connection_id: broadcast.omit_connection_id ?? '',
    };
    if (broadcast.connection_id) {
      for (const [userId, conns] of this.byUser) {
        if (broadcast.user_id && userId !== broadcast.user_id) continue;
        for (const conn of conns) if (conn.id === broadcast.connection_id) conn.send(event, data, full);
      }
      return;
    }
    let recipients: Iterable<string>;
    if (broadcast.user_id) recipients = [broadcast.user_id];
    else if (broadcast.channel_id) {
      recipients = (await this.db.selectFrom('channel_members').select('user_id').where('channel_id', '=', broadcast.channel_id).execute()).map((r) => r.user_id);
    } else if (broadcast.team_id) {
      recipients = (await this.db.selectFrom('team_members').select('user_id').where('team_id', '=', broadcast.team_id).where('delete_at', '=', 0).execute()).map((r) => r.user_id);
    } else recipients = [...this.byUser.keys()];
    for (const userId of recipients) {
      if (broadcast.omit_users?.[userId]) continue;
      for (const conn of this.byUser.get(userId) ?? []) if (conn.id !== broadcast.omit_connection_id) conn.send(event, data, full);
    }
  }

  /** A plugin's own event: sent as `custom_<plugin id>_<event>`, as Mattermost names it. */
  async publishPluginEvent(pluginId: string, event: string, data: Record<string, unknown>, broadcast: Broadcast): Promise<void> {
    if (!event) throw invalidField('websocket_event', 'event', 'is required');
    await this.publish(`custom_${pluginId}_${event}`, data, broadcast);
  }

  /** A toast in a user's clients (`show_toast`), or in one of its connections. */
  async showToast(userId: string, connectionId: string, message: string, position: string): Promise<void> {
    if (!userId) throw invalidField('toast', 'user_id', 'is required');
    if (!message) throw invalidField('toast', 'message', 'is required');
    if (position && !toastPositions.includes(position)) throw invalidField('toast', 'position', `must be one of ${toastPositions.join(', ')}`);
    await this.publish('show_toast', { message, position }, { user_id: userId, connection_id: connectionId });
  }
}
