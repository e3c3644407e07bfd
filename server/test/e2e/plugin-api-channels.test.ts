// The channels part of the Plugin API, from a real Python plugin (the api_probe fixture)
// through the real server: archive and restore, lookups, direct and group channels, stats,
// members with their roles and notification settings, and the sidebar — with the effects
// checked over REST, and the membership hooks (recorded by the membership_python fixture)
// seeing who made a change.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Probe, startProbe } from '../api-probe.js';
import { Client, connectWebSocket, waitFor } from '../harness.js';
import { type HookRecord, installMembershipPlugin } from '../membership-plugin.js';

const unknownId = 'nosuchid000000000000000000';
const defaultNotifyProps = { desktop: 'default', email: 'default', mark_unread: 'all', push: 'default', ignore_channel_mentions: 'default' };

describe('Plugin API: channels', () => {
  let probe: Probe;
  let seen: (hook: string) => Promise<HookRecord[]>;
  const users: Record<string, { id: string; client: Client }> = {};
  let team: any;
  let townSquare: any;
  let offTopic: any;

  before(async () => {
    probe = await startProbe();
    seen = await installMembershipPlugin(probe.admin);
    for (const name of ['alice', 'bob', 'carol', 'dave', 'erin']) users[name] = await probe.admin.newUser(name);
    team = await probe.admin.ok('POST', '/teams', { name: 'crew', display_name: 'Crew', type: 'O' });
    for (const name of ['alice', 'bob', 'carol']) await probe.ok('create_team_member', [team.id, users[name].id]);
    townSquare = await probe.ok('get_channel_by_name', [team.id, 'town-square']);
    offTopic = await probe.ok('get_channel_by_name', [team.id, 'off-topic']);
  });

  after(async () => {
    await probe?.stop();
  });

  test('delete_channel archives and restore_channel unarchives, as REST sees; lookups by name skip archived channels unless asked', async () => {
    const news = await probe.ok('create_channel', [], { team_id: team.id, name: 'news', display_name: 'News', type: 'O' });
    assert.equal(await probe.ok('delete_channel', [news.id]), null);
    assert.ok((await probe.admin.ok('GET', `/channels/${news.id}`)).delete_at > 0);
    assert.equal((await probe.fail('get_channel_by_name', [team.id, 'news'])).type, 'NotFoundError');
    assert.equal((await probe.fail('get_channel_by_name', [team.id, 'news', false])).type, 'NotFoundError');
    assert.equal((await probe.ok('get_channel_by_name', [team.id, 'news', true])).id, news.id);
    assert.equal((await probe.ok('get_channel_by_name_for_team_name', ['crew', 'news'], { include_deleted: true })).id, news.id);
    assert.equal((await probe.admin.request('GET', `/teams/${team.id}/channels/name/news`)).status, 404);
    assert.equal((await probe.admin.ok('GET', `/teams/${team.id}/channels/name/news?include_deleted=true`)).id, news.id);

    const aliceSocket = await connectWebSocket(probe.server.url, users.alice.client.token);
    try {
      assert.equal(await probe.ok('restore_channel', [news.id]), null);
      await aliceSocket.next('channel_restored', (e) => e.data.channel_id === news.id);
    } finally {
      aliceSocket.close();
    }
    assert.equal((await probe.admin.ok('GET', `/channels/${news.id}`)).delete_at, 0);
    assert.equal((await probe.ok('get_channel_by_name_for_team_name', ['crew', 'news'])).id, news.id);
    const again = await probe.fail('restore_channel', [news.id]);
    assert.equal(again.type, 'ValidationError');
    assert.match(again.message, /not archived/);
    assert.equal((await probe.fail('restore_channel', [unknownId])).type, 'NotFoundError');
    assert.equal((await probe.fail('delete_channel', [unknownId])).type, 'NotFoundError');
    assert.equal((await probe.fail('get_channel_by_name_for_team_name', ['nosuchteam', 'news'])).type, 'NotFoundError');

    // REST: restoring takes manage_team, as in Mattermost.
    await probe.admin.ok('DELETE', `/channels/${news.id}`);
    assert.equal((await users.alice.client.request('POST', `/channels/${news.id}/restore`)).status, 403);
    const restored = await probe.admin.ok('POST', `/channels/${news.id}/restore`);
    assert.deepEqual([restored.id, restored.delete_at], [news.id, 0]);
  });

  test('get_public_channels_for_team pages the open channels; search_channels matches a prefix of the name or display name', async () => {
    await probe.ok('create_channel', [], { team_id: team.id, name: 'secret-plans', display_name: 'Secret Plans', type: 'P' });
    const gone = await probe.ok('create_channel', [], { team_id: team.id, name: 'gone', display_name: 'Gone', type: 'O' });
    await probe.ok('delete_channel', [gone.id]);
    const open = await probe.ok('get_public_channels_for_team', [team.id]);
    assert.deepEqual(open.map((c: any) => c.name), ['news', 'off-topic', 'town-square'], 'by display name; private and archived ones left out');
    assert.deepEqual((await probe.ok('get_public_channels_for_team', [team.id], { page: 1, per_page: 2 })).map((c: any) => c.name), ['town-square']);
    assert.deepEqual((await users.alice.client.ok('GET', `/teams/${team.id}/channels`)).map((c: any) => c.name), ['news', 'off-topic', 'town-square']);
    assert.equal((await probe.fail('get_public_channels_for_team', [unknownId])).type, 'NotFoundError');

    const names = async (term: string) => (await probe.ok('search_channels', [team.id, term])).map((c: any) => c.name);
    assert.deepEqual(await names('TOWN'), ['town-square']);
    assert.deepEqual(await names('off-'), ['off-topic']);
    assert.deepEqual(await names('Square'), [], 'a prefix, not a substring');
    assert.deepEqual(await names('secret'), [], 'private channels are not searched');
    assert.deepEqual(await names('gone'), [], 'nor archived ones');
    assert.deepEqual(await names('_'), [], 'wildcards are literal');
    assert.deepEqual((await users.alice.client.ok('POST', `/teams/${team.id}/channels/search`, { term: 'new' })).map((c: any) => c.name), ['news']);
    assert.equal((await probe.fail('search_channels', [unknownId, 'town'])).type, 'NotFoundError');
  });

  test('get_direct_channel and get_group_channel create once and answer the same channel after; get_channels_for_team_for_user with "" adds them', async () => {
    const dm = await probe.ok('get_direct_channel', [users.alice.id, users.bob.id]);
    assert.equal(dm.type, 'D');
    assert.equal((await probe.ok('get_direct_channel', [users.bob.id, users.alice.id])).id, dm.id);
    assert.equal((await users.alice.client.ok('GET', `/channels/${dm.id}`)).id, dm.id, 'alice may read it over REST');
    assert.equal((await probe.fail('get_direct_channel', [users.alice.id, unknownId])).type, 'NotFoundError');

    const group = await probe.ok('get_group_channel', [[users.alice.id, users.bob.id, users.carol.id]]);
    assert.equal(group.type, 'G');
    assert.equal(group.display_name, 'alice, bob, carol');
    assert.equal((await probe.ok('get_group_channel', [[users.carol.id, users.alice.id, users.bob.id]])).id, group.id);
    const tooFew = await probe.fail('get_group_channel', [[users.alice.id, users.bob.id]]);
    assert.equal(tooFew.type, 'ValidationError');
    assert.match(tooFew.message, /user_ids/);
    assert.equal((await probe.fail('get_group_channel', [[users.alice.id, users.bob.id, unknownId]])).type, 'NotFoundError');

    const inTeam = (await probe.ok('get_channels_for_team_for_user', [team.id, users.alice.id])).map((c: any) => c.name);
    assert.ok(inTeam.includes('town-square') && inTeam.includes('off-topic'));
    const everywhere = (await probe.ok('get_channels_for_team_for_user', ['', users.alice.id])).map((c: any) => c.id);
    for (const id of [dm.id, group.id, townSquare.id]) assert.ok(everywhere.includes(id), id);
    const gone = await probe.ok('get_channel_by_name', [team.id, 'gone', true]);
    await probe.ok('add_channel_member', [offTopic.id, users.alice.id]);
    assert.ok(!(await probe.ok('get_channels_for_team_for_user', ['', users.alice.id])).some((c: any) => c.id === gone.id));
    assert.equal((await probe.fail('get_channels_for_team_for_user', [unknownId, users.alice.id])).type, 'NotFoundError');
    assert.equal((await probe.fail('get_channels_for_team_for_user', ['', unknownId])).type, 'NotFoundError');
  });

  test('update_channel changes name, display name, header and purpose (seen over REST); bad names are 400, taken ones 409', async () => {
    const room = await probe.ok('create_channel', [], { team_id: team.id, name: 'room', display_name: 'Room', type: 'O' });
    const updated = await probe.ok('update_channel', [], { ...room, name: 'big-room', display_name: 'Big Room', header: 'Welcome', purpose: 'Talk' });
    assert.deepEqual([updated.name, updated.display_name, updated.header, updated.purpose], ['big-room', 'Big Room', 'Welcome', 'Talk']);
    const rest = await probe.admin.ok('GET', `/channels/${room.id}`);
    assert.deepEqual([rest.name, rest.header], ['big-room', 'Welcome']);
    const bad = await probe.fail('update_channel', [], { ...updated, name: 'Not A Name' });
    assert.equal(bad.type, 'ValidationError');
    assert.match(bad.message, /name/);
    assert.equal((await probe.fail('update_channel', [], { ...updated, name: 'town-square' })).type, 'AlreadyExistsError');
    assert.match((await probe.fail('update_channel', [], { ...townSquare, name: 'main-square' })).message, /town-square cannot change/);
    assert.equal((await probe.fail('update_channel', [], { ...updated, display_name: '' })).type, 'ValidationError');
    assert.equal((await probe.fail('update_channel', [], { ...updated, id: unknownId })).type, 'NotFoundError');
  });

  test('get_channel_stats counts active members, pinned posts and files (as REST does)', async () => {
    const stats = await probe.ok('create_channel', [], { team_id: team.id, name: 'counted', display_name: 'Counted', type: 'O' });
    for (const name of ['alice', 'bob', 'dave']) await probe.ok('add_channel_member', [stats.id, users[name].id]);
    const form = new FormData();
    form.append('channel_id', stats.id);
    form.append('files', new Blob(['some text']), 'notes.txt');
    const upload = await users.alice.client.ok('POST', '/files', form);
    const withFile = await users.alice.client.ok('POST', '/posts', { channel_id: stats.id, message: 'see attached', file_ids: [upload.file_infos[0].id] });
    const pinned = await users.alice.client.ok('POST', '/posts', { channel_id: stats.id, message: 'pin me' });
    await users.alice.client.ok('POST', `/posts/${pinned.id}/pin`);
    await users.alice.client.ok('POST', '/posts', { channel_id: stats.id, message: 'just talk' });
    const expected = { channel_id: stats.id, member_count: 3, guest_count: 0, pinnedpost_count: 1, files_count: 1 };
    assert.deepEqual(await probe.ok('get_channel_stats', [stats.id]), expected);
    assert.deepEqual(await users.alice.client.ok('GET', `/channels/${stats.id}/stats`), expected);

    await probe.admin.ok('DELETE', `/users/${users.dave.id}`);
    await users.alice.client.ok('DELETE', `/posts/${withFile.id}`);
    assert.deepEqual(await probe.ok('get_channel_stats', [stats.id]), { ...expected, member_count: 2, files_count: 0 }, 'deactivated members and deleted posts\' files do not count');
    assert.equal((await probe.fail('get_channel_stats', [unknownId])).type, 'NotFoundError');
  });

  test('add_user_to_channel adds as another user, whom UserHasJoinedChannel names; get_channel_member, by ids, for a user; delete_channel_member', async () => {
    const club = await probe.ok('create_channel', [], { team_id: team.id, name: 'club', display_name: 'Club', type: 'P' });
    await probe.ok('add_channel_member', [club.id, users.alice.id]);
    const carol = await probe.ok('add_user_to_channel', [club.id, users.carol.id, users.alice.id]);
    assert.deepEqual([carol.channel_id, carol.user_id, carol.roles], [club.id, users.carol.id, 'channel_user']);
    assert.deepEqual(carol.notify_props, defaultNotifyProps, "Mattermost's default notification settings");
    const joined = await waitFor('UserHasJoinedChannel for carol', async () => (await seen('UserHasJoinedChannel')).find((e) => e.channel_id === club.id && e.user_id === users.carol.id));
    assert.equal(joined.actor_id, users.alice.id, 'as if alice added her');
    const aliceJoined = (await seen('UserHasJoinedChannel')).find((e) => e.channel_id === club.id && e.user_id === users.alice.id);
    assert.equal(aliceJoined?.actor_id, '', 'add_channel_member: as if she joined');
    assert.equal((await probe.fail('add_user_to_channel', [club.id, users.bob.id, unknownId])).type, 'NotFoundError', 'an unknown actor');
    assert.equal((await probe.fail('get_channel_member', [club.id, users.bob.id])).type, 'NotFoundError', 'so bob was not added');

    const rest = await users.carol.client.ok('GET', `/channels/${club.id}/members/me`);
    assert.deepEqual(rest.notify_props, defaultNotifyProps, 'REST carries notify_props too');
    assert.deepEqual((await probe.ok('get_channel_member', [club.id, users.carol.id])).notify_props, defaultNotifyProps);
    assert.equal((await probe.fail('get_channel_member', [club.id, users.erin.id])).type, 'NotFoundError');
    assert.equal((await probe.fail('get_channel_member', [unknownId, users.carol.id])).type, 'NotFoundError');

    const byIds = await probe.ok('get_channel_members_by_ids', [club.id, [users.alice.id, users.carol.id, users.erin.id]]);
    assert.deepEqual(byIds.map((m: any) => m.user_id).sort(), [users.alice.id, users.carol.id].sort(), 'non-members left out');
    assert.deepEqual(await probe.ok('get_channel_members_by_ids', [club.id, []]), []);
    assert.equal((await probe.fail('get_channel_members_by_ids', [club.id, ['not-an-id']])).type, 'ValidationError');

    const carolsChannels = (await probe.ok('get_channel_members_for_user', ['', users.carol.id])).map((m: any) => m.channel_id);
    assert.ok(carolsChannels.includes(club.id) && carolsChannels.includes(townSquare.id));
    assert.equal((await probe.ok('get_channel_members_for_user', [team.id, users.carol.id], { page: 0, per_page: 1 })).length, 1);
    assert.equal((await probe.fail('get_channel_members_for_user', ['', unknownId])).type, 'NotFoundError');

    assert.equal(await probe.ok('delete_channel_member', [club.id, users.carol.id]), null);
    assert.equal((await users.alice.client.request('GET', `/channels/${club.id}/members/${users.carol.id}`)).status, 404);
    assert.equal((await probe.fail('delete_channel_member', [club.id, users.carol.id])).type, 'NotFoundError');
  });

  test('update_channel_member_roles takes channel_user, optionally channel_admin; anything else is a 400', async () => {
    const admin = await probe.ok('update_channel_member_roles', [townSquare.id, users.bob.id, 'channel_user channel_admin']);
    assert.deepEqual([admin.roles, admin.scheme_admin], ['channel_user channel_admin', true]);
    assert.equal((await users.bob.client.ok('GET', `/channels/${townSquare.id}/members/me`)).scheme_admin, true);
    for (const roles of ['channel_boss', 'channel_admin', 'team_user', '']) {
      const bad = await probe.fail('update_channel_member_roles', [townSquare.id, users.bob.id, roles]);
      assert.equal(bad.type, 'ValidationError', roles);
      assert.match(bad.message, /roles/);
    }
    assert.equal((await probe.fail('update_channel_member_roles', [townSquare.id, users.erin.id, 'channel_user'])).type, 'NotFoundError');
    const dm = await probe.ok('get_direct_channel', [users.alice.id, users.bob.id]);
    assert.equal((await probe.fail('update_channel_member_roles', [dm.id, users.bob.id, 'channel_user channel_admin'])).type, 'ValidationError');
  });

  test('notification settings: update one membership, patch up to 200 at once; unknown keys, bad values and too many are 400, a non-member 404 changes nothing', async () => {
    const member = await probe.ok('update_channel_member_notifications', [townSquare.id, users.carol.id, { desktop: 'mention', push: 'none' }]);
    assert.deepEqual(member.notify_props, { ...defaultNotifyProps, desktop: 'mention', push: 'none' }, 'the rest stay');
    assert.deepEqual((await users.carol.client.ok('GET', `/channels/${townSquare.id}/members/me`)).notify_props, member.notify_props);

    const unknownKey = await probe.fail('update_channel_member_notifications', [townSquare.id, users.carol.id, { volume: 'loud' }]);
    assert.equal(unknownKey.type, 'ValidationError');
    assert.match(unknownKey.message, /volume/);
    const badValue = await probe.fail('update_channel_member_notifications', [townSquare.id, users.carol.id, { mark_unread: 'never' }]);
    assert.equal(badValue.type, 'ValidationError');
    assert.match(badValue.message, /mark_unread/);
    assert.equal((await probe.fail('update_channel_member_notifications', [townSquare.id, users.erin.id, { desktop: 'all' }])).type, 'NotFoundError');

    const both = [{ channel_id: townSquare.id, user_id: users.alice.id }, { channel_id: townSquare.id, user_id: users.carol.id }];
    assert.equal(await probe.ok('patch_channel_members_notifications', [both, { mark_unread: 'mention' }]), null);
    assert.equal((await probe.ok('get_channel_member', [townSquare.id, users.alice.id])).notify_props.mark_unread, 'mention');
    assert.deepEqual((await users.carol.client.ok('GET', `/channels/${townSquare.id}/members/me`)).notify_props, { ...member.notify_props, mark_unread: 'mention' });

    const withOutsider = [{ channel_id: townSquare.id, user_id: users.alice.id }, { channel_id: townSquare.id, user_id: users.erin.id }];
    assert.equal((await probe.fail('patch_channel_members_notifications', [withOutsider, { mark_unread: 'all' }])).type, 'NotFoundError');
    assert.equal((await probe.ok('get_channel_member', [townSquare.id, users.alice.id])).notify_props.mark_unread, 'mention', 'all or nothing');
    const tooMany = Array.from({ length: 201 }, () => ({ channel_id: townSquare.id, user_id: users.alice.id }));
    const limit = await probe.fail('patch_channel_members_notifications', [tooMany, { desktop: 'all' }]);
    assert.equal(limit.type, 'ValidationError');
    assert.match(limit.message, /200/);
    assert.equal((await probe.fail('patch_channel_members_notifications', [both, { push: 'sometimes' }])).type, 'ValidationError');

    // Mattermost's client sends the ids along with the settings.
    const body = { channel_id: townSquare.id, user_id: users.carol.id, mark_unread: 'all', ignore_channel_mentions: 'on' };
    assert.deepEqual(await users.carol.client.ok('PUT', `/channels/${townSquare.id}/members/${users.carol.id}/notify_props`, body), { status: 'OK' });
    assert.equal((await probe.ok('get_channel_member', [townSquare.id, users.carol.id])).notify_props.ignore_channel_mentions, 'on');
    assert.equal((await users.bob.client.request('PUT', `/channels/${townSquare.id}/members/${users.carol.id}/notify_props`, { desktop: 'all' })).status, 403);
    assert.equal((await users.carol.client.request('PUT', `/channels/${townSquare.id}/members/me/notify_props`, { desktop: 'loud' })).status, 400);
  });

  test('sidebar: default categories on first read, custom ones, moving channels and ordering, through the Plugin API and REST', async () => {
    const dm = await probe.ok('get_direct_channel', [users.alice.id, users.bob.id]);
    const group = await probe.ok('get_group_channel', [[users.alice.id, users.bob.id, users.carol.id]]);
    const sidebar = await probe.ok('get_channel_sidebar_categories', [users.alice.id, team.id]);
    assert.deepEqual(sidebar.categories.map((c: any) => [c.type, c.display_name]), [['favorites', 'Favorites'], ['channels', 'Channels'], ['direct_messages', 'Direct Messages']]);
    assert.deepEqual(sidebar.order, sidebar.categories.map((c: any) => c.id));
    const [favorites, channels, directs] = sidebar.categories;
    assert.equal(channels.id, `channels_${users.alice.id}_${team.id}`);
    assert.deepEqual(favorites.channel_ids, []);
    for (const id of [townSquare.id, offTopic.id]) assert.ok(channels.channel_ids.includes(id), 'her channels are in Channels');
    assert.deepEqual([...directs.channel_ids].sort(), [dm.id, group.id].sort(), 'direct and group channels in Direct Messages');
    assert.deepEqual(await users.alice.client.ok('GET', `/users/me/teams/${team.id}/channels/categories`), sidebar, 'REST answers the same');

    const aliceSocket = await connectWebSocket(probe.server.url, users.alice.client.token);
    let work: any;
    try {
      work = await probe.ok('create_channel_sidebar_category', [users.alice.id, team.id], { display_name: 'Work', channel_ids: [townSquare.id, dm.id] });
      await aliceSocket.next('sidebar_category_created', (e) => e.data.category_id === work.id);
    } finally {
      aliceSocket.close();
    }
    assert.deepEqual([work.type, work.display_name, work.channel_ids], ['custom', 'Work', [townSquare.id, dm.id]]);
    let now = await probe.ok('get_channel_sidebar_categories', [users.alice.id, team.id]);
    assert.deepEqual(now.order, [favorites.id, work.id, channels.id, directs.id], 'a new category comes after Favorites');
    const byType = (list: any) => Object.fromEntries(list.categories.map((c: any) => [c.id, c.channel_ids]));
    assert.ok(!byType(now)[channels.id].includes(townSquare.id), 'moved out of Channels');
    assert.deepEqual(byType(now)[directs.id], [group.id]);

    // Favorite off-topic, and put Channels in a chosen order.
    const channelOrder = [...byType(now)[channels.id]].reverse();
    const updated = await probe.ok('update_channel_sidebar_categories', [users.alice.id, team.id, [
      { ...favorites, channel_ids: [offTopic.id] },
      { ...channels, channel_ids: channelOrder.filter((id: string) => id !== offTopic.id), sorting: 'manual' },
    ]]);
    assert.deepEqual(updated.map((c: any) => c.id), [favorites.id, channels.id]);
    now = await users.alice.client.ok('GET', `/users/${users.alice.id}/teams/${team.id}/channels/categories`);
    assert.deepEqual(byType(now)[favorites.id], [offTopic.id]);
    assert.deepEqual(byType(now)[channels.id], channelOrder.filter((id: string) => id !== offTopic.id));
    assert.equal(now.categories.find((c: any) => c.id === channels.id).sorting, 'manual');
    assert.equal(now.categories.find((c: any) => c.id === favorites.id).display_name, 'Favorites', '"" keeps the name');
    const viaRest = await users.alice.client.ok('PUT', `/users/me/teams/${team.id}/channels/categories`, [{ id: favorites.id, muted: true }]);
    assert.deepEqual([viaRest[0].muted, viaRest[0].channel_ids], [true, [offTopic.id]], 'REST may send only what changes');

    // A channel joined later shows up in Channels by itself.
    const later = await probe.ok('create_channel', [], { team_id: team.id, name: 'later', display_name: 'Later', type: 'O' });
    await probe.ok('add_channel_member', [later.id, users.alice.id]);
    assert.ok(byType(await probe.ok('get_channel_sidebar_categories', [users.alice.id, team.id]))[channels.id].includes(later.id));

    // REST: order, one category, rename, delete.
    const order = [directs.id, channels.id, work.id, favorites.id];
    assert.deepEqual(await users.alice.client.ok('PUT', `/users/me/teams/${team.id}/channels/categories/order`, order), order);
    assert.deepEqual(await users.alice.client.ok('GET', `/users/me/teams/${team.id}/channels/categories/order`), order);
    assert.equal((await users.alice.client.request('PUT', `/users/me/teams/${team.id}/channels/categories/order`, order.slice(1))).status, 400);
    const renamed = await users.alice.client.ok('PUT', `/users/me/teams/${team.id}/channels/categories/${work.id}`, { display_name: 'Day Job', collapsed: true });
    assert.deepEqual([renamed.display_name, renamed.collapsed, renamed.channel_ids], ['Day Job', true, [townSquare.id, dm.id]]);
    const fun = await users.alice.client.ok('POST', `/users/me/teams/${team.id}/channels/categories`, { user_id: users.alice.id, team_id: team.id, display_name: 'Fun', channel_ids: [later.id] });
    assert.deepEqual((await users.alice.client.ok('GET', `/users/me/teams/${team.id}/channels/categories/${fun.id}`)).channel_ids, [later.id]);
    assert.deepEqual(await users.alice.client.ok('DELETE', `/users/me/teams/${team.id}/channels/categories/${fun.id}`), { status: 'OK' });
    now = await probe.ok('get_channel_sidebar_categories', [users.alice.id, team.id]);
    assert.ok(byType(now)[channels.id].includes(later.id), 'a deleted category gives its channels back to Channels');
    assert.equal(now.order.length, 4);

    // Errors.
    assert.equal((await probe.fail('get_channel_sidebar_categories', [users.erin.id, team.id])).type, 'NotFoundError', 'erin is not in the team');
    assert.equal((await probe.fail('get_channel_sidebar_categories', [users.alice.id, unknownId])).type, 'NotFoundError');
    assert.equal((await probe.fail('update_channel_sidebar_categories', [users.alice.id, team.id, [{ ...work, id: 'nosuchcategory' }]])).type, 'NotFoundError');
    const wrongKind = await probe.fail('update_channel_sidebar_categories', [users.alice.id, team.id, [{ ...channels, channel_ids: [dm.id] }]]);
    assert.equal(wrongKind.type, 'ValidationError');
    assert.match(wrongKind.message, /channel_ids/);
    const notHers = await probe.ok('create_channel', [], { team_id: team.id, name: 'not-hers', display_name: 'Not Hers', type: 'O' });
    assert.equal((await probe.fail('create_channel_sidebar_category', [users.alice.id, team.id], { display_name: 'X', channel_ids: [notHers.id] })).type, 'ValidationError');
    assert.equal((await probe.fail('create_channel_sidebar_category', [users.alice.id, team.id], { display_name: 'X', type: 'favorites' })).type, 'ValidationError');
    assert.equal((await probe.fail('create_channel_sidebar_category', [users.alice.id, team.id], { display_name: '' })).type, 'ValidationError');
    const twice = await probe.fail('update_channel_sidebar_categories', [users.alice.id, team.id, [{ ...favorites, channel_ids: [offTopic.id] }, { ...work, channel_ids: [offTopic.id] }]]);
    assert.match(twice.message, /two categories/);
    assert.equal((await users.alice.client.request('DELETE', `/users/me/teams/${team.id}/channels/categories/${channels.id}`)).status, 400, 'default categories stay');
    assert.equal((await users.bob.client.request('GET', `/users/${users.alice.id}/teams/${team.id}/channels/categories`)).status, 403, "another user's sidebar");
  });
});
