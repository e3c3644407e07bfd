// /plugins/{id}/* into a Python plugin's ServeHTTP, the header rules, the error paths, and
// ServeMetrics on the metrics listener.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundleOf, Client, fixturesDir, type ServerHandle, startServer } from '../harness.js';

const pluginId = 'com.plughost.http-python';

describe('HTTP into plugins', () => {
  let server: ServerHandle;
  let admin: Client;
  let adminId: string;
  const plugin = (route: string, init?: RequestInit) => fetch(`${server.url}/plugins/${pluginId}${route}`, init);

  before(async () => {
    server = await startServer({ config: { PluginSettings: { HookTimeoutMs: 1500, StartTimeoutMs: 3000 } } });
    admin = new Client(server.url);
    adminId = (await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' })).id;
    await admin.login('admin', 'correct-horse');
    assert.equal((await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'http_python')))).status, 201);
    await admin.ok('POST', `/plugins/${pluginId}/enable`);
  });

  after(async () => {
    await server?.stop();
  });

  test('a JSON route answers; the plugin sees the path below /plugins/{id} and the query', async () => {
    const res = await plugin('/whoami?x=1&y=two');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json');
    const body = await res.json();
    assert.equal(body.method, 'GET');
    assert.equal(body.path, '/whoami');
    assert.equal(body.query, 'x=1&y=two');
    assert.equal(body.headers['Mattermost-User-Id'], null, 'an anonymous request must not carry a user id');
  });

  test('forged identity headers are dropped; a valid session sets Mattermost-User-Id; credentials never reach the plugin', async () => {
    const forged = await (await plugin('/whoami', { headers: { 'Mattermost-User-Id': 'someone-else', 'Mattermost-Plugin-ID': 'com.other.plugin' } })).json();
    assert.equal(forged.headers['Mattermost-User-Id'], null);
    assert.equal(forged.headers['Mattermost-Plugin-ID'], null);
    const authed = await (await plugin('/whoami?access_token=abc&keep=1', {
      headers: { Authorization: `Bearer ${admin.token}`, 'Mattermost-User-Id': 'forged', Cookie: `MMAUTHTOKEN=${admin.token}; theme=dark`, Referer: 'http://evil.example' },
    })).json();
    assert.equal(authed.headers['Mattermost-User-Id'], adminId);
    assert.equal(authed.headers.Authorization, null);
    assert.equal(authed.headers.Cookie, 'theme=dark');
    assert.equal(authed.headers.Referer, null);
    assert.equal(authed.query, 'keep=1');
    assert.notEqual(authed.session_id, '');
    const badToken = await (await plugin('/whoami', { headers: { Authorization: 'Bearer not-a-session' } })).json();
    assert.equal(badToken.headers['Mattermost-User-Id'], null);
  });

  test('a browser session (MMAUTHTOKEN cookie) counts for writes only with its CSRF token', async () => {
    const login = await fetch(`${server.url}/api/v4/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login_id: 'admin', password: 'correct-horse' }) });
    const cookies = Object.fromEntries(login.headers.getSetCookie().map((c) => c.split(';')[0].split('=')));
    assert.ok(cookies.MMAUTHTOKEN && cookies.MMCSRF && cookies.MMUSERID === adminId);
    assert.match(login.headers.getSetCookie().find((c) => c.startsWith('MMAUTHTOKEN='))!, /HttpOnly/);
    const jar = `MMAUTHTOKEN=${cookies.MMAUTHTOKEN}; MMCSRF=${cookies.MMCSRF}`;
    const get = await (await plugin('/whoami', { headers: { Cookie: jar } })).json();
    assert.equal(get.headers['Mattermost-User-Id'], adminId);
    assert.equal(get.headers.Cookie, `MMCSRF=${cookies.MMCSRF}`, 'the session cookie reached the plugin');
    const postWithout = await (await plugin('/whoami', { method: 'POST', headers: { Cookie: jar } })).json();
    assert.equal(postWithout.headers['Mattermost-User-Id'], null, 'a cookie write without the CSRF token was authenticated');
    const postWith = await (await plugin('/whoami', { method: 'POST', headers: { Cookie: jar, 'X-CSRF-Token': cookies.MMCSRF } })).json();
    assert.equal(postWith.headers['Mattermost-User-Id'], adminId);
    // The same rule holds for the REST API.
    const me = await fetch(`${server.url}/api/v4/users/me`, { headers: { Cookie: jar } });
    assert.equal((await me.json()).id, adminId);
    const team = { name: 'cookies', display_name: 'Cookies' };
    const refused = await fetch(`${server.url}/api/v4/teams`, { method: 'POST', headers: { Cookie: jar, 'Content-Type': 'application/json' }, body: JSON.stringify(team) });
    assert.equal(refused.status, 401);
    const allowed = await fetch(`${server.url}/api/v4/teams`, { method: 'POST', headers: { Cookie: jar, 'X-CSRF-Token': cookies.MMCSRF, 'Content-Type': 'application/json' }, body: JSON.stringify(team) });
    assert.equal(allowed.status, 201);
  });

  test('an 8 MiB body is echoed byte for byte', async () => {
    const body = crypto.randomBytes(8 * 1024 * 1024);
    const res = await plugin('/echo', { method: 'POST', body, headers: { 'Content-Type': 'application/octet-stream' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-body-length'), String(body.length));
    const echoed = Buffer.from(await res.arrayBuffer());
    assert.equal(echoed.length, body.length);
    assert.ok(echoed.equals(body));
  });

  test('status and repeated headers pass through', async () => {
    const res = await plugin('/teapot');
    assert.equal(res.status, 418);
    assert.equal(res.headers.get('x-custom'), 'a, b');
    assert.equal(await res.text(), 'short and stout');
  });

  test('a plugin can call a plugin over PluginHTTP, which names the caller in Mattermost-Plugin-ID', async () => {
    const res = await plugin('/call-self', { headers: { Authorization: `Bearer ${admin.token}` } });
    assert.equal(res.status, 200);
    const inner = await res.json();
    assert.equal(inner.headers['Mattermost-Plugin-ID'], pluginId);
    assert.equal(inner.query, 'via=plugin_http');
    assert.equal(inner.headers['Mattermost-User-Id'], '');
  });

  test('a plugin that runs past the timeout gets 504, and the server keeps serving', async () => {
    const started = Date.now();
    const res = await plugin('/slow?seconds=3');
    assert.equal(res.status, 504);
    assert.ok(Date.now() - started < 2900);
    assert.match((await res.json()).message, /did not answer within 1500 ms/);
    assert.equal((await plugin('/whoami')).status, 200);
  });

  test('unknown plugins are 404, plugins without ServeHTTP 404, disabled 404, not running 503', async () => {
    assert.equal((await fetch(`${server.url}/plugins/com.example.nothing/x`)).status, 404);
    assert.equal((await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'e2e_python')))).status, 201);
    await admin.ok('POST', '/plugins/com.plughost.e2e-python/enable');
    const noServeHttp = await fetch(`${server.url}/plugins/com.plughost.e2e-python/x`);
    assert.equal(noServeHttp.status, 404);
    assert.match((await noServeHttp.json()).message, /does not implement ServeHTTP/);
    assert.equal((await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'bad_exit')))).status, 201);
    await admin.request('POST', '/plugins/com.plughost.bad-exit/enable');
    const notRunning = await fetch(`${server.url}/plugins/com.plughost.bad-exit/x`);
    assert.equal(notRunning.status, 503);
    await admin.ok('POST', '/plugins/com.plughost.e2e-python/disable');
    assert.equal((await fetch(`${server.url}/plugins/com.plughost.e2e-python/x`)).status, 404);
  });

  test('ServeMetrics answers on the metrics listener', async () => {
    await plugin('/whoami');
    const res = await fetch(`${server.metricsUrl}/plugins/${pluginId}/metrics`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /^http_plugin_requests_total [1-9][0-9]*$/m);
    assert.equal((await fetch(`${server.metricsUrl}/plugins/com.example.nothing/metrics`)).status, 404);
  });
});
