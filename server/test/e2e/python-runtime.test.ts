// The Python runtime's manifest fields: python_version, and the three dependency modes.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundleOf, Client, fixturesDir, type ServerHandle, startServer, tempDir } from '../harness.js';
import fs from 'node:fs';

const Running = 2;
const FailedToStart = 3;

describe('Python runtime: python_version and dependency modes', () => {
  let server: ServerHandle;
  let admin: Client;

  before(async () => {
    server = await startServer();
    admin = new Client(server.url);
    await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' });
    await admin.login('admin', 'correct-horse');
  });

  after(async () => {
    await server?.stop();
  });

  test('a python_version the interpreter does not meet is refused at upload, saying which', async () => {
    const dir = path.join(tempDir(), 'future');
    fs.mkdirSync(path.join(dir, 'server'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'plugin.json'), JSON.stringify({ id: 'com.example.future', name: 'Needs Python 4', server: { executable: 'server/plugin.py', runtime: 'python', python_version: '>=4.0' } }));
    fs.writeFileSync(path.join(dir, 'server', 'plugin.py'), '');
    const res = await admin.uploadPlugin(await bundleOf(dir));
    assert.equal(res.status, 400);
    assert.match(res.body.message, /requires Python >=4\.0 \(manifest server\.python_version\) but the interpreter .* is Python 3\.\d+\.\d+/);
    assert.equal(await admin.status('com.example.future'), undefined);
  });

  test('venv mode: the plugin gets its own venv with its requirements installed at install time', async () => {
    const id = 'com.plughost.venv-python';
    const res = await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'venv_python')));
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.ok(fs.existsSync(path.join(server.dataDir, 'plugins', id, 'server', 'venv', 'bin', 'python')), 'the venv was not created at install');
    await admin.ok('POST', `/plugins/${id}/enable`);
    assert.equal((await admin.status(id)).state, Running);
    const logs = await admin.ok('GET', `/plugins/${id}/logs`);
    assert.ok(logs.some((l: any) => /^six 1\.16\.0 from .*server\/venv$/.test(l.message)), JSON.stringify(logs.map((l: any) => l.message)));
    assert.ok(logs.some((l: any) => /installing server\/requirements\.txt/.test(l.message)), 'install progress is in the log');
  });

  test('venv mode: a failing requirements install shows in the status, with the installer output', async () => {
    const id = 'com.plughost.venv-broken';
    const res = await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'venv_broken')));
    assert.equal(res.status, 201);
    const status = await admin.status(id);
    assert.equal(status.state, FailedToStart);
    assert.match(status.error, /installing the plugin's requirements failed/);
    assert.match(status.error, /plughost-no-such-package-anywhere/);
    const enable = await admin.request('POST', `/plugins/${id}/enable`);
    assert.equal(enable.status, 500);
    assert.match(enable.body.message, /requirements failed/);
  });

  test('bundled mode: vendored packages are importable', async () => {
    const id = 'com.plughost.bundled-python';
    assert.equal((await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'bundled_python')))).status, 201);
    await admin.ok('POST', `/plugins/${id}/enable`);
    assert.equal((await admin.status(id)).state, Running);
    const logs = await admin.ok('GET', `/plugins/${id}/logs`);
    assert.ok(logs.some((l: any) => l.message === 'hello from a vendored module'));
  });
});
