// User statuses, in memory: "online" while the user has a websocket connection, "offline"
// otherwise — unless the user set a status by hand (away, dnd, offline), which sticks until
// changed. Setting "online" by hand clears the manual status, as in Mattermost. A timed "dnd"
// returns to the status before it when its end time passes. Also here: custom statuses (kept
// in the user's props, as in Mattermost) and typing notices.
import type { Channels } from './channels.js';
import { invalidField } from './errors.js';
import type { EventHub } from './events.js';
import { isValidId, now } from './ids.js';
import type { CustomStatus, User, UserStatus } from './models.js';
import type { Users } from './users.js';

export const statusValues = ['online', 'away', 'dnd', 'offline'] as const;

/** The user props key of the custom status (JSON text), Mattermost's UserPropsKeyCustomStatus. */
export const customStatusKey = 'customStatus';
export const maxCustomStatusTextRunes = 100;
const maxEmojiNameLength = 64;
const defaultCustomStatusEmoji = 'speech_balloon';
const customStatusDurations = ['thirty_minutes', 'one_hour', 'four_hours', 'today', 'this_week', 'date_and_time'];
/** How Mattermost (Go) writes "no expiry". */
const goZeroTime = '0001-01-01T00:00:00Z';
/** setTimeout's longest delay; a later DND end is re-armed when this passes. */
const maxTimerMs = 2 ** 31 - 1;

/**
 * A custom status as Mattermost stores it: the emoji defaults to "speech_balloon"; a duration
 * needs a future `expires_at`; a future `expires_at` without a duration is "date_and_time".
 * 400 naming the first bad field.
 */
export function checkCustomStatus(input: unknown): CustomStatus {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw invalidField('custom_status', 'custom_status', 'must be an object');
  const cs = input as Record<string, unknown>;
  const text = (field: string) => {
    const v = cs[field] ?? '';
    if (typeof v !== 'string') throw invalidField('custom_status', field, 'must be a string');
    return v;
  };
  const emoji = text('emoji');
  if (emoji.length > maxEmojiNameLength || !/^[a-zA-Z0-9_+-]*$/.test(emoji)) {
    throw invalidField('custom_status', 'emoji', `must be an emoji name of at most ${maxEmojiNameLength} letters, digits, "_", "+" or "-"`);
  }
  const message = text('text');
  if ([...message].length > maxCustomStatusTextRunes) throw invalidField('custom_status', 'text', `must be at most ${maxCustomStatusTextRunes} characters`);
  let duration = text('duration');
  if (duration && !customStatusDurations.includes(duration)) throw invalidField('custom_status', 'duration', `must be "" or one of ${customStatusDurations.join(', ')}`);
  const expiresText = text('expires_at');
  let expiresAt = 0;
  if (expiresText && expiresText !== goZeroTime) {
    expiresAt = /^\d{4}-\d\d-\d\dT/.test(expiresText) ? Date.parse(expiresText) : NaN;
    if (Number.isNaN(expiresAt)) throw invalidField('custom_status', 'expires_at', 'must be an RFC 3339 time');
    if (expiresAt <= now()) throw invalidField('custom_status', 'expires_at', 'must be in the future');
  }
  if (duration && !expiresAt) throw invalidField('custom_status', 'expires_at', `is required with the duration "${duration}"`);
  if (!duration && expiresAt) duration = 'date_and_time';
  return {
    emoji: emoji || defaultCustomStatusEmoji,
    text: message,
    duration,
    expires_at: expiresAt ? new Date(expiresAt).toISOString() : goZeroTime,
  };
}

/** What a timed "dnd" returns to. */
interface DndReturn {
  status: string;
  manual: boolean;
  timer: NodeJS.Timeout;
}

const offline = (userId: string): UserStatus => ({ user_id: userId, status: 'offline', manual: false, last_activity_at: 0, dnd_end_time: 0 });

export class Statuses {
  private readonly byUser = new Map<string, UserStatus>();
  private readonly timedDnd = new Map<string, DndReturn>();

  constructor(private readonly events: EventHub, private readonly users: Users, private readonly channels: Channels) {
    events.onPresence = (userId, connected) => this.presence(userId, connected);
  }

  /** The status of a user id, known or not (no database lookup). */
  get(userId: string): UserStatus {
    return { ...(this.byUser.get(userId) ?? offline(userId)) };
  }

