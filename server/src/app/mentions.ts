// Who a message mentions, as Mattermost counts it for the unread badge: "@username" (the name
// may be followed by punctuation, "@alice." mentions alice), "@groupname" of a referenceable
// group for its members (app.groups), and "@channel" / "@all" for every member. An "@" inside a
// word (an email address) mentions no one.

const mentionPattern = /(?<![\p{L}\p{N}_])@([a-z0-9][a-z0-9._-]*)/giu;
const channelWide = new Set(['channel', 'all']);

export interface Mentions {
  /** Lower-case usernames (or group names), each also without trailing ".", "-" or "_". */
  usernames: Set<string>;
  /** Whether the message says @channel or @all. */
  channelWide: boolean;
}

export function parseMentions(message: string): Mentions {
  const usernames = new Set<string>();
  let wide = false;
  for (const match of message.matchAll(mentionPattern)) {
    const name = match[1].toLowerCase();
    const trimmed = name.replace(/[._-]+$/, '');
    if (channelWide.has(trimmed)) wide = true;
    usernames.add(name);
    usernames.add(trimmed);
  }
  return { usernames, channelWide: wide };
}
