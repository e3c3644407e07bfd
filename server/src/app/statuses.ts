// User statuses, in memory: "online" while the user has a websocket connection, "offline"
// otherwise — unless the user set a status by hand (away, dnd, offline), which sticks until
// changed. Setting "online" by hand clears the manual status, as in Mattermost.
import { invalidField } from './errors.js';
import type { EventHub } from './events.js';
import { now } from './ids.js';
import type { UserStatus } from './models.js';

export const statusValues = ['online', 'away', 'dnd', 'offline'] as const;

export class Statuses {
  private readonly byUser = new Map<string, UserStatus>();

  constructor(private readonly events: EventHub) {
    events.onPresence = (userId, connected) => this.presence(userId, connected);
  }

  get(userId: string): UserStatus {
    return { ...(this.byUser.get(userId) ?? { user_id: userId, status: 'offline', manual: false, last_activity_at: 0 }) };
  }

  /** A status set by the user (or an admin for them). */
  set(userId: string, status: unknown): UserStatus {
    if (typeof status !== 'string' || !(statusValues as readonly string[]).includes(status)) {
      throw invalidField('status', 'status', `must be one of ${statusValues.join(', ')}`);
    }
    return this.change(userId, status, status !== 'online');
  }

  private presence(userId: string, connected: boolean): void {
    const current = this.get(userId);
    if (current.manual) {
      this.byUser.set(userId, { ...current, last_activity_at: now() });
      return;
    }
    this.change(userId, connected ? 'online' : 'offline', false);
  }

  private change(userId: string, status: string, manual: boolean): UserStatus {
    const previous = this.byUser.get(userId);
    const next: UserStatus = { user_id: userId, status, manual, last_activity_at: now() };
    this.byUser.set(userId, next);
    if (previous?.status !== status && !(previous === undefined && status === 'offline')) {
      void this.events.publish('status_change', { user_id: userId, status }, {});
    }
    return { ...next };
  }
}
