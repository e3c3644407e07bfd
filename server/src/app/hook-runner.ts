// What the domain services need from the plugin platform: the hooks, called at the points
// where the server does the thing. The plugin platform implements it; without plugins the
// inert runner lets everything through.
import type { Channel, ChannelMember, FileInfo, Post, Preference, Reaction, RequestContext, TeamMember, User, WebSocketRequest } from './models.js';

export type Verdict<T> = { allowed: T } | { rejected: string };

/** What FileWillBeUploaded decides about an upload: the (possibly replaced) name and content. */
export interface UploadCandidate {
  info: FileInfo;
  content: Buffer;
}

export interface HookRunner {
  messageWillBePosted(ctx: RequestContext, post: Post): Promise<Verdict<Post>>;
  messageWillBeUpdated(ctx: RequestContext, newPost: Post, oldPost: Post): Promise<Verdict<Post>>;
  userWillLogIn(ctx: RequestContext, user: User): Promise<string>;
  /** A non-empty reason refuses to archive the channel. */
  channelWillBeArchived(ctx: RequestContext, channel: Channel): Promise<string>;
  /** Before someone joins or is added to a channel: plugins may change the member's roles or refuse. */
  channelMemberWillBeAdded(ctx: RequestContext, member: ChannelMember): Promise<Verdict<ChannelMember>>;
  /** Before someone joins or is added to a team: plugins may change the member's roles or refuse. */
  teamMemberWillBeAdded(ctx: RequestContext, member: TeamMember): Promise<Verdict<TeamMember>>;
  /** The posts as a client gets them; plugins may replace them (by id). */
  messagesWillBeConsumed(posts: Post[]): Promise<Post[]>;
  /** Whether an upload must be read whole for FileWillBeUploaded (else it streams). */
  wantsUploadContent(): boolean;
  fileWillBeUploaded(ctx: RequestContext, upload: UploadCandidate): Promise<Verdict<UploadCandidate>>;
  /** The notification hooks run after the change is committed and never delay the caller. */
  messageHasBeenPosted(ctx: RequestContext, post: Post): void;
  messageHasBeenUpdated(ctx: RequestContext, newPost: Post, oldPost: Post): void;
  messageHasBeenDeleted(ctx: RequestContext, post: Post): void;
  reactionHasBeenAdded(ctx: RequestContext, reaction: Reaction): void;
  reactionHasBeenRemoved(ctx: RequestContext, reaction: Reaction): void;
  userHasBeenCreated(ctx: RequestContext, user: User): void;
  userHasLoggedIn(ctx: RequestContext, user: User): void;
  userHasBeenDeactivated(ctx: RequestContext, user: User): void;
  channelHasBeenCreated(ctx: RequestContext, channel: Channel): void;
  userHasJoinedChannel(ctx: RequestContext, member: ChannelMember, actor?: User): void;
  userHasLeftChannel(ctx: RequestContext, member: ChannelMember, actor?: User): void;
  userHasJoinedTeam(ctx: RequestContext, member: TeamMember, actor?: User): void;
  userHasLeftTeam(ctx: RequestContext, member: TeamMember, actor?: User): void;
  preferencesHaveChanged(ctx: RequestContext, preferences: Preference[]): void;
  onWebSocketConnect(webConnId: string, userId: string): void;
  onWebSocketDisconnect(webConnId: string, userId: string): void;
  webSocketMessageHasBeenPosted(webConnId: string, userId: string, request: WebSocketRequest): void;
}

const nothing = () => undefined;

export const inertHookRunner: HookRunner = {
  messageWillBePosted: async (_ctx, post) => ({ allowed: post }),
  messageWillBeUpdated: async (_ctx, newPost) => ({ allowed: newPost }),
  userWillLogIn: async () => '',
  channelWillBeArchived: async () => '',
  channelMemberWillBeAdded: async (_ctx, member) => ({ allowed: member }),
  teamMemberWillBeAdded: async (_ctx, member) => ({ allowed: member }),
  messagesWillBeConsumed: async (posts) => posts,
  wantsUploadContent: () => false,
  fileWillBeUploaded: async (_ctx, upload) => ({ allowed: upload }),
  messageHasBeenPosted: nothing,
  messageHasBeenUpdated: nothing,
  messageHasBeenDeleted: nothing,
  reactionHasBeenAdded: nothing,
  reactionHasBeenRemoved: nothing,
  userHasBeenCreated: nothing,
  userHasLoggedIn: nothing,
  userHasBeenDeactivated: nothing,
  channelHasBeenCreated: nothing,
  userHasJoinedChannel: nothing,
  userHasLeftChannel: nothing,
  userHasJoinedTeam: nothing,
  userHasLeftTeam: nothing,
  preferencesHaveChanged: nothing,
  onWebSocketConnect: nothing,
  onWebSocketDisconnect: nothing,
  webSocketMessageHasBeenPosted: nothing,
};
