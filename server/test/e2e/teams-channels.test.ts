// Team and channel management through Mattermost's own client.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import mattermost from '@mattermost/client';
import { type ServerHandle, startServer } from '../harness.js';

const { Client4 } = mattermost;

describe('teams and channels through @mattermost/client', () => {
  let server: ServerHandle;
  const admin = new Client4();
  const erin = new Client4();
  const frank = new Client4();
  let erinId: string;
  let frankId: string;
  let team: any;

  before(async () => {
    server = await startServer();
    for (const c of [admin, erin, frank]) c.setUrl(server.url);
    await admin.createUser({ username: 'boss', email: 'boss@example.com', password: 'boss-password' } as any, '', '');
    await admin.login('boss', 'boss-password');
    erinId = (await admin.createUser({ username: 'erin', email: 'erin@example.com', password: 'erin-password' } as any, '', '')).id;
    frankId = (await admin.createUser({ username: 'frank', email: 'frank@example.com', password: 'frank-password' } as any, '', '')).id;
    await erin.login('erin', 'erin-password');
    await frank.login('frank', 'frank-password');
    team = await admin.createTeam({ name: 'mgmt', display_name: 'Management', type: 'I' } as any);
  });

  after(async () => {
    await server?.stop();
  });

  test('team members: admins add people, an invite-only team refuses self-joins, members list and my teams', async () => {
    await assert.rejects(erin.addToTeam(team.id, erinId), (e: any) => e.status_code === 403);
    const member = await admin.addToTeam(team.id, erinId);
    assert.equal(member.user_id, erinId);
    assert.deepEqual((await erin.getMyTeams()).map((t: any) => t.name), ['mgmt']);
    assert.ok((await erin.getTeamMembers(team.id)).some((m: any) => m.user_id === erinId));
    assert.equal((await erin.getTeamMember(team.id, erinId)).team_id, team.id);
    await assert.rejects(frank.getTeamMembers(team.id), (e: any) => e.status_code === 404, 'an invite-only team is not shown to outsiders');
    await assert.rejects(erin.getTeamsForUser(frankId), (e: any) => e.status_code === 403);
  });

  test('team patch by its admin only; archive', async () => {
    await assert.rejects(erin.patchTeam({ id: team.id, display_name: 'Mine now' } as any), (e: any) => e.status_code === 403);
    const patched = await admin.patchTeam({ id: team.id, description: 'the managers', display_name: 'Managers' } as any);
    assert.equal(patched.display_name, 'Managers');
    assert.equal(patched.description, 'the managers');
    assert.equal(patched.name, 'mgmt');
    await assert.rejects(admin.patchTeam({ id: team.id, display_name: '' } as any), (e: any) => e.status_code === 400 && /display_name/.test(e.message));
    const doomed = await admin.createTeam({ name: 'doomed', display_name: 'Doomed', type: 'O' } as any);
    await admin.deleteTeam(doomed.id);
    assert.ok((await admin.getTeam(doomed.id)).delete_at > 0);
  });

  test('channels: by name, my channels, patch, archive; private channels are invisible to outsiders', async () => {
    const open = await erin.createChannel({ team_id: team.id, name: 'open-room', display_name: 'Open', type: 'O' } as any);
    const secret = await admin.createChannel({ team_id: team.id, name: 'secret-room', display_name: 'Secret', type: 'P' } as any);
    assert.equal((await erin.getChannelByName(team.id, 'open-room')).id, open.id);
    await assert.rejects(erin.getChannelByName(team.id, 'secret-room'), (e: any) => e.status_code === 404);
    await assert.rejects(erin.getChannel(secret.id), (e: any) => e.status_code === 404);
    // Joining the team put erin in its default channels; the private one is not hers.
    assert.deepEqual((await erin.getMyChannels(team.id)).map((c: any) => c.name), ['off-topic', 'open-room', 'town-square']);
    const patched = await erin.patchChannel(open.id, { header: 'Welcome', purpose: 'Talk' } as any);
    assert.deepEqual([patched.header, patched.purpose, patched.display_name], ['Welcome', 'Talk', 'Open']);
    await erin.deleteChannel(open.id);
    assert.ok((await erin.getChannel(open.id)).delete_at > 0);
    await assert.rejects(erin.createPost({ channel_id: open.id, message: 'too late' } as any), (e: any) => e.status_code === 400 && /archived/.test(e.message));
  });

  test('direct channels: created once, visible and postable only by the two people', async () => {
    const dm = await erin.createDirectChannel([erinId, frankId]);
    assert.equal(dm.type, 'D');
    assert.equal(dm.name, [erinId, frankId].sort().join('__'));
    assert.equal((await frank.createDirectChannel([frankId, erinId])).id, dm.id);
    const post = await frank.createPost({ channel_id: dm.id, message: 'psst' } as any);
    assert.equal(post.channel_id, dm.id);
    const outsider = new Client4();
    outsider.setUrl(server.url);
    await admin.createUser({ username: 'gina', email: 'gina@example.com', password: 'gina-password' } as any, '', '');
    await outsider.login('gina', 'gina-password');
    await assert.rejects(outsider.getChannel(dm.id), (e: any) => e.status_code === 404);
    await assert.rejects(outsider.getPosts(dm.id), (e: any) => e.status_code === 404);
    await assert.rejects(outsider.createDirectChannel([erinId, frankId]), (e: any) => e.status_code === 403);
  });
});
