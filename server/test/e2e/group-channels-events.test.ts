// Group channels and the websocket events of channels and teams (channel_created, user_added,
// user_removed, channel_updated, channel_deleted, added_to_team, leave_team, direct_added,
// group_added, ephemeral_message), each reaching only those who may see it, through
// Mattermost's own client and websocket client.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import mattermost from '@mattermost/client';
import { WebSocket } from 'ws';
import { connectWebSocket, type ServerHandle, startServer, waitFor } from '../harness.js';

const { Client4, WebSocketClient } = mattermost;
type Ws = Awaited<ReturnType<typeof connectWebSocket>>;

const status = (code: number, pattern?: RegExp) => (err: any) => {
  assert.equal(err.status_code, code, `${err.status_code} ${err.message}`);
  if (pattern) assert.match(err.message, pattern);
  return true;
};

/** Lets events that were going to arrive arrive, so that their absence means something. */
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('group channels and channel/team events', () => {
  let server: ServerHandle;
  const names = ['admin', 'amy', 'ben', 'cal', 'dee', 'eve'] as const;
  const c = {} as Record<(typeof names)[number], InstanceType<typeof Client4>>;
  const id = {} as Record<(typeof names)[number], string>;
  const ws = {} as Record<(typeof names)[number], Ws>;
  let teamId: string;

  before(async () => {
    server = await startServer();
    for (const name of names) {
      c[name] = new Client4();
      c[name].setUrl(server.url);
      id[name] = (await (name === 'admin' ? c[name] : c.admin).createUser({ username: name, email: `${name}@example.com`, password: `${name}-password` } as any, '', '')).id;
      await c[name].login(name, `${name}-password`);
    }
    // eve stays outside the team.
    teamId = (await c.admin.createTeam({ name: 'events', display_name: 'Events', type: 'O' } as any)).id;
    for (const name of ['amy', 'ben', 'cal', 'dee'] as const) await c.admin.addToTeam(teamId, id[name]);
    for (const name of names) ws[name] = await connectWebSocket(server.url, c[name].getToken());
  });

  after(async () => {
    for (const name of names) ws[name]?.close();
    await server?.stop();
  });

  test('a group channel: 3 to 8 people, the same one for the same people, named as Mattermost names it', async () => {
    const group = await c.amy.createGroupChannel([id.amy, id.ben, id.cal]);
    assert.equal(group.type, 'G');
    assert.equal(group.team_id, '');
    assert.equal(group.name, crypto.createHash('sha1').update([id.amy, id.ben, id.cal].sort().join('')).digest('hex'));
    assert.equal(group.display_name, 'amy, ben, cal');
    assert.equal((await c.cal.createGroupChannel([id.ben, id.amy, id.cal])).id, group.id, 'the same people, in any order, get the same channel');
    assert.equal((await c.ben.createGroupChannel([id.amy, id.cal])).id, group.id, 'the caller is one of the group even if the list leaves them out');
    const members = (await c.amy.getChannelMembers(group.id)).map((m: any) => m.user_id).sort();
    assert.deepEqual(members, [id.amy, id.ben, id.cal].sort());

    await assert.rejects(c.amy.createGroupChannel([id.amy, id.ben]), status(400, /user_ids/));
    await assert.rejects(c.amy.createGroupChannel([id.amy, id.ben, id.ben]), status(400, /user_ids/), 'repeated ids count once');
    await assert.rejects(c.amy.createGroupChannel([id.amy, ...Array.from({ length: 8 }, () => crypto.randomUUID().replace(/-/g, '').slice(0, 26))]), status(400, /user_ids/));
    await assert.rejects(c.amy.createGroupChannel([id.amy, id.ben, 'z'.repeat(26)]), status(404));
    await assert.rejects(c.amy.createGroupChannel([id.amy, id.ben, 'nope']), status(400, /user_ids/));
    await assert.rejects(c.amy.createGroupChannel({ not: 'a list' } as any), status(400, /user_ids/));
    await assert.rejects(c.amy.addToChannel(id.dee, group.id), status(400, /group/), 'the members of a group are fixed');
  });

  test('a group channel is seen and posted in by its members only, with posted events to them alone', async () => {
    const group = await c.amy.createGroupChannel([id.amy, id.ben, id.cal]);
    const added = await ws.ben.next('group_added', (e) => e.broadcast.channel_id === group.id);
    assert.deepEqual(JSON.parse(added.data.teammate_ids).sort(), [id.amy, id.ben, id.cal].sort());
    const post = await c.ben.createPost({ channel_id: group.id, message: 'just us three' } as any);
    const posted = await ws.cal.next('posted', (e) => JSON.parse(e.data.post).id === post.id);
    assert.equal(posted.data.channel_type, 'G');
    assert.equal(posted.broadcast.channel_id, group.id);
    assert.equal(typeof posted.seq, 'number');
    assert.deepEqual((await c.cal.getPosts(group.id)).order, [post.id]);
    assert.ok((await c.amy.getMyChannels(teamId)).some((ch: any) => ch.id === group.id), "a group channel is among its members' channels in every team");

    await assert.rejects(c.dee.getChannel(group.id), status(404));
    await assert.rejects(c.dee.getPosts(group.id), status(404));
    await assert.rejects(c.dee.createPost({ channel_id: group.id, message: 'let me in' } as any), status(404));
    await assert.rejects(c.dee.getPost(post.id), status(404));
    assert.equal((await c.admin.getChannel(group.id)).id, group.id, 'a system admin sees every channel');
    await settle();
    for (const outsider of ['dee', 'eve'] as const) {
      assert.ok(!ws[outsider].events.some((e) => e.broadcast?.channel_id === group.id), `${outsider} hears nothing of the group`);
    }
  });

  test('direct_added reaches both people of a new direct channel', async () => {
    const dm = await c.dee.createDirectChannel([id.dee, id.amy]);
    for (const who of ['dee', 'amy'] as const) {
      const e = await ws[who].next('direct_added', (x) => x.broadcast.channel_id === dm.id);
      assert.deepEqual(e.data, { creator_id: id.dee, teammate_id: id.amy });
    }
    await settle();
    assert.ok(!ws.ben.events.some((e) => e.event === 'direct_added' && e.broadcast.channel_id === dm.id));
  });

  test('a private channel: channel_created to its creator, user_added / channel_updated to members, user_removed to members and to the removed user; never to outsiders', async () => {
    const secret = await c.amy.createChannel({ team_id: teamId, name: 'secret', display_name: 'Secret', type: 'P' } as any);
    const created = await ws.amy.next('channel_created', (e) => e.data.channel_id === secret.id);
    assert.deepEqual(created.data, { channel_id: secret.id, team_id: teamId });
    assert.equal(created.broadcast.user_id, id.amy);

    await c.amy.addToChannel(id.ben, secret.id);
    for (const who of ['amy', 'ben'] as const) {
      const e = await ws[who].next('user_added', (x) => x.broadcast.channel_id === secret.id && x.data.user_id === id.ben);
      assert.deepEqual(e.data, { user_id: id.ben, team_id: teamId });
    }
    await c.ben.patchChannel(secret.id, { header: 'hush' } as any);
    const updated = await ws.amy.next('channel_updated', (e) => e.broadcast.channel_id === secret.id);
    assert.equal(JSON.parse(updated.data.channel).header, 'hush');

    await c.amy.removeFromChannel(id.ben, secret.id);
    const toMembers = await ws.amy.next('user_removed', (e) => e.broadcast.channel_id === secret.id);
    assert.deepEqual(toMembers.data, { user_id: id.ben, remover_id: id.amy });
    const toRemoved = await ws.ben.next('user_removed', (e) => e.data.channel_id === secret.id);
    assert.deepEqual(toRemoved.data, { channel_id: secret.id, remover_id: id.amy });
    assert.equal(toRemoved.broadcast.user_id, id.ben);

    await c.amy.deleteChannel(secret.id);
    const deleted = await ws.amy.next('channel_deleted', (e) => e.data.channel_id === secret.id);
    assert.ok(deleted.data.delete_at > 0);
    await settle();
    assert.ok(!ws.ben.events.some((e) => e.event === 'channel_deleted' && e.data.channel_id === secret.id), 'ben left before');
    for (const outsider of ['cal', 'dee', 'eve'] as const) {
      const leaked = ws[outsider].events.filter((e) => e.data?.channel_id === secret.id || e.broadcast?.channel_id === secret.id);
      assert.deepEqual(leaked, [], `${outsider} hears nothing of the private channel`);
    }
  });

  test("an open channel's archiving reaches its team, not other people", async () => {
    const open = await c.cal.createChannel({ team_id: teamId, name: 'open-plan', display_name: 'Open plan', type: 'O' } as any);
    assert.ok(!ws.dee.events.some((e) => e.event === 'channel_created' && e.data.channel_id === open.id), 'only the creator hears of a new channel');
    await c.cal.deleteChannel(open.id);
    const deleted = await ws.dee.next('channel_deleted', (e) => e.data.channel_id === open.id);
    assert.equal(deleted.broadcast.team_id, teamId);
    await settle();
    assert.ok(!ws.eve.events.some((e) => e.event === 'channel_deleted' && e.data.channel_id === open.id));
  });

  test('added_to_team reaches the new member; leave_team reaches the team and the one who left', async () => {
    await c.admin.addToTeam(teamId, id.eve);
    const added = await ws.eve.next('added_to_team', (e) => e.data.team_id === teamId);
    assert.deepEqual(added.data, { team_id: teamId, user_id: id.eve });
    assert.equal(added.broadcast.user_id, id.eve);
    await c.eve.removeFromTeam(teamId, id.eve);
    for (const who of ['eve', 'amy'] as const) {
      const left = await ws[who].next('leave_team', (e) => e.data.user_id === id.eve);
      assert.deepEqual(left.data, { user_id: id.eve, team_id: teamId });
    }
    const other = (await c.admin.createTeam({ name: 'elsewhere', display_name: 'Elsewhere', type: 'O' } as any)).id;
    await c.admin.addToTeam(other, id.eve);
    await c.eve.removeFromTeam(other, id.eve);
    await ws.eve.next('leave_team', (e) => e.data.team_id === other);
    await settle();
    assert.ok(!ws.amy.events.some((e) => e.event === 'leave_team' && e.data.team_id === other), 'not to people outside that team');
  });

  test('role changes of members reach the member (channel_member_updated, memberroles_updated)', async () => {
    const room = await c.amy.createChannel({ team_id: teamId, name: 'roles-room', display_name: 'Roles', type: 'O' } as any);
    await c.amy.addToChannel(id.ben, room.id);
    await c.amy.updateChannelMemberRoles(room.id, id.ben, 'channel_user channel_admin');
    const e = await ws.ben.next('channel_member_updated', (x) => JSON.parse(x.data.channelMember).channel_id === room.id);
    assert.equal(JSON.parse(e.data.channelMember).roles, 'channel_user channel_admin');
    await c.admin.updateTeamMemberRoles(teamId, id.ben, ['team_user', 'team_admin']);
    const m = await ws.ben.next('memberroles_updated', (x) => JSON.parse(x.data.member).team_id === teamId);
    assert.equal(JSON.parse(m.data.member).scheme_admin, true);
    await settle();
    assert.ok(!ws.cal.events.some((x) => x.event === 'memberroles_updated' || x.event === 'channel_member_updated'));
  });

  test('ephemeral posts reach the one user only, and are not stored', async () => {
    const channel = await c.admin.getChannelByName(teamId, 'town-square');
    const sent = await c.admin.createPostEphemeral(id.dee, { channel_id: channel.id, message: 'only for dee' } as any);
    const got = await ws.dee.next('ephemeral_message', (e) => JSON.parse(e.data.post).id === sent.id);
    const post = JSON.parse(got.data.post);
    assert.deepEqual([post.message, post.type, post.channel_id, post.user_id], ['only for dee', 'system_ephemeral', channel.id, id.admin]);
    assert.equal(got.broadcast.user_id, id.dee);
    await assert.rejects(c.admin.getPost(sent.id), status(404));
    await assert.rejects(c.amy.createPostEphemeral(id.dee, { channel_id: channel.id, message: 'spoof' } as any), status(403, /create_post_ephemeral/));
    await assert.rejects(c.admin.createPostEphemeral(id.dee, { message: 'where?' } as any), status(400, /channel_id/));
    await settle();
    assert.ok(!ws.amy.events.some((e) => e.event === 'ephemeral_message'));
  });

  test("Mattermost's own WebSocketClient receives the events", async () => {
    // The client checks for a global WebSocket, which Node 20 lacks.
    (globalThis as any).WebSocket ??= WebSocket;
    const client = new WebSocketClient({ newWebSocketFn: (url: string) => new WebSocket(url) as any });
    const events: any[] = [];
    client.addMessageListener((msg: any) => events.push(msg));
    client.initialize(`${server.url.replace(/^http/, 'ws')}/api/v4/websocket`, c.cal.getToken());
    try {
      await waitFor('hello', async () => events.some((e) => e.event === 'hello'));
      const room = await c.amy.createChannel({ team_id: teamId, name: 'ws-room', display_name: 'WS', type: 'P' } as any);
      await c.amy.addToChannel(id.cal, room.id);
      const added = await waitFor('user_added', async () => events.find((e) => e.event === 'user_added' && e.broadcast.channel_id === room.id));
      assert.equal(added.data.user_id, id.cal);
    } finally {
      client.close();
    }
  });
});
