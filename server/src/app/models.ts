// Domain models with Mattermost's JSON field names: what REST returns and what the
// Plugin API's messages carry.
export interface User {
  id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  username: string;
  auth_service: string;
  email: string;
  email_verified: boolean;
  nickname: string;
  first_name: string;
  last_name: string;
  position: string;
  roles: string;
  locale: string;
  is_bot: boolean;
  bot_description: string;
  last_password_update: number;
  /** When the profile image was last set; 0 while it is the generated default. */
  last_picture_update: number;
  props: Record<string, unknown>;
}

export interface Session {
  id: string;
  token: string;
  user_id: string;
  create_at: number;
  expires_at: number;
  last_activity_at: number;
  roles: string;
  csrf_token: string;
  device_id: string;
  props: Record<string, unknown>;
}

export interface Team {
  id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  display_name: string;
  name: string;
  description: string;
  email: string;
  type: string;
  allow_open_invite: boolean;
  invite_id: string;
  /** When the team icon was last set (ms), 0 if it has none. */
  last_team_icon_update: number;
  /** Whether only members of the groups linked to the team belong in it. */
  group_constrained: boolean;
}

/** A user's unread messages and mentions in one team (Mattermost's model.TeamUnread). */
export interface TeamUnread {
  team_id: string;
  msg_count: number;
  mention_count: number;
}

/** Member counts of a team (Mattermost's model.TeamStats); active members are not deactivated. */
export interface TeamStats {
  team_id: string;
  total_member_count: number;
  active_member_count: number;
}

/** Whether anyone may join the team by themselves (an open team, or one that allows open invites). */
export const isOpenTeam = (team: { type: string; allow_open_invite: boolean | number }) => team.type === 'O' || Boolean(team.allow_open_invite);

export interface TeamMember {
  team_id: string;
  user_id: string;
  roles: string;
  delete_at: number;
  scheme_admin: boolean;
  scheme_user: boolean;
}

export interface Channel {
  id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  team_id: string;
  type: string;
  display_name: string;
  name: string;
  header: string;
  purpose: string;
  last_post_at: number;
  total_msg_count: number;
  creator_id: string;
  /** Whether only members of the groups linked to the channel belong in it. */
  group_constrained: boolean;
}

export interface ChannelMember {
  channel_id: string;
  user_id: string;
  roles: string;
  last_viewed_at: number;
  msg_count: number;
  mention_count: number;
  last_update_at: number;
  scheme_admin: boolean;
  scheme_user: boolean;
  /** The member's notification settings for the channel (desktop, email, push, mark_unread …). */
  notify_props: Record<string, string>;
}

/** Counts of a channel (Mattermost's model.ChannelStats). */
export interface ChannelStats {
  channel_id: string;
  member_count: number;
  guest_count: number;
  pinnedpost_count: number;
  files_count: number;
}

/** A category of a user's channel sidebar in a team (Mattermost's model.SidebarCategoryWithChannels). */
export interface SidebarCategory {
  id: string;
  user_id: string;
  team_id: string;
  sort_order: number;
  sorting: string;
  type: string;
  display_name: string;
  muted: boolean;
  collapsed: boolean;
  channel_ids: string[];
}

/** A user's sidebar in a team: the categories, and their ids in display order. */
export interface OrderedSidebarCategories {
  categories: SidebarCategory[];
  order: string[];
}

export interface Post {
  id: string;
  create_at: number;
  update_at: number;
  edit_at: number;
  delete_at: number;
  is_pinned: boolean;
  user_id: string;
  channel_id: string;
  root_id: string;
  original_id: string;
  message: string;
  type: string;
  props: Record<string, unknown>;
  hashtags: string;
  file_ids: string[];
  pending_post_id: string;
  reply_count: number;
}

/** An emoji reaction of a user to a post (Mattermost's model.Reaction). */
export interface Reaction {
  user_id: string;
  post_id: string;
  emoji_name: string;
  create_at: number;
}

/** A user's preference (Mattermost's model.Preference). */
export interface Preference {
  user_id: string;
  category: string;
  name: string;
  value: string;
}

/** A message a websocket client sent (Mattermost's model.WebSocketRequest). */
export interface WebSocketRequest {
  seq: number;
  action: string;
  data: Record<string, unknown>;
}

export interface FileInfo {
  id: string;
  creator_id: string;
  post_id: string;
  channel_id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  name: string;
  extension: string;
  size: number;
  mime_type: string;
  width: number;
  height: number;
  has_preview_image: boolean;
}

/** A custom emoji (Mattermost's model.Emoji); its image is kept beside it. */
export interface Emoji {
  id: string;
  creator_id: string;
  name: string;
  create_at: number;
  update_at: number;
  delete_at: number;
}

/** A resumable upload (Mattermost's model.UploadSession). */
export interface UploadSession {
  id: string;
  type: string;
  create_at: number;
  user_id: string;
  channel_id: string;
  filename: string;
  /** Where the data goes, relative to the file store. */
  path: string;
  file_size: number;
  file_offset: number;
  remote_id: string;
  req_file_id: string;
}

/** Who is acting and the request metadata that hooks receive as their Context. */
export interface RequestContext {
  requestId: string;
  session?: Session;
  /** Set when a plugin acts through the Plugin API. */
  pluginId?: string;
  ipAddress: string;
  userAgent: string;
  acceptLanguage: string;
}


/** A bot account (Mattermost's model.Bot); its user has is_bot. */
export interface Bot {
  user_id: string;
  username: string;
  display_name: string;
  description: string;
  owner_id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
}

/** A personal access token; `token` is only ever shown when it is created. */
export interface UserAccessToken {
  id: string;
  token?: string;
  user_id: string;
  description: string;
  is_active: boolean;
}

/** A user's presence (Mattermost's model.Status). */
export interface UserStatus {
  user_id: string;
  status: string;
  manual: boolean;
  last_activity_at: number;
  /** When a timed "dnd" ends, in seconds since the Unix epoch (0: not timed). */
  dnd_end_time: number;
}

/** A user's custom status (Mattermost's model.CustomStatus), kept as JSON text in the user's props. */
export interface CustomStatus {
  emoji: string;
  text: string;
  duration: string;
  /** RFC 3339; Go's zero time ("0001-01-01T00:00:00Z") for never, as Mattermost stores it. */
  expires_at: string;
}
