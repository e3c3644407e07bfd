import assert from 'node:assert/strict';
import test from 'node:test';
import { defaultConfig, hiddenSecret, maskedConfig, patchedConfig, replacedConfig, sanitizedConfig } from './config.js';

const saved = () => {
  const cfg = defaultConfig();
  cfg.EmailSettings.SMTPPassword = 's3cret';
  cfg.ServiceSettings.SiteURL = 'http://chat.example.com';
  cfg.PluginSettings.Plugins = { 'com.example.p': { greeting: 'hi' } };
  return cfg;
};

test('a configuration read with secrets hidden saves back unchanged, by replace and by patch', () => {
  const current = saved();
  assert.equal(maskedConfig(current).EmailSettings.SMTPPassword, hiddenSecret);
  const read = sanitizedConfig(current);
  assert.equal((read as any).PluginSettings.Plugins, undefined);
  assert.deepEqual(replacedConfig(current, read), current);
  assert.deepEqual(patchedConfig(current, maskedConfig(current) as any), current);
});

test('a replace resets what it leaves out; a patch keeps it', () => {
  const current = saved();
  const replaced = replacedConfig(current, { ServiceSettings: { MaxFileSizeBytes: 10 } });
  assert.equal(replaced.ServiceSettings.MaxFileSizeBytes, 10);
  assert.equal(replaced.ServiceSettings.SiteURL, '');
  assert.equal(replaced.EmailSettings.SMTPPassword, '');
  assert.deepEqual(replaced.PluginSettings.Plugins, current.PluginSettings.Plugins, 'absent plugin settings are kept');
  assert.deepEqual(replacedConfig(current, { PluginSettings: { Plugins: {} } }).PluginSettings.Plugins, {}, 'given ones replace');
  const patched = patchedConfig(current, { ServiceSettings: { MaxFileSizeBytes: 10 } });
  assert.equal(patched.ServiceSettings.SiteURL, 'http://chat.example.com');
});

test('bad settings are refused naming the setting', () => {
  const current = saved();
  const refused = (input: Record<string, unknown>, name: string) =>
    assert.throws(() => replacedConfig(current, input), (err: { statusCode: number; message: string }) => err.statusCode === 400 && err.message.startsWith(`Invalid ${name}:`));
  refused({ ServiceSettings: { MaxFileSizeBytes: '10' } }, 'ServiceSettings.MaxFileSizeBytes');
  refused({ ServiceSettings: 'x' }, 'ServiceSettings');
  refused({ ServiceSettings: { OutgoingIntegrationRequestsTimeout: 0 } }, 'ServiceSettings.OutgoingIntegrationRequestsTimeout');
  refused({ EmailSettings: { SMTPPort: '99999' } }, 'EmailSettings.SMTPPort');
  refused({ EmailSettings: { ConnectionSecurity: 'SSL' } }, 'EmailSettings.ConnectionSecurity');
  refused({ EmailSettings: { SMTPServer: 'mail.example.com' } }, 'EmailSettings.FeedbackEmail');
  refused({ EmailSettings: { FeedbackEmail: 'nobody' } }, 'EmailSettings.FeedbackEmail');
  refused({ PluginSettings: { PluginStates: { p: { Enable: 'yes' } } } }, 'PluginSettings.PluginStates.p.Enable');
  refused({ PluginSettings: { Plugins: { p: [1] } } }, 'PluginSettings.Plugins.p');
});
