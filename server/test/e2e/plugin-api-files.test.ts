// Files and resumable uploads through the real Plugin API, from a real Python plugin
// (api_probe), checked against REST: uploads (FileWillBeUploaded runs, from e2e_python), copies,
// listings, searchable content, public links, reading the file store, upload sessions — and
// Mattermost's REST routes for uploads, public files and file search.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bytesArg, bytesOf, installPlugin, type Probe, startProbe } from '../api-probe.js';
import { Client, fixturesDir } from '../harness.js';

const MiB = 1024 * 1024;
const tick = () => new Promise((r) => setTimeout(r, 3));

describe('Plugin API: files and uploads', () => {
  let probe: Probe;
  let admin: Client;
  const alice = { client: undefined as unknown as Client, id: '' };
  const bob = { client: undefined as unknown as Client, id: '' };
  let teamId: string;
  let shared: string;
  let other: string;

  const expectError = async (method: string, args: unknown[], kwargs: Record<string, unknown>, type: string, status: number, pattern?: RegExp) => {
    const answer = await probe.call(method, args, kwargs);
    assert.equal(answer.error?.type, type, `${method}: ${JSON.stringify(answer)}`);
    assert.equal(answer.error?.status_code, status);
    if (pattern) assert.match(answer.error!.message, pattern);
    return answer.error!;
  };
  /** A REST upload by `who`; gives the file's info. */
  const restUpload = async (who: Client, channelId: string, name: string, data: Buffer) => {
    await tick();
    const form = new FormData();
    form.append('channel_id', channelId);
    form.append('files', new Blob([new Uint8Array(data)]), name);
    return (await who.ok('POST', '/files', form)).file_infos[0];
  };
  const download = async (who: Client | undefined, route: string) => {
    const res = await fetch(`${probe.server.url}${route}`, { headers: who ? { Authorization: `Bearer ${who.token}` } : {} });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };
  const uploadBytes = async (who: Client, uploadId: string, data: Buffer) => {
    const res = await fetch(`${probe.server.url}/api/v4/uploads/${uploadId}`, {
      method: 'POST', headers: { Authorization: `Bearer ${who.token}`, 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(data),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };

  before(async () => {
    probe = await startProbe();
    admin = probe.admin;
    await installPlugin(admin, path.join(fixturesDir, 'plugins', 'e2e_python'), 'com.plughost.e2e-python');
    for (const [who, name] of [[alice, 'alice'], [bob, 'bob']] as const) Object.assign(who, await admin.newUser(name));
    teamId = (await admin.ok('POST', '/teams', { name: 'files', display_name: 'Files', type: 'O' })).id;
    shared = (await admin.ok('POST', '/channels', { team_id: teamId, name: 'shared', display_name: 'Shared', type: 'O' })).id;
    other = (await admin.ok('POST', '/channels', { team_id: teamId, name: 'other', display_name: 'Other', type: 'P' })).id;
    for (const who of [alice, bob]) await admin.ok('POST', `/channels/${shared}/members`, { user_id: who.id });
    await admin.ok('POST', `/channels/${other}/members`, { user_id: alice.id });
  });
  after(async () => {
    await probe?.stop();
  });

  test('upload_file: stored as "nouser", readable over REST; FileWillBeUploaded runs as for REST uploads', async () => {
    const info = await probe.ok('upload_file', [bytesArg('plain words'), shared, 'notes.txt']);
    assert.deepEqual([info.creator_id, info.name, info.extension, info.mime_type, info.size, info.channel_id, info.post_id], ['nouser', 'notes.txt', 'txt', 'text/plain', 11, shared, '']);
    assert.deepEqual((await download(alice.client, `/api/v4/files/${info.id}`)).body, Buffer.from('plain words'));
    assert.deepEqual(await probe.ok('get_file_info', [info.id]), info);
    assert.equal(bytesOf(await probe.ok('get_file', [info.id])).toString(), 'plain words');

    // e2e_python upper-cases upper.txt and refuses reject.txt.
    const upper = await probe.ok('upload_file', [bytesArg('make me loud'), shared, 'upper.txt']);
    assert.equal(bytesOf(await probe.ok('get_file', [upper.id])).toString(), 'MAKE ME LOUD');
    await expectError('upload_file', [bytesArg('no'), shared, 'reject.txt'], {}, 'ValidationError', 400, /not welcome/);

    const big = crypto.randomBytes(3 * MiB);
    const bigInfo = await probe.ok('upload_file', [bytesArg(big), shared, 'big.bin'], {}, 'async');
    assert.equal(bigInfo.size, big.length);
    assert.deepEqual(bytesOf(await probe.ok('get_file', [bigInfo.id])), big);

    await expectError('upload_file', [bytesArg('x'), 'c'.repeat(26), 'x.txt'], {}, 'NotFoundError', 404);
    await expectError('upload_file', [bytesArg('x'), shared, ''], {}, 'ValidationError', 400, /filename/);
    await expectError('get_file_info', ['f'.repeat(26)], {}, 'NotFoundError', 404);
    await expectError('get_file', ['f'.repeat(26)], {}, 'NotFoundError', 404);
  });

  test('copy_file_infos: new infos for the same data, owned by the user, attached to nothing until a post takes them', async () => {
    const original = await restUpload(alice.client, other, 'plan.txt', Buffer.from('the plan'));
    const first = await alice.client.ok('POST', '/posts', { channel_id: other, message: 'the original', file_ids: [original.id] });
    const [copyId, secondCopy] = await probe.ok('copy_file_infos', [bob.id, [original.id, original.id]]);
    assert.notEqual(copyId, original.id);
    assert.notEqual(copyId, secondCopy);
    const copy = await probe.ok('get_file_info', [copyId]);
    assert.deepEqual([copy.creator_id, copy.post_id, copy.channel_id, copy.name, copy.size], [bob.id, '', '', 'plan.txt', original.size]);
    assert.equal(bytesOf(await probe.ok('get_file', [copyId])).toString(), 'the plan');

    const reposted = await bob.client.ok('POST', '/posts', { channel_id: shared, message: 'passing it on', file_ids: [copyId] });
    const attached = await bob.client.ok('GET', `/files/${copyId}/info`);
    assert.deepEqual([attached.post_id, attached.channel_id], [reposted.id, shared], 'the copy joins the post and its channel');
    assert.deepEqual((await download(bob.client, `/api/v4/files/${copyId}`)).body, Buffer.from('the plan'));
    assert.equal((await probe.ok('get_file_info', [original.id])).post_id, first.id, 'the original stays where it was');

    assert.deepEqual(await probe.ok('copy_file_infos', [bob.id, []]), []);
    await expectError('copy_file_infos', ['u'.repeat(26), [original.id]], {}, 'NotFoundError', 404);
    await expectError('copy_file_infos', [bob.id, ['f'.repeat(26)]], {}, 'NotFoundError', 404);
  });

  test('get_file_infos: filters by users, channels, time and deletion; sorted by time or size, either way; paged', async () => {
    const team2 = (await admin.ok('POST', '/teams', { name: 'listing', display_name: 'Listing', type: 'O' })).id;
    const ch = (await admin.ok('POST', '/channels', { team_id: team2, name: 'listing', display_name: 'Listing', type: 'O' })).id;
    for (const who of [alice, bob]) await admin.ok('POST', `/channels/${ch}/members`, { user_id: who.id });
    const start = Date.now();
    await tick();
    const a1 = await restUpload(alice.client, ch, 'a1.bin', Buffer.alloc(30));
    const b1 = await restUpload(bob.client, ch, 'b1.bin', Buffer.alloc(10));
    const a2 = await restUpload(alice.client, ch, 'a2.bin', Buffer.alloc(20));
    const list = async (options: Record<string, unknown>, page?: number, perPage?: number) =>
      ((await probe.ok('get_file_infos', [page ?? null, perPage ?? null], { options: { channel_ids: [ch], ...options } })) as any[]).map((f) => f.id);

    assert.deepEqual(await list({}), [a2.id, b1.id, a1.id], 'newest first by default');
    assert.deepEqual(await list({ sort_order: 'asc' }), [a1.id, b1.id, a2.id]);
    assert.deepEqual(await list({ sort_by: 'size' }), [a1.id, a2.id, b1.id]);
    assert.deepEqual(await list({ sort_by: 'size', sort_order: 'asc' }), [b1.id, a2.id, a1.id]);
    assert.deepEqual(await list({ user_ids: [alice.id] }), [a2.id, a1.id]);
    assert.deepEqual(await list({ since: b1.create_at }), [a2.id]);
    assert.deepEqual(await list({}, 1, 2), [a1.id]);
    assert.deepEqual(await list({}, 0, 2), [a2.id, b1.id]);
    const mine = ((await probe.ok('get_file_infos', [], { options: { user_ids: [bob.id], since: start } })) as any[]).map((f) => f.id);
    assert.deepEqual(mine, [b1.id], 'no channel filter: every channel');

    // Deleting a post deletes its files, as in Mattermost; include_deleted still lists them.
    const gone = await alice.client.ok('POST', '/posts', { channel_id: ch, message: 'soon gone', file_ids: [a1.id] });
    await alice.client.ok('DELETE', `/posts/${gone.id}`);
    assert.deepEqual(await list({}), [a2.id, b1.id]);
    assert.deepEqual(await list({ include_deleted: true }), [a2.id, b1.id, a1.id]);
    assert.equal((await alice.client.request('GET', `/files/${a1.id}/info`)).status, 404);

    await expectError('get_file_infos', [], { options: { sort_by: 'name' } }, 'ValidationError', 400, /sort_by/);
    await expectError('get_file_infos', [], { options: { sort_order: 'up' } }, 'ValidationError', 400, /sort_order/);
  });

  test('set_file_searchable_content: what REST file search finds, in the channels the user is in', async () => {
    const scan = await restUpload(alice.client, shared, 'scan-0042.pdf', Buffer.from('%PDF'));
    const hidden = await restUpload(alice.client, other, 'hidden.pdf', Buffer.from('%PDF'));
    assert.equal(await probe.ok('set_file_searchable_content', [scan.id, 'Invoice for one zebra, paid']), null);
    await probe.ok('set_file_searchable_content', [hidden.id, 'another zebra invoice']);
    const search = (who: Client, terms: string) => who.ok('POST', `/teams/${teamId}/files/search`, { terms });
    const found = await search(bob.client, 'zebra');
    assert.deepEqual(found.order, [scan.id], 'bob is not in the other channel');
    assert.equal(found.file_infos[scan.id].name, 'scan-0042.pdf');
    assert.deepEqual((await search(alice.client, 'zebra invoice')).order, [hidden.id, scan.id]);
    assert.deepEqual((await search(alice.client, 'zeb* -paid')).order, [hidden.id]);
    assert.deepEqual((await search(alice.client, 'scan')).order, [scan.id], 'the name is searched too');
    assert.deepEqual((await search(alice.client, 'zebra from:bob')).order, []);
    assert.deepEqual((await search(alice.client, 'giraffe')).order, []);
    await expectError('set_file_searchable_content', ['f'.repeat(26), 'x'], {}, 'NotFoundError', 404);
  });

  test('get_file_link and /files/{id}/public: off by default (501); a signed link for files on posts, checked without a session', async () => {
    const file = await restUpload(alice.client, shared, 'public.txt', Buffer.from('for everyone'));
    const loose = await restUpload(alice.client, shared, 'loose.txt', Buffer.from('on no post'));
    await alice.client.ok('POST', '/posts', { channel_id: shared, message: 'shared file', file_ids: [file.id] });
    const off = await expectError('get_file_link', [file.id], {}, 'PluginAPIError', 501);
    assert.equal(off.id, 'plugin_api.get_file_link.disabled.app_error');

    await admin.ok('PUT', '/config/patch', { FileSettings: { EnablePublicLink: true }, ServiceSettings: { SiteURL: `${probe.server.url}/` } });
    const link: string = await probe.ok('get_file_link', [file.id]);
    const prefix = `${probe.server.url}/files/${file.id}/public?h=`;
    assert.ok(link.startsWith(prefix), link);
    const hash = link.slice(prefix.length);
    const fetched = await download(undefined, link.slice(probe.server.url.length));
    assert.equal(fetched.status, 200);
    assert.equal(fetched.body.toString(), 'for everyone');
    assert.match(fetched.headers.get('content-disposition')!, /public\.txt/);
    for (const route of [`/files/${file.id}/public`, `/files/${file.id}/public?h=${hash.slice(1)}x`, `/files/${loose.id}/public?h=${hash}`]) {
      const res = await download(undefined, route);
      assert.equal(res.status, 400, route);
      assert.match(JSON.parse(res.body.toString()).message, /not valid/);
    }
    const noPost = await expectError('get_file_link', [loose.id], {}, 'ValidationError', 400, /not attached to a post/);
    assert.equal(noPost.id, 'plugin_api.get_file_link.no_post.app_error');
    await expectError('get_file_link', ['f'.repeat(26)], {}, 'NotFoundError', 404);

    // The salt is the server's own, kept in config.json, and plugins are not shown it.
    const saved = JSON.parse(fs.readFileSync(path.join(probe.server.dataDir, 'config.json'), 'utf8'));
    assert.ok(saved.FileSettings.PublicLinkSalt.length >= 32);
    const seen = await probe.ok('get_config');
    assert.equal(seen.FileSettings.EnablePublicLink, true);
    assert.equal(seen.FileSettings.PublicLinkSalt, undefined);

    await admin.ok('PUT', '/config/patch', { FileSettings: { EnablePublicLink: false } });
    assert.equal((await download(undefined, `/files/${file.id}/public?h=${hash}`)).status, 501, 'links stop working when turned off');
    await expectError('get_file_link', [file.id], {}, 'PluginAPIError', 501);
  });

  test('read_file: paths inside the file store only (400 for absolute, "..", outside links, folders; 404 if missing)', async () => {
    const store = path.join(probe.server.dataDir, 'files');
    fs.mkdirSync(path.join(store, 'plugin-data'), { recursive: true });
    fs.writeFileSync(path.join(store, 'plugin-data', 'notes.txt'), 'kept by a plugin');
    fs.symlinkSync(path.join(probe.server.dataDir, 'config.json'), path.join(store, 'plugin-data', 'escape'));
    assert.equal(bytesOf(await probe.ok('read_file', ['plugin-data/notes.txt'])).toString(), 'kept by a plugin');
    for (const [given, why] of [
      ['/etc/passwd', /relative/],
      ['../config.json', /\.\./],
      ['plugin-data/../../config.json', /\.\./],
      ['plugin-data/escape', /outside/],
      ['plugin-data', /folder/],
      ['', /path/],
    ] as const) {
      await expectError('read_file', [given], {}, 'ValidationError', 400, why);
    }
    await expectError('read_file', ['plugin-data/missing.txt'], {}, 'NotFoundError', 404);
  });

  test('upload sessions: data appended until the size is reached, then the file exists; overruns refused', async () => {
    const data = crypto.randomBytes(10);
    const session = await probe.ok('create_upload_session', [], { user_id: alice.id, channel_id: shared, filename: 'pieces.bin', file_size: 10 });
    assert.match(session.id, /^[a-z0-9]{26}$/);
    assert.deepEqual([session.type, session.user_id, session.channel_id, session.filename, session.file_size, session.file_offset], ['attachment', alice.id, shared, 'pieces.bin', 10, 0]);
    assert.equal(await probe.ok('upload_data', [session.id, bytesArg(data.subarray(0, 4))]), null, 'not complete: nothing');
    assert.equal((await probe.ok('get_upload_session', [session.id])).file_offset, 4);
    await expectError('upload_data', [session.id, bytesArg(crypto.randomBytes(7))], {}, 'ValidationError', 400, /6 more bytes/);
    assert.equal((await probe.ok('get_upload_session', [session.id])).file_offset, 4, 'a refused piece is not kept');
    assert.equal(await probe.ok('upload_data', [session.id, bytesArg('')], {}, 'async'), null);
    assert.deepEqual(bytesOf(await probe.ok('read_file', [session.path])), data.subarray(0, 4), 'the data goes to the file store as it comes');
    const info = await probe.ok('upload_data', [session.id, bytesArg(data.subarray(4))]);
    assert.deepEqual([info.name, info.size, info.creator_id, info.channel_id], ['pieces.bin', 10, alice.id, shared]);
    assert.deepEqual(bytesOf(await probe.ok('get_file', [info.id])), data);
    assert.deepEqual((await download(alice.client, `/api/v4/files/${info.id}`)).body, data);
    await expectError('get_upload_session', [session.id], {}, 'NotFoundError', 404, /not found/);
    await expectError('upload_data', [session.id, bytesArg('more')], {}, 'NotFoundError', 404);
    await expectError('get_upload_session', ['bad'], {}, 'ValidationError', 400);

    // FileWillBeUploaded sees the finished file (e2e_python refuses reject.txt, upper-cases upper.txt).
    const upper = await probe.ok('create_upload_session', [], { user_id: alice.id, channel_id: shared, filename: 'upper.txt', file_size: 5 });
    const upperInfo = await probe.ok('upload_data', [upper.id, bytesArg('quiet')]);
    assert.equal(bytesOf(await probe.ok('get_file', [upperInfo.id])).toString(), 'QUIET');
    const refused = await probe.ok('create_upload_session', [], { user_id: alice.id, channel_id: shared, filename: 'reject.txt', file_size: 2 });
    await expectError('upload_data', [refused.id, bytesArg('no')], {}, 'ValidationError', 400, /not welcome/);
    await expectError('get_upload_session', [refused.id], {}, 'NotFoundError', 404);

    const create = (fields: Record<string, unknown>) => expectError.bind(null, 'create_upload_session', [], { user_id: alice.id, channel_id: shared, filename: 'f.bin', file_size: 5, ...fields });
    await create({ file_size: 0 })('ValidationError', 400, /file_size/);
    await create({ filename: '' })('ValidationError', 400, /filename/);
    await create({ type: 'import' })('ValidationError', 400, /type/);
    await create({ user_id: 'u'.repeat(26) })('NotFoundError', 404);
    await create({ channel_id: 'c'.repeat(26) })('NotFoundError', 404);
    const tooBig = await create({ file_size: 200 * MiB })('PluginAPIError', 413, /larger/);
    assert.equal(tooBig.id, 'api.upload.create.upload_too_large.app_error');
  });

  test('REST /uploads: start, resume with raw bytes (204 until complete, then 201), only for their owner', async () => {
    const data = crypto.randomBytes(MiB + 123);
    const session = await alice.client.ok('POST', '/uploads', { channel_id: shared, filename: 'resumed.bin', file_size: data.length });
    assert.equal(session.user_id, alice.id);
    assert.equal((await uploadBytes(alice.client, session.id, data.subarray(0, MiB))).status, 204);
    assert.equal((await alice.client.ok('GET', `/uploads/${session.id}`)).file_offset, MiB);
    const over = await uploadBytes(alice.client, session.id, crypto.randomBytes(200));
    assert.equal(over.status, 400);
    assert.match(over.body.message, /123 more bytes/);
    assert.equal((await alice.client.ok('GET', `/uploads/${session.id}`)).file_offset, MiB, 'what ran over was taken back');
    assert.equal((await bob.client.request('GET', `/uploads/${session.id}`)).status, 403);
    assert.equal((await uploadBytes(bob.client, session.id, data.subarray(MiB))).status, 403);
    assert.equal((await probe.ok('get_upload_session', [session.id])).file_offset, MiB, 'the Plugin API sees the same session');
    const done = await uploadBytes(alice.client, session.id, data.subarray(MiB));
    assert.equal(done.status, 201);
    assert.equal(done.body.size, data.length);
    assert.deepEqual((await download(alice.client, `/api/v4/files/${done.body.id}`)).body, data);
    assert.equal((await alice.client.request('GET', `/uploads/${session.id}`)).status, 404);

    assert.equal((await bob.client.request('POST', '/uploads', { channel_id: other, filename: 'x.bin', file_size: 3 })).status, 404, 'a private channel bob is not in');
    assert.equal((await alice.client.request('POST', '/uploads', { channel_id: shared, filename: 'x.bin' })).status, 400);
    assert.equal((await uploadBytes(alice.client, 'u'.repeat(26), Buffer.from('x'))).status, 404);
  });
});
