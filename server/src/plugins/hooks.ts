// Hook dispatch: the server's calls into running plugins, only to plugins whose Implemented()
// lists the hook, each call under the configured deadline.
//
// Policy for every hook, in one place:
// - MessageWillBePosted / MessageWillBeUpdated are chained in plugin-id order: the post a
//   plugin returns is what the next one sees; the first rejection stops the chain. A plugin
//   that fails or misses its deadline is skipped (fail-open): a broken plugin must not stop
//   people from posting.
// - UserWillLogIn: the first non-empty rejection refuses the login; failures are skipped
//   (fail-open), as in Mattermost. ChannelWillBeArchived likewise refuses the archiving.
// - ChannelMemberWillBeAdded / TeamMemberWillBeAdded are chained like MessageWillBePosted
//   (the member a plugin returns is what the next one sees; the first rejection stops the
//   chain; failures are skipped, fail-open).
// - MessagesWillBeConsumed is chained in plugin-id order before posts are returned by the
//   post-reading routes: the posts a plugin returns replace those with the same id; a plugin
//   that fails or misses its deadline is skipped (fail-open): reading must keep working.
// - FileWillBeUploaded is chained like MessageWillBePosted (replaced name/content pass on;
//   the first rejection refuses the upload; failures are skipped, fail-open). Only when a
//   running plugin implements it is an upload read whole (bounded by MaxFileSizeBytes).
// - Notification hooks (…HasBeen…, UserHasJoined… …) run after the change is committed,
//   concurrently, without delaying the request; failures are logged. So are
//   PreferencesHaveChanged, OnWebSocketConnect/Disconnect and WebSocketMessageHasBeenPosted.
import type { CommandArgs, CommandResponse } from '../app/commands.js';
import { AppError } from '../app/errors.js';
import type { HookRunner, UploadCandidate, Verdict } from '../app/hook-runner.js';
import type { Channel, ChannelMember, FileInfo, Post, Preference, Reaction, RequestContext, TeamMember, User, WebSocketRequest } from '../app/models.js';
import type { Logger } from '../log.js';
import { fromMessage, toMessage } from './convert.js';
import { appErrorFromGrpc } from './grpc-service.js';
import type { PluginProcess } from './supervisor.js';

export interface HookTarget {
  id: string;
  process: PluginProcess;
}

export interface HookSource {
  /** Running plugins that implement `hook`, in plugin-id order. */
  implementing(hook: string): HookTarget[];
  /** The plugin if it runs and implements `hook`. */
  target(pluginId: string, hook: string): HookTarget | undefined;
  hookTimeoutMs(): number;
}

const contextMessage = (ctx: RequestContext) => ({
  session_id: ctx.session?.id ?? '',
  request_id: ctx.requestId,
  ip_address: ctx.ipAddress,
  accept_language: ctx.acceptLanguage,
  user_agent: ctx.userAgent,
});

interface WillResponse {
  post?: object;
  rejection_reason: string;
}

export class PluginHooks implements HookRunner {
  constructor(private readonly source: HookSource, private readonly logger: Logger) {}

  /** Calls `hook` on one plugin; failures are logged and come back as undefined. */
  private async call<T>(target: HookTarget, hook: string, request: unknown): Promise<T | undefined> {
    const started = Date.now();
    try {
      return await target.process.callHook<T>(hook, request, this.source.hookTimeoutMs());
    } catch (err) {
      const appErr = appErrorFromGrpc(err as any, hook);
      this.logger.warn(`hook ${hook} failed`, { plugin_id: target.id, error: appErr.message, status_code: appErr.statusCode, detail: appErr.detailedError, elapsed_ms: Date.now() - started });
      return undefined;
    }
  }

  private notify(hook: string, request: unknown): void {
    for (const target of this.source.implementing(hook)) void this.call(target, hook, request);
  }

  private async chain(hook: string, ctx: RequestContext, post: Post, extra: Record<string, unknown>, postField: string): Promise<Verdict<Post>> {
    let current = post;
    for (const target of this.source.implementing(hook)) {
      const response = await this.call<WillResponse>(target, hook, { context: contextMessage(ctx), [postField]: toMessage(current), ...extra });
      if (!response) continue;
      if (response.rejection_reason) return { rejected: response.rejection_reason };
      // The reply lands on top of what was sent, so a field the plugin does not know survives.
      if (response.post) current = { ...current, ...fromMessage<Post>(response.post) };
    }
    return { allowed: current };
  }

