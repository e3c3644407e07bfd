// Bad plugins and bad bundles: clear errors naming what is wrong, nothing left behind.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import { bundleOf, Client, fixturesDir, processesMatching, type ServerHandle, startServer, tempDir, waitFor } from '../harness.js';

const FailedToStart = 3;

/** A bundle made of the given files under one top-level folder. */
async function bundleFrom(files: Record<string, string>): Promise<Buffer> {
  const dir = path.join(tempDir(), 'plugin');
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return bundleOf(dir);
}

/** A hand-made tar.gz, so entries a well-behaved archiver would never write can be tested. */
function rawTarGz(entries: Array<{ path: string; content?: string | Buffer; type?: string; linkpath?: string }>): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const body = Buffer.isBuffer(e.content) ? e.content : Buffer.from(e.content ?? '');
    const header = Buffer.alloc(512);
    header.write(e.path, 0, 100);
    header.write('0000644\0', 100);
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(body.length.toString(8).padStart(11, '0') + '\0', 124);
    header.write('00000000000\0', 136);
    header.write('        ', 148);
    header.write(e.type ?? '0', 156);
    header.write(e.linkpath ?? '', 157, 100);
    header.write('ustar\0' + '00', 257);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
    blocks.push(header, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return zlib.gzipSync(Buffer.concat(blocks));
}

