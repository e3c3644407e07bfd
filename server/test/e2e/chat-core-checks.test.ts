// The checklist through Mattermost's own client: post timestamps as Mattermost keeps
// them, props that round-trip exactly, a 400 naming the field for bad input, a 404 for unknown
// ids, and nothing of a team or channel reaching people outside it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import mattermost from '@mattermost/client';
import { connectWebSocket, type ServerHandle, startServer } from '../harness.js';

const { Client4 } = mattermost;

const status = (code: number, pattern?: RegExp) => (err: any) => {
  assert.equal(err.status_code, code, `${err.status_code} ${err.message}`);
  if (pattern) assert.match(err.message, pattern);
  return true;
};
const tick = () => new Promise((r) => setTimeout(r, 5));
const unknownId = 'u'.repeat(26);

describe('chat core checklist through @mattermost/client', () => {
  let server: ServerHandle;
  const admin = new Client4();
  const alice = new Client4();
  const bob = new Client4();
  const carl = new Client4();
  let aliceId: string;
  let bobId: string;
  let carlId: string;
  let alphaId: string;
  let generalId: string;
  let privateId: string;

  before(async () => {
    server = await startServer();
    for (const c of [admin, alice, bob, carl]) c.setUrl(server.url);
    await admin.createUser({ username: 'admin', email: 'admin@example.com', password: 'admin-password' } as any, '', '');
    await admin.login('admin', 'admin-password');
    aliceId = (await admin.createUser({ username: 'alice', email: 'alice@example.com', password: 'alice-password' } as any, '', '')).id;
    bobId = (await admin.createUser({ username: 'bob', email: 'bob@example.com', password: 'bob-password' } as any, '', '')).id;
    carlId = (await admin.createUser({ username: 'carl', email: 'carl@example.com', password: 'carl-password' } as any, '', '')).id;
    await alice.login('alice', 'alice-password');
    await bob.login('bob', 'bob-password');
    await carl.login('carl', 'carl-password');
    // alpha is invite-only, with alice and bob; carl is in beta only.
    alphaId = (await alice.createTeam({ name: 'alpha', display_name: 'Alpha', type: 'I' } as any)).id;
    await alice.addToTeam(alphaId, bobId);
    generalId = (await alice.createChannel({ team_id: alphaId, name: 'general', display_name: 'General', type: 'O' } as any)).id;
    await alice.addToChannel(bobId, generalId);
    privateId = (await alice.createChannel({ team_id: alphaId, name: 'private', display_name: 'Private', type: 'P' } as any)).id;
    await carl.createTeam({ name: 'beta', display_name: 'Beta', type: 'O' } as any);
  });

  after(async () => {
    await server?.stop();
  });

  test('post timestamps: create_at = update_at, edit_at and delete_at 0; an edit sets edit_at = update_at; a delete sets delete_at', async () => {
    const post = await alice.createPost({ channel_id: generalId, message: 'v1' } as any);
    assert.equal(post.update_at, post.create_at);
    assert.deepEqual([post.edit_at, post.delete_at], [0, 0]);
    await tick();
    const updated = await alice.updatePost({ ...post, message: 'v2' } as any);
    assert.equal(updated.message, 'v2');
    assert.ok(updated.edit_at > post.create_at);
    assert.equal(updated.update_at, updated.edit_at);
    assert.equal(updated.create_at, post.create_at);
    const read = await bob.getPost(post.id);
    assert.deepEqual([read.message, read.edit_at, read.update_at], ['v2', updated.edit_at, updated.update_at]);

    const reply = await bob.createPost({ channel_id: generalId, message: 'a reply', root_id: post.id } as any);
    await tick();
    await alice.deletePost(post.id);
    await assert.rejects(bob.getPost(post.id), status(404));
    await assert.rejects(bob.getPost(reply.id), status(404), 'deleting a root deletes its thread');
    const since = await bob.getPostsSince(generalId, updated.update_at);
    assert.ok(since.posts[post.id].delete_at > 0);
    assert.equal(since.posts[post.id].update_at, since.posts[post.id].delete_at);
    assert.equal(since.posts[post.id].message, '', 'a deleted post comes back emptied');
    await assert.rejects(alice.updatePost({ ...post, message: 'v3' } as any), status(404), 'a deleted post cannot be edited');
  });

  test('props round-trip exactly: numbers stay numbers, nesting is kept, through every way a post is read', async () => {
    const props = {
      int: 42, negative: -7, float: 1.5, zero: 0, big: 9007199254740991, yes: true, no: false, nothing: null,
      text: 'ünïcødé ✓', list: [1, 'two', { three: 3 }, []], deep: { a: { b: { c: [true, { d: 0.25 }] } } }, empty: {},
    };
    const ws = await connectWebSocket(server.url, bob.getToken());
    try {
      const post = await alice.createPost({ channel_id: generalId, message: 'with props', props } as any);
      assert.deepEqual(post.props, props);
      assert.deepEqual((await bob.getPost(post.id)).props, props);
      assert.deepEqual((await bob.getPosts(generalId)).posts[post.id].props, props);
      assert.deepEqual((await bob.getPostThread(post.id)).posts[post.id].props, props);
      const posted = await ws.next('posted', (e) => JSON.parse(e.data.post).id === post.id);
      assert.deepEqual(JSON.parse(posted.data.post).props, props);
      const changed = { ...props, int: 43, deep: { replaced: [0.5] } };
      assert.deepEqual((await alice.patchPost({ id: post.id, props: changed } as any)).props, changed);
      assert.deepEqual((await bob.getPost(post.id)).props, changed);
    } finally {
      ws.close();
    }
  });

  test('bad input is a 400 naming the field', async () => {
    const post = await alice.createPost({ channel_id: generalId, message: 'root' } as any);
    const reply = await alice.createPost({ channel_id: generalId, message: 'reply', root_id: post.id } as any);
    const cases: Array<[string, () => Promise<unknown>, RegExp]> = [
      ['post without channel', () => alice.createPost({ message: 'x' } as any), /channel_id/],
      ['post too long', () => alice.createPost({ channel_id: generalId, message: 'x'.repeat(16384) } as any), /message/],
      ['props not an object', () => alice.createPost({ channel_id: generalId, message: 'x', props: [1] } as any), /props/],
      ['bad file ids', () => alice.createPost({ channel_id: generalId, message: 'x', file_ids: ['nope'] } as any), /file_ids/],
      ['a reply to a reply', () => alice.createPost({ channel_id: generalId, message: 'x', root_id: reply.id } as any), /root_id/],
      ['a root in another channel', () => alice.createPost({ channel_id: privateId, message: 'x', root_id: post.id } as any), /root_id/],
      ['patch message not text', () => alice.patchPost({ id: post.id, message: 5 } as any), /message/],
      ['channel name', () => alice.createChannel({ team_id: alphaId, name: 'Bad Name', display_name: 'x', type: 'O' } as any), /name/],
      ['channel type', () => alice.createChannel({ team_id: alphaId, name: 'typed', display_name: 'x', type: 'X' } as any), /type/],
      ['channel display name', () => alice.createChannel({ team_id: alphaId, name: 'nameless', display_name: '', type: 'O' } as any), /display_name/],
      ['channel without team', () => alice.createChannel({ name: 'orphan', display_name: 'x', type: 'O' } as any), /team_id/],
      ['channel header too long', () => alice.patchChannel(generalId, { header: 'h'.repeat(1025) } as any), /header/],
      ['team name', () => alice.createTeam({ name: 'x', display_name: 'X', type: 'O' } as any), /name/],
      ['team type', () => alice.createTeam({ name: 'typed-team', display_name: 'X', type: 'Z' } as any), /type/],
      ['user email', () => admin.createUser({ username: 'zed', email: 'not-an-email', password: 'zed-password' } as any, '', ''), /email/],
      ['user password', () => admin.createUser({ username: 'zed', email: 'zed@example.com', password: 'short' } as any, '', ''), /password/],
      ['user name', () => admin.createUser({ username: '9lives', email: 'zed@example.com', password: 'zed-password' } as any, '', ''), /username/],
      ['channel member without user', () => alice.addToChannel('', generalId), /user_id/],
      ['team member without user', () => alice.addToTeam(alphaId, ''), /user_id/],
      ['reaction emoji', () => alice.addReaction(aliceId, post.id, 'not an emoji!'), /emoji_name/],
      ['per_page', () => alice.getPosts(generalId, 0, 500), /per_page/],
      ['before', () => alice.getPostsBefore(generalId, 'not-a-post', 0, 10), /before/],
      ['a malformed channel id', () => alice.getChannel('not-an-id'), /channel_id/],
      ['a malformed user id', () => alice.getUser('not-an-id'), /user_id/],
      ['a malformed team id', () => alice.getTeam('not-an-id'), /team_id/],
      ['a malformed post id', () => alice.getPost('not-an-id'), /post_id/],
      ['member roles', () => alice.updateChannelMemberRoles(generalId, aliceId, 'channel_owner'), /roles/],
      ['direct channel of three', () => alice.createDirectChannel([aliceId, bobId, aliceId]), /user_ids/],
    ];
    for (const [what, call, field] of cases) await assert.rejects(call(), status(400, field), what);
  });

  test('unknown ids are a 404', async () => {
    const cases: Array<[string, () => Promise<unknown>]> = [
      ['user', () => alice.getUser(unknownId)],
      ['team', () => alice.getTeam(unknownId)],
      ['channel', () => alice.getChannel(unknownId)],
      ['post', () => alice.getPost(unknownId)],
      ['thread', () => alice.getPostThread(unknownId)],
      ['file info', () => alice.getFileInfosForPost(unknownId)],
      ['edit', () => alice.patchPost({ id: unknownId, message: 'x' } as any)],
      ['delete', () => alice.deletePost(unknownId)],
      ['reactions', () => alice.getReactionsForPost(unknownId)],
      ['posts of a channel', () => alice.getPosts(unknownId)],
      ['add an unknown user', () => alice.addToChannel(unknownId, generalId)],
      ['remove a non-member', () => alice.removeFromChannel(bobId, privateId)],
      ['a channel member', () => alice.getChannelMember(privateId, bobId)],
      ['a team member', () => alice.getTeamMember(alphaId, unknownId)],
      ['a channel by name', () => alice.getChannelByName(alphaId, 'no-such-channel')],
      ['a team by name', () => alice.getTeamByName('no-such-team')],
      ['a role', () => alice.getRole(unknownId)],
      ['a direct channel with nobody', () => alice.createDirectChannel([aliceId, unknownId])],
    ];
    for (const [what, call] of cases) await assert.rejects(call(), status(404), what);
  });

  test('channel memberships of a user in a team, as the webapp reads them', async () => {
    const members = await bob.getMyChannelMembers(alphaId);
    assert.deepEqual(members.map((m: any) => m.channel_id).sort(), [generalId, (await bob.getChannelByName(alphaId, 'town-square')).id, (await bob.getChannelByName(alphaId, 'off-topic')).id].sort());
    assert.ok(members.every((m: any) => m.user_id === bobId && m.roles === 'channel_user'));
    await assert.rejects(bob.getMyChannelMembers(unknownId), status(404));
  });

  test('nothing of an invite-only team reaches people outside it', async () => {
    const post = await alice.createPost({ channel_id: generalId, message: 'alpha only' } as any);
    const ws = await connectWebSocket(server.url, carl.getToken());
    try {
      const cases: Array<[string, () => Promise<unknown>]> = [
        ['the team', () => carl.getTeam(alphaId)],
        ['the team by name', () => carl.getTeamByName('alpha')],
        ['its members', () => carl.getTeamMembers(alphaId)],
        ['a member', () => carl.getTeamMember(alphaId, aliceId)],
        ['an open channel', () => carl.getChannel(generalId)],
        ['an open channel by name', () => carl.getChannelByName(alphaId, 'general')],
        ['its posts', () => carl.getPosts(generalId)],
        ['its members', () => carl.getChannelMembers(generalId)],
        ['a post', () => carl.getPost(post.id)],
        ['a thread', () => carl.getPostThread(post.id)],
        ['reactions', () => carl.getReactionsForPost(post.id)],
        ['posting', () => carl.createPost({ channel_id: generalId, message: 'hi' } as any)],
        ['reacting', () => carl.addReaction(carlId, post.id, 'wave')],
        ['users of the team', () => carl.getProfilesInTeam(alphaId)],
        ['users of the channel', () => carl.getProfilesInChannel(generalId)],
        ['searching the team', () => carl.searchUsers('a', { team_id: alphaId })],
        ['its commands', () => carl.getCommandsList(alphaId)],
        ['its autocomplete', () => carl.getAutocompleteCommandsList(alphaId)],
      ];
      for (const [what, call] of cases) await assert.rejects(call(), status(404), what);
      assert.deepEqual((await carl.getMyTeams()).map((t: any) => t.name), ['beta']);
      assert.ok(!((await carl.getTeams()) as any[]).some((t: any) => t.id === alphaId));
      await alice.createPost({ channel_id: generalId, message: 'still alpha only' } as any);
      await new Promise((r) => setTimeout(r, 300));
      assert.ok(!ws.events.some((e) => e.broadcast?.channel_id === generalId || e.broadcast?.team_id === alphaId), 'no alpha event reaches carl');
    } finally {
      ws.close();
    }
  });
});
