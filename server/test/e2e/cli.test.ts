// The admin CLI end to end: the real `plughost` binary as a child process against a real
// server, with its saved login in a temporary PLUGHOST_CONFIG.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as openpgp from 'openpgp';
import { bundleOf, Client, fixturesDir, serverRoot, type ServerHandle, startServer, tempDir, waitFor } from '../harness.js';

const mainJs = path.join(serverRoot, 'dist', 'src', 'main.js');
const pluginId = 'com.plughost.e2e-python';
const fixture = path.join(fixturesDir, 'plugins', 'e2e_python');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('the plughost admin CLI', () => {
  let server: ServerHandle;
  let admin: Client;
  let home: string;
  let configFile: string;
  const scratch: string[] = [];
  const scratchDir = (prefix: string) => {
    const dir = tempDir(prefix);
    scratch.push(dir);
    return dir;
  };

  /** The CLI's environment: only the temporary saved login, never the caller's PLUGHOST_URL/TOKEN. */
  function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, PLUGHOST_CONFIG: configFile, HOME: home, ...extra };
    if (!('PLUGHOST_URL' in extra)) delete env.PLUGHOST_URL;
    if (!('PLUGHOST_TOKEN' in extra)) delete env.PLUGHOST_TOKEN;
    return env;
  }

  function start(args: string[], env: Record<string, string> = {}): ChildProcess {
    return spawn(process.execPath, [mainJs, ...args], { env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  }

  async function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
    const child = start(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
    child.stderr!.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    return { code, stdout, stderr };
  }

  /** Runs the CLI and expects exit 0. */
  async function ok(args: string[], env: Record<string, string> = {}): Promise<string> {
    const run = await cli(args, env);
    assert.equal(run.code, 0, `plughost ${args.join(' ')} exited ${run.code}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
    return run.stdout;
  }

  let signingKey: string;

  before(async () => {
    // A key the server trusts, so that the .sig beside a bundle can be checked (not required).
    const key = await openpgp.generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ name: 'cli', email: 'cli@example.com' }], format: 'armored' });
    signingKey = key.privateKey;
    const dataDir = scratchDir('plughost-cli-data-');
    fs.writeFileSync(path.join(dataDir, 'trusted.asc'), key.publicKey);
    server = await startServer({ dataDir, config: { PluginSettings: { SignaturePublicKeyFiles: ['trusted.asc'] } } });
    admin = new Client(server.url);
    await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' });
    await admin.login('admin', 'correct-horse');
    home = scratchDir('plughost-cli-home-');
    configFile = path.join(home, 'cli', 'cli.json');
  });

  after(async () => {
    await server?.stop();
    for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('help: the command list and a group’s help exit 0; `plughost help serve` shows the server options', async () => {
    assert.match(await ok(['help']), /plughost plugin add <dir\|bundle\.tar\.gz>/);
    assert.match(await ok(['plugin', '--help']), /plughost plugin logs <id> \[--follow\]/);
    assert.match(await ok(['plugin', 'config', 'set', '--help']), /read as JSON when it parses/);
    assert.match(await ok(['help', 'serve']), /--data-dir/);
  });

  test('usage errors exit 2 with the usage text', async () => {
    for (const args of [['plugin', 'enable'], ['plugin', 'frobnicate'], ['plugin'], ['plugin', 'list', '--bogus'], ['plugin', 'config', 'set', pluginId, 'k'], ['frobnicate']]) {
      const run = await cli(args);
      assert.equal(run.code, 2, `plughost ${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /^error: .+\n\nusage: plughost /, `plughost ${args.join(' ')}`);
      assert.equal(run.stdout, '');
    }
  });

  test('without a login, a command says how to log in (exit 1)', async () => {
    const run = await cli(['plugin', 'list']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /not logged in: run `plughost auth login/);
  });

  test('auth login saves the URL and a working token, readable by the owner only', async () => {
    const out = await ok(['auth', 'login', `${server.url}/`, '--username', 'admin', '--password', 'correct-horse']);
    assert.match(out, new RegExp(`Logged in to ${server.url} as admin`));
    assert.equal(fs.statSync(configFile).mode & 0o777, 0o600);
    const saved = JSON.parse(fs.readFileSync(configFile, 'utf8'));
    assert.equal(saved.url, server.url);
    const probe = new Client(server.url);
    probe.token = saved.token;
    assert.equal((await probe.ok('GET', '/users/me')).username, 'admin');
  });

  test('a wrong password: exit 1 with the server’s message, and the saved login is kept', async () => {
    const before = fs.readFileSync(configFile, 'utf8');
    const run = await cli(['auth', 'login', server.url, '--username', 'admin', '--password', 'wrong']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^error: .+/);
    assert.equal(fs.readFileSync(configFile, 'utf8'), before);
  });

  test('plugin add <folder> --enable packs, uploads and starts it, leaving out caches, .git and virtualenvs', async () => {
    // A copy of the fixture with the clutter of a developer's folder.
    const copy = path.join(scratchDir('plughost-cli-src-'), 'e2e_python');
    fs.cpSync(fixture, copy, { recursive: true });
    for (const junk of ['server/__pycache__/plugin.cpython-312.pyc', '.git/HEAD', '.venv/pyvenv.cfg', 'venv/pyvenv.cfg']) {
      fs.mkdirSync(path.dirname(path.join(copy, junk)), { recursive: true });
      fs.writeFileSync(path.join(copy, junk), 'junk');
    }
    const out = await ok(['plugin', 'add', copy, '--enable']);
    assert.match(out, /^Added com\.plughost\.e2e-python version 1\.0\.0$/m);
    assert.match(out, /^Enabled com\.plughost\.e2e-python: Running$/m);
    assert.equal((await admin.status(pluginId)).state, 2);
    const installed = path.join(server.dataDir, 'plugins', pluginId);
    assert.ok(fs.existsSync(path.join(installed, 'server', 'plugin.py')));
    for (const junk of ['server/__pycache__/plugin.cpython-312.pyc', '.git', '.venv/pyvenv.cfg', 'venv']) {
      assert.ok(!fs.existsSync(path.join(installed, junk)), `${junk} was packed`);
    }
  });

  test('plugin add <bundle>: refused while installed, replaced with --force; <bundle>.sig beside it goes as its signature', async () => {
    const bundle = path.join(scratchDir('plughost-cli-bundle-'), 'e2e.tar.gz');
    const bytes = await bundleOf(fixture);
    fs.writeFileSync(bundle, bytes);
    const refused = await cli(['plugin', 'add', bundle]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^error: .*e2e\.tar\.gz: .*already installed/);

    fs.writeFileSync(`${bundle}.sig`, 'not a signature');
    const badSignature = await cli(['plugin', 'add', bundle, '--force']);
    assert.equal(badSignature.code, 1);
    assert.match(badSignature.stderr, /not an OpenPGP signature/);

    const message = await openpgp.createMessage({ binary: bytes });
    const privateKey = await openpgp.readPrivateKey({ armoredKey: signingKey });
    fs.writeFileSync(`${bundle}.sig`, await openpgp.sign({ message, signingKeys: privateKey, detached: true, format: 'armored' }));
    const json = JSON.parse(await ok(['plugin', 'add', bundle, '--force', '--json']));
    assert.equal(json.id, pluginId);
    assert.equal(json.version, '1.0.0');
    await waitFor('the replaced plugin to run', async () => (await admin.status(pluginId))?.state === 2);
  });

  test('plugin list: aligned columns, and --json prints the API’s {active, inactive}', async () => {
    const lines = (await ok(['plugin', 'list'])).trimEnd().split('\n');
    assert.match(lines[0], /^ID\s+NAME\s+VERSION\s+ENABLED$/);
    assert.match(lines[1], /^com\.plughost\.e2e-python\s+End-to-end test plugin\s+1\.0\.0\s+yes$/);
    assert.equal(lines[0].indexOf('NAME'), lines[1].indexOf('End-to-end'));
    const listed = JSON.parse(await ok(['plugin', 'list', '--json']));
    assert.deepEqual(listed.active.map((m: { id: string }) => m.id), [pluginId]);
    assert.deepEqual(listed.inactive, []);
  });

  test('plugin status: state names for people, the API’s statuses with --json', async () => {
    const lines = (await ok(['plugin', 'status'])).trimEnd().split('\n');
    assert.match(lines[0], /^ID\s+VERSION\s+STATE\s+ERROR$/);
    assert.match(lines[1], /^com\.plughost\.e2e-python\s+1\.0\.0\s+Running$/);
    const statuses = JSON.parse(await ok(['plugin', 'status', '--json']));
    assert.equal(statuses.find((s: { plugin_id: string }) => s.plugin_id === pluginId).state, 2);
    assert.match(await ok(['plugin', 'status', pluginId]), /^state\s+Running$/m);
    assert.equal(JSON.parse(await ok(['plugin', 'status', pluginId, '--json'])).plugin_id, pluginId);
    const missing = await cli(['plugin', 'status', 'com.example.nope']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /plugin "com\.example\.nope" is not installed/);
  });

  test('plugin logs shows the plugin’s lines; --follow prints new ones as they come', async () => {
    assert.match(await ok(['plugin', 'logs', pluginId]), /INFO\s+e2e plugin activated on server/);
    const lines = JSON.parse(await ok(['plugin', 'logs', pluginId, '--json']));
    assert.ok(lines.some((l: { message: string }) => l.message.startsWith('e2e plugin activated')));

    const follower = start(['plugin', 'logs', pluginId, '--follow', '--json']);
    let out = '';
    follower.stdout!.setEncoding('utf8').on('data', (c: string) => { out += c; });
    try {
      const activations = () => out.split('\n').filter((l) => l.includes('e2e plugin activated')).length;
      const before = await waitFor('the existing lines', async () => activations());
      await admin.ok('POST', `/plugins/${pluginId}/disable`);
      await admin.ok('POST', `/plugins/${pluginId}/enable`);
      await waitFor('the new activation line', async () => activations() === before + 1);
      await new Promise((r) => setTimeout(r, 1500)); // one more poll: nothing printed twice
      assert.equal(activations(), before + 1);
      for (const line of out.trimEnd().split('\n')) assert.ok(JSON.parse(line).timestamp, line);
    } finally {
      const exited = new Promise((resolve) => follower.once('close', resolve));
      follower.kill('SIGINT');
      await exited;
    }
  });

  test('plugin config set then get round-trips; values are JSON when they parse, keys lower-cased', async () => {
    assert.match(await ok(['plugin', 'config', 'set', pluginId, 'Greeting', 'hi from the CLI']), /^Set greeting = "hi from the CLI" for com\.plughost\.e2e-python$/m);
    await ok(['plugin', 'config', 'set', pluginId, 'Limit', '5']);
    await ok(['plugin', 'config', 'set', pluginId, 'nested', '{"a": [1, true]}']);
    assert.equal(await ok(['plugin', 'config', 'get', pluginId, 'GREETING']), 'hi from the CLI\n');
    assert.equal(JSON.parse(await ok(['plugin', 'config', 'get', pluginId, 'limit', '--json'])), 5);
    assert.deepEqual(JSON.parse(await ok(['plugin', 'config', 'get', pluginId, '--json'])), { greeting: 'hi from the CLI', limit: 5, nested: { a: [1, true] } });
    assert.match(await ok(['plugin', 'config', 'get', pluginId]), /^greeting\s+hi from the CLI\nlimit\s+5\nnested\s+\{"a":\[1,true\]\}\n$/);
    const saved = await admin.ok('GET', '/config');
    assert.deepEqual(saved.PluginSettings.Plugins[pluginId], { greeting: 'hi from the CLI', limit: 5, nested: { a: [1, true] } });
    const missing = await cli(['plugin', 'config', 'get', pluginId, 'nope']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /has no saved setting "nope"/);
  });

  test('plugin disable stops it and prints the state; remove uninstalls it', async () => {
    assert.match(await ok(['plugin', 'disable', pluginId]), /^Disabled com\.plughost\.e2e-python: NotRunning$/m);
    assert.equal((await admin.status(pluginId)).state, 0);
    assert.match(await ok(['plugin', 'list']), /com\.plughost\.e2e-python\s+End-to-end test plugin\s+1\.0\.0\s+no/);
    assert.equal(await ok(['plugin', 'remove', pluginId]), `Removed ${pluginId}\n`);
    assert.equal(await admin.status(pluginId), undefined);
    assert.equal(await ok(['plugin', 'list']), 'No plugins installed.\n');
    const again = await cli(['plugin', 'remove', pluginId]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /^error: com\.plughost\.e2e-python: .+/);
  });

  test('a wrong token: exit 1 with the server’s message; --token and PLUGHOST_TOKEN win over the saved login', async () => {
    for (const run of [await cli(['plugin', 'list', '--token', 'not-a-token']), await cli(['plugin', 'list'], { PLUGHOST_TOKEN: 'not-a-token' })]) {
      assert.equal(run.code, 1);
      assert.match(run.stderr, /^error: Invalid or expired session, please login again\./);
    }
  });

  /** A URL nobody listens on: a port just freed. (fetch refuses low "bad ports" like 1 outright.) */
  async function deadUrl(): Promise<string> {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    return `http://127.0.0.1:${port}`;
  }

  test('an unreachable server: exit 1 naming the URL; PLUGHOST_URL wins over the saved login', async () => {
    const dead = await deadUrl();
    const run = await cli(['plugin', 'status', '--url', dead, '--token', 'x']);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, `error: cannot reach the server at ${dead}: connect ECONNREFUSED ${dead.slice('http://'.length)}\n`);
    const viaEnv = await cli(['plugin', 'list'], { PLUGHOST_URL: dead, PLUGHOST_TOKEN: 'x' });
    assert.equal(viaEnv.code, 1);
    assert.match(viaEnv.stderr, new RegExp(`^error: cannot reach the server at ${dead}`));
  });

  test('the saved token is never sent to another server', async () => {
    const dead = await deadUrl();
    const run = await cli(['plugin', 'list', '--url', dead]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, new RegExp(`^error: no session token for ${dead}`));
  });

  test('auth logout revokes the session and forgets it', async () => {
    const { token } = JSON.parse(fs.readFileSync(configFile, 'utf8'));
    assert.equal(await ok(['auth', 'logout']), `Logged out of ${server.url}\n`);
    assert.ok(!fs.existsSync(configFile));
    const probe = new Client(server.url);
    probe.token = token;
    assert.equal((await probe.request('GET', '/users/me')).status, 401);
    assert.equal(await ok(['auth', 'logout']), 'Not logged in.\n');
  });
});
