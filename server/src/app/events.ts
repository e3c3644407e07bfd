// Websocket events: who is connected, and delivery of each event only to the users allowed
// to see it (Mattermost's envelope: event, data, broadcast, seq).
import type { Db } from '../store/db.js';

export interface Broadcast {
  omit_users?: Record<string, boolean> | null;
  user_id?: string;
  channel_id?: string;
  team_id?: string;
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

  /** Publishes an event to the users the broadcast names: one user, a channel's or a team's members. */
  async publish(event: string, data: Record<string, unknown>, broadcast: Broadcast): Promise<void> {
    if (this.byUser.size === 0) return;
    let recipients: Iterable<string>;
    if (broadcast.user_id) recipients = [broadcast.user_id];
    else if (broadcast.channel_id) {
      recipients = (await this.db.selectFrom('channel_members').select('user_id').where('channel_id', '=', broadcast.channel_id).execute()).map((r) => r.user_id);
    } else if (broadcast.team_id) {
      recipients = (await this.db.selectFrom('team_members').select('user_id').where('team_id', '=', broadcast.team_id).where('delete_at', '=', 0).execute()).map((r) => r.user_id);
    } else recipients = [...this.byUser.keys()];
    const full: Broadcast = { omit_users: broadcast.omit_users ?? null, user_id: broadcast.user_id ?? '', channel_id: broadcast.channel_id ?? '', team_id: broadcast.team_id ?? '' };
    for (const userId of recipients) {
      if (broadcast.omit_users?.[userId]) continue;
      for (const conn of this.byUser.get(userId) ?? []) conn.send(event, data, full);
    }
  }
}
