// Signed bundles: with RequirePluginSignature, only bundles signed by a configured key install.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as openpgp from 'openpgp';
import { bundleOf, Client, fixturesDir, type ServerHandle, startServer, tempDir } from '../harness.js';

async function keyPair(name: string) {
  return openpgp.generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ name, email: `${name}@example.com` }], format: 'armored' });
}

async function sign(bundle: Buffer, privateKeyArmored: string, armored: boolean): Promise<Buffer> {
  const privateKey = await openpgp.readPrivateKey({ armoredKey: privateKeyArmored });
  const message = await openpgp.createMessage({ binary: bundle });
  if (armored) return Buffer.from(await openpgp.sign({ message, signingKeys: privateKey, detached: true, format: 'armored' }));
  return Buffer.from(await openpgp.sign({ message, signingKeys: privateKey, detached: true, format: 'binary' }));
}

describe('plugin signatures', () => {
  let server: ServerHandle;
  let admin: Client;
  let trusted: Awaited<ReturnType<typeof keyPair>>;
  let stranger: Awaited<ReturnType<typeof keyPair>>;
  let bundle: Buffer;

  const upload = (body: Buffer, signature?: Buffer) => {
    const form = new FormData();
    form.append('plugin', new Blob([new Uint8Array(body)]), 'plugin.tar.gz');
    if (signature) form.append('signature', new Blob([new Uint8Array(signature)]), 'plugin.tar.gz.sig');
    return admin.request('POST', '/plugins', form);
  };

  before(async () => {
    [trusted, stranger] = await Promise.all([keyPair('trusted'), keyPair('stranger')]);
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'trusted.asc'), trusted.publicKey);
    server = await startServer({ dataDir, config: { PluginSettings: { RequirePluginSignature: true, SignaturePublicKeyFiles: ['trusted.asc'] } } });
    admin = new Client(server.url);
    await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' });
    await admin.login('admin', 'correct-horse');
    bundle = await bundleOf(path.join(fixturesDir, 'plugins', 'http_python'));
  });

  after(async () => {
    await server?.stop();
  });

  test('a bundle without a signature is refused when signatures are required', async () => {
    const res = await upload(bundle);
    assert.equal(res.status, 400);
    assert.match(res.body.message, /a signature is required/);
    assert.equal(await admin.status('com.plughost.http-python'), undefined);
  });

  test('a signature by a key that is not configured is refused', async () => {
    const res = await upload(bundle, await sign(bundle, stranger.privateKey, true));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /does not match the bundle with any configured public key/);
  });

  test('a signature of another bundle is refused', async () => {
    const other = await bundleOf(path.join(fixturesDir, 'plugins', 'bad_exit'));
    const res = await upload(bundle, await sign(other, trusted.privateKey, true));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /does not match/);
  });

  test('garbage in place of a signature is refused, saying so', async () => {
    const res = await upload(bundle, Buffer.from('not a signature'));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /not an OpenPGP signature/);
  });

  test('a bundle signed by a configured key installs, armored or binary', async () => {
    assert.equal((await upload(bundle, await sign(bundle, trusted.privateKey, true))).status, 201);
    const again = await upload(bundle, await sign(bundle, trusted.privateKey, false));
    assert.equal(again.status, 409, 'same id without force');
    assert.match(again.body.message, /already installed/);
  });
});
