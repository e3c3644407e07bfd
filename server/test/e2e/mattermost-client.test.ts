// Mattermost's own JavaScript client (@mattermost/client) against a real plughost: what the
// server implements must work through the client's own methods.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import mattermost from '@mattermost/client';
import { WebSocket } from 'ws';
import { bundleOf, fixturesDir, type ServerHandle, startServer, waitFor } from '../harness.js';

const { Client4, WebSocketClient } = mattermost;

describe('@mattermost/client against plughost', () => {
  let server: ServerHandle;
  const client = new Client4();
  const other = new Client4();

  before(async () => {
    server = await startServer();
    client.setUrl(server.url);
    other.setUrl(server.url);
  });

  after(async () => {
    await server?.stop();
  });

  test('users: create, log in, me, get by id; a wrong password is a ClientError with the server message', async () => {
    const created = await client.createUser({ username: 'alice', email: 'alice@example.com', password: 'alice-password' } as any, '', '');
    assert.equal(created.username, 'alice');
    assert.match(created.roles, /system_admin/);
    const me = await client.login('alice', 'alice-password');
    assert.equal(me.id, created.id);
    assert.ok(client.getToken());
    assert.equal((await client.getMe()).id, created.id);
    assert.equal((await client.getUser(created.id)).username, 'alice');
    await assert.rejects(other.login('alice', 'wrong-password'), (err: any) => err.status_code === 401 && /valid email or username/.test(err.message));
  });

  test('teams, channels, members, posts and commands through the client', async () => {
    const bob = await client.createUser({ username: 'bob', email: 'bob@example.com', password: 'bob-password' } as any, '', '');
    await other.login('bob', 'bob-password');
    const team = await client.createTeam({ name: 'client-team', display_name: 'Client Team', type: 'O' } as any);
    assert.equal((await client.getTeam(team.id)).name, 'client-team');
    assert.equal((await client.getTeamByName('client-team')).id, team.id);
    const channel = await client.createChannel({ team_id: team.id, name: 'client-channel', display_name: 'Client Channel', type: 'O' } as any);
    assert.equal((await client.getChannel(channel.id)).display_name, 'Client Channel');
    const member = await client.addToChannel(bob.id, channel.id);
    assert.equal(member.user_id, bob.id);

    const post = await other.createPost({ channel_id: channel.id, message: 'hello from bob', props: { n: 1, nested: { ok: true } } } as any);
    assert.equal(post.user_id, bob.id);
    assert.deepEqual(post.props, { n: 1, nested: { ok: true } });
    const reply = await client.createPost({ channel_id: channel.id, message: 'hi bob', root_id: post.id } as any);
    assert.equal(reply.root_id, post.id);
    const page = await client.getPosts(channel.id, 0, 10);
    assert.deepEqual(page.order.slice(0, 2), [reply.id, post.id]);
    assert.equal(page.posts[post.id].message, 'hello from bob');
    const edited = await other.updatePost({ ...post, message: 'hello again' } as any);
    assert.equal(edited.message, 'hello again');
    assert.ok(edited.edit_at > 0);
    assert.equal((await other.getPost(post.id)).message, 'hello again');
    await client.deletePost(reply.id);
    await assert.rejects(client.getPost(reply.id), (err: any) => err.status_code === 404);
    await assert.rejects(other.updatePost({ ...reply, message: 'nope' } as any), (err: any) => err.status_code === 404);
  });

  test('the websocket delivers `posted` to channel members through WebSocketClient', async () => {
    // The client expects the browser's WebSocket; in Node, ws stands in for it.
    (globalThis as any).WebSocket ??= WebSocket;
    const team = await client.createTeam({ name: 'ws-team', display_name: 'WS', type: 'O' } as any);
    const channel = await client.createChannel({ team_id: team.id, name: 'ws-channel', display_name: 'WS', type: 'O' } as any);
    const ws = new WebSocketClient({ newWebSocketFn: (url: string) => new WebSocket(url) as any });
    const events: any[] = [];
    ws.addMessageListener((msg: any) => events.push(msg));
    ws.initialize(`${server.url.replace(/^http/, 'ws')}/api/v4/websocket`, client.getToken());
    try {
      await waitFor('hello', async () => events.some((e) => e.event === 'hello'));
      const post = await client.createPost({ channel_id: channel.id, message: 'over the wire' } as any);
      const posted = await waitFor('posted', async () => events.find((e) => e.event === 'posted' && JSON.parse(e.data.post).id === post.id));
      assert.equal(posted.broadcast.channel_id, channel.id);
      assert.equal(JSON.parse(posted.data.post).message, 'over the wire');
    } finally {
      ws.close();
    }
  });

  test('a plugin command through executeCommand', async () => {
    const team = await client.createTeam({ name: 'cmd-team', display_name: 'Cmd', type: 'O' } as any);
    const channel = await client.createChannel({ team_id: team.id, name: 'cmd', display_name: 'Cmd', type: 'O' } as any);
    const form = new FormData();
    form.append('plugin', new Blob([new Uint8Array(await bundleOf(path.join(fixturesDir, 'plugins', 'e2e_python')))]), 'plugin.tar.gz');
    const upload = await fetch(`${server.url}/api/v4/plugins`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${client.getToken()}` } });
    assert.equal(upload.status, 201);
    await fetch(`${server.url}/api/v4/plugins/com.plughost.e2e-python/enable`, { method: 'POST', headers: { Authorization: `Bearer ${client.getToken()}` } });
    const res = await client.executeCommand('/e2e echo via the client', { channel_id: channel.id, team_id: team.id } as any);
    assert.equal(res.response_type, 'in_channel');
    assert.equal(res.text, 'echo: via the client');
  });
});