  messageWillBePosted(ctx: RequestContext, post: Post): Promise<Verdict<Post>> {
    return this.chain('MessageWillBePosted', ctx, post, {}, 'post');
  }

  messageWillBeUpdated(ctx: RequestContext, newPost: Post, oldPost: Post): Promise<Verdict<Post>> {
    return this.chain('MessageWillBeUpdated', ctx, newPost, { old_post: toMessage(oldPost) }, 'new_post');
  }

  async userWillLogIn(ctx: RequestContext, user: User): Promise<string> {
    for (const target of this.source.implementing('UserWillLogIn')) {
      const response = await this.call<{ rejection_reason: string }>(target, 'UserWillLogIn', { context: contextMessage(ctx), user: toMessage(user) });
      if (response?.rejection_reason) return response.rejection_reason;
    }
    return '';
  }

  async channelWillBeArchived(ctx: RequestContext, channel: Channel): Promise<string> {
    for (const target of this.source.implementing('ChannelWillBeArchived')) {
      const response = await this.call<{ rejection_reason: string }>(target, 'ChannelWillBeArchived', { context: contextMessage(ctx), channel });
      if (response?.rejection_reason) return response.rejection_reason;
    }
    return '';
  }

  channelMemberWillBeAdded(ctx: RequestContext, member: ChannelMember): Promise<Verdict<ChannelMember>> {
    return this.chainMember('ChannelMemberWillBeAdded', 'channel_member', ctx, member);
  }

  teamMemberWillBeAdded(ctx: RequestContext, member: TeamMember): Promise<Verdict<TeamMember>> {
    return this.chainMember('TeamMemberWillBeAdded', 'team_member', ctx, member);
  }

  private async chainMember<M extends object>(hook: string, field: string, ctx: RequestContext, member: M): Promise<Verdict<M>> {
    let current = member;
    for (const target of this.source.implementing(hook)) {
      const response = await this.call<Record<string, unknown>>(target, hook, { context: contextMessage(ctx), [field]: current });
      if (!response) continue;
      if (response.rejection_reason) return { rejected: String(response.rejection_reason) };
      if (response[field]) current = { ...current, ...fromMessage<M>(response[field] as object) };
    }
    return { allowed: current };
  }

  async messagesWillBeConsumed(posts: Post[]): Promise<Post[]> {
    let current = posts;
    for (const target of this.source.implementing('MessagesWillBeConsumed')) {
      const response = await this.call<{ posts?: object[]; unchanged?: boolean }>(target, 'MessagesWillBeConsumed', { posts: current.map((p) => toMessage(p)) });
      if (!response || response.unchanged) continue;
      const byId = new Map<string, Post>();
      for (const message of response.posts ?? []) {
        const post = fromMessage<Post>(message);
        if (post.id) byId.set(post.id, post);
      }
      // A reply lands on top of the post sent, so a field the plugin does not know survives.
      current = current.map((p) => (byId.has(p.id) ? { ...p, ...byId.get(p.id)!, id: p.id } : p));
    }
    return current;
  }

  wantsUploadContent(): boolean {
    return this.source.implementing('FileWillBeUploaded').length > 0;
  }

  async fileWillBeUploaded(ctx: RequestContext, upload: UploadCandidate): Promise<Verdict<UploadCandidate>> {
    let current = upload;
    for (const target of this.source.implementing('FileWillBeUploaded')) {
      const response = await this.call<{ file_info?: object; content?: Uint8Array; rejection_reason: string }>(target, 'FileWillBeUploaded', {
        context: contextMessage(ctx), file_info: toMessage(current.info), content: current.content,
      });
      if (!response) continue;
      if (response.rejection_reason) return { rejected: response.rejection_reason };
      const content = response.content ? Buffer.from(response.content) : current.content;
      const info = response.file_info ? { ...current.info, ...fromMessage<FileInfo>(response.file_info) } : current.info;
      current = { info: { ...info, size: content.length }, content };
    }
    return { allowed: current };
  }

