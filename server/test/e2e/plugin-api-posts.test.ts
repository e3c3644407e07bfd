// Posts, search, ephemeral posts, reactions and custom emoji through the real Plugin API, from
// a real Python plugin (api_probe), checked against what REST and the websocket show. The
// e2e_python fixture runs beside it: its MessagesWillBeConsumed shows which reads the hook
// changes, and its ReactionHasBeenAdded that reactions added by a plugin reach the hooks.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bytesOf, installPlugin, type Probe, startProbe } from '../api-probe.js';
import { Client, connectWebSocket, fixturesDir, waitFor } from '../harness.js';

const tick = () => new Promise((r) => setTimeout(r, 3));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('not really pixels')]);
const gif = Buffer.from('GIF89a and the rest');
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('jfif')]);

describe('Plugin API: posts, search, ephemeral posts, reactions, emoji', () => {
  let probe: Probe;
  let admin: Client;
  const alice = { client: undefined as unknown as Client, id: '' };
  const bob = { client: undefined as unknown as Client, id: '' };
  let teamId: string;
  let general: string;
  let secret: string;

  const asAdmin = { get client() { return admin; } };
  const post = async (who: { client: Client }, channelId: string, message: string, extra: Record<string, unknown> = {}) => {
    await tick();
    return who.client.ok('POST', '/posts', { channel_id: channelId, message, ...extra });
  };
  const expectError = async (method: string, args: unknown[], kwargs: Record<string, unknown>, type: string, status: number, pattern?: RegExp) => {
    const answer = await probe.call(method, args, kwargs);
    assert.equal(answer.error?.type, type, `${method}: ${JSON.stringify(answer)}`);
    assert.equal(answer.error?.status_code, status);
    if (pattern) assert.match(answer.error!.message, pattern);
    return answer.error!;
  };

  before(async () => {
    probe = await startProbe();
    admin = probe.admin;
    await installPlugin(admin, path.join(fixturesDir, 'plugins', 'e2e_python'), 'com.plughost.e2e-python');
    for (const [who, name] of [[alice, 'alice'], [bob, 'bob']] as const) Object.assign(who, await admin.newUser(name));
    teamId = (await admin.ok('POST', '/teams', { name: 'posts', display_name: 'Posts', type: 'O' })).id;
    general = (await admin.ok('POST', '/channels', { team_id: teamId, name: 'general', display_name: 'General', type: 'O' })).id;
    secret = (await admin.ok('POST', '/channels', { team_id: teamId, name: 'secret', display_name: 'Secret', type: 'P' })).id;
    for (const who of [alice, bob]) await admin.ok('POST', `/channels/${general}/members`, { user_id: who.id });
    await admin.ok('POST', `/channels/${secret}/members`, { user_id: alice.id });
  });
  after(async () => {
    await probe?.stop();
  });

  test('create_post marks the post from_plugin, as Mattermost does; other plugins still vet it', async () => {
    const created = await probe.ok('create_post', [], { channel_id: general, user_id: alice.id, message: 'made by a plugin', props: { n: 1 } });
    assert.deepEqual(created.props, { n: 1, from_plugin: 'true' });
    const stored = await admin.ok('GET', `/posts/${created.id}`);
    assert.equal(stored.props.from_plugin, 'true');
    const byUser = await post(alice, general, 'made by a person');
    assert.equal(byUser.props.from_plugin, undefined);
    // e2e_python's MessageWillBePosted upper-cases "shout:" posts, from plugins too.
    const shouted = await probe.ok('create_post', [], { channel_id: general, user_id: alice.id, message: 'shout: loud' });
    assert.equal(shouted.message, 'LOUD');
    assert.deepEqual(shouted.props, { from_plugin: 'true', shouted: { by: 'e2e', times: 1 } });
    await expectError('create_post', [], { channel_id: 'x'.repeat(26), user_id: alice.id, message: 'm' }, 'NotFoundError', 404);
    await expectError('create_post', [], { channel_id: general, user_id: alice.id, message: 'x'.repeat(16384) }, 'ValidationError', 400, /message/);
  });

  test('channel pages, before/after and since: the same lists and cursors as REST, newest first', async () => {
    const channel = (await admin.ok('POST', '/channels', { team_id: teamId, name: 'paging', display_name: 'Paging', type: 'O' })).id;
    const posts: any[] = [];
    for (let i = 0; i < 5; i++) posts.push(await post(asAdmin, channel, `page post ${i}`));
    const ids = posts.map((p) => p.id).reverse(); // newest first
    const same = (fromPlugin: any, fromRest: any) => {
      assert.deepEqual(fromPlugin.order, fromRest.order);
      assert.deepEqual(fromPlugin.posts.map((p: any) => p.id), fromPlugin.order, 'posts come in the order of order');
      assert.equal(fromPlugin.next_post_id, fromRest.next_post_id);
      assert.equal(fromPlugin.prev_post_id, fromRest.prev_post_id);
      assert.equal(fromPlugin.has_next, fromRest.has_next);
    };
    const all = await probe.ok('get_posts_for_channel', [channel]);
    assert.deepEqual(all.order, ids, 'default per_page (60) holds them all');
    same(all, await admin.ok('GET', `/channels/${channel}/posts`));
    const page1 = await probe.ok('get_posts_for_channel', [channel, 1, 2]);
    assert.deepEqual(page1.order, ids.slice(2, 4));
    assert.equal(page1.next_post_id, ids[1]);
    assert.equal(page1.prev_post_id, ids[4]);
    same(page1, await admin.ok('GET', `/channels/${channel}/posts?page=1&per_page=2`));

    const before = await probe.ok('get_posts_before', [channel, ids[1], 0, 2]);
    assert.deepEqual(before.order, ids.slice(2, 4));
    same(before, await admin.ok('GET', `/channels/${channel}/posts?before=${ids[1]}&per_page=2`));
    const afterPage = await probe.ok('get_posts_after', [channel, ids[4], 0, 2]);
    assert.deepEqual(afterPage.order, ids.slice(2, 4));
    same(afterPage, await admin.ok('GET', `/channels/${channel}/posts?after=${ids[4]}&per_page=2`));
    same(await probe.ok('get_posts_after', [channel, ids[4], 1, 2]), await admin.ok('GET', `/channels/${channel}/posts?after=${ids[4]}&page=1&per_page=2`));

    const since = posts[2].create_at;
    await admin.ok('DELETE', `/posts/${posts[4].id}`);
    const changed = await probe.ok('get_posts_since', [channel, since]);
    same(changed, await admin.ok('GET', `/channels/${channel}/posts?since=${since}`));
    assert.deepEqual(changed.order, ids.slice(0, 2));
    const deleted = changed.posts.find((p: any) => p.id === posts[4].id);
    assert.ok(deleted.delete_at > 0);
    assert.equal(deleted.message, '', 'a deleted post comes emptied');
    assert.equal((await probe.ok('get_posts_since', [channel, 0])).order.length, 5, 'since 0: every post, the deleted one too');

    await expectError('get_posts_before', [channel, 'n'.repeat(26)], {}, 'NotFoundError', 404);
    await expectError('get_posts_after', [channel, ''], {}, 'ValidationError', 400, /after/);
    await expectError('get_posts_before', [channel, 'not-an-id'], {}, 'ValidationError', 400, /before/);
    await expectError('get_posts_for_channel', [channel, 0, 500], {}, 'ValidationError', 400, /per_page/);
    await expectError('get_posts_for_channel', ['c'.repeat(26)], {}, 'NotFoundError', 404);
    await expectError('get_posts_since', ['c'.repeat(26), 0], {}, 'NotFoundError', 404);
  });

  test('threads: root and replies newest first, from any post of the thread, as REST gives them', async () => {
    const root = await post(alice, general, 'thread root');
    const r1 = await post(bob, general, 'first reply', { root_id: root.id });
    const r2 = await post(alice, general, 'second reply', { root_id: root.id });
    const thread = await probe.ok('get_post_thread', [r1.id]);
    assert.deepEqual(thread.order, [r2.id, r1.id, root.id]);
    assert.deepEqual(thread.posts.map((p: any) => p.id), thread.order);
    assert.equal(thread.posts[2].reply_count, 2);
    assert.deepEqual((await admin.ok('GET', `/posts/${root.id}/thread`)).order, thread.order);
    await expectError('get_post_thread', ['p'.repeat(26)], {}, 'NotFoundError', 404);
  });

  test('MessagesWillBeConsumed changes what clients read, never what plugins read', async () => {
    const root = await post(bob, general, 'consume-me please');
    const reply = await post(alice, general, 'consume-me too', { root_id: root.id });
    assert.equal((await admin.ok('GET', `/posts/${root.id}`)).message, 'consume-me please [seen]');
    assert.equal((await admin.ok('GET', `/posts/${root.id}/thread`)).posts[reply.id].message, 'consume-me too [seen]');
    const thread = await probe.ok('get_post_thread', [root.id]);
    assert.deepEqual(thread.posts.map((p: any) => p.message), ['consume-me too', 'consume-me please']);
    assert.equal((await probe.ok('get_post', [root.id])).message, 'consume-me please');
    const page = await probe.ok('get_posts_for_channel', [general, 0, 5]);
    assert.ok(page.posts.some((p: any) => p.message === 'consume-me too'));
    assert.ok(!page.posts.some((p: any) => p.message.endsWith('[seen]')));
    const found = await probe.ok('search_posts_in_team_for_user', [teamId, bob.id], { terms: 'consume' + '-me please' });
    assert.deepEqual(found.posts.map((p: any) => p.message), ['consume-me please']);
    const rest = await bob.client.ok('POST', `/teams/${teamId}/posts/search`, { terms: '"consume-me please"' });
    assert.deepEqual(rest.order, [root.id]);
    assert.equal(rest.posts[root.id].message, 'consume-me please [seen]', 'REST search results are read by a client');
  });

  describe('search', () => {
    const p: Record<string, any> = {};
    let archived: string;
    const forUser = async (userId: string, params: Record<string, unknown>) => (await probe.ok('search_posts_in_team_for_user', [teamId, userId], params)).order as string[];
    const inTeam = async (paramsList: Record<string, unknown>[]) => ((await probe.ok('search_posts_in_team', [teamId, paramsList])) as any[]).map((x) => x.id);

    before(async () => {
      const room = (await admin.ok('POST', '/channels', { team_id: teamId, name: 'search-room', display_name: 'Search room', type: 'O' })).id;
      for (const who of [alice, bob]) await admin.ok('POST', `/channels/${room}/members`, { user_id: who.id });
      archived = (await admin.ok('POST', '/channels', { team_id: teamId, name: 'old-room', display_name: 'Old room', type: 'O' })).id;
      await admin.ok('POST', `/channels/${archived}/members`, { user_id: alice.id });
      p.fox = await post(alice, room, 'The quick brown fox jumps');
      p.lazy = await post(bob, room, 'lazy dogs sleep all day');
      p.thinking = await post(bob, room, 'Quick thinking wins');
      p.catalog = await post(alice, room, 'a catalog of cats');
      p.concat = await post(alice, room, 'concatenate the strings');
      p.hyphen = await post(alice, room, 'well-known brown-fox hybrid');
      p.unicode = await post(bob, room, 'Café crème brûlée');
      p.secret = await post(alice, secret, 'quick secret plan');
      p.old = await post(alice, archived, 'quick archived note');
      p.gone = await post(alice, room, 'quick but deleted');
      await admin.ok('DELETE', `/posts/${p.gone.id}`);
      await admin.ok('DELETE', `/channels/${archived}`);
      p.room = room;
    });

    test('terms: every word (case-insensitive, whole words), or any with is_or_search', async () => {
      assert.deepEqual(await forUser(alice.id, { terms: 'quick' }), [p.secret.id, p.thinking.id, p.fox.id]);
      assert.deepEqual(await forUser(bob.id, { terms: 'QUICK' }), [p.thinking.id, p.fox.id], "bob is not in the secret channel");
      assert.deepEqual(await forUser(alice.id, { terms: 'quick brown' }), [p.fox.id]);
      assert.deepEqual(await forUser(alice.id, { terms: 'quick lazy', is_or_search: true }), [p.secret.id, p.thinking.id, p.lazy.id, p.fox.id]);
      assert.deepEqual(await forUser(alice.id, { terms: 'cat' }), [], '"cat" is neither "cats" nor "concatenate"');
      assert.deepEqual(await forUser(alice.id, { terms: 'crème' }), [p.unicode.id]);
      assert.deepEqual(await forUser(alice.id, { terms: 'CAFÉ' }), [p.unicode.id]);
    });

    test('"quoted phrases", prefix*, excluded terms', async () => {
      assert.deepEqual(await forUser(alice.id, { terms: '"brown fox"' }), [p.hyphen.id, p.fox.id]);
      assert.deepEqual(await forUser(alice.id, { terms: '"fox brown"' }), []);
      assert.deepEqual(await forUser(alice.id, { terms: 'brown-fox' }), [p.hyphen.id, p.fox.id], 'a hyphenated word is a phrase');
      assert.deepEqual(await forUser(alice.id, { terms: 'cat*' }), [p.catalog.id]);
      assert.deepEqual(await forUser(alice.id, { terms: 'con* strings' }), [p.concat.id]);
      assert.deepEqual(await forUser(alice.id, { terms: 'quick', excluded_terms: 'brown' }), [p.secret.id, p.thinking.id]);
      assert.deepEqual(await forUser(alice.id, { terms: 'quick -brown -"secret plan"' }), [p.thinking.id]);
    });

    test('from_users, in_channels (names or ids), dates, deleted channels', async () => {
      assert.deepEqual(await forUser(alice.id, { terms: 'quick', from_users: ['bob'] }), [p.thinking.id]);
      assert.deepEqual(await forUser(alice.id, { terms: 'quick', from_users: ['@alice', 'nobody-here'] }), [p.secret.id, p.fox.id]);
      assert.deepEqual(await forUser(alice.id, { terms: 'quick', from_users: ['nobody-here'] }), [], 'only unknown authors: nothing');
      assert.deepEqual(await forUser(alice.id, { from_users: ['bob'], in_channels: ['search-room'] }), [p.unicode.id, p.thinking.id, p.lazy.id], 'filters alone search too');
      assert.deepEqual(await forUser(alice.id, { terms: 'quick', in_channels: ['secret'] }), [p.secret.id]);
      assert.deepEqual(await forUser(alice.id, { terms: 'quick', in_channels: [p.room] }), [p.thinking.id, p.fox.id]);
      assert.deepEqual(await forUser(bob.id, { terms: 'quick', in_channels: ['secret'] }), [], 'naming a channel does not open it');
      assert.deepEqual(await forUser(alice.id, { terms: 'quick', in_channels: ['no-such-channel'] }), []);

      const today = day(p.fox.create_at);
      const yesterday = day(p.fox.create_at - 86_400_000);
      const tomorrow = day(p.fox.create_at + 86_400_000);
      assert.deepEqual(await forUser(alice.id, { terms: 'quick brown', on_date: today }), [p.fox.id]);
      assert.deepEqual(await forUser(alice.id, { terms: 'quick brown', after_date: yesterday, before_date: tomorrow }), [p.fox.id]);
      assert.deepEqual(await forUser(alice.id, { terms: 'quick brown', after_date: today }), [], 'after a day is after its end');
      assert.deepEqual(await forUser(alice.id, { terms: 'quick brown', before_date: today }), []);
      for (const field of ['after_date', 'before_date', 'on_date']) {
        await expectError('search_posts_in_team_for_user', [teamId, alice.id], { terms: 'quick', [field]: '2024-02-30' }, 'ValidationError', 400, new RegExp(field));
      }

      assert.deepEqual(await forUser(alice.id, { terms: 'archived' }), []);
      assert.deepEqual(await forUser(alice.id, { terms: 'archived', include_deleted_channels: true }), [p.old.id]);
      assert.deepEqual(await forUser(alice.id, { terms: 'deleted' }), [], 'deleted posts are never found');
      assert.deepEqual(await forUser(alice.id, { terms: '' }), [], 'no terms and no filters: nothing');
    });

    test('paging: per_page (default 100) and page, newest first', async () => {
      const all = await forUser(alice.id, { terms: 'quick lazy cats crème', is_or_search: true });
      assert.equal(all.length, 6);
      assert.deepEqual(await forUser(alice.id, { terms: 'quick lazy cats crème', is_or_search: true, per_page: 4 }), all.slice(0, 4));
      assert.deepEqual(await forUser(alice.id, { terms: 'quick lazy cats crème', is_or_search: true, per_page: 4, page: 1 }), all.slice(4));
      assert.deepEqual(await forUser(alice.id, { terms: 'quick lazy cats crème', is_or_search: true, per_page: 4, page: 2 }), []);
      const results = await probe.ok('search_posts_in_team_for_user', [teamId, alice.id], { terms: 'quick' });
      assert.deepEqual(results.posts.map((x: any) => x.id), results.order);
      assert.equal(results.posts[0].message, 'quick secret plan');
    });

    test('search_posts_in_team: every channel of the team, the posts any of the searches finds', async () => {
      assert.deepEqual(await inTeam([{ terms: 'quick' }]), [p.secret.id, p.thinking.id, p.fox.id], 'private channels too: no user, no permissions');
      assert.deepEqual(await inTeam([{ terms: 'lazy' }, { terms: 'thinking' }, { terms: 'quick', from_users: ['bob'] }]), [p.thinking.id, p.lazy.id]);
      assert.deepEqual(await inTeam([]), []);
    });

    test('errors: unknown team or user, bad paging', async () => {
      await expectError('search_posts_in_team_for_user', ['t'.repeat(26), alice.id], { terms: 'quick' }, 'NotFoundError', 404);
      await expectError('search_posts_in_team_for_user', [teamId, 'u'.repeat(26)], { terms: 'quick' }, 'NotFoundError', 404);
      await expectError('search_posts_in_team', ['t'.repeat(26), [{ terms: 'quick' }]], {}, 'NotFoundError', 404);
    });

    test('REST POST /teams/{id}/posts/search: the modifiers in the terms, paging, only team members', async () => {
      const res = await bob.client.ok('POST', `/teams/${teamId}/posts/search`, { terms: 'quick from:bob in:search-room' });
      assert.deepEqual(res.order, [p.thinking.id]);
      assert.equal(res.posts[p.thinking.id].message, 'Quick thinking wins');
      assert.equal(res.has_next, false);
      const today = day(p.fox.create_at);
      assert.deepEqual((await alice.client.ok('POST', `/teams/${teamId}/posts/search`, { terms: `quick on:${today} -thinking` })).order, [p.secret.id, p.fox.id]);
      const paged = await alice.client.ok('POST', `/teams/${teamId}/posts/search`, { terms: 'quick', per_page: 2 });
      assert.deepEqual(paged.order, [p.secret.id, p.thinking.id]);
      assert.equal(paged.has_next, true);
      assert.equal((await alice.client.ok('POST', `/teams/${teamId}/posts/search`, { terms: 'quick', per_page: 2, page: 1 })).has_next, false);
      const empty = await bob.client.request('POST', `/teams/${teamId}/posts/search`, { terms: '' });
      assert.equal(empty.status, 400);
      assert.match(empty.body.message, /terms/);
      const badPage = await bob.client.request('POST', `/teams/${teamId}/posts/search`, { terms: 'x', page: 'one' });
      assert.equal(badPage.status, 400);
      assert.match(badPage.body.message, /page/);
      const loner = new Client(probe.server.url);
      await admin.ok('POST', '/users', { username: 'loner', email: 'loner@example.com', password: 'loner-password' });
      await loner.login('loner', 'loner-password');
      assert.equal((await loner.request('POST', `/teams/${teamId}/posts/search`, { terms: 'quick' })).status, 403);
      assert.equal((await loner.request('POST', `/teams/${'t'.repeat(26)}/posts/search`, { terms: 'quick' })).status, 404);
    });
  });

  test('ephemeral posts: to one user over the websocket (sent, updated, deleted), never stored', async () => {
    const aliceWs = await connectWebSocket(probe.server.url, alice.client.token);
    const bobWs = await connectWebSocket(probe.server.url, bob.client.token);
    try {
      const sent = await probe.ok('send_ephemeral_post', [alice.id, { channel_id: general, user_id: probe.adminUser.id, message: 'only for alice', props: { k: 'v' } }]);
      assert.equal(sent.type, 'system_ephemeral');
      assert.equal(sent.message, 'only for alice');
      assert.match(sent.id, /^[a-z0-9]{26}$/);
      const event = await aliceWs.next('ephemeral_message', (e) => JSON.parse(e.data.post).id === sent.id);
      assert.deepEqual(event.broadcast.user_id, alice.id);
      assert.deepEqual(JSON.parse(event.data.post).props, { k: 'v' });
      assert.equal((await admin.request('GET', `/posts/${sent.id}`)).status, 404, 'never stored');
      assert.ok(!(await probe.ok('get_posts_for_channel', [general])).order.includes(sent.id));

      const updated = await probe.ok('update_ephemeral_post', [alice.id, { id: sent.id, channel_id: general, user_id: probe.adminUser.id, message: 'changed for alice' }]);
      assert.equal(updated.id, sent.id);
      const edited = await aliceWs.next('post_edited', (e) => JSON.parse(e.data.post).id === sent.id);
      assert.equal(JSON.parse(edited.data.post).message, 'changed for alice');

      assert.equal(await probe.ok('delete_ephemeral_post', [alice.id, sent.id]), null);
      const removed = await aliceWs.next('post_deleted', (e) => JSON.parse(e.data.post).id === sent.id);
      assert.ok(JSON.parse(removed.data.post).delete_at > 0);

      // Bob is in the channel, but none of it was his: a post of his own marks where his events stand.
      const mine = await probe.ok('send_ephemeral_post', [bob.id], { channel_id: general, message: 'for bob' });
      await bobWs.next('ephemeral_message', (e) => JSON.parse(e.data.post).id === mine.id);
      const leaked = bobWs.events.filter((e) => e.data?.post && JSON.parse(e.data.post).id === sent.id);
      assert.deepEqual(leaked, [], 'bob received nothing of alice\'s ephemeral post');

      // An id chosen by the plugin is kept, so it can update the post later.
      const chosen = 'e'.repeat(26);
      assert.equal((await probe.ok('send_ephemeral_post', [alice.id], { id: chosen, channel_id: general, message: 'with my id' })).id, chosen);

      await expectError('send_ephemeral_post', ['u'.repeat(26)], { channel_id: general, message: 'x' }, 'NotFoundError', 404);
      await expectError('send_ephemeral_post', [alice.id], { channel_id: 'c'.repeat(26), message: 'x' }, 'NotFoundError', 404);
      await expectError('update_ephemeral_post', [alice.id], { channel_id: general, message: 'x' }, 'ValidationError', 400, /id/);
      await expectError('delete_ephemeral_post', [alice.id, 'nope'], {}, 'ValidationError', 400, /post_id/);
    } finally {
      aliceWs.close();
      bobWs.close();
    }
  });

  test('reactions: add, list, remove through the app service: websocket events and hooks follow', async () => {
    const room = (await admin.ok('POST', '/channels', { team_id: teamId, name: 'reactions', display_name: 'Reactions', type: 'O' })).id;
    await admin.ok('POST', `/channels/${room}/members`, { user_id: alice.id });
    const target = await post(alice, room, 'react to this');
    const ws = await connectWebSocket(probe.server.url, alice.client.token);
    try {
      const added = await probe.ok('add_reaction', [], { user_id: bob.id, post_id: target.id, emoji_name: 'tada' });
      assert.equal(added.emoji_name, 'tada');
      assert.ok(added.create_at > 0);
      const event = await ws.next('reaction_added', (e) => JSON.parse(e.data.reaction).post_id === target.id);
      assert.deepEqual(JSON.parse(event.data.reaction), added);
      assert.deepEqual(await probe.ok('get_reactions', [target.id]), [added]);
      assert.deepEqual(await alice.client.ok('GET', `/posts/${target.id}/reactions`), [added]);

      // e2e_python's ReactionHasBeenAdded kept the reaction; its "!report" post shows it.
      await post(asAdmin, room, '!report');
      const report = await waitFor('the e2e plugin report', async () => {
        const list = await admin.ok('GET', `/channels/${room}/posts`);
        const found = Object.values<any>(list.posts).find((x) => x.message.startsWith('report '));
        return found && JSON.parse(found.message.slice('report '.length));
      });
      assert.deepEqual(report.last_reaction, added);

      assert.equal(await probe.ok('remove_reaction', [], { user_id: bob.id, post_id: target.id, emoji_name: 'tada' }), null);
      await ws.next('reaction_removed', (e) => JSON.parse(e.data.reaction).post_id === target.id);
      assert.deepEqual(await probe.ok('get_reactions', [target.id]), []);

      await expectError('add_reaction', [], { user_id: bob.id, post_id: target.id, emoji_name: 'not ok' }, 'ValidationError', 400, /emoji_name/);
      await expectError('add_reaction', [], { user_id: bob.id, post_id: 'p'.repeat(26), emoji_name: 'tada' }, 'NotFoundError', 404);
      await expectError('get_reactions', ['p'.repeat(26)], {}, 'NotFoundError', 404);
    } finally {
      ws.close();
    }
  });

  describe('custom emoji', () => {
    const createEmoji = (who: Client, emoji: unknown, image?: Buffer, filename = 'image.png') => {
      const form = new FormData();
      if (emoji !== undefined) form.append('emoji', typeof emoji === 'string' ? emoji : JSON.stringify(emoji));
      if (image) form.append('image', new Blob([new Uint8Array(image)]), filename);
      return who.request('POST', '/emoji', form);
    };
    const made: Record<string, any> = {};

    before(async () => {
      for (const [name, image] of [['party-parrot', png], ['a_gif', gif], ['jpeg+1', jpeg]] as const) {
        await sleep(3);
        const res = await createEmoji(alice.client, { name, creator_id: alice.id }, image);
        assert.equal(res.status, 201, JSON.stringify(res.body));
        made[name] = res.body;
      }
    });

    test('REST: create checks the name, the image and the creator; read by id, by name, the image', async () => {
      assert.equal(made['party-parrot'].name, 'party-parrot');
      assert.equal(made['party-parrot'].creator_id, alice.id);
      const cases: Array<[string, unknown, Buffer | undefined, number, RegExp]> = [
        ['a taken name', { name: 'party-parrot', creator_id: alice.id }, png, 409, /already exists/],
        ['capitals', { name: 'Party', creator_id: alice.id }, png, 400, /name/],
        ['a space', { name: 'two words', creator_id: alice.id }, png, 400, /name/],
        ['65 characters', { name: 'x'.repeat(65), creator_id: alice.id }, png, 400, /name/],
        ['no name', { creator_id: alice.id }, png, 400, /name/],
        ['not an image', { name: 'textual', creator_id: alice.id }, Buffer.from('hello'), 400, /image/i],
        ['no image', { name: 'imageless', creator_id: alice.id }, undefined, 400, /image/],
        ['no emoji field', undefined, png, 400, /emoji/],
        ['bad JSON', '{name', png, 400, /emoji/],
        ['someone else as creator', { name: 'sneaky', creator_id: bob.id }, png, 403, /creator/],
        ['an image over 1 MiB', { name: 'huge', creator_id: alice.id }, Buffer.concat([png, Buffer.alloc(1024 * 1024)]), 413, /larger/],
      ];
      for (const [what, emoji, image, status, message] of cases) {
        const res = await createEmoji(alice.client, emoji, image);
        assert.equal(res.status, status, `${what}: ${JSON.stringify(res.body)}`);
        assert.match(res.body.message, message, what);
      }
      assert.equal((await new Client(probe.server.url).request('GET', '/emoji')).status, 401);

      assert.deepEqual(await bob.client.ok('GET', `/emoji/${made.a_gif.id}`), made.a_gif);
      assert.deepEqual(await bob.client.ok('GET', '/emoji/name/jpeg+1'), made['jpeg+1']);
      assert.deepEqual((await bob.client.ok('GET', '/emoji')).map((e: any) => e.name), ['party-parrot', 'a_gif', 'jpeg+1']);
      assert.deepEqual((await bob.client.ok('GET', '/emoji?sort=name&per_page=2')).map((e: any) => e.name), ['a_gif', 'jpeg+1']);
      const image = await fetch(`${probe.server.url}/api/v4/emoji/${made['party-parrot'].id}/image`, { headers: { Authorization: `Bearer ${bob.client.token}` } });
      assert.equal(image.headers.get('content-type'), 'image/png');
      assert.deepEqual(Buffer.from(await image.arrayBuffer()), png);
      assert.equal((await bob.client.request('GET', '/emoji/name/no-such-emoji')).status, 404);
      assert.equal((await bob.client.request('GET', '/emoji?sort=size')).status, 400);
    });

    test('the Plugin API reads them: list (creation order or by name, paged), by name, by id, the image and its type', async () => {
      assert.deepEqual((await probe.ok('get_emoji_list')).map((e: any) => e.name), ['party-parrot', 'a_gif', 'jpeg+1']);
      assert.deepEqual((await probe.ok('get_emoji_list', ['name'])).map((e: any) => e.name), ['a_gif', 'jpeg+1', 'party-parrot']);
      assert.deepEqual((await probe.ok('get_emoji_list', ['name', 1, 1])).map((e: any) => e.name), ['jpeg+1']);
      assert.deepEqual(await probe.ok('get_emoji_by_name', ['party-parrot']), made['party-parrot']);
      assert.deepEqual(await probe.ok('get_emoji', [made.a_gif.id]), made.a_gif);
      for (const [name, image, type] of [['party-parrot', png, 'png'], ['a_gif', gif, 'gif'], ['jpeg+1', jpeg, 'jpeg']] as const) {
        const [data, imageType] = await probe.ok('get_emoji_image', [made[name].id]);
        assert.deepEqual(bytesOf(data), image);
        assert.equal(imageType, type);
      }
      await expectError('get_emoji_by_name', ['no-such-emoji'], {}, 'NotFoundError', 404);
      await expectError('get_emoji', ['e'.repeat(26)], {}, 'NotFoundError', 404);
      await expectError('get_emoji_image', ['e'.repeat(26)], {}, 'NotFoundError', 404);
      await expectError('get_emoji', ['bad'], {}, 'ValidationError', 400);
      await expectError('get_emoji_list', ['size'], {}, 'ValidationError', 400, /sort/);
    });

    test('delete: only the creator or an admin; the image goes and the name is free again', async () => {
      const victim = made['jpeg+1'];
      assert.equal((await bob.client.request('DELETE', `/emoji/${victim.id}`)).status, 403);
      await alice.client.ok('DELETE', `/emoji/${victim.id}`);
      await expectError('get_emoji', [victim.id], {}, 'NotFoundError', 404);
      await expectError('get_emoji_image', [victim.id], {}, 'NotFoundError', 404);
      assert.equal((await alice.client.request('GET', `/emoji/${victim.id}/image`)).status, 404);
      const again = await createEmoji(bob.client, { name: 'jpeg+1', creator_id: bob.id }, jpeg);
      assert.equal(again.status, 201);
      await admin.ok('DELETE', `/emoji/${again.body.id}`);
      assert.deepEqual((await probe.ok('get_emoji_list', ['name'])).map((e: any) => e.name), ['a_gif', 'party-parrot']);
    });
  });
});
