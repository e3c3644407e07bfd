// `npm start` itself, as the README tells people to run it: it gets a set-up checkout ready
// in seconds, serves, and installs the example plugin into a new data folder.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { Client, repoRoot, tempDir, waitFor } from '../harness.js';

test('npm start serves with the example plugin running', async () => {
  const dataDir = tempDir();
  const child = spawn('npm', ['start', '--', '--port', '0', '--metrics-port', '0', '--host', '127.0.0.1', '--data-dir', dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    let output = '';
    child.stdout!.on('data', (c) => (output += c));
    child.stderr!.on('data', (c) => (output += c));
    const url = await waitFor('npm start to serve', async () => {
      const line = output.split('\n').find((l) => l.includes('"plughost is ready"'));
      return line && (JSON.parse(line).url as string);
    }, 60_000).catch((err) => { throw new Error(`${err.message}\n${output}`); });
    const admin = new Client(url);
    await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' });
    await admin.login('admin', 'correct-horse');
    const status = await waitFor('hello_python to run', async () => {
      const s = await admin.status('com.mattermost.hello-python');
      return s?.state === 2 && s;
    });
    assert.equal(status.name, 'Hello Python Plugin');
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
});
