// Bots, personal access tokens and statuses through Mattermost's own client.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import mattermost from '@mattermost/client';
import { Client, connectWebSocket, type ServerHandle, startServer, waitFor } from '../harness.js';

const { Client4 } = mattermost;

describe('bots, access tokens and statuses through @mattermost/client', () => {
  let server: ServerHandle;
  const admin = new Client4();
  const carol = new Client4();
  let adminId: string;
  let carolId: string;
  let botId: string;
  let channelId: string;

  before(async () => {
    server = await startServer();
    admin.setUrl(server.url);
    carol.setUrl(server.url);
    adminId = (await admin.createUser({ username: 'root', email: 'root@example.com', password: 'root-password' } as any, '', '')).id;
    await admin.login('root', 'root-password');
    carolId = (await admin.createUser({ username: 'carol', email: 'carol@example.com', password: 'carol-password' } as any, '', '')).id;
    await carol.login('carol', 'carol-password');
    const teamId = (await admin.createTeam({ name: 'ops', display_name: 'Ops', type: 'O' } as any)).id;
    channelId = (await admin.createChannel({ team_id: teamId, name: 'alerts', display_name: 'Alerts', type: 'O' } as any)).id;
  });

  after(async () => {
    await server?.stop();
  });

  test('an admin creates, lists, patches, disables and enables a bot; others may not create one', async () => {
    await assert.rejects(carol.createBot({ username: 'sneaky-bot' } as any), (e: any) => e.status_code === 403);
    await assert.rejects(admin.createBot({ display_name: 'No name' } as any), (e: any) => e.status_code === 400 && /username/.test(e.message));
    await assert.rejects(admin.createBot({ username: 'x-bot', display_name: 42 } as any), (e: any) => e.status_code === 400 && /display_name/.test(e.message));

    const bot = await admin.createBot({ username: 'alert-bot', display_name: 'Alerts', description: 'Posts alerts' } as any);
    botId = bot.user_id;
    assert.equal(bot.username, 'alert-bot');
    assert.equal(bot.display_name, 'Alerts');
    assert.equal(bot.description, 'Posts alerts');
    assert.equal(bot.owner_id, adminId);
    assert.equal(bot.delete_at, 0);
    assert.ok(bot.create_at > 0);
    const user = await admin.getUser(botId);
    assert.equal(user.is_bot, true);
    await assert.rejects(admin.createBot({ username: 'alert-bot' } as any), (e: any) => e.status_code === 409);

    assert.deepEqual((await admin.getBots()).map((b: any) => b.user_id), [botId]);
    await assert.rejects(carol.getBots(), (e: any) => e.status_code === 403 && /read_bots/.test(e.message), 'reading bots takes read_bots');
    assert.equal((await admin.getBot(botId)).username, 'alert-bot');
    await assert.rejects(admin.getBot(carolId), (e: any) => e.status_code === 404);
    await assert.rejects(admin.getBot('nope'), (e: any) => e.status_code === 400);
    await assert.rejects(carol.getBot(botId), (e: any) => e.status_code === 403);

    const patched = await admin.patchBot(botId, { display_name: 'Alert Bot', description: 'Posts alerts loudly' } as any);
    assert.equal(patched.display_name, 'Alert Bot');
    assert.equal(patched.description, 'Posts alerts loudly');
    assert.equal(patched.username, 'alert-bot');
    await assert.rejects(carol.patchBot(botId, { display_name: 'mine' } as any), (e: any) => e.status_code === 403);
    await assert.rejects(admin.patchBot(botId, { username: '!!' } as any), (e: any) => e.status_code === 400 && /username/.test(e.message));

    const disabled = await admin.disableBot(botId);
    assert.ok(disabled.delete_at > 0);
    assert.ok((await admin.getUser(botId)).delete_at > 0, 'a disabled bot is a deactivated user');
    assert.deepEqual(await admin.getBots(), []);
    assert.deepEqual((await admin.getBotsIncludeDeleted()).map((b: any) => b.user_id), [botId]);
    const enabled = await admin.enableBot(botId);
    assert.equal(enabled.delete_at, 0);
    assert.equal((await admin.getUser(botId)).delete_at, 0);
  });

  test('bots cannot log in with a password', async () => {
    const raw = new Client(server.url);
    const res = await raw.request('POST', '/users/login', { login_id: 'alert-bot', password: '' });
    assert.equal(res.status, 400, 'an empty password is a bad request');
    const res2 = await raw.request('POST', '/users/login', { login_id: 'alert-bot', password: 'anything-at-all' });
    assert.equal(res2.status, 401);
  });

  test("a bot's token acts as the bot; revoked or disabled tokens get 401", async () => {
    await assert.rejects(carol.createUserAccessToken(botId, 'stolen'), (e: any) => e.status_code === 403, "a bot's tokens take an admin");
    await assert.rejects(admin.createUserAccessToken(botId, ''), (e: any) => e.status_code === 400 && /description/.test(e.message));
    await assert.rejects(admin.createUserAccessToken('x'.repeat(26), 'ghost'), (e: any) => e.status_code === 404);

    const token = await admin.createUserAccessToken(botId, 'alerting');
    assert.equal(token.user_id, botId);
    assert.equal(token.description, 'alerting');
    assert.equal(token.is_active, true);
    assert.equal(typeof token.token, 'string');
    const listed = await admin.getUserAccessTokensForUser(botId);
    assert.deepEqual(listed.map((t: any) => t.id), [token.id]);
    assert.equal(listed[0].token, undefined, 'the token itself is only shown once');
    assert.equal((await admin.getUserAccessToken(token.id)).description, 'alerting');
    await assert.rejects(carol.getUserAccessToken(token.id), (e: any) => e.status_code === 403);

    const asBot = new Client4();
    asBot.setUrl(server.url);
    asBot.setToken(token.token!);
    const me = await asBot.getMe();
    assert.equal(me.id, botId);
    assert.equal(me.is_bot, true);

    await admin.addToChannel(botId, channelId);
    const post = await asBot.createPost({ channel_id: channelId, message: 'disk full' } as any);
    assert.equal(post.user_id, botId);
    assert.equal((await admin.getPost(post.id)).message, 'disk full');

    await assert.rejects(carol.disableUserAccessToken(token.id), (e: any) => e.status_code === 403);
    await admin.disableUserAccessToken(token.id);
    assert.equal((await admin.getUserAccessToken(token.id)).is_active, false);
    await assert.rejects(asBot.getMe(), (e: any) => e.status_code === 401);
    await admin.enableUserAccessToken(token.id);
    assert.equal((await asBot.getMe()).id, botId);

    // A disabled bot's token stops working with it.
    await admin.disableBot(botId);
    await assert.rejects(asBot.getMe(), (e: any) => e.status_code === 401);
    await admin.enableBot(botId);
    assert.equal((await asBot.getMe()).id, botId);

    await admin.revokeUserAccessToken(token.id);
    await assert.rejects(asBot.getMe(), (e: any) => e.status_code === 401);
    await assert.rejects(admin.getUserAccessToken(token.id), (e: any) => e.status_code === 404);
    await assert.rejects(admin.revokeUserAccessToken(token.id), (e: any) => e.status_code === 404);
    await assert.rejects(admin.revokeUserAccessToken('bad'), (e: any) => e.status_code === 400 && /token_id/.test(e.message));
  });

  test('tokens take the system_user_access_token role; people manage their own tokens only', async () => {
    await assert.rejects(carol.createUserAccessToken(carolId, 'my script'), (e: any) => e.status_code === 403 && /create_user_access_token/.test(e.message));
    await admin.updateUserRoles(carolId, 'system_user system_user_access_token');
    const own = await carol.createUserAccessToken(carolId, 'my script');
    const asCarol = new Client4();
    asCarol.setUrl(server.url);
    asCarol.setToken(own.token!);
    assert.equal((await asCarol.getMe()).id, carolId);
    await assert.rejects(carol.createUserAccessToken(adminId, 'admin please'), (e: any) => e.status_code === 403);
    await assert.rejects(carol.getUserAccessTokensForUser(adminId), (e: any) => e.status_code === 403);
    assert.deepEqual((await admin.getUserAccessTokensForUser(carolId)).map((t: any) => t.id), [own.id], 'an admin sees anyone\'s tokens');
    await carol.revokeUserAccessToken(own.id);
    await assert.rejects(asCarol.getMe(), (e: any) => e.status_code === 401);
    await admin.updateUserRoles(carolId, 'system_user');
    await assert.rejects(carol.getUserAccessTokensForUser(carolId), (e: any) => e.status_code === 403, 'taking the role away takes the permission away');
  });

  test('statuses: offline, online while connected, manual dnd, offline after disconnect', async () => {
    assert.deepEqual(await admin.getStatus(carolId), { user_id: carolId, status: 'offline', manual: false, last_activity_at: 0, dnd_end_time: 0 });

    const watcher = await connectWebSocket(server.url, admin.getToken());
    const ws = await connectWebSocket(server.url, carol.getToken());
    await watcher.next('status_change', (e) => e.data.user_id === carolId && e.data.status === 'online');
    const online = await admin.getStatus(carolId);
    assert.equal(online.status, 'online');
    assert.equal(online.manual, false);
    assert.ok(online.last_activity_at! > 0);

    await assert.rejects(carol.updateStatus({ user_id: carolId, status: 'sleeping' } as any), (e: any) => e.status_code === 400 && /status/.test(e.message));
    await assert.rejects(carol.updateStatus({ user_id: adminId, status: 'dnd' } as any), (e: any) => e.status_code === 403);
    const dnd = await carol.updateStatus({ user_id: carolId, status: 'dnd' } as any);
    assert.equal(dnd.status, 'dnd');
    assert.equal(dnd.manual, true);
    await watcher.next('status_change', (e) => e.data.user_id === carolId && e.data.status === 'dnd');

    const both = await admin.getStatusesByIds([carolId, adminId]);
    assert.deepEqual(Object.fromEntries(both.map((s: any) => [s.user_id, s.status])), { [carolId]: 'dnd', [adminId]: 'online' });
    await assert.rejects(admin.getStatusesByIds(['nope']), (e: any) => e.status_code === 400);
    await assert.rejects(admin.getStatus('x'.repeat(26)), (e: any) => e.status_code === 404);

    // A manual status outlives the connection …
    ws.close();
    await new Promise((r) => setTimeout(r, 300));
    assert.equal((await admin.getStatus(carolId)).status, 'dnd');
    // … and setting "online" returns to automatic, so the next disconnect makes her offline.
    const ws2 = await connectWebSocket(server.url, carol.getToken());
    await carol.updateStatus({ user_id: carolId, status: 'online' } as any);
    assert.equal((await admin.getStatus(carolId)).manual, false);
    ws2.close();
    await watcher.next('status_change', (e) => e.data.user_id === carolId && e.data.status === 'offline');
    await waitFor('carol offline', async () => (await admin.getStatus(carolId)).status === 'offline');
    watcher.close();
  });
});
