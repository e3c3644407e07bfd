// ChannelWillBeArchived, ChannelMemberWillBeAdded and TeamMemberWillBeAdded, from a real Python
// plugin (fixtures/plugins/membership_python) that refuses, changes and records what they
// receive, driven through Mattermost's own client.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import mattermost from '@mattermost/client';
import { bundleOf, fixturesDir, type ServerHandle, startServer, waitFor } from '../harness.js';

const { Client4 } = mattermost;
const pluginId = 'com.plughost.membership-python';

const status = (code: number, pattern?: RegExp) => (err: any) => {
  assert.equal(err.status_code, code, `${err.status_code} ${err.message}`);
  if (pattern) assert.match(err.message, pattern);
  return true;
};

describe('membership hooks from a real plugin', () => {
  let server: ServerHandle;
  const admin = new Client4();
  const users: Record<string, { id: string; client: InstanceType<typeof Client4> }> = {};
  let teamId: string;

  /** What the plugin's hooks recorded, optionally only one hook's. */
  const seen = async (hook?: string): Promise<any[]> => {
    const res = await fetch(`${server.url}/plugins/${pluginId}/seen`, { headers: { Authorization: `Bearer ${admin.getToken()}` } });
    assert.equal(res.status, 200);
    const all = (await res.json()) as any[];
    return hook ? all.filter((e) => e.hook === hook) : all;
  };

  before(async () => {
    server = await startServer();
    admin.setUrl(server.url);
    await admin.createUser({ username: 'admin', email: 'admin@example.com', password: 'admin-password' } as any, '', '');
    await admin.login('admin', 'admin-password');
    for (const name of ['pat', 'vip', 'banned-bob', 'loner-lou']) {
      const client = new Client4();
      client.setUrl(server.url);
      const id = (await admin.createUser({ username: name, email: `${name}@example.com`, password: `${name}-password` } as any, '', '')).id;
      await client.login(name, `${name}-password`);
      users[name] = { id, client };
    }
    const form = new FormData();
    form.append('plugin', new Blob([new Uint8Array(await bundleOf(path.join(fixturesDir, 'plugins', 'membership_python')))]), 'plugin.tar.gz');
    const auth = { Authorization: `Bearer ${admin.getToken()}` };
    assert.equal((await fetch(`${server.url}/api/v4/plugins`, { method: 'POST', body: form, headers: auth })).status, 201);
    assert.equal((await fetch(`${server.url}/api/v4/plugins/${pluginId}/enable`, { method: 'POST', headers: auth })).status, 200);
    await waitFor('the plugin to run', async () => {
      const statuses = (await (await fetch(`${server.url}/api/v4/plugins/statuses`, { headers: auth })).json()) as any[];
      return statuses.some((s) => s.plugin_id === pluginId && s.state === 2);
    });
    teamId = (await admin.createTeam({ name: 'club', display_name: 'Club', type: 'O' } as any)).id;
  });

  after(async () => {
    await server?.stop();
  });

  test('TeamMemberWillBeAdded sees the new member and may refuse; the creator of a team is not asked', async () => {
    assert.deepEqual(await seen('TeamMemberWillBeAdded'), [], 'creating the team asked nothing');
    const member = await admin.addToTeam(teamId, users.pat.id);
    assert.equal(member.user_id, users.pat.id);
    const [asked] = await seen('TeamMemberWillBeAdded');
    assert.deepEqual({ ...asked, request_id: '' }, { hook: 'TeamMemberWillBeAdded', request_id: '', team_id: teamId, user_id: users.pat.id, roles: 'team_user' });
    assert.match(asked.request_id, /^[a-z0-9]{26}$/, "the hook's context carries the request id");
    await waitFor('UserHasJoinedTeam', async () => (await seen('UserHasJoinedTeam')).some((e) => e.user_id === users.pat.id && e.team_id === teamId));

    await assert.rejects(admin.addToTeam(teamId, users['banned-bob'].id), status(400, /banned users stay out/));
    await assert.rejects(users['banned-bob'].client.addToTeam(teamId, users['banned-bob'].id), status(400, /banned users stay out/), 'joining by oneself too');
    await assert.rejects(admin.getTeamMember(teamId, users['banned-bob'].id), status(404));
    assert.ok(!(await seen('UserHasJoinedTeam')).some((e) => e.user_id === users['banned-bob'].id));
  });

  test('ChannelMemberWillBeAdded runs for joins and additions, may refuse or make an admin; creators and direct/group members are not asked', async () => {
    // Joining the team put pat in its default channels, through the hook.
    const defaults = (await seen('ChannelMemberWillBeAdded')).filter((e) => e.user_id === users.pat.id).map((e) => e.channel_name).sort();
    assert.deepEqual(defaults, ['off-topic', 'town-square']);

    const lounge = await admin.createChannel({ team_id: teamId, name: 'vip-lounge', display_name: 'VIP', type: 'O' } as any);
    assert.ok(!(await seen('ChannelMemberWillBeAdded')).some((e) => e.channel_id === lounge.id), 'the creator joins without asking');
    await assert.rejects(admin.addToChannel(users.pat.id, lounge.id), status(400, /pat is not on the list/));
    await assert.rejects(admin.getChannelMember(lounge.id, users.pat.id), status(404));
    await admin.addToTeam(teamId, users.vip.id);
    const vipMember = await users.vip.client.addToChannel(users.vip.id, lounge.id);
    assert.equal(vipMember.roles, 'channel_user');

    const room = await admin.createChannel({ team_id: teamId, name: 'auto-admin-room', display_name: 'Admins', type: 'P' } as any);
    const promoted = await admin.addToChannel(users.pat.id, room.id);
    assert.equal(promoted.roles, 'channel_user channel_admin');
    assert.equal(promoted.scheme_admin, true);
    const asked = (await seen('ChannelMemberWillBeAdded')).find((e) => e.channel_id === room.id);
    assert.deepEqual({ ...asked, request_id: '' }, { hook: 'ChannelMemberWillBeAdded', request_id: '', channel_id: room.id, user_id: users.pat.id, roles: 'channel_user', channel_name: 'auto-admin-room' });
    const joined = await waitFor('UserHasJoinedChannel', async () => (await seen('UserHasJoinedChannel')).find((e) => e.channel_id === room.id));
    assert.equal(joined.roles, 'channel_user channel_admin', 'the member as the plugin made it');
    // The promotion is real: pat may now change roles in the room.
    await users.pat.client.updateChannelMemberRoles(room.id, users.pat.id, 'channel_user');

    const group = await users.pat.client.createGroupChannel([users.pat.id, users.vip.id, (await admin.getMe()).id]);
    assert.ok(!(await seen('ChannelMemberWillBeAdded')).some((e) => e.channel_id === group.id));
  });

  test('a default channel a plugin refuses is skipped; joining the team still works', async () => {
    const lou = users['loner-lou'];
    await admin.addToTeam(teamId, lou.id);
    const mine = (await lou.client.getMyChannels(teamId)).map((c: any) => c.name);
    assert.deepEqual(mine, ['town-square']);
  });

  test('ChannelWillBeArchived sees the channel and may keep it', async () => {
    const kept = await admin.createChannel({ team_id: teamId, name: 'keep-history', display_name: 'History', type: 'O' } as any);
    await assert.rejects(admin.deleteChannel(kept.id), status(400, /keep-history is kept forever/));
    assert.equal((await admin.getChannel(kept.id)).delete_at, 0);
    const scratch = await admin.createChannel({ team_id: teamId, name: 'scratch', display_name: 'Scratch', type: 'P' } as any);
    await admin.deleteChannel(scratch.id);
    assert.ok((await admin.getChannel(scratch.id)).delete_at > 0);
    const asked = (await seen('ChannelWillBeArchived')).map(({ request_id, ...e }) => e);
    assert.deepEqual(asked, [
      { hook: 'ChannelWillBeArchived', channel_id: kept.id, name: 'keep-history', type: 'O', delete_at: 0 },
      { hook: 'ChannelWillBeArchived', channel_id: scratch.id, name: 'scratch', type: 'P', delete_at: 0 },
    ]);
  });
});
