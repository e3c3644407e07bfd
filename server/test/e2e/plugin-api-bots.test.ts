// Bots and OAuth apps through the Plugin API, from a real Python plugin (the api_probe fixture),
// checked through REST: bots owned by the plugin unless it names an owner, patched, disabled and
// enabled, listed by BotGetOptions, deleted for good; EnsureBotUser idempotent across calls and a
// server restart; OAuth apps stored with a secret shown once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Probe, probePluginId, startProbe } from '../api-probe.js';
import { Client } from '../harness.js';

describe('Plugin API: bots and OAuth apps', () => {
  let probe: Probe;

  before(async () => {
    probe = await startProbe();
  });
  after(async () => {
    await probe?.stop();
  });

  test('CreateBot: owned by the plugin unless owner_id is set; a bot cannot own one; usernames are unique', async () => {
    const bot = await probe.ok('create_bot', [], { username: 'Helper', display_name: 'Helper', description: 'Helps out' });
    assert.deepEqual(
      { username: bot.username, display_name: bot.display_name, description: bot.description, owner_id: bot.owner_id, delete_at: bot.delete_at },
      { username: 'helper', display_name: 'Helper', description: 'Helps out', owner_id: probePluginId, delete_at: 0 },
    );
    assert.match(bot.user_id, /^[a-z0-9]{26}$/);
    const rest = await probe.admin.ok('GET', `/bots/${bot.user_id}`);
    assert.equal(rest.owner_id, probePluginId);
    assert.equal((await probe.admin.ok('GET', `/users/${bot.user_id}`)).is_bot, true);

    const owned = await probe.ok('create_bot', [], { username: 'adminsbot', owner_id: probe.adminUser.id });
    assert.equal(owned.owner_id, probe.adminUser.id);
    for (const [fields, type, pattern] of [
      [{ username: 'botsbot', owner_id: bot.user_id }, 'ValidationError', /Invalid owner_id: owner_id cannot be a bot/],
      [{ username: 'helper' }, 'AlreadyExistsError', /"helper" already exists/],
      [{ display_name: 'nameless' }, 'ValidationError', /Invalid username/],
    ] as const) {
      const refused = await probe.call('create_bot', [], fields);
      assert.equal(refused.error?.type, type, JSON.stringify(fields));
      assert.match(refused.error!.message, pattern);
    }
  });

  test('PatchBot changes only the fields given', async () => {
    const bot = await probe.ok('create_bot', [], { username: 'patchy', display_name: 'Patchy', description: 'before' });
    const patched = await probe.ok('patch_bot', [bot.user_id], { description: 'after' });
    assert.deepEqual({ username: patched.username, display_name: patched.display_name, description: patched.description }, { username: 'patchy', display_name: 'Patchy', description: 'after' });
    const renamed = await probe.ok('patch_bot', [bot.user_id], { username: 'patched' });
    assert.equal(renamed.username, 'patched');
    assert.equal((await probe.admin.ok('GET', `/users/${bot.user_id}`)).username, 'patched');
    const bad = await probe.call('patch_bot', [bot.user_id], { username: 'two words' });
    assert.equal(bad.error?.type, 'ValidationError');
    assert.match(bad.error!.message, /Invalid username/);
    assert.equal((await probe.call('patch_bot', ['nosuchbot00000000000000000'], { description: 'x' })).error?.type, 'NotFoundError');
  });

  test('UpdateBotActive disables and enables; GetBot shows a disabled bot only with include_deleted', async () => {
    const bot = await probe.ok('create_bot', [], { username: 'sleeper' });
    const disabled = await probe.ok('update_bot_active', [bot.user_id, false]);
    assert.ok(disabled.delete_at > 0);
    assert.ok((await probe.admin.ok('GET', `/users/${bot.user_id}`)).delete_at > 0, 'its user is deactivated');
    assert.equal((await probe.call('get_bot', [bot.user_id])).error?.type, 'NotFoundError');
    assert.equal((await probe.call('get_bot', [bot.user_id, false])).error?.type, 'NotFoundError');
    assert.equal((await probe.ok('get_bot', [bot.user_id, true])).user_id, bot.user_id);
    const enabled = await probe.ok('update_bot_active', [bot.user_id, true]);
    assert.equal(enabled.delete_at, 0);
    assert.equal((await probe.ok('get_bot', [bot.user_id])).username, 'sleeper');
    assert.equal((await probe.call('get_bot', ['nosuchbot00000000000000000', true])).error?.type, 'NotFoundError');
    assert.equal((await probe.call('get_bot', ['not-an-id'])).error?.type, 'ValidationError');
  });

  test('GetBots: by owner, with disabled ones, only orphaned ones, by page', async () => {
    const dave = await probe.admin.ok('POST', '/users', { username: 'dave', email: 'dave@example.com', password: 'correct-horse' });
    const orphan = await probe.ok('create_bot', [], { username: 'davesbot', owner_id: dave.id });
    const gone = await probe.ok('create_bot', [], { username: 'gonebot' });
    await probe.ok('update_bot_active', [gone.user_id, false]);
    const names = (bots: any[]) => bots.map((b) => b.username);
    const mine = names(await probe.ok('get_bots', [], { owner_id: probePluginId }));
    assert.ok(mine.includes('helper') && !mine.includes('gonebot') && !mine.includes('adminsbot') && !mine.includes('davesbot'), mine.join());
    assert.ok(names(await probe.ok('get_bots', [], { owner_id: probePluginId, include_deleted: true })).includes('gonebot'));
    assert.deepEqual(names(await probe.ok('get_bots', [], { only_orphaned: true })), [], 'dave is active');
    await probe.admin.ok('DELETE', `/users/${dave.id}`);
    assert.deepEqual(names(await probe.ok('get_bots', [], { only_orphaned: true })), ['davesbot']);
    assert.equal(orphan.owner_id, dave.id);
    const all = names(await probe.ok('get_bots', [], { include_deleted: true }));
    assert.deepEqual(all, [...all].sort(), 'by username');
    const firstTwo = names(await probe.ok('get_bots', [], { include_deleted: true, page: 0, per_page: 2 }));
    const nextTwo = names(await probe.ok('get_bots', [], { include_deleted: true, page: 1, per_page: 2 }));
    assert.deepEqual([...firstTwo, ...nextTwo], all.slice(0, 4));
  });

  test('PermanentDeleteBot deletes the bot and its user for good; the username is free again', async () => {
    const bot = await probe.ok('create_bot', [], { username: 'doomed' });
    assert.equal(await probe.ok('permanent_delete_bot', [bot.user_id]), null);
    assert.equal((await probe.call('get_bot', [bot.user_id, true])).error?.type, 'NotFoundError');
    assert.equal((await probe.admin.request('GET', `/users/${bot.user_id}`)).status, 404);
    assert.notEqual((await probe.ok('create_bot', [], { username: 'doomed' })).user_id, bot.user_id);
    assert.equal((await probe.call('permanent_delete_bot', [bot.user_id])).error?.type, 'NotFoundError');
  });

  test('EnsureBotUser creates the plugin’s bot once and brings it up to date; the owner is always the plugin', async () => {
    const id = await probe.ok('ensure_bot_user', [], { username: 'probebot', display_name: 'Probe', owner_id: probe.adminUser.id });
    assert.match(id, /^[a-z0-9]{26}$/);
    const bot = await probe.ok('get_bot', [id]);
    assert.equal(bot.owner_id, probePluginId);
    assert.equal(await probe.ok('ensure_bot_user', [], { username: 'probebot', display_name: 'Probe v2', description: 'now described' }), id);
    const updated = await probe.ok('get_bot', [id]);
    assert.deepEqual({ display_name: updated.display_name, description: updated.description }, { display_name: 'Probe v2', description: 'now described' });
    assert.equal(await probe.ok('ensure_bot_user', [], { username: 'probebot2', display_name: 'Probe v2' }), id, 'the remembered bot is renamed, not duplicated');
    assert.equal((await probe.ok('get_bot', [id])).username, 'probebot2');
    // Without what it remembers (its KV key mmi_botid), it finds its bot by username; a person's
    // name or another owner's bot is refused.
    assert.equal(await probe.ok('kv_delete', ['mmi_botid']), null);
    for (const [fields, pattern] of [
      [{ username: 'admin' }, /"admin" belongs to a user who is not a bot/],
      [{ username: 'adminsbot' }, new RegExp(`"adminsbot" belongs to a bot owned by "${probe.adminUser.id}"`)],
    ] as const) {
      const refused = await probe.call('ensure_bot_user', [], fields);
      assert.equal(refused.error?.type, 'AlreadyExistsError', JSON.stringify(fields));
      assert.match(refused.error!.message, pattern);
    }
    assert.equal(await probe.ok('ensure_bot_user', [], { username: 'probebot2', display_name: 'Found again' }), id);
    assert.equal((await probe.ok('get_bot', [id])).display_name, 'Found again');
    const nameless = await probe.call('ensure_bot_user', [], { display_name: 'x' });
    assert.equal(nameless.error?.type, 'ValidationError');
    assert.match(nameless.error!.message, /Invalid username/);
  });

  test('EnsureBotUser after a server restart: the same bot', async () => {
    const id = await probe.ok('ensure_bot_user', [], { username: 'probebot2', display_name: 'Probe v2' });
    await probe.restart();
    assert.equal(await probe.ok('ensure_bot_user', [], { username: 'probebot2', display_name: 'Probe v3' }), id);
    assert.equal((await probe.ok('get_bot', [id])).display_name, 'Probe v3');
    assert.equal((await probe.ok('get_bots', [], { owner_id: probePluginId })).filter((b: any) => b.username.startsWith('probebot')).length, 1);
  });

  test('CreateOAuthApp returns the client secret once; GetOAuthApp, UpdateOAuthApp, DeleteOAuthApp; REST sees the same store', async () => {
    const app = await probe.ok('create_oauth_app', [], {
      name: 'Tracker', description: 'Issue tracker', callback_urls: ['https://tracker.example.com/callback'], homepage: 'https://tracker.example.com', icon_url: 'https://tracker.example.com/icon.png',
    });
    assert.match(app.client_secret, /^[a-z0-9]{26}$/);
    assert.equal(app.creator_id, probePluginId);
    assert.deepEqual(app.callback_urls, ['https://tracker.example.com/callback']);
    const fetched = await probe.ok('get_oauth_app', [app.id]);
    assert.equal(fetched.client_secret, '', 'shown once');
    assert.deepEqual(fetched, { ...app, client_secret: '' });
    assert.deepEqual(await probe.admin.ok('GET', `/oauth/apps/${app.id}`), fetched);

    const updated = await probe.ok('update_oauth_app', [], { ...app, name: 'Tracker 2', callback_urls: ['https://a.example.com/cb', 'http://localhost:8080/cb'], creator_id: 'someone', create_at: 1, client_secret: 'forged', is_trusted: true });
    assert.deepEqual(
      { name: updated.name, callback_urls: updated.callback_urls, creator_id: updated.creator_id, create_at: updated.create_at, client_secret: updated.client_secret, is_trusted: updated.is_trusted },
      { name: 'Tracker 2', callback_urls: ['https://a.example.com/cb', 'http://localhost:8080/cb'], creator_id: probePluginId, create_at: app.create_at, client_secret: '', is_trusted: true },
    );

    const good = { name: 'X', callback_urls: ['https://x.example.com/cb'], homepage: 'https://x.example.com' };
    for (const [fields, field] of [
      [{ ...good, callback_urls: [] }, 'callback_urls'],
      [{ ...good, callback_urls: ['https://ok.example.com', 'not a url'] }, 'callback_urls\\[1\\]'],
      [{ ...good, callback_urls: ['javascript:alert(1)'] }, 'callback_urls\\[0\\]'],
      [{ ...good, homepage: '' }, 'homepage'],
      [{ ...good, name: '' }, 'name'],
      [{ ...good, icon_url: 'nope' }, 'icon_url'],
    ] as const) {
      const refused = await probe.call('create_oauth_app', [], fields);
      assert.equal(refused.error?.type, 'ValidationError', JSON.stringify(fields));
      assert.match(refused.error!.message, new RegExp(`^Invalid ${field}:`));
    }
    assert.equal((await probe.call('update_oauth_app', [], { ...good, id: 'nosuchapp00000000000000000' })).error?.type, 'NotFoundError');
    assert.equal(await probe.ok('delete_oauth_app', [app.id]), null);
    assert.equal((await probe.call('get_oauth_app', [app.id])).error?.type, 'NotFoundError');
    assert.equal((await probe.call('delete_oauth_app', [app.id])).error?.type, 'NotFoundError');
  });

  test('the REST routes of OAuth apps: admins only; the secret only in the create answer', async () => {
    const created = await probe.admin.request('POST', '/oauth/apps', { name: 'Wiki', callback_urls: ['https://wiki.example.com/cb'], homepage: 'https://wiki.example.com' });
    assert.equal(created.status, 201);
    assert.match(created.body.client_secret, /^[a-z0-9]{26}$/);
    assert.equal(created.body.creator_id, probe.adminUser.id);
    const listed = await probe.admin.ok('GET', '/oauth/apps');
    assert.deepEqual(listed.map((a: any) => [a.name, a.client_secret]), [['Wiki', '']]);
    assert.equal((await probe.ok('get_oauth_app', [created.body.id])).name, 'Wiki', 'the Plugin API sees it');
    const renamed = await probe.admin.ok('PUT', `/oauth/apps/${created.body.id}`, { ...created.body, name: 'Wiki 2' });
    assert.equal(renamed.name, 'Wiki 2');
    assert.equal((await probe.admin.request('POST', '/oauth/apps', { name: 'Bad', callback_urls: ['nope'], homepage: 'https://x.example.com' })).status, 400);
    await probe.admin.ok('POST', '/users', { username: 'erin', email: 'erin@example.com', password: 'correct-horse' });
    const erin = new Client(probe.server.url);
    await erin.login('erin', 'correct-horse');
    assert.equal((await erin.request('GET', '/oauth/apps')).status, 403);
    assert.equal((await erin.request('POST', '/oauth/apps', { name: 'Mine', callback_urls: ['https://m.example.com/cb'], homepage: 'https://m.example.com' })).status, 403);
    await probe.admin.ok('DELETE', `/oauth/apps/${created.body.id}`);
    assert.equal((await probe.admin.request('GET', `/oauth/apps/${created.body.id}`)).status, 404);
  });
});
