// The domain services, wired together. REST (api4) and the Plugin API (plugins/api-service)
// both call these, so every rule lives in one place.
import path from 'node:path';
import type { ConfigStore } from '../config/config.js';
import { createLogger, type Logger } from '../log.js';
import type { Db } from '../store/db.js';
import { AccessTokens } from './access-tokens.js';
import { Bots } from './bots.js';
import { Channels, memberRejectedByPlugin } from './channels.js';
import { Cluster } from './cluster.js';
import { Commands } from './commands.js';
import { Dialogs } from './dialogs.js';
import { AppError } from './errors.js';
import { Emojis } from './emoji.js';
import { EventHub } from './events.js';
import { Files } from './files.js';
import { Groups } from './groups.js';
import { type HookRunner, inertHookRunner } from './hook-runner.js';
import { KVStore } from './kv.js';
import { Mailer } from './mail.js';
import type { Channel, RequestContext } from './models.js';
import { OAuthApps } from './oauth-apps.js';
import { Permissions } from './permissions.js';
import { Posts } from './posts.js';
import { Preferences } from './preferences.js';
import { Properties } from './properties.js';
import { ProfileImages } from './profile-images.js';
import { Reactions } from './reactions.js';
import { Search } from './search.js';
import { Sidebar } from './sidebar.js';
import { Statuses } from './statuses.js';
import { System } from './system.js';
import { TeamIcons } from './team-icons.js';
import { Teams } from './teams.js';
import { TriggerIds } from './trigger-ids.js';
import { Uploads } from './uploads.js';
import { Users } from './users.js';

export const serverVersion = '9.11.0';

const defaultChannels = [['town-square', 'Town Square'], ['off-topic', 'Off-Topic']] as const;

export class App {
  readonly users: Users;
  readonly teams: Teams;
  readonly channels: Channels;
  readonly posts: Posts;
  readonly reactions: Reactions;
  readonly preferences: Preferences;
  readonly files: Files;
  readonly teamIcons: TeamIcons;
  readonly sidebar: Sidebar;
  readonly kv: KVStore;
  readonly events: EventHub;
  readonly commands: Commands;
  readonly bots: Bots;
  readonly accessTokens: AccessTokens;
  readonly statuses: Statuses;
  readonly permissions: Permissions;
  readonly profileImages: ProfileImages;
  readonly emoji: Emojis;
  readonly uploads: Uploads;
  readonly search: Search;
  readonly system: System;
  readonly triggerIds: TriggerIds;
  readonly dialogs: Dialogs;
  readonly mailer: Mailer;
  readonly oauthApps: OAuthApps;
  readonly cluster: Cluster;
  readonly groups: Groups;
  readonly properties: Properties;
  private hookRunner: HookRunner = inertHookRunner;

  constructor(readonly db: Db, readonly config: ConfigStore, dataDir: string, logger: Logger = createLogger()) {
    const hooks = () => this.hookRunner;
    const cfg = () => config.get().ServiceSettings;
    const integrationTimeoutMs = () => cfg().OutgoingIntegrationRequestsTimeout * 1000;
    this.system = new System(db);
    this.triggerIds = new TriggerIds(() => this.system.triggerIdKey, integrationTimeoutMs);
    this.events = new EventHub(db);
    this.permissions = new Permissions(db);
    this.users = new Users(db, hooks, () => cfg().SessionLengthHours * 3600_000, (userId) => this.statuses.get(userId).status);
    this.teams = new Teams(db, hooks, this.users, this.events);
    this.channels = new Channels(db, hooks, this.users, this.teams, this.events);
    this.posts = new Posts(db, hooks, this.users, this.channels, this.events);
    this.reactions = new Reactions(db, hooks, this.posts, this.channels, this.events);
    this.preferences = new Preferences(db, hooks, this.events);
    this.commands = new Commands({
      db,
      posts: this.posts,
      users: this.users,
      teams: this.teams,
      channelWithPermission: (userId, channelId, permissionId) => this.channelWithPermission(userId, channelId, permissionId),
      triggerIds: this.triggerIds,
      timeoutMs: integrationTimeoutMs,
    });
    this.dialogs = new Dialogs(this.triggerIds, this.events, (userId, channelId, permissionId) => this.channelWithPermission(userId, channelId, permissionId), integrationTimeoutMs);
    this.files = new Files(db, hooks, path.join(dataDir, 'files'), () => cfg().MaxFileSizeBytes, () => ({
      enabled: config.get().FileSettings.EnablePublicLink, salt: config.get().FileSettings.PublicLinkSalt, siteUrl: cfg().SiteURL,
    }), this.users);
    this.teamIcons = new TeamIcons(this.teams, this.files);
    this.sidebar = new Sidebar(db, this.teams, this.events);
    this.uploads = new Uploads(db, this.files, this.users, this.channels);
    this.emoji = new Emojis(db, this.users, path.join(dataDir, 'emoji'));
    this.search = new Search(db, this.users, this.teams, this.channels, this.posts);
    this.kv = new KVStore(db);
    this.bots = new Bots(db, this.users, this.kv);
    this.mailer = new Mailer(() => config.get().EmailSettings, logger);
    this.oauthApps = new OAuthApps(db);
    this.cluster = new Cluster();
    this.properties = new Properties(db);
    this.accessTokens = new AccessTokens(db, this.users);
    this.statuses = new Statuses(this.events, this.users, this.channels);
    this.profileImages = new ProfileImages(this.users, this.files);
    this.groups = new Groups(db, this.users, this.teams, this.channels, this.permissions, this.events, logger);
    this.channels.groupMentioned = (tx, channel, post, names) => this.groups.mentionedMembers(tx, channel, post, names);
    // Every new team gets Mattermost's two default channels, and everyone who joins a team joins them.
    this.teams.onTeamCreated = async (ctx, team, creatorId) => {
      for (const [name, display_name] of defaultChannels) await this.channels.create(ctx, { team_id: team.id, name, display_name, type: 'O' }, creatorId);
    };
    this.teams.onMemberAdded = async (ctx, member, actorId) => {
      for (const [name] of defaultChannels) {
        // An archived default channel is not found, and not joined.
        const channel = await this.channels.getByName(member.team_id, name).catch(() => undefined);
        if (!channel) continue;
        try {
          await this.channels.addMember(ctx, channel.id, member.user_id, actorId);
        } catch (err) {
          // A plugin may keep people out of a default channel; joining the team still works.
          if (!(err instanceof AppError && err.id === memberRejectedByPlugin)) throw err;
        }
      }
    };
  }

  /** What the services need stored before the server serves (the install date, the telemetry id …). */
  async init(): Promise<void> {
    await this.system.init();
  }

  /** The channel, if the user may read it and has `permissionId` there (404 or 403 otherwise, as app.permissions says). */
  async channelWithPermission(userId: string, channelId: string, permissionId: string): Promise<Channel> {
    const channel = await this.channels.get(channelId);
    await this.permissions.requireReadChannel(userId, channel);
    await this.permissions.requirePermissionToChannel(userId, channel.id, permissionId);
    return channel;
  }

  /** The hooks, for the places outside the services that run them (the websocket). */
  get hooks(): HookRunner {
    return this.hookRunner;
  }

  setHookRunner(runner: HookRunner): void {
    this.hookRunner = runner;
  }
}

export const systemContext = (requestId = ''): RequestContext => ({ requestId, ipAddress: '', userAgent: '', acceptLanguage: '' });
