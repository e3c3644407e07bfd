// The membership_python fixture plugin next to another test's plugins: it records every
// membership hook it receives (with the actor), so a test can see that a change made through
// the Plugin API or REST ran the hooks.
import path from 'node:path';
import { bundleOf, type Client, fixturesDir, waitFor } from './harness.js';

export const membershipPluginId = 'com.plughost.membership-python';

export interface HookRecord {
  hook: string;
  request_id: string;
  [field: string]: unknown;
}

/** Installs and enables the plugin; gives a function answering what it has recorded (of one hook). */
export async function installMembershipPlugin(admin: Client): Promise<(hook: string) => Promise<HookRecord[]>> {
  const upload = await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'membership_python')));
  if (upload.status !== 201) throw new Error(`membership plugin upload answered ${upload.status}: ${JSON.stringify(upload.body)}`);
  await admin.ok('POST', `/plugins/${membershipPluginId}/enable`);
  await waitFor('the membership plugin to run', async () => (await admin.status(membershipPluginId))?.state === 2);
  return async (hook) => {
    const res = await fetch(`${admin.url}/plugins/${membershipPluginId}/seen`, { headers: { Authorization: `Bearer ${admin.token}` } });
    if (res.status !== 200) throw new Error(`membership plugin /seen answered ${res.status}`);
    return ((await res.json()) as HookRecord[]).filter((e) => e.hook === hook);
  };
}