  /** The status of a user; 404 if there is no such user. */
  async ofUser(userId: string): Promise<UserStatus> {
    return this.get((await this.users.get(userId)).id);
  }

  /** The statuses of the users with these ids; unknown ids are left out. */
  async ofUsers(userIds: string[]): Promise<UserStatus[]> {
    return (await this.users.getByIds(userIds)).map((u) => this.get(u.id));
  }

  /** A status set by the user (or an admin or a plugin for them); it ends a timed "dnd". */
  async set(userId: string, status: unknown): Promise<UserStatus> {
    if (typeof status !== 'string' || !(statusValues as readonly string[]).includes(status)) {
      throw invalidField('status', 'status', `must be one of ${statusValues.join(', ')}`);
    }
    const user = await this.users.get(userId);
    this.cancelTimedDnd(user.id);
    return this.change(user.id, status, status !== 'online');
  }

  /** "dnd" until `endTime` (seconds since the Unix epoch), then back to the status before. */
  async setTimedDnd(userId: string, endTime: unknown): Promise<UserStatus> {
    if (typeof endTime !== 'number' || !Number.isSafeInteger(endTime) || endTime * 1000 <= now()) {
      throw invalidField('status', 'dnd_end_time', 'must be a future time in seconds since the Unix epoch');
    }
    const user = await this.users.get(userId);
    const current = this.get(user.id);
    // A new end time over a running timed "dnd" still returns to what was before it.
    const running = this.timedDnd.get(user.id);
    const back = running ? { status: running.status, manual: running.manual } : { status: current.status, manual: current.manual };
    this.cancelTimedDnd(user.id);
    this.timedDnd.set(user.id, { ...back, timer: this.armDndEnd(user.id, endTime) });
    return this.change(user.id, 'dnd', true, endTime);
  }

  private armDndEnd(userId: string, endTime: number): NodeJS.Timeout {
    const timer = setTimeout(() => {
      const pending = this.timedDnd.get(userId);
      if (!pending || pending.timer !== timer) return;
      if (endTime * 1000 > now()) {
        pending.timer = this.armDndEnd(userId, endTime);
        return;
      }
      this.timedDnd.delete(userId);
      if (pending.manual) this.change(userId, pending.status, true);
      else this.change(userId, this.events.isConnected(userId) ? 'online' : 'offline', false);
    }, Math.min(Math.max(0, endTime * 1000 - now()), maxTimerMs));
    timer.unref();
    return timer;
  }

  private cancelTimedDnd(userId: string): void {
    const pending = this.timedDnd.get(userId);
    if (pending) clearTimeout(pending.timer);
    this.timedDnd.delete(userId);
  }

  private presence(userId: string, connected: boolean): void {
    const current = this.get(userId);
    if (current.manual) {
      this.byUser.set(userId, { ...current, last_activity_at: now() });
      return;
    }
    this.change(userId, connected ? 'online' : 'offline', false);
  }

  private change(userId: string, status: string, manual: boolean, dndEndTime = 0): UserStatus {
    const previous = this.byUser.get(userId);
    const next: UserStatus = { user_id: userId, status, manual, last_activity_at: now(), dnd_end_time: dndEndTime };
    this.byUser.set(userId, next);
    if (previous?.status !== status && !(previous === undefined && status === 'offline')) {
      void this.events.publish('status_change', { user_id: userId, status }, {});
    }
    return { ...next };
  }

  /** Sets the user's custom status (see checkCustomStatus) and returns the user. */
  async setCustom(userId: string, input: unknown): Promise<User> {
    const custom = checkCustomStatus(input);
    return this.users.updateProps(userId, (props) => ({ ...props, [customStatusKey]: JSON.stringify(custom) }));
  }

  async removeCustom(userId: string): Promise<User> {
    return this.users.updateProps(userId, ({ [customStatusKey]: _removed, ...props }) => props);
  }

  /**
   * Tells the channel's members, but the user, that the user is typing (Mattermost's `typing`
   * event); `parentId` is the thread's root post, "" for none.
   */
  async publishTyping(userId: string, channelId: string, parentId = ''): Promise<void> {
    if (parentId && !isValidId(parentId)) throw invalidField('typing', 'parent_id', 'is not a valid id');
    const user = await this.users.get(userId);
    const channel = await this.channels.get(channelId);
    void this.events.publish('typing', { user_id: user.id, parent_id: parentId }, { channel_id: channel.id, omit_users: { [user.id]: true } });
  }
}
