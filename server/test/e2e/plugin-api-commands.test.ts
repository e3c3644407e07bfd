// Slash commands and interactive dialogs through the Plugin API, from real Python plugins (the
// api_probe and integrations fixtures): stored (custom) commands owned by the plugin and run
// against a small HTTP server started here, built-in commands, ExecuteSlashCommand with its
// permission check, the lists, trigger ids issued with every command, and a dialog opened by a
// command, seen on the websocket, submitted over REST to the plugin's own route.
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Probe, probePluginId, startProbe } from '../api-probe.js';
import { bundleOf, Client, connectWebSocket, fixturesDir, waitFor } from '../harness.js';

const integrationsId = 'com.plughost.integrations';
const submitUrl = `/plugins/${integrationsId}/submit`;
/** ServiceSettings.OutgoingIntegrationRequestsTimeout of this server: trigger ids and command requests. */
const timeoutSeconds = 3;

interface SeenRequest { method: string; url: URL; headers: http.IncomingHttpHeaders; body: string; fields: URLSearchParams }

/** The integration a custom command calls: records each request and answers by its path and text. */
async function integrationServer() {
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => { body += c; });
    req.on('end', () => {
      const url = new URL(req.url!, 'http://localhost');
      const fields = req.method === 'GET' ? url.searchParams : new URLSearchParams(body);
      seen.push({ method: req.method!, url, headers: req.headers, body, fields });
      const json = (status: number, value: unknown) => { res.writeHead(status, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(value)); };
      const text = fields.get('text') ?? '';
      if (url.pathname === '/fail') return json(500, { oops: true });
      if (url.pathname === '/slow') return void setTimeout(() => json(200, { text: 'too late' }), (timeoutSeconds + 1) * 1000);
      if (url.pathname === '/dialog') return json(200, { error: 'nope', errors: { name: 'taken' } });
      if (text === 'plain') { res.writeHead(200, { 'Content-Type': 'text/plain' }); return void res.end('plain words'); }
      if (text.startsWith('say ')) return json(200, { response_type: 'in_channel', text: `hook says: ${text.slice(4)}`, props: { n: 1 } });
      json(200, { response_type: 'ephemeral', text: `only for ${fields.get('user_name')}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    seen,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** The parts of a trigger id: "<client id>:<user id>:<ms>:<signature>" in base64. */
const triggerParts = (triggerId: string) => Buffer.from(triggerId, 'base64').toString('utf8').split(':');

describe('Plugin API: slash commands and interactive dialogs', () => {
  let probe: Probe;
  let hooks: Awaited<ReturnType<typeof integrationServer>>;
  let teamId: string;
  let channelId: string;
  let privateChannelId: string;
  let bob: Client;
  let bobId: string;
  let carol: Client;
  let carolId: string;

  before(async () => {
    hooks = await integrationServer();
    probe = await startProbe({ config: { ServiceSettings: { OutgoingIntegrationRequestsTimeout: timeoutSeconds } } });
    assert.equal((await probe.admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'integrations_python')))).status, 201);
    await probe.admin.ok('POST', `/plugins/${integrationsId}/enable`);
    teamId = (await probe.admin.ok('POST', '/teams', { name: 'core', display_name: 'Core', type: 'O' })).id;
    channelId = (await probe.admin.ok('POST', '/channels', { team_id: teamId, name: 'cmds', display_name: 'Commands', type: 'O' })).id;
    privateChannelId = (await probe.admin.ok('POST', '/channels', { team_id: teamId, name: 'secret', display_name: 'Secret', type: 'P' })).id;
    const makeUser = async (username: string) => {
      const id = (await probe.admin.ok('POST', '/users', { username, email: `${username}@example.com`, password: 'correct-horse' })).id;
      const client = new Client(probe.server.url);
      await client.login(username, 'correct-horse');
      return { id, client };
    };
    ({ id: bobId, client: bob } = await makeUser('bob'));
    ({ id: carolId, client: carol } = await makeUser('carol'));
    await probe.admin.ok('POST', `/teams/${teamId}/members`, { team_id: teamId, user_id: bobId });
    await probe.admin.ok('POST', `/channels/${channelId}/members`, { user_id: bobId });
  });
  after(async () => {
    await probe?.stop();
    await hooks?.close();
  });

  test('CreateCommand stores a command owned by the plugin; GetCommand, UpdateCommand, ListCustomCommands and DeleteCommand manage it', async () => {
    const created = await probe.ok('create_command', [], {
      team_id: teamId, trigger: 'Deploy', method: 'P', url: `${hooks.url}/deploy`, display_name: 'Deploy', description: 'Ships it', auto_complete: true, auto_complete_desc: 'Deploys', username: 'deploybot',
    });
    assert.equal(created.trigger, 'deploy');
    assert.equal(created.plugin_id, probePluginId);
    assert.equal(created.creator_id, '');
    assert.equal(created.team_id, teamId);
    assert.match(created.token, /^[a-z0-9]{26}$/);
    assert.ok(created.create_at > 0);
    assert.deepEqual(await probe.ok('get_command', [created.id]), created);
    assert.deepEqual(await probe.admin.ok('GET', `/commands/${created.id}`), created);

    const updated = await probe.ok('update_command', [created.id], { ...created, trigger: 'ship', method: 'G', url: `${hooks.url}/ship`, id: 'x', token: 'forged', create_at: 1, plugin_id: 'someone.else', team_id: '' });
    assert.deepEqual(
      { id: updated.id, token: updated.token, create_at: updated.create_at, plugin_id: updated.plugin_id, team_id: updated.team_id },
      { id: created.id, token: created.token, create_at: created.create_at, plugin_id: probePluginId, team_id: teamId },
    );
    assert.deepEqual({ trigger: updated.trigger, method: updated.method, url: updated.url }, { trigger: 'ship', method: 'G', url: `${hooks.url}/ship` });
    assert.ok(updated.update_at >= created.update_at);
    assert.deepEqual((await probe.ok('list_custom_commands', [teamId])).map((c: any) => c.trigger), ['ship']);

    const good = { team_id: teamId, trigger: 'other', url: `${hooks.url}/x` };
    for (const [fields, type, pattern] of [
      [{ ...good, url: '' }, 'ValidationError', /Invalid url/],
      [{ ...good, url: 'ftp://files.example.com' }, 'ValidationError', /Invalid url/],
      [{ ...good, method: 'X' }, 'ValidationError', /Invalid method/],
      [{ ...good, trigger: 'two words' }, 'ValidationError', /Invalid trigger/],
      [{ ...good, team_id: '' }, 'ValidationError', /Invalid team_id/],
      [{ ...good, team_id: 'nosuchteam0000000000000000' }, 'NotFoundError', /not found/],
      [{ ...good, trigger: 'ship' }, 'AlreadyExistsError', /"\/ship" is already used/],
      [{ ...good, trigger: 'me' }, 'AlreadyExistsError', /built-in/],
      [{ ...good, trigger: 'dialog' }, 'AlreadyExistsError', /registered by plugin "com.plughost.integrations"/],
    ] as const) {
      const refused = await probe.call('create_command', [], fields);
      assert.equal(refused.error?.type, type, JSON.stringify(fields));
      assert.match(refused.error!.message, pattern);
    }
    const unknown = 'nosuchcommand0000000000000';
    assert.equal((await probe.call('get_command', [unknown])).error?.type, 'NotFoundError');
    assert.equal((await probe.call('update_command', [unknown], good)).error?.type, 'NotFoundError');
    assert.equal((await probe.call('delete_command', [unknown])).error?.type, 'NotFoundError');
    assert.equal(await probe.ok('delete_command', [created.id]), null);
    assert.equal((await probe.call('get_command', [created.id])).error?.type, 'NotFoundError');
  });

  test('the REST routes of stored commands: admins create, read, update and delete; others may not', async () => {
    const created = await probe.admin.ok('POST', '/commands', { team_id: teamId, trigger: 'rest', url: `${hooks.url}/rest`, method: 'P' });
    assert.equal(created.creator_id, probe.adminUser.id);
    assert.equal(created.plugin_id, '');
    assert.equal((await probe.call('get_command', [created.id])).result.trigger, 'rest', 'the Plugin API sees the same store');
    const renamed = await probe.admin.ok('PUT', `/commands/${created.id}`, { ...created, trigger: 'rested' });
    assert.equal(renamed.trigger, 'rested');
    assert.equal(renamed.creator_id, probe.adminUser.id);
    assert.equal((await probe.admin.request('PUT', `/commands/${created.id}`, { ...created, id: 'another' })).status, 400);
    assert.equal((await bob.request('POST', '/commands', { team_id: teamId, trigger: 'mine', url: `${hooks.url}/x` })).status, 403);
    assert.equal((await bob.request('DELETE', `/commands/${created.id}`)).status, 403);
    await probe.admin.ok('DELETE', `/commands/${created.id}`);
    assert.equal((await probe.admin.request('GET', `/commands/${created.id}`)).status, 404);
  });

  test('ListBuiltInCommands, ListPluginCommands and ListCommands; REST lists the same, tokens only for admins', async () => {
    const hook = await probe.ok('create_command', [], { team_id: teamId, trigger: 'hook', method: 'P', url: `${hooks.url}/hook`, username: 'hookbot', auto_complete: true });
    const builtIn = await probe.ok('list_built_in_commands');
    assert.deepEqual(builtIn.map((c: any) => c.trigger), ['me', 'shrug']);
    assert.ok(builtIn.every((c: any) => c.auto_complete && c.id === '' && c.plugin_id === ''));
    assert.deepEqual((await probe.ok('list_plugin_commands', [teamId])).map((c: any) => [c.trigger, c.plugin_id]), [['dialog', integrationsId]]);
    const all = await probe.ok('list_commands', [teamId]);
    assert.deepEqual(all.map((c: any) => c.trigger), ['dialog', 'hook', 'me', 'shrug']);
    assert.deepEqual((await probe.admin.ok('GET', `/commands?team_id=${teamId}`)).map((c: any) => c.trigger), ['dialog', 'hook', 'me', 'shrug']);
    assert.equal((await probe.admin.ok('GET', `/commands?team_id=${teamId}&custom_only=true`)).map((c: any) => c.token)[0], hook.token);
    assert.equal((await bob.ok('GET', `/commands?team_id=${teamId}`)).find((c: any) => c.trigger === 'hook').token, '');
    assert.equal((await bob.request('GET', `/commands?team_id=${teamId}&custom_only=true`)).status, 403);
    assert.deepEqual((await bob.ok('GET', `/teams/${teamId}/commands/autocomplete`)).map((c: any) => c.trigger), ['dialog', 'hook', 'me', 'shrug']);
  });

  test("a custom command POSTs Mattermost's fields with its token; its in_channel answer becomes the user's post", async () => {
    const hook = (await probe.ok('list_custom_commands', [teamId])).find((c: any) => c.trigger === 'hook');
    hooks.seen.length = 0;
    const answer = await bob.ok('POST', '/commands/execute', { channel_id: channelId, command: '/hook say hi there' });
    assert.equal(answer.text, 'hook says: hi there');
    const [req] = hooks.seen;
    assert.equal(req.method, 'POST');
    assert.equal(req.url.pathname, '/hook');
    assert.equal(req.headers['content-type'], 'application/x-www-form-urlencoded');
    assert.equal(req.headers.authorization, `Token ${hook.token}`);
    assert.deepEqual(Object.fromEntries([...req.fields].filter(([k]) => k !== 'trigger_id')), {
      token: hook.token, team_id: teamId, team_domain: 'core', channel_id: channelId, channel_name: 'cmds', user_id: bobId, user_name: 'bob', command: '/hook', text: 'say hi there',
    });
    const [, triggerUser] = triggerParts(req.fields.get('trigger_id')!);
    assert.equal(triggerUser, bobId, 'the trigger id names the user who ran the command');
    assert.equal(answer.trigger_id, triggerParts(req.fields.get('trigger_id')!)[0], 'the answer carries the client trigger id');
    const page = await bob.ok('GET', `/channels/${channelId}/posts`);
    const post: any = Object.values(page.posts).find((p: any) => p.message === 'hook says: hi there');
    assert.equal(post.user_id, bobId);
    assert.deepEqual(post.props, { n: 1, override_username: 'hookbot' });
  });

  test('a method G command gets the fields in its query; an ephemeral answer goes to the user over the websocket only', async () => {
    await probe.ok('create_command', [], { team_id: teamId, trigger: 'peek', method: 'G', url: `${hooks.url}/peek?fixed=1` });
    const ws = await connectWebSocket(probe.server.url, bob.token);
    const adminWs = await connectWebSocket(probe.server.url, probe.admin.token);
    try {
      hooks.seen.length = 0;
      const answer = await bob.ok('POST', '/commands/execute', { channel_id: channelId, command: '/peek' });
      assert.deepEqual({ response_type: answer.response_type, text: answer.text }, { response_type: 'ephemeral', text: 'only for bob' });
      const [req] = hooks.seen;
      assert.equal(req.method, 'GET');
      assert.equal(req.url.searchParams.get('fixed'), '1');
      assert.equal(req.url.searchParams.get('command'), '/peek');
      assert.equal(req.url.searchParams.get('user_id'), bobId);
      const event = await ws.next('ephemeral_message', (e) => JSON.parse(e.data.post).message === 'only for bob');
      assert.equal(JSON.parse(event.data.post).channel_id, channelId);
      const plain = await bob.ok('POST', '/commands/execute', { channel_id: channelId, command: '/peek plain' });
      assert.equal(plain.text, 'plain words', 'a text answer is the text');
      await ws.next('ephemeral_message', (e) => JSON.parse(e.data.post).message === 'plain words');
      assert.ok(!adminWs.events.some((e) => e.event === 'ephemeral_message'), 'no one else hears it');
    } finally {
      ws.close();
      adminWs.close();
    }
  });

  test("a failing or slow integration: 500 naming the command, 504 after OutgoingIntegrationRequestsTimeout", async () => {
    await probe.ok('create_command', [], { team_id: teamId, trigger: 'broken', url: `${hooks.url}/fail` });
    await probe.ok('create_command', [], { team_id: teamId, trigger: 'sleepy', url: `${hooks.url}/slow` });
    const broken = await bob.request('POST', '/commands/execute', { channel_id: channelId, command: '/broken' });
    assert.equal(broken.status, 500);
    assert.match(broken.body.message, /"\/broken" failed: .*answered status 500/);
    const slow = await bob.request('POST', '/commands/execute', { channel_id: channelId, command: '/sleepy' });
    assert.equal(slow.status, 504);
    assert.match(slow.body.message, new RegExp(`did not answer within ${timeoutSeconds * 1000} ms`));
  });

  test('ExecuteSlashCommand runs a command as a user by the REST path; the user must be able to use the channel', async () => {
    const shrug = await probe.ok('execute_slash_command', [], { user_id: bobId, channel_id: channelId, command: '/shrug oh well' });
    assert.equal(shrug.response_type, 'in_channel');
    assert.equal(shrug.text, 'oh well ¯\\\\\\_(ツ)\\_/¯');
    await probe.ok('execute_slash_command', [], { user_id: bobId, channel_id: channelId, command: '/me waves' });
    const posts = Object.values((await bob.ok('GET', `/channels/${channelId}/posts`)).posts) as any[];
    assert.ok(posts.some((p) => p.user_id === bobId && p.message === 'oh well ¯\\\\\\_(ツ)\\_/¯'));
    assert.ok(posts.some((p) => p.user_id === bobId && p.message === '*waves*' && p.type === 'me'));

    const viaPlugin = await probe.ok('execute_slash_command', [], { user_id: bobId, channel_id: channelId, command: '/dialog trigger' });
    const [clientId, userId, issuedAt] = triggerParts(viaPlugin.text);
    assert.equal(userId, bobId, 'the plugin command got a trigger id for its user');
    assert.ok(Math.abs(Number(issuedAt) - Date.now()) < 60_000);
    assert.equal(viaPlugin.trigger_id, clientId);
    const custom = await probe.ok('execute_slash_command', [], { user_id: bobId, channel_id: channelId, command: '/hook say from a plugin' });
    assert.equal(custom.text, 'hook says: from a plugin');

    for (const [args, type, pattern] of [
      [{ user_id: carolId, channel_id: channelId, command: '/shrug' }, 'PermissionDeniedError', /permissions/],
      [{ user_id: bobId, channel_id: privateChannelId, command: '/shrug' }, 'NotFoundError', /Channel .* not found/],
      [{ user_id: bobId, channel_id: channelId, command: '/nope' }, 'NotFoundError', /"\/nope" not found/],
      [{ user_id: 'nosuchuser0000000000000000', channel_id: channelId, command: '/shrug' }, 'NotFoundError', /User .* not found/],
      [{ user_id: bobId, channel_id: channelId, command: 'no slash' }, 'ValidationError', /Invalid command/],
    ] as const) {
      const refused = await probe.call('execute_slash_command', [], args);
      assert.equal(refused.error?.type, type, JSON.stringify(args));
      assert.match(refused.error!.message, pattern);
    }
    assert.equal((await carol.request('POST', '/commands/execute', { channel_id: channelId, command: '/shrug' })).status, 403, 'REST, the same rule');
  });

  test('a dialog end to end: a command opens it, the websocket shows open_dialog, the submission reaches the plugin as the user', async () => {
    const ws = await connectWebSocket(probe.server.url, bob.token);
    try {
      const answer = await bob.ok('POST', '/commands/execute', { channel_id: channelId, command: '/dialog open' });
      assert.equal(answer.text, 'dialog opened');
      const event = await ws.next('open_dialog');
      assert.equal(event.broadcast.user_id, bobId);
      const opened = JSON.parse(event.data.dialog);
      assert.equal(opened.trigger_id, answer.trigger_id, 'the client matches the dialog to its command by the client trigger id');
      assert.equal(opened.url, submitUrl);
      assert.deepEqual(opened.dialog, { callback_id: 'feedback', title: 'Feedback', elements: [{ display_name: 'Name', name: 'name', type: 'text' }], state: 'from-the-command' });

      const submission = { url: opened.url, callback_id: 'feedback', state: 'from-the-command', channel_id: channelId, team_id: teamId, user_id: carolId };
      assert.deepEqual(await bob.ok('POST', '/actions/dialogs/submit', { ...submission, submission: { name: 'Bo' } }), { errors: { name: 'Name is too short' } });
      assert.deepEqual(await bob.ok('POST', '/actions/dialogs/submit', { ...submission, submission: { name: 'Bobby' } }), {});
      const last = await (await fetch(`${probe.server.url}/plugins/${integrationsId}/last`, { headers: { Authorization: `Bearer ${bob.token}` } })).json();
      assert.equal(last.user_id_header, bobId);
      assert.deepEqual(last.body, {
        type: 'dialog_submission', callback_id: 'feedback', state: 'from-the-command', user_id: bobId, channel_id: channelId, team_id: teamId, submission: { name: 'Bobby' }, cancelled: false,
      }, 'the user is the session’s, whatever the client said');
      assert.deepEqual(await bob.ok('POST', '/actions/dialogs/submit', { ...submission, submission: { name: 'quiet' } }), {}, 'an empty answer is fine');
      assert.deepEqual(await bob.ok('POST', '/actions/dialogs/submit', { ...submission, url: `${hooks.url}/dialog` }), { error: 'nope', errors: { name: 'taken' } }, 'an http(s) url');
      const posted = hooks.seen.at(-1)!;
      assert.equal(JSON.parse(posted.body).user_id, bobId);
    } finally {
      ws.close();
    }
    for (const [who, body, status, pattern] of [
      [bob, { channel_id: channelId }, 400, /Invalid url/],
      [bob, { url: 'ftp://files.example.com/x' }, 400, /Invalid url/],
      [carol, { url: submitUrl, channel_id: channelId }, 403, /permissions/],
      [bob, { url: '/plugins/no.such.plugin/submit' }, 400, /status 404/],
      [bob, { url: submitUrl, submission: 'text' }, 400, /Invalid submission/],
    ] as const) {
      const res = await who.request('POST', '/actions/dialogs/submit', body);
      assert.equal(res.status, status, JSON.stringify(body));
      assert.match(res.body.message, pattern);
    }
  });

  test("a custom command's trigger id opens a dialog for its user through OpenInteractiveDialog", async () => {
    const ws = await connectWebSocket(probe.server.url, bob.token);
    try {
      hooks.seen.length = 0;
      await bob.ok('POST', '/commands/execute', { channel_id: channelId, command: '/hook say open it' });
      const triggerId = hooks.seen[0].fields.get('trigger_id')!;
      assert.equal(await probe.ok('open_interactive_dialog', [{ trigger_id: triggerId, url: submitUrl, dialog: { title: 'From a hook', elements: [] } }]), null);
      const event = await ws.next('open_dialog');
      assert.deepEqual(JSON.parse(event.data.dialog), { trigger_id: triggerParts(triggerId)[0], url: submitUrl, dialog: { title: 'From a hook', elements: [] } });
    } finally {
      ws.close();
    }
  });

  test('OpenInteractiveDialog refuses a missing, forged, altered or expired trigger id and a dialog without a title (400)', async () => {
    const trigger = (await bob.ok('POST', '/commands/execute', { channel_id: channelId, command: '/dialog trigger' })).text;
    const dialog = { title: 'T' };
    const [clientId, , issuedAt, signature] = triggerParts(trigger);
    const altered = Buffer.from([clientId, carolId, issuedAt, signature].join(':')).toString('base64');
    for (const [fields, pattern] of [
      [{ url: submitUrl, dialog }, /trigger_id is required/],
      [{ trigger_id: 'garbage', url: submitUrl, dialog }, /not a trigger id this server issued/],
      [{ trigger_id: altered, url: submitUrl, dialog }, /not a trigger id this server issued/],
      [{ trigger_id: trigger, url: submitUrl, dialog: {} }, /Invalid dialog\.title/],
      [{ trigger_id: trigger, url: 'mailto:x@example.com', dialog }, /Invalid url/],
    ] as const) {
      const refused = await probe.call('open_interactive_dialog', [fields]);
      assert.equal(refused.error?.type, 'ValidationError', JSON.stringify(fields));
      assert.match(refused.error!.message, pattern);
    }
    assert.match((await bob.ok('POST', '/commands/execute', { channel_id: channelId, command: '/dialog forged' })).text, /^ValidationError 400: .*not a trigger id this server issued/);
    await new Promise((r) => setTimeout(r, timeoutSeconds * 1000 + 300));
    const expired = await probe.call('open_interactive_dialog', [{ trigger_id: trigger, url: submitUrl, dialog }]);
    assert.equal(expired.error?.type, 'ValidationError');
    assert.match(expired.error!.message, new RegExp(`expired \\(trigger ids are good for ${timeoutSeconds} seconds\\)`));
  });

  test('commands of a stopped plugin go away; its stored commands stay', async () => {
    await probe.admin.ok('POST', `/plugins/${integrationsId}/disable`);
    assert.deepEqual(await probe.ok('list_plugin_commands', [teamId]), []);
    await waitFor('the listing', async () => !(await probe.ok('list_commands', [teamId])).some((c: any) => c.trigger === 'dialog'));
    assert.ok((await probe.ok('list_custom_commands', [teamId])).some((c: any) => c.trigger === 'hook'));
  });
});
