// Schema migrations, in order. Never edit a shipped migration; add a new one.
import { type Kysely, type Migration, sql } from 'kysely';


export const migrations: Record<string, Migration> = {
  '0001_core': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('update_at', 'bigint', (c) => c.notNull())
        .addColumn('delete_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('username', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('auth_service', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('email', 'varchar(128)', (c) => c.notNull().unique())
        .addColumn('email_verified', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('nickname', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('first_name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('last_name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('roles', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
        .addColumn('is_bot', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('bot_description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('last_password_update', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('props', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('token', 'varchar(26)', (c) => c.notNull().unique())
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('last_activity_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('idx_sessions_user').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('teams')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('update_at', 'bigint', (c) => c.notNull())
        .addColumn('delete_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('name', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('type', 'varchar(1)', (c) => c.notNull())
        .addColumn('allow_open_invite', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('invite_id', 'varchar(26)', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('team_members')
        .addColumn('team_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('roles', 'text', (c) => c.notNull())
        .addColumn('delete_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('scheme_admin', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('scheme_user', 'integer', (c) => c.notNull().defaultTo(1))
        .addPrimaryKeyConstraint('pk_team_members', ['team_id', 'user_id'])
        .execute();
      await db.schema.createIndex('idx_team_members_user').on('team_members').column('user_id').execute();

      await db.schema
        .createTable('channels')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('update_at', 'bigint', (c) => c.notNull())
        .addColumn('delete_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('team_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('type', 'varchar(1)', (c) => c.notNull())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('name', 'varchar(64)', (c) => c.notNull())
        .addColumn('header', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('last_post_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('total_msg_count', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('creator_id', 'varchar(26)', (c) => c.notNull().defaultTo(''))
        .addUniqueConstraint('uq_channels_team_name', ['team_id', 'name'])
        .execute();

      await db.schema
        .createTable('channel_members')
        .addColumn('channel_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('roles', 'text', (c) => c.notNull())
        .addColumn('last_viewed_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('msg_count', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('mention_count', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('last_update_at', 'bigint', (c) => c.notNull())
        .addColumn('scheme_admin', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('scheme_user', 'integer', (c) => c.notNull().defaultTo(1))
        .addPrimaryKeyConstraint('pk_channel_members', ['channel_id', 'user_id'])
        .execute();
      await db.schema.createIndex('idx_channel_members_user').on('channel_members').column('user_id').execute();

      await db.schema
        .createTable('posts')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('update_at', 'bigint', (c) => c.notNull())
        .addColumn('edit_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('delete_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('is_pinned', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('channel_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('root_id', 'varchar(26)', (c) => c.notNull().defaultTo(''))
        .addColumn('original_id', 'varchar(26)', (c) => c.notNull().defaultTo(''))
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('props', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('hashtags', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('file_ids', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('pending_post_id', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema.createIndex('idx_posts_channel_create').on('posts').columns(['channel_id', 'create_at']).execute();

      await db.schema
        .createTable('file_infos')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('creator_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('post_id', 'varchar(26)', (c) => c.notNull().defaultTo(''))
        .addColumn('channel_id', 'varchar(26)', (c) => c.notNull().defaultTo(''))
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('update_at', 'bigint', (c) => c.notNull())
        .addColumn('delete_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('extension', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('mime_type', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('width', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('height', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('plugin_kv')
        .addColumn('plugin_id', 'varchar(190)', (c) => c.notNull())
        .addColumn('pkey', 'varchar(150)', (c) => c.notNull())
        .addColumn('pvalue', sql`blob`, (c) => c.notNull())
        .addColumn('expire_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('pk_plugin_kv', ['plugin_id', 'pkey'])
        .execute();
    },
  },
  '0002_session_csrf': {
    // Cookie-authenticated writes must carry this token in X-CSRF-Token, as in Mattermost.
    async up(db: Kysely<any>) {
      await db.schema.alterTable('sessions').addColumn('csrf_token', 'varchar(26)', (c) => c.notNull().defaultTo('')).execute();
    },
  },
  '0003_reactions': {
    // One reaction per user, post and emoji, as in Mattermost.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('reactions')
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('post_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('emoji_name', 'varchar(64)', (c) => c.notNull())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('pk_reactions', ['post_id', 'user_id', 'emoji_name'])
        .execute();
    },
  },
  '0005_bots_tokens': {
    // Bot accounts (a user with is_bot, plus this record) and personal access tokens.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('bots')
        .addColumn('user_id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('display_name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('owner_id', 'varchar(190)', (c) => c.notNull())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('update_at', 'bigint', (c) => c.notNull())
        .addColumn('delete_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('user_access_tokens')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('token', 'varchar(26)', (c) => c.notNull().unique())
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.createIndex('idx_user_access_tokens_user').on('user_access_tokens').column('user_id').execute();
    },
  },
  '0006_preferences': {
    // A user's preferences: one value per user, category and name, as in Mattermost.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('preferences')
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('category', 'varchar(32)', (c) => c.notNull())
        .addColumn('name', 'varchar(32)', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('pk_preferences', ['user_id', 'category', 'name'])
        .execute();
    },
  },
  '0010_api_users': {
    // When a user's profile image was last set (Mattermost's last_picture_update; 0: the
    // generated default), and what a plugin's CreateSession may store with a session.
    async up(db: Kysely<any>) {
      await db.schema.alterTable('users').addColumn('last_picture_update', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('sessions').addColumn('device_id', 'text', (c) => c.notNull().defaultTo('')).execute();
      await db.schema.alterTable('sessions').addColumn('props', 'text', (c) => c.notNull().defaultTo('{}')).execute();
    },
  },
  '0011_api_teams': {
    // Team icons, per-channel notification settings (Mattermost's defaults), and the sidebar:
    // each user's categories in each team and the channels placed in them.
    async up(db: Kysely<any>) {
      await db.schema.alterTable('teams').addColumn('last_team_icon_update', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('channel_members')
        .addColumn('notify_props', 'text', (c) => c.notNull().defaultTo('{"desktop":"default","email":"default","mark_unread":"all","push":"default","ignore_channel_mentions":"default"}'))
        .execute();
      await db.schema
        .createTable('sidebar_categories')
        .addColumn('id', 'varchar(128)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('team_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('sort_order', 'bigint', (c) => c.notNull())
        .addColumn('sorting', 'varchar(64)', (c) => c.notNull().defaultTo(''))
        .addColumn('type', 'varchar(64)', (c) => c.notNull())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('muted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('collapsed', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('idx_sidebar_categories_user_team').on('sidebar_categories').columns(['user_id', 'team_id']).execute();
      await db.schema
        .createTable('sidebar_channels')
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('team_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('channel_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('category_id', 'varchar(128)', (c) => c.notNull())
        .addColumn('sort_order', 'bigint', (c) => c.notNull())
        // A channel sits in one category of a user's sidebar in a team.
        .addPrimaryKeyConstraint('pk_sidebar_channels', ['user_id', 'team_id', 'channel_id'])
        .execute();
      await db.schema.createIndex('idx_sidebar_channels_category').on('sidebar_channels').column('category_id').execute();
    },
  },
  '0012_api_posts': {
    // Custom emoji (a name is taken once among the live ones; the image is a file in the data
    // folder), resumable upload sessions, and the text a search matches for a file.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('emoji')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('creator_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('name', 'varchar(64)', (c) => c.notNull())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('update_at', 'bigint', (c) => c.notNull())
        .addColumn('delete_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addUniqueConstraint('uq_emoji_name_delete_at', ['name', 'delete_at'])
        .execute();
      await db.schema
        .createTable('upload_sessions')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('type', 'varchar(32)', (c) => c.notNull())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('channel_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('filename', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('file_size', 'bigint', (c) => c.notNull())
        .addColumn('file_offset', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('remote_id', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('req_file_id', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema.alterTable('file_infos').addColumn('content', 'text', (c) => c.notNull().defaultTo('')).execute();
    },
  },
  '0013_api_platform': {
    // Server facts kept once (install date, telemetry id, the trigger id signing key), stored
    // slash commands (Mattermost's custom commands) and OAuth apps.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('systems')
        .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('commands')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('token', 'varchar(26)', (c) => c.notNull())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('update_at', 'bigint', (c) => c.notNull())
        .addColumn('creator_id', 'varchar(26)', (c) => c.notNull().defaultTo(''))
        .addColumn('plugin_id', 'varchar(190)', (c) => c.notNull().defaultTo(''))
        .addColumn('team_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('trigger', 'varchar(128)', (c) => c.notNull())
        .addColumn('method', 'varchar(1)', (c) => c.notNull())
        .addColumn('username', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('icon_url', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('auto_complete', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('auto_complete_desc', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('auto_complete_hint', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('display_name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('url', 'text', (c) => c.notNull())
        .addUniqueConstraint('uq_commands_team_trigger', ['team_id', 'trigger'])
        .execute();
      await db.schema
        .createTable('oauth_apps')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('creator_id', 'varchar(190)', (c) => c.notNull())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('update_at', 'bigint', (c) => c.notNull())
        // Only a hash: the secret is shown once, when the app is created.
        .addColumn('client_secret_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('icon_url', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('callback_urls', 'text', (c) => c.notNull())
        .addColumn('homepage', 'text', (c) => c.notNull())
        .addColumn('is_trusted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('mattermost_app_id', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
    },
  },
  '0014_api_groups': {
    // User groups (custom groups and plugins' groups, Mattermost's UserGroups), their members
    // and their links to teams and channels; teams and channels that only members of their
    // linked groups belong in.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('user_groups')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(64)', (c) => c.notNull().defaultTo(''))
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('source', 'varchar(64)', (c) => c.notNull())
        .addColumn('remote_id', 'varchar(48)', (c) => c.notNull().defaultTo(''))
        .addColumn('allow_reference', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('update_at', 'bigint', (c) => c.notNull())
        .addColumn('delete_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();
      // A name is taken once, deleted groups included (as in Mattermost); a group may have none.
      await db.schema.createIndex('uq_user_groups_name').on('user_groups').column('name').unique().where(sql.ref('name'), '<>', '').execute();
      await db.schema.createIndex('uq_user_groups_source_remote_id').on('user_groups').columns(['source', 'remote_id']).unique()
        .where(sql.ref('remote_id'), '<>', '').execute();
      await db.schema
        .createTable('group_members')
        .addColumn('group_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('delete_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('pk_group_members', ['group_id', 'user_id'])
        .execute();
      await db.schema.createIndex('idx_group_members_user').on('group_members').column('user_id').execute();
      await db.schema
        .createTable('group_syncables')
        .addColumn('group_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('syncable_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('type', 'varchar(16)', (c) => c.notNull())
        .addColumn('auto_add', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('scheme_admin', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('update_at', 'bigint', (c) => c.notNull())
        .addColumn('delete_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('pk_group_syncables', ['group_id', 'syncable_id'])
        .execute();
      await db.schema.createIndex('idx_group_syncables_syncable').on('group_syncables').column('syncable_id').execute();
      await db.schema.alterTable('teams').addColumn('group_constrained', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('channels').addColumn('group_constrained', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    },
  },
  '0015_api_properties': {
    // Mattermost's property system: groups shared by name, the fields a group defines, and the
    // values of a field for its targets. Deletes are soft (delete_at), so the unique rules hold
    // among the live rows only: partial unique indexes, the same on SQLite and PostgreSQL.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('property_groups')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(64)', (c) => c.notNull().unique())
        .execute();
      await db.schema
        .createTable('property_fields')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('group_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('name', 'varchar(255)', (c) => c.notNull())
        .addColumn('type', 'varchar(32)', (c) => c.notNull())
        .addColumn('attrs', 'text', (c) => c.notNull())
        .addColumn('target_id', 'varchar(255)', (c) => c.notNull())
        .addColumn('target_type', 'varchar(255)', (c) => c.notNull())
        .addColumn('object_type', 'varchar(255)', (c) => c.notNull())
        .addColumn('linked_field_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('update_at', 'bigint', (c) => c.notNull())
        .addColumn('delete_at', 'bigint', (c) => c.notNull())
        .execute();
      // A legacy field (no object type) is unique by name per target; a typed one per object
      // type and target level too (Mattermost's two indexes).
      await db.schema.createIndex('uq_property_fields_legacy').on('property_fields').columns(['group_id', 'target_id', 'name']).unique()
        .where(sql<boolean>`delete_at = 0 and object_type = ''`).execute();
      await db.schema.createIndex('uq_property_fields_typed').on('property_fields').columns(['object_type', 'group_id', 'target_type', 'target_id', 'name']).unique()
        .where(sql<boolean>`delete_at = 0 and object_type <> ''`).execute();
      await db.schema.createIndex('idx_property_fields_group_create').on('property_fields').columns(['group_id', 'create_at', 'id']).execute();
      await db.schema.createIndex('idx_property_fields_linked').on('property_fields').column('linked_field_id').execute();
      await db.schema
        .createTable('property_values')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('target_id', 'varchar(255)', (c) => c.notNull())
        .addColumn('target_type', 'varchar(255)', (c) => c.notNull())
        .addColumn('group_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('field_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('create_at', 'bigint', (c) => c.notNull())
        .addColumn('update_at', 'bigint', (c) => c.notNull())
        .addColumn('delete_at', 'bigint', (c) => c.notNull())
        .execute();
      // One live value per field and target.
      await db.schema.createIndex('uq_property_values_live').on('property_values').columns(['group_id', 'target_id', 'field_id']).unique()
        .where(sql<boolean>`delete_at = 0`).execute();
      await db.schema.createIndex('idx_property_values_group_create').on('property_values').columns(['group_id', 'create_at', 'id']).execute();
      await db.schema.createIndex('idx_property_values_field').on('property_values').column('field_id').execute();
    },
  },
};
