// The groups part of the Plugin API, from a real Python plugin (the api_probe fixture) through
// the real server: custom groups and the plugin's own groups, their members, searching them,
// links to teams and channels that add the members (seen over REST, with the membership hooks
// recorded by the membership_python fixture), group-constrained teams and channels, group
// mentions counted as mentions — and the REST routes under /api/v4/groups with their
// permissions, for a plain user and for the admin.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Probe, probePluginId, startProbe } from '../api-probe.js';
import { Client, connectWebSocket, waitFor } from '../harness.js';
import { type HookRecord, installMembershipPlugin } from '../membership-plugin.js';

const unknownId = 'nosuchid000000000000000000';
const pluginSource = `plugin_${probePluginId}`;

describe('Plugin API: groups', () => {
  let probe: Probe;
  let seen: (hook: string) => Promise<HookRecord[]>;
  const users: Record<string, { id: string; client: Client }> = {};
  let anonymous: Client;

  /** The error a probe call raised (fails if it returned). */
  const failure = async (method: string, args: unknown[] = [], kwargs: Record<string, unknown> = {}) => {
    const answer = await probe.call(method, args, kwargs);
    assert.ok(answer.error, `${method} should have failed, returned ${JSON.stringify(answer.result)}`);
    return answer.error;
  };
  /** Fails unless the call raised `type` with a message matching `message`. */
  const fails = async (type: string, method: string, args: unknown[] = [], kwargs: Record<string, unknown> = {}, message?: RegExp) => {
    const error = await failure(method, args, kwargs);
    assert.equal(error.type, type, `${method}: ${error.message}`);
    if (message) assert.match(error.message, message);
    return error;
  };
  const names = (groups: any[]) => groups.map((g) => g.name);
  const isTeamMember = async (teamId: string, userId: string) => (await probe.admin.request('GET', `/teams/${teamId}/members/${userId}`)).status === 200;
  const isChannelMember = async (channelId: string, userId: string) => (await probe.admin.request('GET', `/channels/${channelId}/members/${userId}`)).status === 200;
  const newTeam = async (name: string) => probe.admin.ok('POST', '/teams', { name, display_name: name, type: 'O' });
  const newChannel = async (teamId: string, name: string, type = 'O') => probe.admin.ok('POST', '/channels', { team_id: teamId, name, display_name: name, type });

  before(async () => {
    probe = await startProbe();
    seen = await installMembershipPlugin(probe.admin);
    anonymous = new Client(probe.server.url);
    for (const name of ['alice', 'bob', 'carol', 'dave', 'erin', 'vip']) {
      const client = new Client(probe.server.url);
      const user = await probe.admin.ok('POST', '/users', { username: name, email: `${name}@example.com`, password: `${name}-password` });
      await client.login(name, `${name}-password`);
      users[name] = { id: user.id, client };
    }
  });

  after(async () => {
    await probe?.stop();
  });

  test('create_group: custom groups and the plugin\'s groups; get them by id, name, remote id and source; bad input is a 400 naming the field, taken names a 409', async () => {
    const socket = await connectWebSocket(probe.server.url, users.alice.client.token);
    let devs: any;
    try {
      devs = await probe.ok('create_group', [], { name: 'devs', display_name: 'Devs', source: 'custom' });
      const announced = await socket.next('received_group', (e) => JSON.parse(e.data.group).id === devs.id);
      assert.equal(JSON.parse(announced.data.group).name, 'devs', 'everyone hears of a new group');
    } finally {
      socket.close();
    }
    assert.equal(devs.id.length, 26);
    assert.deepEqual([devs.name, devs.display_name, devs.source, devs.remote_id, devs.allow_reference, devs.member_count, devs.has_syncables, devs.delete_at],
      ['devs', 'Devs', 'custom', '', true, 0, false, 0], 'a custom group is referenceable');
    assert.ok(devs.create_at > 0 && devs.update_at === devs.create_at);

    const ops = await probe.ok('create_group', [], { name: 'ops-team', display_name: 'Ops', description: 'on call', source: pluginSource, remote_id: 'ops-1' });
    assert.deepEqual([ops.source, ops.remote_id, ops.allow_reference, ops.description], [pluginSource, 'ops-1', false, 'on call'], 'a plugin\'s group is not referenceable unless it says so');
    const nameless = await probe.ok('create_group', [], { display_name: 'Nameless', source: pluginSource, remote_id: 'nameless-1' });
    assert.equal(nameless.name, '', 'a group no one mentions needs no name');

    assert.deepEqual(await probe.ok('get_group', [devs.id]), devs);
    assert.equal((await probe.ok('get_group', [devs.id], {}, 'async')).name, 'devs', 'the async client too');
    assert.equal((await probe.ok('get_group_by_name', ['ops-team'])).id, ops.id);
    assert.equal((await probe.ok('get_group_by_remote_id', ['ops-1', pluginSource])).id, ops.id);
    assert.deepEqual((await probe.ok('get_groups_by_source', [pluginSource])).map((g: any) => g.display_name), ['Nameless', 'Ops'], 'by display name');
    assert.deepEqual(names(await probe.ok('get_groups_by_source', ['custom'])), ['devs']);
    assert.deepEqual(await probe.admin.ok('GET', `/groups/${devs.id}`), devs, 'REST answers the same group');

    await fails('NotFoundError', 'get_group', [unknownId]);
    await fails('ValidationError', 'get_group', ['not-an-id'], {}, /group_id/);
    await fails('NotFoundError', 'get_group_by_name', ['nobody']);
    await fails('NotFoundError', 'get_group_by_remote_id', ['ops-1', 'plugin_someone.else']);
    await fails('ValidationError', 'get_groups_by_source', ['ldap'], {}, /source/);

    const bad: [Record<string, unknown>, RegExp][] = [
      [{ name: 'Bad Name', display_name: 'x', source: 'custom' }, /name/],
      [{ name: 'all', display_name: 'x', source: 'custom' }, /name/],
      [{ name: 'x'.repeat(65), display_name: 'x', source: 'custom' }, /name/],
      [{ display_name: 'x', source: 'custom' }, /name/],
      [{ name: 'ldap-group', display_name: 'x', source: 'ldap' }, /source/],
      [{ name: 'bare-prefix', display_name: 'x', source: 'plugin_', remote_id: 'r' }, /source/],
      [{ name: 'has-remote', display_name: 'x', source: 'custom', remote_id: 'r1' }, /remote_id/],
      [{ name: 'no-remote', display_name: 'x', source: pluginSource }, /remote_id/],
      [{ name: 'quiet-custom', display_name: 'x', source: 'custom', allow_reference: false }, /allow_reference/],
      [{ name: 'blank', display_name: '  ', source: 'custom' }, /display_name/],
      [{ name: 'wordy', display_name: 'x', description: 'd'.repeat(1025), source: 'custom' }, /description/],
    ];
    for (const [fields, field] of bad) {
      const error = await fails('ValidationError', 'create_group', [], fields, field);
      assert.equal(error.status_code, 400);
    }
    const taken = await fails('AlreadyExistsError', 'create_group', [], { name: 'devs', display_name: 'Again', source: 'custom' }, /devs/);
    assert.equal(taken.status_code, 409);
    await fails('AlreadyExistsError', 'create_group', [], { name: 'alice', display_name: 'Alice', source: 'custom' }, /username/);
    await fails('AlreadyExistsError', 'create_group', [], { name: 'ops-two', display_name: 'Ops', source: pluginSource, remote_id: 'ops-1' }, /remote id/);
    assert.equal((await probe.ok('create_group', [], { name: 'ops-elsewhere', display_name: 'Ops', source: 'plugin_other', remote_id: 'ops-1' })).remote_id, 'ops-1',
      'the same remote id in another source is another group');
  });

  test('members: upserted one or several (all or none), counted, listed by page; a user\'s groups; removed and back again', async () => {
    const crew = await probe.ok('create_group', [], { name: 'crew', display_name: 'Crew', source: 'custom' });
    const socket = await connectWebSocket(probe.server.url, users.alice.client.token);
    let alice: any;
    try {
      alice = await probe.ok('upsert_group_member', [crew.id, users.alice.id]);
      assert.deepEqual([alice.group_id, alice.user_id, alice.delete_at], [crew.id, users.alice.id, 0]);
      assert.ok(alice.create_at > 0);
      const event = await socket.next('group_member_add', (e) => JSON.parse(e.data.group_member).group_id === crew.id);
      assert.equal(JSON.parse(event.data.group_member).user_id, users.alice.id, 'the new member hears of it');
    } finally {
      socket.close();
    }
    const several = await probe.ok('upsert_group_members', [crew.id, [users.bob.id, users.carol.id, users.alice.id]]);
    assert.deepEqual(several.map((m: any) => m.user_id), [users.bob.id, users.carol.id, users.alice.id]);
    assert.equal(several[2].create_at, alice.create_at, 'a member already there stays as they were');

    await fails('NotFoundError', 'upsert_group_members', [crew.id, [users.dave.id, unknownId]], {}, new RegExp(unknownId));
    assert.equal((await probe.ok('get_group', [crew.id])).member_count, 3, 'no one was added: all or none');
    await fails('NotFoundError', 'upsert_group_member', [unknownId, users.dave.id]);
    await fails('NotFoundError', 'upsert_group_member', [crew.id, unknownId]);
    await fails('ValidationError', 'upsert_group_members', [crew.id, ['nope']], {}, /user_ids/);

    const page0 = await probe.ok('get_group_member_users', [crew.id, 0, 2]);
    assert.deepEqual(page0.map((u: any) => u.username), ['alice', 'bob'], 'by username');
    assert.deepEqual((await probe.ok('get_group_member_users', [crew.id], { page: 1, per_page: 2 })).map((u: any) => u.username), ['carol']);
    await fails('NotFoundError', 'get_group_member_users', [unknownId]);

    assert.ok(names(await probe.ok('get_groups_for_user', [users.alice.id])).includes('crew'));
    assert.deepEqual(names(await probe.ok('get_groups_for_user', [users.erin.id])), []);
    await fails('NotFoundError', 'get_groups_for_user', [unknownId]);
    const restMembers = await probe.admin.ok('GET', `/groups/${crew.id}/members`);
    assert.deepEqual([restMembers.members.map((u: any) => u.username), restMembers.total_member_count], [['alice', 'bob', 'carol'], 3]);
    assert.ok(names(await users.alice.client.ok('GET', '/users/me/groups')).includes('crew'), 'REST: my groups');

    // A deactivated member is not counted, nor listed.
    await probe.admin.ok('DELETE', `/users/${users.carol.id}`);
    assert.equal((await probe.ok('get_group', [crew.id])).member_count, 2);
    await probe.admin.ok('PUT', `/users/${users.carol.id}/active`, { active: true });
    await users.carol.client.login('carol', 'carol-password');

    const left = await probe.ok('delete_group_member', [crew.id, users.bob.id]);
    assert.equal(left.user_id, users.bob.id);
    assert.ok(left.delete_at > 0, 'the membership comes back with delete_at');
    assert.equal((await probe.ok('get_group', [crew.id])).member_count, 2);
    assert.ok(!names(await probe.ok('get_groups_for_user', [users.bob.id])).includes('crew'));
    await fails('NotFoundError', 'delete_group_member', [crew.id, users.bob.id], {}, /not a member/);
    const back = await probe.ok('upsert_group_member', [crew.id, users.bob.id]);
    assert.equal(back.delete_at, 0);
    assert.ok(back.create_at >= left.delete_at, 'a returning member counts from their return');
    assert.equal((await probe.ok('get_group', [crew.id])).member_count, 3);
  });

  test('update_group, delete_group and restore_group; get_groups searches, filters and pages', async () => {
    const team = await newTeam('searchers');
    const design = await probe.ok('create_group', [], { name: 'designers', display_name: 'Design Team', source: 'custom' });
    const devops = await probe.ok('create_group', [], { name: 'dev-ops', display_name: 'DevOps', source: pluginSource, remote_id: 'devops', allow_reference: true });
    const hidden = await probe.ok('create_group', [], { name: 'hidden-devs', display_name: 'Hidden Devs', source: pluginSource, remote_id: 'hidden' });
    await probe.ok('upsert_group_members', [design.id, [users.alice.id, users.bob.id]]);
    await probe.admin.ok('POST', `/teams/${team.id}/members`, { team_id: team.id, user_id: users.alice.id });

    const updated = await probe.ok('update_group', [], { ...design, display_name: 'Designers', description: 'pixels', name: 'design' });
    assert.deepEqual([updated.name, updated.display_name, updated.description, updated.source], ['design', 'Designers', 'pixels', 'custom']);
    assert.ok(updated.update_at >= design.update_at);
    assert.equal(updated.member_count, 2);
    assert.equal((await probe.admin.ok('GET', `/groups/${design.id}`)).display_name, 'Designers', 'REST sees the change');
    await fails('ValidationError', 'update_group', [], { ...updated, name: 'Bad!' }, /name/);
    await fails('ValidationError', 'update_group', [], { ...updated, allow_reference: false }, /allow_reference/);
    await fails('AlreadyExistsError', 'update_group', [], { ...updated, name: 'dev-ops' });
    await fails('NotFoundError', 'update_group', [], { ...updated, id: unknownId });
    const referenceable = await probe.ok('update_group', [], { ...hidden, allow_reference: true });
    assert.equal(referenceable.allow_reference, true, 'a plugin\'s group may become referenceable');
    await probe.ok('update_group', [], { ...referenceable, allow_reference: false });

    const search = async (opts: Record<string, unknown>, page?: number, perPage?: number, viewRestrictions?: unknown) =>
      probe.ok('get_groups', [page ?? null, perPage ?? null, opts, viewRestrictions ?? null]);
    assert.deepEqual(names(await search({ q: 'DEV' })), ['dev-ops', 'devs', 'hidden-devs'], 'a part of the name or display name, any case, by display name');
    assert.deepEqual(names(await search({ q: 'dev' }, 1, 2)), ['hidden-devs'], 'paged');
    assert.deepEqual(names(await search({ q: '%' })), [], 'wildcards are literal');
    assert.deepEqual(names(await search({ q: 'dev', filter_allow_reference: true })), ['dev-ops', 'devs']);
    assert.deepEqual(names(await search({ q: 'dev', source: 'custom' })), ['devs']);
    assert.deepEqual(names(await search({ q: 'dev', only_syncable_sources: true })), ['dev-ops', 'hidden-devs']);
    assert.deepEqual(names(await search({ filter_has_member: users.bob.id })).sort(), ['crew', 'design']);
    const counted = await search({ q: 'design', include_member_count: true });
    assert.equal(counted[0].member_count, 2);
    assert.equal((await search({ q: 'design' }))[0].member_count, null, 'member_count only when asked');
    const restricted = await search({ q: 'design', include_member_count: true }, 0, 60, { teams: [team.id] });
    assert.equal(restricted[0].member_count, 1, 'view restrictions count only the members in those teams (alice, not bob)');
    await fails('ValidationError', 'get_groups', [0, 60, { source: 'ldap' }], {}, /source/);
    await fails('NotFoundError', 'get_groups', [0, 60, { not_associated_to_team: unknownId }]);

    const deleted = await probe.ok('delete_group', [design.id]);
    assert.ok(deleted.delete_at > 0);
    assert.ok((await probe.ok('get_group', [design.id])).delete_at > 0, 'a deleted group can still be read by id');
    await fails('NotFoundError', 'get_group_by_name', ['design']);
    assert.deepEqual(names(await search({ q: 'design' })), [], 'deleted groups are left out');
    assert.deepEqual(names(await search({ q: 'design', include_archived: true })), ['design']);
    assert.deepEqual(names(await search({ filter_archived: true })), ['design'], 'or only they');
    assert.ok(!names(await probe.ok('get_groups_for_user', [users.alice.id])).includes('design'));
    await fails('NotFoundError', 'delete_group', [design.id], {}, /deleted already/);
    await fails('NotFoundError', 'delete_group', [unknownId]);
    const restored = await probe.ok('restore_group', [design.id]);
    assert.deepEqual([restored.delete_at, restored.member_count], [0, 2], 'members stay through deletion');
    await fails('NotFoundError', 'restore_group', [design.id], {}, /not deleted/);

    const since = restored.update_at;
    assert.ok(devops.update_at < since);
    assert.deepEqual(names(await search({ since, q: 'de' })), ['design'], 'changed since: not dev-ops, nor devs');
  });

  test('links: auto_add puts the members in the team and channel (REST sees them, the hooks run), and later members too; scheme_admin; unlinking', async () => {
    const team = await newTeam('linked');
    const channel = await newChannel(team.id, 'backend');
    const vipOnly = await newChannel(team.id, 'vip-lounge');
    const backend = await probe.ok('create_group', [], { name: 'backend', display_name: 'Backend', source: pluginSource, remote_id: 'backend', allow_reference: true });
    await probe.ok('upsert_group_members', [backend.id, [users.alice.id, users.bob.id]]);

    const link = await probe.ok('upsert_group_syncable', [], { group_id: backend.id, syncable_id: channel.id, type: 'channel', auto_add: true });
    assert.deepEqual([link.group_id, link.syncable_id, link.type, link.auto_add, link.scheme_admin, link.delete_at], [backend.id, channel.id, 'Channel', true, false, 0]);
    const teamLink = await probe.ok('get_group_syncable', [backend.id, team.id, 'Team']);
    assert.equal(teamLink.auto_add, true, 'linking a channel links its team');
    for (const name of ['alice', 'bob']) {
      assert.ok(await isTeamMember(team.id, users[name].id), `${name} joined the team`);
      assert.ok(await isChannelMember(channel.id, users[name].id), `${name} joined the channel`);
    }
    const joined = await waitFor('UserHasJoinedChannel for alice', async () => (await seen('UserHasJoinedChannel')).find((e) => e.channel_id === channel.id && e.user_id === users.alice.id));
    assert.equal(joined.actor_id, '', 'the group added her');
    assert.ok((await seen('UserHasJoinedTeam')).some((e) => e.team_id === team.id && e.user_id === users.bob.id));
    assert.equal((await probe.ok('get_group', [backend.id])).has_syncables, true);
    assert.deepEqual((await probe.ok('get_group_syncables', [backend.id, 'Team'])).map((l: any) => l.syncable_id), [team.id]);
    assert.deepEqual((await probe.ok('get_group_syncables', [backend.id, 'CHANNEL'])).map((l: any) => l.syncable_id), [channel.id], 'the type in any case');

    const socket = await connectWebSocket(probe.server.url, users.carol.client.token);
    try {
      await probe.ok('upsert_group_member', [backend.id, users.carol.id]);
      await socket.next('added_to_team', (e) => e.data.team_id === team.id);
    } finally {
      socket.close();
    }
    assert.ok(await isChannelMember(channel.id, users.carol.id), 'a new member joins the linked channel');

    // A plugin may refuse someone: the others still join.
    await probe.ok('upsert_group_member', [backend.id, users.vip.id]);
    await probe.ok('upsert_group_syncable', [], { group_id: backend.id, syncable_id: vipOnly.id, type: 'Channel', auto_add: true });
    assert.ok(await isChannelMember(vipOnly.id, users.vip.id));
    assert.ok(!(await isChannelMember(vipOnly.id, users.alice.id)), 'the membership plugin kept alice out of the vip channel');

    const admins = await probe.ok('update_group_syncable', [], { group_id: backend.id, syncable_id: channel.id, type: 'Channel', auto_add: true, scheme_admin: true });
    assert.equal(admins.scheme_admin, true);
    const carol = await probe.admin.ok('GET', `/channels/${channel.id}/members/${users.carol.id}`);
    assert.deepEqual([carol.scheme_admin, carol.roles], [true, 'channel_user channel_admin'], 'the link makes its members channel admins');

    await fails('ValidationError', 'upsert_group_syncable', [], { group_id: backend.id, syncable_id: channel.id, type: 'board', auto_add: true }, /type/);
    await fails('NotFoundError', 'upsert_group_syncable', [], { group_id: backend.id, syncable_id: unknownId, type: 'Channel' });
    await fails('NotFoundError', 'upsert_group_syncable', [], { group_id: unknownId, syncable_id: team.id, type: 'Team' });
    const direct = await probe.ok('get_direct_channel', [users.alice.id, users.bob.id]);
    await fails('ValidationError', 'upsert_group_syncable', [], { group_id: backend.id, syncable_id: direct.id, type: 'Channel' }, /syncable_id/);
    await fails('NotFoundError', 'get_group_syncable', [backend.id, unknownId, 'Team']);
    await fails('ValidationError', 'get_group_syncables', [backend.id, 'board'], {}, /syncable_type/);
    await fails('NotFoundError', 'update_group_syncable', [], { group_id: backend.id, syncable_id: unknownId, type: 'Team', auto_add: true });

    const unlinked = await probe.ok('delete_group_syncable', [backend.id, team.id, 'team']);
    assert.ok(unlinked.delete_at > 0);
    assert.ok((await probe.ok('get_group_syncable', [backend.id, channel.id, 'Channel'])).delete_at > 0, 'unlinking the team unlinks its channels');
    assert.deepEqual(await probe.ok('get_group_syncables', [backend.id, 'Channel']), []);
    assert.equal((await probe.ok('get_group', [backend.id])).has_syncables, false);
    assert.ok(await isChannelMember(channel.id, users.alice.id), 'members stay: the channel is not group-constrained');
    await fails('ValidationError', 'delete_group_syncable', [backend.id, team.id, 'Team'], {}, /already/);
    await fails('NotFoundError', 'delete_group_syncable', [backend.id, unknownId, 'Team']);

    // Linking again restores the link.
    const again = await probe.ok('upsert_group_syncable', [], { group_id: backend.id, syncable_id: team.id, type: 'Team' });
    assert.deepEqual([again.delete_at, again.auto_add, again.create_at], [0, false, teamLink.create_at]);
  });

  test('create_default_syncable_memberships adds the members a link is missing (since, scope, re-adding those who left)', async () => {
    const team = await newTeam('defaults');
    const channel = await newChannel(team.id, 'defaults-chat');
    const group = await probe.ok('create_group', [], { name: 'defaulters', display_name: 'Defaulters', source: pluginSource, remote_id: 'defaulters' });
    await probe.ok('upsert_group_syncable', [], { group_id: group.id, syncable_id: channel.id, type: 'Channel', auto_add: true });
    // Members of a deleted group are not added; once it is back, the sync adds them.
    await probe.ok('delete_group', [group.id]);
    await probe.ok('upsert_group_members', [group.id, [users.dave.id, users.erin.id]]);
    await probe.ok('restore_group', [group.id]);
    assert.ok(!(await isTeamMember(team.id, users.dave.id)));

    await probe.ok('create_default_syncable_memberships', [], { since: Date.now() + 60_000 });
    assert.ok(!(await isTeamMember(team.id, users.dave.id)), 'nothing joined or changed since then');
    await probe.ok('create_default_syncable_memberships', [], { scoped_user_id: users.erin.id });
    assert.ok(await isTeamMember(team.id, users.erin.id) && await isChannelMember(channel.id, users.erin.id), 'erin, in scope, joined team and channel');
    assert.ok(!(await isTeamMember(team.id, users.dave.id)), 'dave was out of scope');
    assert.equal(await probe.ok('create_default_syncable_memberships'), null);
    assert.ok(await isTeamMember(team.id, users.dave.id) && await isChannelMember(channel.id, users.dave.id));

    await users.dave.client.ok('DELETE', `/teams/${team.id}/members/${users.dave.id}`);
    await probe.ok('create_default_syncable_memberships', [], {});
    assert.ok(!(await isTeamMember(team.id, users.dave.id)), 'who left the team stays out');
    await probe.ok('create_default_syncable_memberships', [], { re_add_removed_members: true, scoped_team_id: team.id });
    assert.ok(await isTeamMember(team.id, users.dave.id), 'unless asked to re-add them');

    await fails('ValidationError', 'create_default_syncable_memberships', [], { since: -1 }, /since/);
    await fails('ValidationError', 'create_default_syncable_memberships', [], { scoped_team_id: 'nope' }, /scoped_team_id/);
  });

  test('group-constrained teams and channels: outsiders cannot be added over REST; delete_group_constrained_memberships removes them, bots aside; unlinking removes', async () => {
    const team = await newTeam('fortress');
    const vault = await newChannel(team.id, 'vault', 'P');
    const keepers = await probe.ok('create_group', [], { name: 'keepers', display_name: 'Keepers', source: pluginSource, remote_id: 'keepers' });
    await probe.ok('upsert_group_member', [keepers.id, users.alice.id]);
    await probe.ok('upsert_group_syncable', [], { group_id: keepers.id, syncable_id: vault.id, type: 'Channel', auto_add: true });
    await probe.admin.ok('POST', `/channels/${vault.id}/members`, { user_id: users.bob.id });
    const bot = await probe.ok('create_bot', [], { username: 'vaultbot', display_name: 'Vault Bot' });
    await probe.admin.ok('POST', `/channels/${vault.id}/members`, { user_id: bot.user_id });

    const patched = await probe.admin.ok('PUT', `/channels/${vault.id}/patch`, { group_constrained: true });
    assert.equal(patched.group_constrained, true);
    assert.equal((await probe.ok('get_channel', [vault.id])).group_constrained, true, 'the plugin sees the flag');
    assert.equal((await probe.admin.request('PUT', `/channels/${vault.id}/patch`, { group_constrained: 'yes' })).status, 400);
    const denied = await probe.admin.request('POST', `/channels/${vault.id}/members`, { user_id: users.carol.id });
    assert.equal(denied.status, 400);
    assert.equal(denied.body.id, 'api.channel.add_members.user_denied');
    assert.match(denied.body.message, new RegExp(users.carol.id));

    const teamFlag = await probe.ok('update_team', [], { ...(await probe.ok('get_team', [team.id])), group_constrained: true });
    assert.equal(teamFlag.group_constrained, true, 'update_team sets it too');
    assert.equal((await probe.admin.request('POST', `/teams/${team.id}/members`, { team_id: team.id, user_id: users.erin.id })).status, 400, 'nor to the team');

    assert.equal(await probe.ok('delete_group_constrained_memberships'), null);
    assert.ok(await isChannelMember(vault.id, users.alice.id), 'alice is in the linked group');
    assert.ok(await isChannelMember(vault.id, bot.user_id), 'bots stay');
    assert.ok(!(await isChannelMember(vault.id, users.bob.id)), 'bob is not');
    assert.ok(!(await isTeamMember(team.id, users.bob.id)), 'nor in the team, which is group-constrained too');
    assert.ok(!(await isTeamMember(team.id, probe.adminUser.id)), 'the creator is no member of the group either');
    assert.ok(await isTeamMember(team.id, users.alice.id), 'alice stays in the team: the group is linked to it');
    const left = await waitFor('UserHasLeftTeam for bob', async () => (await seen('UserHasLeftTeam')).find((e) => e.team_id === team.id && e.user_id === users.bob.id));
    assert.equal(left.actor_id, '');

    await probe.ok('delete_group_syncable', [keepers.id, vault.id, 'Channel']);
    assert.ok(!(await isChannelMember(vault.id, users.alice.id)), 'unlinked from a group-constrained channel, its members leave it');
    assert.ok(await isTeamMember(team.id, users.alice.id), 'the team link stands');
  });

  test('a mention of a referenceable group counts for its members in the channel (mention_count over REST)', async () => {
    const team = await newTeam('talkers');
    const channel = await newChannel(team.id, 'talk');
    for (const name of ['alice', 'bob', 'dave']) await probe.admin.ok('POST', `/channels/${channel.id}/members`, { user_id: users[name].id });
    const writers = await probe.ok('create_group', [], { name: 'writers', display_name: 'Writers', source: 'custom' });
    await probe.ok('upsert_group_members', [writers.id, [users.alice.id, users.bob.id, users.carol.id, users.dave.id]]);
    const quiet = await probe.ok('create_group', [], { name: 'quiet', display_name: 'Quiet', source: pluginSource, remote_id: 'quiet' });
    await probe.ok('upsert_group_member', [quiet.id, users.alice.id]);
    const mentions = async (name: string) => (await probe.admin.ok('GET', `/channels/${channel.id}/members/${users[name].id}`)).mention_count;

    await users.dave.client.ok('POST', '/posts', { channel_id: channel.id, message: 'Hello @writers, and @quiet!' });
    assert.deepEqual([await mentions('alice'), await mentions('bob'), await mentions('dave')], [1, 1, 0], 'the group\'s members in the channel, not the author; @quiet is not referenceable');
    assert.equal((await probe.admin.request('GET', `/channels/${channel.id}/members/${users.carol.id}`)).status, 404, 'carol, outside the channel, has no count there');
    await users.dave.client.ok('POST', '/posts', { channel_id: channel.id, message: '@alice and @writers.' });
    assert.equal(await mentions('alice'), 2, 'one post is one mention, however she is named');
    const unreads = await users.bob.client.ok('GET', `/users/${users.bob.id}/teams/unread`);
    assert.equal(unreads.find((u: any) => u.team_id === team.id).mention_count, 2, 'the team unread counts them too');

    await probe.ok('delete_group', [writers.id]);
    await users.dave.client.ok('POST', '/posts', { channel_id: channel.id, message: 'anyone? @writers' });
    assert.equal(await mentions('bob'), 2, 'a deleted group mentions no one');
    await probe.ok('restore_group', [writers.id]);
  });

  test('REST: custom groups for every user; plugins\' groups and links for admins', async () => {
    const alice = users.alice.client;
    assert.equal((await anonymous.request('GET', '/groups')).status, 401);

    const created = await alice.request('POST', '/groups', { name: 'alice-crew', display_name: 'Alice Crew', source: 'custom', allow_reference: true, user_ids: [users.bob.id] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual([created.body.name, created.body.member_count], ['alice-crew', 1]);
    const crew = created.body;
    assert.equal((await alice.request('POST', '/groups', { name: 'alice-crew', display_name: 'Again', source: 'custom' })).status, 409);
    const badName = await alice.request('POST', '/groups', { name: 'Alice Crew', display_name: 'x', source: 'custom' });
    assert.deepEqual([badName.status, /name/.test(badName.body.message)], [400, true]);
    const unknownMember = await alice.request('POST', '/groups', { name: 'ghosts', display_name: 'Ghosts', source: 'custom', user_ids: [unknownId] });
    assert.equal(unknownMember.status, 404);
    assert.equal((await probe.admin.request('GET', '/groups?q=ghosts')).body.length, 0, 'nothing was created');
    const pluginMade = await alice.request('POST', '/groups', { name: 'fake', display_name: 'Fake', source: pluginSource, remote_id: 'x' });
    assert.deepEqual([pluginMade.status, pluginMade.body.id], [400, 'app.group.crud_permission']);

    assert.equal((await alice.ok('PUT', `/groups/${crew.id}/patch`, { display_name: 'The Crew' })).display_name, 'The Crew');
    const added = await alice.ok('POST', `/groups/${crew.id}/members`, { user_ids: [users.carol.id] });
    assert.deepEqual(added.map((m: any) => m.user_id), [users.carol.id]);
    const removed = await alice.ok('DELETE', `/groups/${crew.id}/members`, { user_ids: [users.carol.id] });
    assert.ok(removed[0].delete_at > 0);
    assert.equal((await alice.request('POST', `/groups/${crew.id}/members`, { user_ids: ['nope'] })).status, 400);
    assert.ok((await alice.ok('DELETE', `/groups/${crew.id}`)).delete_at > 0);
    assert.equal((await alice.ok('POST', `/groups/${crew.id}/restore`)).delete_at, 0);
    assert.equal((await alice.request('POST', `/groups/${crew.id}/restore`)).status, 404);

    // A plugin's group is its plugin's: plain users may not change it, nor see it if it is not referenceable.
    const quiet = await probe.ok('get_group_by_name', ['quiet']);
    const backend = await probe.ok('get_group_by_name', ['backend']);
    const patchPlugin = await alice.request('PUT', `/groups/${backend.id}/patch`, { display_name: 'Mine' });
    assert.deepEqual([patchPlugin.status, /sysconsole_write_user_management_groups/.test(patchPlugin.body.message)], [403, true]);
    assert.equal((await probe.admin.ok('PUT', `/groups/${backend.id}/patch`, { display_name: 'Backend Team' })).display_name, 'Backend Team');
    assert.equal((await alice.request('DELETE', `/groups/${backend.id}`)).status, 400);
    assert.equal((await probe.admin.request('POST', `/groups/${backend.id}/members`, { user_ids: [users.erin.id] })).status, 400, 'even for admins: its plugin keeps its members');
    assert.equal((await alice.request('GET', `/groups/${quiet.id}`)).status, 403);
    assert.equal((await probe.admin.ok('GET', `/groups/${quiet.id}`)).name, 'quiet');
    assert.equal((await alice.request('GET', `/groups/${quiet.id}/members`)).status, 403);
    assert.ok(!names(await alice.ok('GET', '/groups?per_page=200')).includes('quiet'), 'plain users list referenceable groups only');
    assert.ok(names(await probe.admin.ok('GET', '/groups?per_page=200')).includes('quiet'));
    assert.ok(names(await probe.admin.ok('GET', `/groups?group_source=${pluginSource}&per_page=200`)).every((n: string) => n !== 'alice-crew'));
    assert.equal((await alice.request('GET', `/users/${users.bob.id}/groups`)).status, 403);
    assert.ok(names(await probe.admin.ok('GET', `/users/${users.bob.id}/groups`)).includes('alice-crew'));
    assert.equal((await alice.request('GET', `/groups/${crew.id}/stats`)).status, 403);
    assert.deepEqual(await probe.admin.ok('GET', `/groups/${crew.id}/stats`), { group_id: crew.id, total_member_count: 1 });

    // Links: over REST only for plugins' groups, by those who may invite to the team.
    const hq = await newTeam('hq');
    const linkRoute = `/groups/${backend.id}/teams/${hq.id}/link`;
    const forbidden = await alice.request('POST', linkRoute, { auto_add: true });
    assert.deepEqual([forbidden.status, /invite_user/.test(forbidden.body.message)], [403, true]);
    assert.equal((await alice.request('POST', `/groups/${crew.id}/teams/${hq.id}/link`, { auto_add: true })).status, 400, 'custom groups are not linked');
    const linked = await probe.admin.request('POST', linkRoute, { auto_add: true });
    assert.equal(linked.status, 201);
    assert.deepEqual([linked.body.team_id, linked.body.type, linked.body.auto_add, linked.body.syncable_id], [hq.id, 'Team', true, undefined], 'Mattermost\'s JSON: team_id');
    assert.ok(await isTeamMember(hq.id, users.alice.id), 'the members joined the team, alice among them');
    assert.deepEqual((await probe.admin.ok('GET', `/groups/${backend.id}/teams`)).map((l: any) => l.team_id).sort(), [hq.id, (await probe.ok('get_team_by_name', ['linked'])).id].sort());
    assert.equal((await alice.request('GET', `/groups/${backend.id}/teams`)).status, 403);
    assert.equal((await probe.admin.ok('GET', `/groups/${backend.id}/teams/${hq.id}`)).auto_add, true);
    assert.equal((await alice.request('GET', `/groups/${backend.id}/teams/${hq.id}`)).status, 403);
    assert.equal((await probe.admin.ok('PUT', `/groups/${backend.id}/teams/${hq.id}/patch`, { scheme_admin: true })).scheme_admin, true);
    assert.equal((await probe.admin.ok('GET', `/teams/${hq.id}/members/${users.bob.id}`)).scheme_admin, true, 'the link made its members team admins');
    const hqChat = await newChannel(hq.id, 'hq-chat');
    const channelLink = await probe.admin.request('POST', `/groups/${backend.id}/channels/${hqChat.id}/link`, { auto_add: true });
    assert.deepEqual([channelLink.status, channelLink.body.channel_id, channelLink.body.type], [201, hqChat.id, 'Channel']);
    assert.ok(await isChannelMember(hqChat.id, users.bob.id));
    // Alice is in hq now (invite_user there) and in hq-chat, so she may unlink the channel.
    assert.deepEqual(await alice.ok('DELETE', `/groups/${backend.id}/channels/${hqChat.id}/link`), { status: 'OK' });
    assert.deepEqual(await probe.admin.ok('DELETE', linkRoute), { status: 'OK' });
    assert.equal((await probe.admin.request('DELETE', linkRoute)).status, 400, 'unlinked already');
    assert.equal((await probe.admin.request('POST', `/groups/${unknownId}/teams/${hq.id}/link`, {})).status, 404);
  });
});
