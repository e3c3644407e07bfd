// The api_probe harness itself, through methods that exist since the foundation: sync and async
// clients reach the same server, results come back as JSON, errors as the SDK's exceptions.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Probe, startProbe } from '../api-probe.js';

describe('the Plugin API probe', () => {
  let probe: Probe;
  before(async () => {
    probe = await startProbe();
  });
  after(async () => {
    await probe?.stop();
  });

  for (const client of ['sync', 'async'] as const) {
    test(`${client}: a result comes back as JSON and an error as the SDK's exception`, async () => {
      const user = await probe.ok('get_user', [probe.adminUser.id], {}, client);
      assert.equal(user.username, 'admin');
      const missing = await probe.call('get_user', ['nosuchuser0000000000000000'], {}, client);
      assert.equal(missing.error?.type, 'NotFoundError');
      assert.equal(missing.error?.status_code, 404);
    });

    test(`${client}: a method plughost does not implement raises a 501 naming itself`, async () => {
      const answer = await probe.call('get_ldap_user_attributes', [probe.adminUser.id, ['cn']], {}, client);
      assert.equal(answer.error?.status_code, 501);
      assert.equal(answer.error?.id, 'plugin_api.not_implemented');
      assert.match(answer.error!.message, /GetLDAPUserAttributes/);
    });
  }
});
