import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareVersions, executableFor, ManifestError, parseManifest, settingsWithDefaults } from './manifest.js';

const valid = { id: 'com.example.demo', name: 'Demo', version: '1.2.3', server: { executable: 'server/plugin.py', runtime: 'python' } };

function refused(text: string, format: 'json' | 'yaml' = 'json'): ManifestError {
  try {
    parseManifest(text, format);
  } catch (err) {
    assert.ok(err instanceof ManifestError, String(err));
    return err;
  }
  assert.fail('the manifest was accepted');
}

test('the spec manifest parses, in JSON and YAML, id lower-cased', () => {
  const m = parseManifest(JSON.stringify({ ...valid, id: 'Com.Example.Demo' }), 'json');
  assert.equal(m.id, 'com.example.demo');
  assert.equal(m.server?.runtime, 'python');
  const y = parseManifest(
    'id: com.example.myplugin\nname: My Python Plugin\nversion: 0.1.0\nmin_server_version: "9.5.0"\nserver:\n  executable: server/plugin.py\n  runtime: python\n  python_version: "3.9"\n  python:\n    dependency_mode: venv\n    venv_path: server/venv\n    requirements_path: server/requirements.txt\n',
    'yaml',
  );
  assert.equal(y.server?.python?.dependency_mode, 'venv');
  assert.equal(y.min_server_version, '9.5.0');
});

test('missing fields are named', () => {
  assert.equal(refused(JSON.stringify({ name: 'x', server: { executable: 'a' } })).field, 'id');
  assert.equal(refused(JSON.stringify({ id: 'abc', server: { executable: 'a' } })).field, 'name');
  assert.equal(refused(JSON.stringify({ id: 'abc', name: 'x', server: {} })).field, 'server.executable');
  assert.equal(refused(JSON.stringify({ id: 'abc', name: 'x' })).field, 'server.executable');
});

test('ids, versions and paths follow Mattermost rules', () => {
  assert.equal(refused(JSON.stringify({ ...valid, id: 'ab' })).field, 'id');
  assert.equal(refused(JSON.stringify({ ...valid, id: 'has space' })).field, 'id');
  assert.equal(refused(JSON.stringify({ ...valid, id: 'x'.repeat(191) })).field, 'id');
  assert.equal(refused(JSON.stringify({ ...valid, version: 'v1.0' })).field, 'version');
  assert.equal(refused(JSON.stringify({ ...valid, server: { executable: '../escape.py' } })).field, 'server.executable');
  assert.equal(refused(JSON.stringify({ ...valid, server: { executable: '/abs.py' } })).field, 'server.executable');
  assert.equal(refused(JSON.stringify({ ...valid, server: { executable: 'p.py', python: { dependency_mode: 'conda' } } })).field, 'server.python.dependency_mode');
});

test('malformed text is refused with the format named', () => {
  assert.match(refused('{"id":').message, /not valid JSON/);
  assert.match(refused('id: [', 'yaml').message, /not valid YAML/);
  assert.match(refused('[1,2]').message, /must be an object/);
});

test('the executable for this machine prefers the per-platform entry', () => {
  const m = parseManifest(JSON.stringify({ ...valid, server: { executable: 'fallback', executables: { 'linux-amd64': 'server/dist/plugin-linux-amd64' } } }), 'json');
  assert.equal(executableFor(m, 'linux', 'x64'), 'server/dist/plugin-linux-amd64');
  assert.equal(executableFor(m, 'darwin', 'arm64'), 'fallback');
});

test('versions compare numerically', () => {
  assert.equal(compareVersions('9.11.0', '9.5.0'), 1);
  assert.equal(compareVersions('9.5.0', '9.5.0'), 0);
  assert.equal(compareVersions('9.5.0', '10.0.0'), -1);
});

test('settings get the schema defaults, saved values win, keys lower-cased', () => {
  const m = parseManifest(JSON.stringify({ ...valid, settings_schema: { settings: [{ key: 'ApiKey', type: 'text', default: 'none' }, { key: 'Limit', type: 'number', default: 5 }] } }), 'json');
  assert.deepEqual(settingsWithDefaults(m, { Limit: 7 }), { apikey: 'none', limit: 7 });
});
