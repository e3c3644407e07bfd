// Table types of the store. Booleans are stored as 0/1 and JSON as text, so the same
// schema and queries serve SQLite and PostgreSQL. Generated<…>: a column added later with a
// default, which inserts may leave out.
import type { Generated } from 'kysely';

export interface UserTable {
  id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  username: string;
  password_hash: string;
  auth_service: string;
  email: string;
  email_verified: number;
  nickname: string;
  first_name: string;
  last_name: string;
  position: string;
  roles: string;
  locale: string;
  is_bot: number;
  bot_description: string;
  last_password_update: number;
  props: string;
  last_picture_update: Generated<number>;
}

export interface SessionTable {
  id: string;
  token: string;
  user_id: string;
  create_at: number;
  expires_at: number;
  last_activity_at: number;
  csrf_token: string;
  device_id: Generated<string>;
  props: Generated<string>;
}

export interface TeamTable {
  id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  display_name: string;
  name: string;
  description: string;
  email: string;
  type: string;
  allow_open_invite: number;
  invite_id: string;
  last_team_icon_update: number;
  group_constrained: Generated<number>;
}

export interface TeamMemberTable {
  team_id: string;
  user_id: string;
  roles: string;
  delete_at: number;
  scheme_admin: number;
  scheme_user: number;
}

export interface ChannelTable {
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
  group_constrained: Generated<number>;
}

export interface ChannelMemberTable {
  channel_id: string;
  user_id: string;
  roles: string;
  last_viewed_at: number;
  msg_count: number;
  mention_count: number;
  last_update_at: number;
  scheme_admin: number;
  scheme_user: number;
  /** JSON object of the member's notification settings for the channel. */
  notify_props: string;
}

export interface PostTable {
  id: string;
  create_at: number;
  update_at: number;
  edit_at: number;
  delete_at: number;
  is_pinned: number;
  user_id: string;
  channel_id: string;
  root_id: string;
  original_id: string;
  message: string;
  type: string;
  props: string;
  hashtags: string;
  file_ids: string;
  pending_post_id: string;
}

export interface ReactionTable {
  user_id: string;
  post_id: string;
  emoji_name: string;
  create_at: number;
}

export interface PreferenceTable {
  user_id: string;
  category: string;
  name: string;
  value: string;
}

export interface FileInfoTable {
  id: string;
  creator_id: string;
  post_id: string;
  channel_id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  path: string;
  name: string;
  extension: string;
  size: number;
  mime_type: string;
  width: number;
  height: number;
  /** The text a file search matches (SetFileSearchableContent). */
  content: string;
}

export interface PluginKVTable {
  plugin_id: string;
  pkey: string;
  pvalue: Uint8Array;
  expire_at: number;
}

export interface BotTable {
  user_id: string;
  display_name: string;
  description: string;
  owner_id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface UserAccessTokenTable {
  id: string;
  token: string;
  user_id: string;
  description: string;
  is_active: number;
}

export interface SidebarCategoryTable {
  id: string;
  user_id: string;
  team_id: string;
  sort_order: number;
  sorting: string;
  type: string;
  display_name: string;
  muted: number;
  collapsed: number;
}

export interface SidebarChannelTable {
  user_id: string;
  team_id: string;
  channel_id: string;
  category_id: string;
  sort_order: number;
}

export interface EmojiTable {
  id: string;
  creator_id: string;
  name: string;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface UploadSessionTable {
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

export interface SystemTable {
  name: string;
  value: string;
}

export interface CommandTable {
  id: string;
  token: string;
  create_at: number;
  update_at: number;
  creator_id: string;
  plugin_id: string;
  team_id: string;
  trigger: string;
  method: string;
  username: string;
  icon_url: string;
  auto_complete: number;
  auto_complete_desc: string;
  auto_complete_hint: string;
  display_name: string;
  description: string;
  url: string;
}

export interface OAuthAppTable {
  id: string;
  creator_id: string;
  create_at: number;
  update_at: number;
  client_secret_hash: string;
  name: string;
  description: string;
  icon_url: string;
  /** JSON list of URLs. */
  callback_urls: string;
  homepage: string;
  is_trusted: number;
  mattermost_app_id: string;
}

/** A user group (Mattermost's UserGroups): "custom", or a plugin's ("plugin_<plugin id>"). */
export interface UserGroupTable {
  id: string;
  /** "" for a group no one may mention. */
  name: string;
  display_name: string;
  description: string;
  source: string;
  /** The group's id in its source ("" for custom groups). */
  remote_id: string;
  allow_reference: number;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface GroupMemberTable {
  group_id: string;
  user_id: string;
  create_at: number;
  delete_at: number;
}

/** A group's link to a team or channel (Mattermost's GroupTeams and GroupChannels). */
export interface GroupSyncableTable {
  group_id: string;
  syncable_id: string;
  /** "Team" or "Channel". */
  type: string;
  auto_add: number;
  scheme_admin: number;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface PropertyGroupTable {
  id: string;
  name: string;
}

export interface PropertyFieldTable {
  id: string;
  group_id: string;
  name: string;
  type: string;
  /** A JSON object. */
  attrs: string;
  target_id: string;
  target_type: string;
  object_type: string;
  /** '' when the field is not linked to a template. */
  linked_field_id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface PropertyValueTable {
  id: string;
  target_id: string;
  target_type: string;
  group_id: string;
  field_id: string;
  /** Any JSON value. */
  value: string;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface Database {
  users: UserTable;
  sessions: SessionTable;
  teams: TeamTable;
  team_members: TeamMemberTable;
  channels: ChannelTable;
  channel_members: ChannelMemberTable;
  posts: PostTable;
  reactions: ReactionTable;
  preferences: PreferenceTable;
  file_infos: FileInfoTable;
  plugin_kv: PluginKVTable;
  bots: BotTable;
  user_access_tokens: UserAccessTokenTable;
  sidebar_categories: SidebarCategoryTable;
  sidebar_channels: SidebarChannelTable;
  emoji: EmojiTable;
  upload_sessions: UploadSessionTable;
  systems: SystemTable;
  commands: CommandTable;
  oauth_apps: OAuthAppTable;
  user_groups: UserGroupTable;
  group_members: GroupMemberTable;
  group_syncables: GroupSyncableTable;
  property_groups: PropertyGroupTable;
  property_fields: PropertyFieldTable;
  property_values: PropertyValueTable;
}
