// The Plugin API's plugin self-management, configuration, server facts, audit, mail and cluster
// methods, called from a real Python plugin (the api_probe fixture) and checked through REST and
// the server log. Also: a plugin disabling, replacing or removing itself answers before it stops,
// from a request and from its own OnActivate, without a deadlock; facts survive a restart.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bytesArg, type Probe, probePluginId, startProbe } from '../api-probe.js';
import { bundleOf, fixturesDir, waitFor } from '../harness.js';

const Running = 2;
const NotRunning = 0;
const integrationsId = 'com.plughost.integrations';
const httpPluginId = 'com.plughost.http-python';

/** The JSON lines of the server log that match. */
const logLines = (probe: Probe, match: (line: any) => boolean) =>
  probe.server.logs.flatMap((l) => { try { return [JSON.parse(l)]; } catch { return []; } }).filter(match);

interface ReceivedMail { auth: string; from: string; to: string[]; data: string }

/** A few lines of SMTP over node:net: enough for nodemailer to hand over a mail (AUTH PLAIN, no TLS). */
async function smtpReceiver(): Promise<{ port: number; mails: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let mail: ReceivedMail = { auth: '', from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 receiver ESMTP');
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let i = buffer.indexOf('\r\n'); i >= 0; i = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            mails.push(mail);
            mail = { auth: '', from: '', to: [], data: '' };
            reply('250 queued');
          } else mail.data += `${line.replace(/^\./, '')}\n`;
          continue;
        }
        const [verb, ...rest] = line.split(' ');
        switch (verb.toUpperCase()) {
          case 'EHLO': reply('250-receiver'); reply('250 AUTH PLAIN'); break;
          case 'AUTH': mail.auth = Buffer.from(rest[1] ?? '', 'base64').toString('utf8'); reply('235 accepted'); break;
          case 'MAIL': mail.from = rest.join(' '); reply('250 ok'); break;
          case 'RCPT': mail.to.push(rest.join(' ')); reply('250 ok'); break;
          case 'DATA': inData = true; reply('354 end with .'); break;
          case 'QUIT': reply('221 bye'); socket.end(); break;
          default: reply('250 ok');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('Plugin API: plugins, configuration, server and system', () => {
  let probe: Probe;
  let started: number;

  before(async () => {
    started = Date.now();
    probe = await startProbe();
    assert.equal((await probe.admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'integrations_python')))).status, 201);
    await probe.admin.ok('POST', `/plugins/${integrationsId}/enable`);
  });
  after(async () => {
    await probe?.stop();
  });

  test('GetPluginID, GetBundlePath, GetPlugins and GetPluginStatus describe the installed plugins', async () => {
    assert.equal(await probe.ok('get_plugin_id'), probePluginId);
    const bundlePath = await probe.ok('get_bundle_path');
    assert.equal(bundlePath, path.join(fs.realpathSync(probe.server.dataDir), 'plugins', probePluginId));
    assert.ok(fs.existsSync(path.join(bundlePath, 'plugin.json')));
    const manifests = await probe.ok('get_plugins');
    assert.deepEqual(manifests.map((m: any) => m.id).sort(), [probePluginId, integrationsId].sort());
    const own = manifests.find((m: any) => m.id === probePluginId);
    assert.equal(own.name, 'Plugin API probe');
    assert.equal(own.server.executable, 'server/plugin.py');
    const status = await probe.ok('get_plugin_status', [integrationsId]);
    assert.equal(status.plugin_id, integrationsId);
    assert.equal(status.state, Running);
    assert.equal(status.version, '1.0.0');
    for (const method of ['get_plugin_status', 'enable_plugin', 'disable_plugin', 'remove_plugin']) {
      const missing = await probe.call(method, ['no.such.plugin']);
      assert.equal(missing.error?.type, 'NotFoundError', method);
      assert.match(missing.error!.message, /"no.such.plugin" is not installed/);
    }
  });

  test('InstallPlugin installs by the upload rules; EnablePlugin, DisablePlugin and RemovePlugin act as REST does', async () => {
    const bundle = await bundleOf(path.join(fixturesDir, 'plugins', 'http_python'));
    const manifest = await probe.ok('install_plugin', [bytesArg(bundle), false]);
    assert.equal(manifest.id, httpPluginId);
    assert.ok((await probe.admin.ok('GET', '/plugins')).inactive.some((m: any) => m.id === httpPluginId));
    const again = await probe.call('install_plugin', [bytesArg(bundle), false]);
    assert.equal(again.error?.type, 'AlreadyExistsError');
    assert.match(again.error!.message, /already installed/);
    assert.equal((await probe.ok('install_plugin', [bytesArg(bundle), true])).id, httpPluginId);
    const garbage = await probe.call('install_plugin', [bytesArg('not a bundle'), false]);
    assert.equal(garbage.error?.type, 'ValidationError');
    assert.match(garbage.error!.message, /Plugin bundle refused/);

    assert.equal(await probe.ok('enable_plugin', [httpPluginId]), null);
    assert.equal((await probe.admin.status(httpPluginId)).state, Running);
    const whoami = await fetch(`${probe.server.url}/plugins/${httpPluginId}/whoami`);
    assert.equal(whoami.status, 200);
    await probe.ok('disable_plugin', [httpPluginId]);
    assert.equal((await probe.admin.status(httpPluginId)).state, NotRunning);
    assert.equal((await probe.admin.ok('GET', '/config')).PluginSettings.PluginStates[httpPluginId].Enable, false);
    await probe.ok('remove_plugin', [httpPluginId]);
    assert.equal(await probe.admin.status(httpPluginId), undefined);
    assert.ok(!fs.existsSync(path.join(probe.server.dataDir, 'plugins', httpPluginId)));

    // PluginSettings.EnableUploads off: refused here and over REST alike.
    await probe.admin.ok('PUT', '/config/patch', { PluginSettings: { EnableUploads: false } });
    const off = await probe.call('install_plugin', [bytesArg(bundle), false]);
    assert.equal(off.error?.type, 'PermissionDeniedError');
    assert.match(off.error!.message, /uploads have been disabled/);
    assert.equal((await probe.admin.uploadPlugin(bundle)).status, 403);
    // The signature policy: without a signature a bundle is refused when one is required.
    await probe.admin.ok('PUT', '/config/patch', { PluginSettings: { EnableUploads: true, RequirePluginSignature: true } });
    const unsigned = await probe.call('install_plugin', [bytesArg(bundle), false]);
    assert.equal(unsigned.error?.type, 'ValidationError');
    assert.match(unsigned.error!.message, /a signature is required/);
    await probe.admin.ok('PUT', '/config/patch', { PluginSettings: { RequirePluginSignature: false, MaxBundleBytes: 100 } });
    const tooBig = await probe.call('install_plugin', [bytesArg(bundle), false]);
    assert.equal(tooBig.error?.status_code, 413);
    assert.match(tooBig.error!.message, /larger than the limit of 100 bytes/);
    await probe.admin.ok('PUT', '/config/patch', { PluginSettings: { MaxBundleBytes: 50 * 1024 * 1024 } });
  });

  test('GetConfig hides secrets, GetUnsanitizedConfig shows them; SaveConfig replaces the configuration by the REST rules', async () => {
    await probe.admin.ok('PUT', '/config/patch', { EmailSettings: { SMTPPassword: 's3cret' }, PluginSettings: { Plugins: { [integrationsId]: { greeting: 'hello' } } } });
    const sanitized = await probe.ok('get_config');
    assert.equal(sanitized.EmailSettings.SMTPPassword, '********************');
    assert.equal(sanitized.PluginSettings.Plugins, undefined);
    const full = await probe.ok('get_unsanitized_config');
    assert.equal(full.EmailSettings.SMTPPassword, 's3cret');
    assert.deepEqual(full.PluginSettings.Plugins[integrationsId], { greeting: 'hello' });
    assert.equal((await probe.admin.ok('GET', '/config')).EmailSettings.SMTPPassword, '********************', 'REST hides it too');

    // What GetConfig returned saves back: the hidden password and the plugins' settings are kept.
    sanitized.ServiceSettings.SiteURL = 'http://chat.example.com';
    assert.equal(await probe.ok('save_config', [sanitized]), null);
    const saved = await probe.ok('get_unsanitized_config');
    assert.equal(saved.ServiceSettings.SiteURL, 'http://chat.example.com');
    assert.equal(saved.EmailSettings.SMTPPassword, 's3cret');
    assert.deepEqual(saved.PluginSettings.Plugins[integrationsId], { greeting: 'hello' });
    assert.equal((await probe.admin.ok('GET', '/config')).ServiceSettings.SiteURL, 'http://chat.example.com');

    // A replace: what is left out takes its default.
    const { ServiceSettings, PluginSettings } = saved;
    await probe.ok('save_config', [{ ServiceSettings: { ...ServiceSettings, SiteURL: undefined }, PluginSettings }]);
    const replaced = await probe.admin.ok('GET', '/config');
    assert.equal(replaced.ServiceSettings.SiteURL, '');
    assert.equal(replaced.EmailSettings.SMTPPassword, '', 'EmailSettings left out: defaults');

    for (const [config, field] of [
      [{ ServiceSettings: { MaxFileSizeBytes: 'big' } }, 'ServiceSettings.MaxFileSizeBytes'],
      [{ EmailSettings: { ConnectionSecurity: 'SSL' } }, 'EmailSettings.ConnectionSecurity'],
      [{ EmailSettings: { SMTPServer: 'mail.example.com' } }, 'EmailSettings.FeedbackEmail'],
      [{ PluginSettings: { PluginStates: { [integrationsId]: true } } }, `PluginSettings.PluginStates.${integrationsId}.Enable`],
    ] as const) {
      const refused = await probe.call('save_config', [config]);
      assert.equal(refused.error?.type, 'ValidationError', field);
      assert.match(refused.error!.message, new RegExp(`Invalid ${field.replace(/\./g, '\\.')}`));
      const rest = await probe.admin.request('PUT', '/config', config);
      assert.equal(rest.status, 400, `REST PUT /config: ${field}`);
      assert.match(rest.body.message, new RegExp(`Invalid ${field.replace(/\./g, '\\.')}`));
    }
    const notObject = await probe.call('save_config', [[1, 2]]);
    assert.equal(notObject.error?.type, 'ValidationError');
    assert.match(notObject.error!.message, /config_json/);
  });

  test('SaveConfig tells a plugin of its changed settings, and PluginStates start and stop plugins', async () => {
    const full = await probe.ok('get_unsanitized_config');
    full.PluginSettings.Plugins[integrationsId] = { greeting: 'changed by SaveConfig' };
    await probe.ok('save_config', [full]);
    await waitFor('OnConfigurationChange', async () => (await probe.admin.ok('GET', `/plugins/${integrationsId}/logs`))
      .some((l: any) => l.message === 'configuration: {"greeting": "changed by SaveConfig"}'));
    full.PluginSettings.PluginStates[integrationsId] = { Enable: false };
    await probe.ok('save_config', [full]);
    assert.equal((await probe.admin.status(integrationsId)).state, NotRunning);
    full.PluginSettings.PluginStates[integrationsId] = { Enable: true };
    await probe.ok('save_config', [full]);
    assert.equal((await probe.admin.status(integrationsId)).state, Running);
  });

  test('server facts: no license, not Enterprise, an install date, one telemetry id, no cloud limits', async () => {
    assert.equal(await probe.ok('get_license'), null);
    assert.equal(await probe.ok('is_enterprise_ready'), false);
    const installed = await probe.ok('get_system_install_date');
    assert.ok(installed >= started && installed <= Date.now(), `install date ${installed}`);
    const telemetryId = await probe.ok('get_telemetry_id');
    assert.match(telemetryId, /^[a-z0-9]{26}$/);
    assert.equal(await probe.ok('get_diagnostic_id'), telemetryId);
    assert.deepEqual(await probe.ok('get_cloud_limits'), {});
    assert.equal(await probe.ok('register_collection_and_topic', ['widgets', 'widget']), null);
    const trial = await probe.call('request_trial_license', [probe.adminUser.id, 10, true, false]);
    assert.equal(trial.error?.status_code, 501);
    assert.match(trial.error!.message, /RequestTrialLicense/);
  });

  test('LogAuditRec and LogAuditRecWithLevel write "audit" lines tagged with the plugin; the level is checked', async () => {
    const record = { event_name: 'createWidget', status: 'success', actor: { user_id: probe.adminUser.id }, meta: { widget: 'w1' } };
    assert.equal(await probe.ok('log_audit_rec', [record]), null);
    assert.equal(await probe.ok('log_audit_rec_with_level', [{ ...record, event_name: 'deleteWidget' }, 'warn']), null);
    const lines = await waitFor('the audit lines', async () => {
      const found = logLines(probe, (l) => l.msg === 'audit' && l.plugin_id === probePluginId);
      return found.length >= 2 && found;
    });
    const created = lines.find((l: any) => l.audit.event_name === 'createWidget');
    assert.equal(created.level, 'info');
    assert.deepEqual(created.audit, record);
    assert.equal(lines.find((l: any) => l.audit.event_name === 'deleteWidget').level, 'warn');
    const badLevel = await probe.call('log_audit_rec_with_level', [record, 'loud']);
    assert.equal(badLevel.error?.type, 'ValidationError');
    assert.match(badLevel.error!.message, /Invalid level/);
    const noEvent = await probe.call('log_audit_rec', [{ status: 'fail' }]);
    assert.equal(noEvent.error?.type, 'ValidationError');
    assert.match(noEvent.error!.message, /record_json\.event_name/);
  });

  test('SendMail: to the server log without an SMTP server, through EmailSettings with one; every field is required', async () => {
    assert.equal(await probe.ok('send_mail', ['ann@example.com', 'Logged', '<p>nowhere to go</p>']), null);
    const logged = await waitFor('the mail in the log', async () => logLines(probe, (l) => l.msg.startsWith('mail not sent') && l.to === 'ann@example.com')[0]);
    assert.equal(logged.subject, 'Logged');
    assert.equal(logged.html_body, '<p>nowhere to go</p>');
    for (const [args, field] of [[['', 's', 'b'], 'to'], [['ann@example.com', '', 'b'], 'subject'], [['ann@example.com', 's', ''], 'html_body'], [['not an address', 's', 'b'], 'to']] as const) {
      const refused = await probe.call('send_mail', [...args]);
      assert.equal(refused.error?.type, 'ValidationError', field);
      assert.match(refused.error!.message, new RegExp(`^Invalid ${field}:`));
    }

    const receiver = await smtpReceiver();
    try {
      await probe.admin.ok('PUT', '/config/patch', { EmailSettings: {
        SMTPServer: '127.0.0.1', SMTPPort: String(receiver.port), SMTPUsername: 'mailer', SMTPPassword: 'pw', FeedbackEmail: 'noreply@chat.example.com', FeedbackName: 'Chat',
      } });
      await probe.ok('send_mail', ['bob@example.com', 'Hello Bob', '<h1>Hi</h1><p>from a plugin</p>']);
      assert.equal(receiver.mails.length, 1);
      const [mail] = receiver.mails;
      assert.equal(mail.auth, '\u0000mailer\u0000pw');
      assert.match(mail.from, /<noreply@chat\.example\.com>/);
      assert.deepEqual(mail.to.map((t) => t.replace(/^TO:/i, '')), ['<bob@example.com>']);
      assert.match(mail.data, /^Subject: Hello Bob$/m);
      assert.match(mail.data, /^From: Chat <noreply@chat\.example\.com>$/m);
      assert.match(mail.data, /<h1>Hi<\/h1><p>from a plugin<\/p>/);
    } finally {
      await receiver.close();
    }
    const unreachable = await probe.call('send_mail', ['bob@example.com', 'Lost', '<p>x</p>']);
    assert.equal(unreachable.error?.status_code, 500);
    assert.match(unreachable.error!.message, /Failed to send mail to bob@example.com through 127\.0\.0\.1/);
    await probe.admin.ok('PUT', '/config/patch', { EmailSettings: { SMTPServer: '' } });
  });

  test('PublishPluginClusterEvent is checked and, on a single node, delivered to no one', async () => {
    assert.equal(await probe.ok('publish_plugin_cluster_event', [{ id: 'cache-flush', data: bytesArg('x') }, { send_type: 'reliable' }]), null);
    assert.equal(await probe.ok('publish_plugin_cluster_event', [{ id: 'cache-flush' }, {}]), null);
    const noId = await probe.call('publish_plugin_cluster_event', [{ data: bytesArg('x') }, {}]);
    assert.equal(noId.error?.type, 'ValidationError');
    assert.match(noId.error!.message, /Invalid event\.id/);
    const badType = await probe.call('publish_plugin_cluster_event', [{ id: 'x' }, { send_type: 'carrier-pigeon' }]);
    assert.equal(badType.error?.type, 'ValidationError');
    assert.match(badType.error!.message, /Invalid options\.send_type/);
  });

  test('a plugin disabling itself hears the answer, then stops; enabled again it runs', async () => {
    assert.equal(await probe.ok('disable_plugin', [probePluginId]), null);
    await waitFor('the probe to stop', async () => (await probe.admin.status(probePluginId)).state === NotRunning);
    assert.equal((await probe.admin.ok('GET', '/config')).PluginSettings.PluginStates[probePluginId].Enable, false);
    await probe.admin.ok('POST', `/plugins/${probePluginId}/enable`);
    assert.equal(await probe.ok('get_plugin_id'), probePluginId);
  });

  test('a plugin disabling itself inside its OnActivate: no deadlock, it starts, then stops', async () => {
    const armed = await fetch(`${probe.server.url}/plugins/${integrationsId}/arm-self-disable`, { method: 'POST', headers: { Authorization: `Bearer ${probe.admin.token}` } });
    assert.equal(armed.status, 200);
    await probe.admin.ok('POST', `/plugins/${integrationsId}/disable`);
    await probe.admin.ok('PUT', '/config/patch', { PluginSettings: { HookTimeoutMs: 5000 } });
    const t0 = Date.now();
    // Waiting for the plugin's own stop inside its OnActivate would hang until the hook deadline and fail the start.
    await probe.admin.ok('POST', `/plugins/${integrationsId}/enable`);
    assert.ok(Date.now() - t0 < 5000, `enable took ${Date.now() - t0} ms`);
    await waitFor('the plugin to stop', async () => (await probe.admin.status(integrationsId)).state === NotRunning);
    const logs = await probe.admin.ok('GET', `/plugins/${integrationsId}/logs`);
    assert.ok(logs.some((l: any) => l.message === 'disable_plugin answered inside OnActivate'), JSON.stringify(logs));
    assert.ok(!logs.some((l: any) => /OnActivate failed/.test(l.message)));
    assert.equal((await probe.admin.ok('GET', '/config')).PluginSettings.PluginStates[integrationsId].Enable, false);
    await probe.admin.ok('POST', `/plugins/${integrationsId}/enable`);
    assert.equal((await probe.admin.status(integrationsId)).state, Running);
  });

  test('a plugin replacing itself with InstallPlugin hears the answer, then restarts as the new install', async () => {
    const activations = () => logLines(probe, (l) => l.msg === 'plugin activated' && l.plugin_id === probePluginId).length;
    const before = activations();
    const manifest = await probe.ok('install_plugin', [bytesArg(await bundleOf(path.join(fixturesDir, 'plugins', 'api_probe'))), true]);
    assert.equal(manifest.id, probePluginId);
    await waitFor('the probe to start again', async () => activations() > before && (await probe.admin.status(probePluginId)).state === Running);
    assert.equal(await probe.ok('get_plugin_id'), probePluginId);
  });

  test('the install date and the telemetry id are stored once: the same after a restart', async () => {
    const installed = await probe.ok('get_system_install_date');
    const telemetryId = await probe.ok('get_telemetry_id');
    await probe.restart();
    assert.equal(await probe.ok('get_system_install_date'), installed);
    assert.equal(await probe.ok('get_telemetry_id'), telemetryId);
    assert.equal(await probe.ok('get_diagnostic_id'), telemetryId);
  });

  test('a plugin removing itself hears the answer, then is stopped and deleted', async () => {
    assert.equal(await probe.ok('remove_plugin', [probePluginId]), null);
    await waitFor('the probe to be gone', async () => (await probe.admin.status(probePluginId)) === undefined);
    assert.ok(!fs.existsSync(path.join(probe.server.dataDir, 'plugins', probePluginId)));
    assert.equal((await probe.admin.ok('GET', '/config')).PluginSettings.PluginStates[probePluginId].Enable, false);
  });
});
