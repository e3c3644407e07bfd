// Every Plugin API method: the handler modules, one per domain, merged. The compiler refuses
// a contract method that has no handler.
import { channelHandlers } from './channels.js';
import { commandHandlers } from './commands.js';
import { configurationHandlers } from './configuration.js';
import { fileHandlers } from './files.js';
import { kvHandlers } from './kv.js';
import { postHandlers } from './posts.js';
import { systemHandlers } from './system.js';
import { teamHandlers } from './teams.js';
import type { ApiDeps, Handlers } from './types.js';
import { userHandlers } from './users.js';

export function apiHandlers(deps: ApiDeps): Handlers {
  return {
    ...systemHandlers(deps),
    ...userHandlers(deps),
    ...teamHandlers(deps),
    ...channelHandlers(deps),
    ...postHandlers(deps),
    ...fileHandlers(deps),
    ...kvHandlers(deps),
    ...configurationHandlers(deps),
    ...commandHandlers(deps),
  };
}
