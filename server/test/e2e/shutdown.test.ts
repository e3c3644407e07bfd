// Server shutdown: every plugin's OnDeactivate runs, in parallel, within a bound.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { bundleOf, Client, processAlive, startServer, tempDir } from '../harness.js';

function slowPlugin(id: string, seconds: number): string {
  const dir = path.join(tempDir(), id);
  fs.mkdirSync(path.join(dir, 'server'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'plugin.json'), JSON.stringify({ id, name: id, server: { executable: 'server/plugin.py', runtime: 'python' } }));
  fs.writeFileSync(path.join(dir, 'server', 'plugin.py'), `
import os, time
from mattermost_plugin import HookName, Plugin, hook

class Slow(Plugin):
    @hook(HookName.OnActivate)
    def on_activate(self):
        with open("pid", "w") as f:
            f.write(str(os.getpid()))

    @hook(HookName.OnDeactivate)
    def on_deactivate(self):
        with open("deactivate-started", "w") as f:
            f.write(str(time.time()))
        time.sleep(${seconds})

if __name__ == "__main__":
    from mattermost_plugin.server import run_plugin
    run_plugin(Slow)
`);
  return dir;
}

test('shutdown runs every OnDeactivate in parallel and bounds the slow ones', async () => {
  const server = await startServer();
  const admin = new Client(server.url);
  await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' });
  await admin.login('admin', 'correct-horse');
  const plugins = [['com.example.slow-a', 3], ['com.example.slow-b', 3], ['com.example.stuck', 3600]] as const;
  for (const [id, seconds] of plugins) {
    assert.equal((await admin.uploadPlugin(await bundleOf(slowPlugin(id, seconds)))).status, 201);
    await admin.ok('POST', `/plugins/${id}/enable`);
  }
  const folder = (id: string) => path.join(server.dataDir, 'plugins', id);
  const pids = plugins.map(([id]) => Number(fs.readFileSync(path.join(folder(id), 'pid'), 'utf8')));
  const started = Date.now();
  assert.equal(await server.stop(), 0);
  const elapsed = Date.now() - started;
  for (const [id] of plugins) assert.ok(fs.existsSync(path.join(folder(id), 'deactivate-started')), `${id} got no OnDeactivate`);
  const starts = plugins.map(([id]) => Number(fs.readFileSync(path.join(folder(id), 'deactivate-started'), 'utf8')));
  assert.ok(Math.max(...starts) - Math.min(...starts) < 1, 'OnDeactivate calls ran one after another');
  // The stuck one is cut off at the 10 s bound; the whole stop is not the sum of the waits.
  assert.ok(elapsed >= 9_000 && elapsed < 16_000, `shutdown took ${elapsed} ms`);
  for (const pid of pids) assert.ok(!processAlive(pid), `plugin process ${pid} outlived the server`);
});
