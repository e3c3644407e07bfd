// PublishWebSocketEvent and SendToastMessage from a real Python plugin (the api_probe fixture),
// received by several real websocket clients: each broadcast filter (user, channel and team
// members only, omitted users, one connection, all but one connection) reaches exactly the
// connections it selects. After each event a "fence" event goes to everyone; once every client
// has the fence, a client without the event will not get it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Probe, probePluginId, startProbe } from '../api-probe.js';
import { Client, connectWebSocket } from '../harness.js';

type Socket = Awaited<ReturnType<typeof connectWebSocket>>;

const eventName = `custom_${probePluginId}_probe`;

describe('Plugin API: websocket events and toasts', () => {
  let probe: Probe;
  let teamId: string;
  let channelId: string;
  let ids: Record<'admin' | 'bob' | 'carol', string>;
  /** admin has two connections; bob is in the team, not the channel; carol in neither. */
  let sockets: Record<'admin1' | 'admin2' | 'bob' | 'carol', Socket>;
  let connectionIds: Record<keyof typeof sockets, string>;
  let fence = 0;

  before(async () => {
    probe = await startProbe();
    teamId = (await probe.admin.ok('POST', '/teams', { name: 'ws', display_name: 'WS', type: 'O' })).id;
    channelId = (await probe.admin.ok('POST', '/channels', { team_id: teamId, name: 'events', display_name: 'Events', type: 'O' })).id;
    const user = async (username: string) => {
      const id = (await probe.admin.ok('POST', '/users', { username, email: `${username}@example.com`, password: 'correct-horse' })).id;
      const client = new Client(probe.server.url);
      await client.login(username, 'correct-horse');
      return { id, client };
    };
    const bob = await user('bob');
    const carol = await user('carol');
    await probe.admin.ok('POST', `/teams/${teamId}/members`, { team_id: teamId, user_id: bob.id });
    ids = { admin: probe.adminUser.id, bob: bob.id, carol: carol.id };
    sockets = {
      admin1: await connectWebSocket(probe.server.url, probe.admin.token),
      admin2: await connectWebSocket(probe.server.url, probe.admin.token),
      bob: await connectWebSocket(probe.server.url, bob.client.token),
      carol: await connectWebSocket(probe.server.url, carol.client.token),
    };
    connectionIds = Object.fromEntries(Object.entries(sockets).map(([name, s]) => [name, s.events.find((e) => e.event === 'hello').data.connection_id])) as typeof connectionIds;
  });
  after(async () => {
    for (const s of Object.values(sockets ?? {})) s.close();
    await probe?.stop();
  });

  /** Which sockets got event `name` matching `match`, once every socket has the next fence. */
  async function receivers(name: string, match: (e: any) => boolean): Promise<string[]> {
    fence += 1;
    await probe.ok('publish_web_socket_event', ['fence', { fence }, {}]);
    await Promise.all(Object.values(sockets).map((s) => s.next(`custom_${probePluginId}_fence`, (e) => e.data.fence === fence)));
    return Object.entries(sockets).filter(([, s]) => s.events.some((e) => e.event === name && match(e))).map(([n]) => n).sort();
  }

  let sent = 0;
  async function publish(broadcast: Record<string, unknown>): Promise<string[]> {
    sent += 1;
    const n = sent;
    assert.equal(await probe.ok('publish_web_socket_event', ['probe', { n, nested: { list: [1, 2.5, 'three'] } }, broadcast]), null);
    return receivers(eventName, (e) => e.data.n === n);
  }

  test('the event is custom_<plugin id>_<event> with the payload as its data and the broadcast in the envelope', async () => {
    assert.deepEqual(await publish({ user_id: ids.bob }), ['bob']);
    const event = sockets.bob.events.find((e) => e.event === eventName);
    assert.deepEqual(event.data, { n: 1, nested: { list: [1, 2.5, 'three'] } });
    assert.deepEqual(event.broadcast, { omit_users: null, user_id: ids.bob, channel_id: '', team_id: '', connection_id: '', omit_connection_id: '' });
    assert.ok(Number.isInteger(event.seq));
  });

  test('no filter: every connection', async () => {
    assert.deepEqual(await publish({}), ['admin1', 'admin2', 'bob', 'carol']);
  });

  test('channel_id: only the channel members', async () => {
    assert.deepEqual(await publish({ channel_id: channelId }), ['admin1', 'admin2']);
  });

  test('team_id: only the team members', async () => {
    assert.deepEqual(await publish({ team_id: teamId }), ['admin1', 'admin2', 'bob']);
  });

  test('omit_users: everyone else', async () => {
    assert.deepEqual(await publish({ omit_users: [ids.admin] }), ['bob', 'carol']);
    assert.deepEqual(await publish({ team_id: teamId, omit_users: [ids.bob] }), ['admin1', 'admin2']);
  });

  test('connection_id: that connection only, and only if it is the named user’s', async () => {
    assert.deepEqual(await publish({ connection_id: connectionIds.admin2 }), ['admin2']);
    assert.deepEqual(await publish({ connection_id: connectionIds.admin2, user_id: ids.admin }), ['admin2']);
    assert.deepEqual(await publish({ connection_id: connectionIds.admin2, user_id: ids.bob }), []);
  });

  test('omit_connection_id: every selected connection but that one', async () => {
    assert.deepEqual(await publish({ omit_connection_id: connectionIds.admin1 }), ['admin2', 'bob', 'carol']);
    assert.deepEqual(await publish({ user_id: ids.admin, omit_connection_id: connectionIds.admin1 }), ['admin2']);
  });

  test('an event needs a name and a JSON object payload (400)', async () => {
    const noName = await probe.call('publish_web_socket_event', ['', { n: 0 }, {}]);
    assert.equal(noName.error?.type, 'ValidationError');
    assert.match(noName.error!.message, /Invalid event/);
    const notObject = await probe.call('publish_web_socket_event', ['probe', [1, 2], {}]);
    assert.equal(notObject.error?.type, 'ValidationError');
    assert.match(notObject.error!.message, /payload_json/);
  });

  test('SendToastMessage: show_toast to the user’s connections, or to one of them', async () => {
    assert.equal(await probe.ok('send_toast_message', [ids.bob, null, 'Saved', 'top-right']), null);
    assert.deepEqual(await receivers('show_toast', (e) => e.data.message === 'Saved'), ['bob']);
    assert.deepEqual(sockets.bob.events.find((e) => e.event === 'show_toast').data, { message: 'Saved', position: 'top-right' });
    await probe.ok('send_toast_message', [ids.admin, connectionIds.admin2, 'Only here']);
    assert.deepEqual(await receivers('show_toast', (e) => e.data.message === 'Only here'), ['admin2']);
    assert.equal(sockets.admin2.events.find((e) => e.event === 'show_toast' && e.data.message === 'Only here').data.position, '');
    for (const [args, field] of [[['', null, 'x'], 'user_id'], [[ids.bob, null, ''], 'message'], [[ids.bob, null, 'x', 'middle'], 'position']] as const) {
      const refused = await probe.call('send_toast_message', [...args]);
      assert.equal(refused.error?.type, 'ValidationError', field);
      assert.match(refused.error!.message, new RegExp(`^Invalid ${field}:`));
    }
  });
});