describe('bad plugins and bundles', () => {
  let server: ServerHandle;
  let admin: Client;

  before(async () => {
    server = await startServer({ config: { PluginSettings: { StartTimeoutMs: 2000, MaxBundleFileBytes: 1024 * 1024, MaxBundleUnpackedBytes: 4 * 1024 * 1024 } } });
    admin = new Client(server.url);
    await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' });
    await admin.login('admin', 'correct-horse');
  });

  after(async () => {
    await server?.stop();
  });

  test('a manifest that is not valid JSON is refused, saying so', async () => {
    const res = await admin.uploadPlugin(await bundleFrom({ 'plugin.json': '{"id": "x.y.z",', 'server/plugin.py': '' }));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /not valid JSON/);
  });

  test('a YAML manifest that is not valid YAML is refused', async () => {
    const res = await admin.uploadPlugin(await bundleFrom({ 'plugin.yaml': 'id: [unclosed\nname: x', 'server/plugin.py': '' }));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /not valid YAML/);
  });

  test('a manifest without id names the field', async () => {
    const res = await admin.uploadPlugin(await bundleFrom({ 'plugin.json': JSON.stringify({ name: 'No id', server: { executable: 'server/plugin.py' } }), 'server/plugin.py': '' }));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /"id"/);
  });

  test('a manifest without server.executable names the field', async () => {
    const res = await admin.uploadPlugin(await bundleFrom({ 'plugin.yaml': 'id: com.example.noexe\nname: No executable\nserver:\n  runtime: python\n' }));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /server\.executable/);
  });

  test('an invalid id names the field and the rule', async () => {
    const res = await admin.uploadPlugin(await bundleFrom({ 'plugin.json': JSON.stringify({ id: 'a/b', name: 'x', server: { executable: 'p.py' } }), 'p.py': '' }));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /field "id" must be 3-190 characters/);
  });

  test('something that is not a .tar.gz is refused', async () => {
    const res = await admin.uploadPlugin(Buffer.from('definitely not a tarball'));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /bundle/);
  });

  test('a bundle entry that points outside the plugin folder is refused and nothing is written', async () => {
    const manifest = JSON.stringify({ id: 'com.example.escape', name: 'x', server: { executable: 'p.py' } });
    const res = await admin.uploadPlugin(rawTarGz([
      { path: 'plugin.json', content: manifest },
      { path: 'p.py', content: '' },
      { path: '../../escaped.txt', content: 'x' },
    ]));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /outside the plugin folder/);
    assert.equal((await admin.status('com.example.escape')), undefined);
  });

  test('a bundle with a symbolic link is refused', async () => {
    const manifest = JSON.stringify({ id: 'com.example.link', name: 'x', server: { executable: 'p.py' } });
    const res = await admin.uploadPlugin(rawTarGz([
      { path: 'plugin.json', content: manifest },
      { path: 'p.py', type: '2', linkpath: '/etc/passwd' },
    ]));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /"p.py" is a SymbolicLink/);
  });

  test('a bundle with a hard link is refused', async () => {
    const manifest = JSON.stringify({ id: 'com.example.hardlink', name: 'x', server: { executable: 'p.py' } });
    const res = await admin.uploadPlugin(rawTarGz([
      { path: 'plugin.json', content: manifest },
      { path: 'p.py', type: '1', linkpath: 'plugin.json' },
    ]));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /"p.py" is a Link/);
  });

  test('a bundle with a device file is refused', async () => {
    const res = await admin.uploadPlugin(rawTarGz([
      { path: 'plugin.json', content: JSON.stringify({ id: 'com.example.device', name: 'x', server: { executable: 'p.py' } }) },
      { path: 'p.py', type: '3' },
    ]));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /"p.py" is a CharacterDevice/);
  });

  test('a file over the single-file limit is refused', async () => {
    const res = await admin.uploadPlugin(rawTarGz([
      { path: 'plugin.json', content: JSON.stringify({ id: 'com.example.big', name: 'x', server: { executable: 'p.py' } }) },
      { path: 'p.py', content: crypto.randomBytes(1024 * 1024 + 1) },
    ]));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /"p.py" is larger than 1048576 bytes/);
    assert.equal(await admin.status('com.example.big'), undefined);
  });

  test('a compression bomb is refused from its headers, before it is unpacked', async () => {
    const zeros = Buffer.alloc(900 * 1024);
    const bomb = rawTarGz([
      { path: 'plugin.json', content: JSON.stringify({ id: 'com.example.bomb', name: 'x', server: { executable: 'p.py' } }) },
      { path: 'p.py', content: '' },
      ...Array.from({ length: 12 }, (_, i) => ({ path: `padding-${i}.bin`, content: zeros })),
    ]);
    assert.ok(bomb.length < 64 * 1024, `the bomb should be small compressed, is ${bomb.length}`);
    const res = await admin.uploadPlugin(bomb);
    assert.equal(res.status, 400);
    assert.match(res.body.message, /unpacks to more than 4194304 bytes/);
    assert.equal(await admin.status('com.example.bomb'), undefined);
    assert.equal(fs.existsSync(path.join(server.dataDir, 'plugins', 'com.example.bomb')), false);
  });

  test('only system admins may upload', async () => {
    await admin.ok('POST', '/users', { username: 'bob', email: 'bob@example.com', password: 'bob-password' });
    const bob = new Client(server.url);
    await bob.login('bob', 'bob-password');
    const res = await bob.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'bad_exit')));
    assert.equal(res.status, 403);
    const anonymous = await new Client(server.url).uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'bad_exit')));
    assert.equal(anonymous.status, 401);
  });

  test('a plugin that exits before its handshake is FailedToStart with its last stderr lines', async () => {
    assert.equal((await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'bad_exit')))).status, 201);
    const res = await admin.request('POST', '/plugins/com.plughost.bad-exit/enable');
    assert.equal(res.status, 500);
    const status = await admin.status('com.plughost.bad-exit');
    assert.equal(status.state, FailedToStart);
    assert.match(status.error, /exited before its handshake \(exit code 3\)/);
    assert.match(status.error, /boom: the plugin could not read its settings/);
  });

  test('a plugin that never prints its handshake is FailedToStart after the timeout, with no process left', async () => {
    assert.equal((await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'never_handshakes')))).status, 201);
    const started = Date.now();
    const res = await admin.request('POST', '/plugins/com.plughost.never-handshakes/enable');
    assert.equal(res.status, 500);
    assert.ok(Date.now() - started >= 2000);
    const status = await admin.status('com.plughost.never-handshakes');
    assert.equal(status.state, FailedToStart);
    assert.match(status.error, /did not print its handshake line within 2000 ms/);
    await waitFor('no process left behind', async () => processesMatching(path.join('com.plughost.never-handshakes', 'server', 'plugin.py')).length === 0, 3000);
    const logs = await admin.ok('GET', '/plugins/com.plughost.never-handshakes/logs');
    assert.ok(logs.some((l: any) => l.message.includes('the handshake never comes')), 'what the plugin printed is in its log');
  });

  test('uploading the same id again needs force', async () => {
    const bundle = await bundleOf(path.join(fixturesDir, 'plugins', 'bad_exit'));
    const again = await admin.uploadPlugin(bundle);
    assert.equal(again.status, 409);
    assert.match(again.body.message, /already installed/);
    assert.equal((await admin.uploadPlugin(bundle, true)).status, 201);
  });
});
