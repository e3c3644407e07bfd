// The notification settings of a channel membership (Mattermost's ChannelMember.NotifyProps):
// the keys a client may set, the values each takes, and the settings a new member starts with.
import { invalidField } from './errors.js';

/** What a new channel member starts with, as in Mattermost. */
export const defaultChannelNotifyProps: Readonly<Record<string, string>> = {
  desktop: 'default',
  email: 'default',
  mark_unread: 'all',
  push: 'default',
  ignore_channel_mentions: 'default',
};

const notifyLevels = ['default', 'all', 'mention', 'none'];
const allowedValues: Record<string, readonly string[]> = {
  desktop: notifyLevels,
  push: notifyLevels,
  desktop_threads: notifyLevels,
  push_threads: notifyLevels,
  // Mattermost's clients send a level, older ones "true" / "false".
  email: [...notifyLevels, 'true', 'false'],
  mark_unread: ['all', 'mention'],
  ignore_channel_mentions: ['default', 'off', 'on'],
  channel_auto_follow_threads: ['off', 'on'],
  desktop_sound: ['default', 'on', 'off'],
  desktop_notification_sound: ['default', 'Bing', 'Crackle', 'Down', 'Hello', 'Ripple', 'Upstairs'],
};

/** Notification settings to store, or a 400 naming the first unknown key or bad value. */
export function checkNotifyProps(props: unknown): Record<string, string> {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) throw invalidField('channel_member', 'notify_props', 'must be an object of settings');
  for (const [key, value] of Object.entries(props)) {
    const allowed = allowedValues[key];
    if (!allowed) throw invalidField('channel_member', 'notify_props', `has an unknown setting "${key}" (known: ${Object.keys(allowedValues).join(', ')})`);
    if (typeof value !== 'string' || !allowed.includes(value)) throw invalidField('channel_member', 'notify_props', `setting "${key}" must be one of ${allowed.map((v) => `"${v}"`).join(', ')}`);
  }
  return props as Record<string, string>;
}
