// Reactions, pins, threads, patch and channel paging through Mattermost's own JavaScript
// client (@mattermost/client), plus the reaction websocket event and plugin hook.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import mattermost from '@mattermost/client';
import { WebSocket } from 'ws';
import { bundleOf, fixturesDir, type ServerHandle, startServer, waitFor } from '../harness.js';

const { Client4, WebSocketClient } = mattermost;

const tick = () => new Promise((res) => setTimeout(res, 3));
const status = (code: number, pattern?: RegExp) => (err: any) => {
  assert.equal(err.status_code, code, `${err.status_code} ${err.message}`);
  if (pattern) assert.match(err.message, pattern);
  return true;
};

describe('chat posts through @mattermost/client', () => {
  let server: ServerHandle;
  const alice = new Client4(); // system admin
  const bob = new Client4();
  const carol = new Client4();
  let aliceId: string;
  let bobId: string;
  let carolId: string;
  let teamId: string;
  let channelId: string;
  let secretId: string;

  before(async () => {
    server = await startServer();
    for (const c of [alice, bob, carol]) c.setUrl(server.url);
    aliceId = (await alice.createUser({ username: 'alice', email: 'alice@example.com', password: 'alice-password' } as any, '', '')).id;
    await alice.login('alice', 'alice-password');
    bobId = (await alice.createUser({ username: 'bob', email: 'bob@example.com', password: 'bob-password' } as any, '', '')).id;
    carolId = (await alice.createUser({ username: 'carol', email: 'carol@example.com', password: 'carol-password' } as any, '', '')).id;
    await bob.login('bob', 'bob-password');
    await carol.login('carol', 'carol-password');
    teamId = (await alice.createTeam({ name: 'chat', display_name: 'Chat', type: 'O' } as any)).id;
    channelId = (await alice.createChannel({ team_id: teamId, name: 'general', display_name: 'General', type: 'O' } as any)).id;
    await alice.addToChannel(bobId, channelId);
    secretId = (await alice.createChannel({ team_id: teamId, name: 'secret', display_name: 'Secret', type: 'P' } as any)).id;
    await alice.addToChannel(bobId, secretId);
  });

  after(async () => {
    await server?.stop();
  });

  test('reactions: add, list, remove; only as oneself; emoji names checked; private channels hidden', async () => {
    const post = await bob.createPost({ channel_id: channelId, message: 'react to me' } as any);
    const added = await alice.addReaction(aliceId, post.id, 'thumbsup');
    assert.deepEqual({ ...added, create_at: 0 }, { user_id: aliceId, post_id: post.id, emoji_name: 'thumbsup', create_at: 0 });
    assert.ok(added.create_at > 0);
    await tick();
    await bob.addReaction(bobId, post.id, '+1');
    // Adding the same reaction again is harmless.
    assert.equal((await bob.addReaction(bobId, post.id, '+1')).emoji_name, '+1');
    let list = await bob.getReactionsForPost(post.id);
    assert.deepEqual(list.map((r: any) => [r.user_id, r.emoji_name]), [[aliceId, 'thumbsup'], [bobId, '+1']]);

    await alice.removeReaction(aliceId, post.id, 'thumbsup');
    list = await alice.getReactionsForPost(post.id);
    assert.deepEqual(list.map((r: any) => r.emoji_name), ['+1']);

    await assert.rejects(bob.addReaction(aliceId, post.id, 'smile'), status(403));
    await assert.rejects(bob.removeReaction(aliceId, post.id, '+1'), status(403));
    await assert.rejects(bob.addReaction(bobId, post.id, 'no spaces!'), status(400, /emoji_name/));
    await assert.rejects(bob.addReaction(bobId, post.id, 'x'.repeat(65)), status(400, /emoji_name/));
    await assert.rejects(bob.addReaction(bobId, 'not-an-id', 'smile'), status(400, /post_id/));
    await assert.rejects(bob.addReaction(bobId, 'a'.repeat(26), 'smile'), status(404));
    await assert.rejects(bob.getReactionsForPost('a'.repeat(26)), status(404));

    const secret = await bob.createPost({ channel_id: secretId, message: 'members only' } as any);
    await assert.rejects(carol.addReaction(carolId, secret.id, 'eyes'), status(404));
    await assert.rejects(carol.getReactionsForPost(secret.id), status(404));
    await assert.rejects(carol.removeReaction(carolId, secret.id, 'eyes'), status(404));
    assert.equal((await bob.addReaction(bobId, secret.id, 'eyes')).emoji_name, 'eyes');
  });

  test('the websocket delivers reaction_added and reaction_removed to channel members', async () => {
    (globalThis as any).WebSocket ??= WebSocket;
    const post = await alice.createPost({ channel_id: channelId, message: 'watch this' } as any);
    const ws = new WebSocketClient({ newWebSocketFn: (url: string) => new WebSocket(url) as any });
    const events: any[] = [];
    ws.addMessageListener((msg: any) => events.push(msg));
    ws.initialize(`${server.url.replace(/^http/, 'ws')}/api/v4/websocket`, bob.getToken());
    try {
      await waitFor('hello', async () => events.some((e) => e.event === 'hello'));
      await alice.addReaction(aliceId, post.id, 'tada');
      const added = await waitFor('reaction_added', async () => events.find((e) => e.event === 'reaction_added'));
      assert.equal(added.broadcast.channel_id, channelId);
      assert.deepEqual({ ...JSON.parse(added.data.reaction), create_at: 0 }, { user_id: aliceId, post_id: post.id, emoji_name: 'tada', create_at: 0 });
      await alice.removeReaction(aliceId, post.id, 'tada');
      const removed = await waitFor('reaction_removed', async () => events.find((e) => e.event === 'reaction_removed'));
      assert.equal(JSON.parse(removed.data.reaction).emoji_name, 'tada');
    } finally {
      ws.close();
    }
  });

  test('pins: pin, list pinned, unpin; members only', async () => {
    const post = await bob.createPost({ channel_id: channelId, message: 'pin me' } as any);
    await tick();
    await bob.pinPost(post.id);
    const pinned = await bob.getPost(post.id);
    assert.equal(pinned.is_pinned, true);
    assert.ok(pinned.update_at > post.update_at);
    assert.equal(pinned.edit_at, 0, 'pinning is not an edit');
    const list = await alice.getPinnedPosts(channelId);
    assert.deepEqual(list.order, [post.id]);
    assert.equal(list.posts[post.id].is_pinned, true);
    await alice.unpinPost(post.id);
    assert.equal((await bob.getPost(post.id)).is_pinned, false);
    assert.deepEqual((await bob.getPinnedPosts(channelId)).order, []);

    const secret = await bob.createPost({ channel_id: secretId, message: 'secret pin' } as any);
    await assert.rejects(carol.pinPost(secret.id), status(404));
    await assert.rejects(carol.getPinnedPosts(secretId), status(404));
    await assert.rejects(bob.pinPost('b'.repeat(26)), status(404));
  });

  test('threads: the root and its replies, with reply_count', async () => {
    const root = await bob.createPost({ channel_id: channelId, message: 'thread root' } as any);
    await tick();
    const r1 = await alice.createPost({ channel_id: channelId, message: 'reply 1', root_id: root.id } as any);
    await tick();
    const r2 = await bob.createPost({ channel_id: channelId, message: 'reply 2', root_id: root.id } as any);
    const thread = await bob.getPostThread(root.id);
    assert.deepEqual(thread.order, [r2.id, r1.id, root.id], 'newest first, like every post list');
    assert.deepEqual(Object.keys(thread.posts).sort(), [root.id, r1.id, r2.id].sort());
    assert.equal(thread.posts[root.id].reply_count, 2);
    assert.deepEqual((await alice.getPostThread(r2.id)).order, [r2.id, r1.id, root.id]);
    assert.equal((await bob.getPost(root.id)).reply_count, 2);
    await bob.deletePost(r2.id);
    const after = await bob.getPostThread(root.id);
    assert.deepEqual(after.order, [r1.id, root.id]);
    assert.equal(after.posts[root.id].reply_count, 1);
    const page = await bob.getPosts(channelId, 0, 5);
    assert.equal(page.posts[root.id].reply_count, 1);

    const secret = await bob.createPost({ channel_id: secretId, message: 'secret thread' } as any);
    await assert.rejects(carol.getPostThread(secret.id), status(404));
  });

  test('patch: only the fields sent change; bad fields are a 400 naming them', async () => {
    const post = await bob.createPost({ channel_id: channelId, message: 'original', props: { keep: 1 } } as any);
    const patched = await bob.patchPost({ id: post.id, message: 'patched' } as any);
    assert.equal(patched.message, 'patched');
    assert.deepEqual(patched.props, { keep: 1 });
    assert.ok(patched.edit_at > 0);
    const props = await bob.patchPost({ id: post.id, props: { other: true } } as any);
    assert.equal(props.message, 'patched');
    assert.deepEqual(props.props, { other: true });
    const pin = await bob.patchPost({ id: post.id, is_pinned: true } as any);
    assert.equal(pin.is_pinned, true);
    assert.equal((await alice.getPost(post.id)).message, 'patched');
    await assert.rejects(bob.patchPost({ id: post.id, is_pinned: 'yes' } as any), status(400, /is_pinned/));
    await assert.rejects(bob.patchPost({ id: post.id, message: 7 } as any), status(400, /message/));
    await assert.rejects(alice.patchPost({ id: 'c'.repeat(26), message: 'x' } as any), status(404));
    const own = await alice.createPost({ channel_id: channelId, message: 'alice only' } as any);
    await assert.rejects(bob.patchPost({ id: own.id, message: 'hijack' } as any), status(403));
  });

  test('paging: since, before and after with next_post_id and prev_post_id', async () => {
    const ch = (await alice.createChannel({ team_id: teamId, name: 'paging', display_name: 'Paging', type: 'O' } as any)).id;
    const p: any[] = [];
    for (let i = 0; i < 5; i++) {
      p.push(await alice.createPost({ channel_id: ch, message: `p${i}` } as any));
      await tick();
    }
    const ids = p.map((x) => x.id);

    const first = await alice.getPosts(ch, 0, 2);
    assert.deepEqual(first.order, [ids[4], ids[3]]);
    assert.equal(first.next_post_id, '');
    assert.equal(first.prev_post_id, ids[2]);

    const before = await alice.getPostsBefore(ch, ids[3], 0, 2);
    assert.deepEqual(before.order, [ids[2], ids[1]]);
    assert.equal(before.next_post_id, ids[3]);
    assert.equal(before.prev_post_id, ids[0]);
    const before2 = await alice.getPostsBefore(ch, ids[3], 1, 2);
    assert.deepEqual(before2.order, [ids[0]]);
    assert.equal(before2.prev_post_id, '');
    assert.equal(before2.next_post_id, ids[1]);

    const afterPage = await alice.getPostsAfter(ch, ids[1], 0, 2);
    assert.deepEqual(afterPage.order, [ids[3], ids[2]]);
    assert.equal(afterPage.prev_post_id, ids[1]);
    assert.equal(afterPage.next_post_id, ids[4]);
    const last = await alice.getPostsAfter(ch, ids[3], 0, 2);
    assert.deepEqual(last.order, [ids[4]]);
    assert.equal(last.next_post_id, '');

    const since = await alice.getPostsSince(ch, p[2].create_at);
    assert.deepEqual(since.order, [ids[4], ids[3]]);
    await tick();
    await alice.patchPost({ id: ids[0], message: 'p0 edited' } as any);
    await alice.deletePost(ids[1]);
    const changed = await alice.getPostsSince(ch, p[4].create_at);
    assert.deepEqual(new Set(changed.order), new Set([ids[0], ids[1]]));
    assert.equal(changed.posts[ids[0]].message, 'p0 edited');
    assert.ok(changed.posts[ids[1]].delete_at > 0, 'a deleted post is reported as deleted');

    await assert.rejects(alice.getPostsBefore(ch, 'nope', 0, 2), status(400, /before/));
    await assert.rejects(alice.getPostsAfter(ch, 'd'.repeat(26), 0, 2), status(404));
    await assert.rejects(alice.getPostsSince(ch, -5 as any), status(400, /since/));
    await assert.rejects(carol.getPostsSince(secretId, 1), status(404));
  });

  test('a Python plugin receives ReactionHasBeenAdded', async () => {
    const form = new FormData();
    form.append('plugin', new Blob([new Uint8Array(await bundleOf(path.join(fixturesDir, 'plugins', 'e2e_python')))]), 'plugin.tar.gz');
    const auth = { Authorization: `Bearer ${alice.getToken()}` };
    const upload = await fetch(`${server.url}/api/v4/plugins`, { method: 'POST', body: form, headers: auth });
    assert.equal(upload.status, 201);
    const enable = await fetch(`${server.url}/api/v4/plugins/com.plughost.e2e-python/enable`, { method: 'POST', headers: auth });
    assert.equal(enable.status, 200);
    await waitFor('the plugin to run', async () => {
      const res = await fetch(`${server.url}/api/v4/plugins/statuses`, { headers: auth });
      const statuses = (await res.json()) as any[];
      return statuses.some((s) => s.plugin_id === 'com.plughost.e2e-python' && s.state === 2);
    });

    const post = await bob.createPost({ channel_id: channelId, message: 'plugins watch reactions' } as any);
    await bob.addReaction(bobId, post.id, 'rocket');
    const report = await waitFor('the plugin to see the reaction', async () => {
      const sent = Date.now();
      await alice.createPost({ channel_id: channelId, message: '!report' } as any);
      const found = await waitFor('the report', async () => {
        const page = await alice.getPosts(channelId, 0, 20);
        return page.order.map((id: string) => page.posts[id]).find((x: any) => x.message.startsWith('report ') && x.create_at >= sent);
      });
      const r = JSON.parse(found.message.slice('report '.length));
      return r.kv_keys.includes(`reaction_added:${post.id}:rocket`) && r;
    });
    assert.deepEqual({ ...report.last_reaction, create_at: 0 }, { user_id: bobId, post_id: post.id, emoji_name: 'rocket', create_at: 0 });
  });
});
