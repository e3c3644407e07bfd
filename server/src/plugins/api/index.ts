// Every Plugin API method: the handler modules, one per domain, merged, and the methods
// plughost does not implement answering 501. The compiler refuses a contract method that is
// in neither; index.test.ts refuses one that is in both.
import { botHandlers } from './bots.js';
import { channelHandlers } from './channels.js';
import { commandHandlers } from './commands.js';
import { configurationHandlers } from './configuration.js';
import { fileHandlers } from './files.js';
import { groupHandlers } from './groups.js';
import { kvHandlers } from './kv.js';
import { type NotImplementedMethod, notImplementedError, notImplementedMethods } from './not-implemented.js';
import { permissionHandlers } from './permissions.js';
import { postHandlers } from './posts.js';
import { preferenceHandlers } from './preferences.js';
import { propertyHandlers } from './properties.js';
import { sessionHandlers } from './sessions.js';
import { statusHandlers } from './statuses.js';
import { reactionHandlers } from './reactions.js';
import { systemHandlers } from './system.js';
import { teamHandlers } from './teams.js';
import type { ApiDeps, Handlers } from './types.js';
import { userHandlers } from './users.js';
import { websocketHandlers } from './websocket.js';

/** The implemented methods, by name. */
export function implementedHandlers(deps: ApiDeps): Omit<Handlers, NotImplementedMethod> {
  return {
    ...systemHandlers(deps),
    ...userHandlers(deps),
    ...statusHandlers(deps),
    ...sessionHandlers(deps),
    ...preferenceHandlers(deps),
    ...permissionHandlers(deps),
    ...teamHandlers(deps),
    ...channelHandlers(deps),
    ...postHandlers(deps),
    ...reactionHandlers(deps),
    ...fileHandlers(deps),
    ...kvHandlers(deps),
    ...configurationHandlers(deps),
    ...commandHandlers(deps),
    ...websocketHandlers(deps),
    ...botHandlers(deps),
    ...groupHandlers(deps),
    ...propertyHandlers(deps),
  };
}

export function apiHandlers(deps: ApiDeps): Handlers {
  const unimplemented = Object.fromEntries(
    notImplementedMethods.map((method) => [method, async () => { throw notImplementedError(method); }]),
  ) as unknown as Pick<Handlers, NotImplementedMethod>;
  return { ...unimplemented, ...implementedHandlers(deps) };
}