  /** Runs a slash command in the plugin that registered it. */
  async executeCommand(pluginId: string, ctx: RequestContext, args: CommandArgs): Promise<CommandResponse> {
    const trigger = args.command.trim().split(/\s+/)[0];
    const target = this.source.target(pluginId, 'ExecuteCommand');
    if (!target) throw new AppError('api.command.execute_command.start.app_error', `Plugin for ${trigger} is not working. Please contact your system administrator.`, 503);
    try {
      const res = await target.process.callHook<{ response?: object }>('ExecuteCommand', { context: contextMessage(ctx), args }, this.source.hookTimeoutMs());
      return res.response ? fromMessage<CommandResponse>(res.response) : {};
    } catch (err) {
      const appErr = appErrorFromGrpc(err as any, 'ExecuteCommand');
      this.logger.warn('hook ExecuteCommand failed', { plugin_id: pluginId, error: appErr.message });
      throw new AppError('api.command.execute_command.failed.app_error', `${trigger} command failed in plugin "${pluginId}": ${appErr.message}`, appErr.statusCode === 504 ? 504 : 500);
    }
  }

  messageHasBeenPosted(ctx: RequestContext, post: Post): void {
    this.notify('MessageHasBeenPosted', { context: contextMessage(ctx), post: toMessage(post) });
  }

  messageHasBeenUpdated(ctx: RequestContext, newPost: Post, oldPost: Post): void {
    this.notify('MessageHasBeenUpdated', { context: contextMessage(ctx), new_post: toMessage(newPost), old_post: toMessage(oldPost) });
  }

  messageHasBeenDeleted(ctx: RequestContext, post: Post): void {
    this.notify('MessageHasBeenDeleted', { context: contextMessage(ctx), post: toMessage(post) });
  }

  reactionHasBeenAdded(ctx: RequestContext, reaction: Reaction): void {
    this.notify('ReactionHasBeenAdded', { context: contextMessage(ctx), reaction });
  }

  reactionHasBeenRemoved(ctx: RequestContext, reaction: Reaction): void {
    this.notify('ReactionHasBeenRemoved', { context: contextMessage(ctx), reaction });
  }

  userHasBeenCreated(ctx: RequestContext, user: User): void {
    this.notify('UserHasBeenCreated', { context: contextMessage(ctx), user: toMessage(user) });
  }

  userHasLoggedIn(ctx: RequestContext, user: User): void {
    this.notify('UserHasLoggedIn', { context: contextMessage(ctx), user: toMessage(user) });
  }

  userHasBeenDeactivated(ctx: RequestContext, user: User): void {
    this.notify('UserHasBeenDeactivated', { context: contextMessage(ctx), user: toMessage(user) });
  }

  channelHasBeenCreated(ctx: RequestContext, channel: Channel): void {
    this.notify('ChannelHasBeenCreated', { context: contextMessage(ctx), channel });
  }

  userHasJoinedChannel(ctx: RequestContext, member: ChannelMember, actor?: User): void {
    this.notify('UserHasJoinedChannel', { context: contextMessage(ctx), channel_member: member, actor: actor && toMessage(actor) });
  }

  userHasLeftChannel(ctx: RequestContext, member: ChannelMember, actor?: User): void {
    this.notify('UserHasLeftChannel', { context: contextMessage(ctx), channel_member: member, actor: actor && toMessage(actor) });
  }

  userHasJoinedTeam(ctx: RequestContext, member: TeamMember, actor?: User): void {
    this.notify('UserHasJoinedTeam', { context: contextMessage(ctx), team_member: member, actor: actor && toMessage(actor) });
  }

  userHasLeftTeam(ctx: RequestContext, member: TeamMember, actor?: User): void {
    this.notify('UserHasLeftTeam', { context: contextMessage(ctx), team_member: member, actor: actor && toMessage(actor) });
  }

  preferencesHaveChanged(ctx: RequestContext, preferences: Preference[]): void {
    this.notify('PreferencesHaveChanged', { context: contextMessage(ctx), preferences });
  }

  onWebSocketConnect(webConnId: string, userId: string): void {
    this.notify('OnWebSocketConnect', { web_conn_id: webConnId, user_id: userId });
  }

  onWebSocketDisconnect(webConnId: string, userId: string): void {
    this.notify('OnWebSocketDisconnect', { web_conn_id: webConnId, user_id: userId });
  }

  webSocketMessageHasBeenPosted(webConnId: string, userId: string, request: WebSocketRequest): void {
    this.notify('WebSocketMessageHasBeenPosted', { web_conn_id: webConnId, user_id: userId, request: toMessage(request, ['data']) });
  }
}
