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
}

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

export const isSystemAdmin = (roles: string) => roles.split(' ').includes('system_admin');

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
}
