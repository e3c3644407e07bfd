// User routes through Mattermost's own client: lookups, search, patch, roles, deactivation.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import mattermost from '@mattermost/client';
import { type ServerHandle, startServer } from '../harness.js';

const { Client4 } = mattermost;

describe('users through @mattermost/client', () => {
  let server: ServerHandle;
  const admin = new Client4();
  const carol = new Client4();
  let carolId: string;
  let daveId: string;

  before(async () => {
    server = await startServer();
    admin.setUrl(server.url);
    carol.setUrl(server.url);
    await admin.createUser({ username: 'root', email: 'root@example.com', password: 'root-password' } as any, '', '');
    await admin.login('root', 'root-password');
    carolId = (await admin.createUser({ username: 'carol', email: 'carol@example.com', password: 'carol-password', first_name: 'Carol' } as any, '', '')).id;
    daveId = (await admin.createUser({ username: 'dave', email: 'dave@example.com', password: 'dave-password', nickname: 'Davy' } as any, '', '')).id;
    await carol.login('carol@example.com', 'carol-password');
  });

  after(async () => {
    await server?.stop();
  });

  test('look-ups by username, email and ids; others do not see the email', async () => {
    assert.equal((await carol.getUserByUsername('dave')).id, daveId);
    assert.equal((await carol.getUserByUsername('dave')).email, '');
    assert.equal((await admin.getUserByEmail('dave@example.com')).id, daveId);
    const byIds = await carol.getProfilesByIds([carolId, daveId, 'x'.repeat(26)]);
    assert.deepEqual(byIds.map((u: any) => u.username).sort(), ['carol', 'dave']);
    assert.equal(byIds.find((u: any) => u.id === carolId)!.email, 'carol@example.com', 'you see your own email');
    await assert.rejects(carol.getUserByUsername('nobody'), (e: any) => e.status_code === 404);
  });

  test('search by prefix of username, names and nickname', async () => {
    assert.deepEqual((await carol.searchUsers('da', {})).map((u: any) => u.username), ['dave']);
    assert.deepEqual((await carol.searchUsers('davy', {})).map((u: any) => u.username), ['dave']);
    assert.deepEqual((await carol.searchUsers('CAR', {})).map((u: any) => u.username), ['carol']);
    assert.deepEqual(await carol.searchUsers('%', {}), [], 'a wildcard in the term is matched literally');
  });

  test('patch changes only the given fields, and only your own account unless you are an admin', async () => {
    const patched = await carol.patchUser({ id: carolId, nickname: 'Caz', password: 'sneaky-new-password' } as any);
    assert.equal(patched.nickname, 'Caz');
    assert.equal(patched.first_name, 'Carol');
    const fresh = new Client4();
    fresh.setUrl(server.url);
    await fresh.login('carol', 'carol-password').catch(() => assert.fail('patch changed the password'));
    await assert.rejects(carol.patchUser({ id: daveId, nickname: 'hacked' } as any), (e: any) => e.status_code === 403);
    await assert.rejects(carol.patchUser({ id: carolId, email: 'dave@example.com' } as any), (e: any) => e.status_code === 409);
  });

  test('roles: only admins change them, and only to valid sets', async () => {
    await assert.rejects(carol.updateUserRoles(carolId, 'system_user system_admin'), (e: any) => e.status_code === 403);
    await assert.rejects(admin.updateUserRoles(carolId, 'root'), (e: any) => e.status_code === 400 && /roles/.test(e.message));
    await admin.updateUserRoles(daveId, 'system_user system_admin');
    assert.match((await admin.getUser(daveId)).roles, /system_admin/);
    await admin.updateUserRoles(daveId, 'system_user');
  });

  test('deactivation ends sessions and logins; an admin reactivates', async () => {
    const dave = new Client4();
    dave.setUrl(server.url);
    await dave.login('dave', 'dave-password');
    await assert.rejects(carol.updateUserActive(daveId, false), (e: any) => e.status_code === 403);
    await admin.updateUserActive(daveId, false);
    await assert.rejects(dave.getMe(), (e: any) => e.status_code === 401);
    await assert.rejects(dave.login('dave', 'dave-password'), (e: any) => e.status_code === 401 && /deactivated/.test(e.message));
    await admin.updateUserActive(daveId, true);
    assert.equal((await dave.login('dave', 'dave-password')).id, daveId);
  });
});
