// Plugin API: teams.
import { fromMessage } from '../convert.js';
import { type ApiDeps, type Handlers, need } from './types.js';

export const teamHandlers = ({ app }: ApiDeps) => ({
  GetTeam: async (req) => ({ team: await app.teams.get(req.team_id) }),
  GetTeams: async () => ({ teams: await app.teams.list() }),
  GetTeamByName: async (req) => ({ team: await app.teams.getByName(req.name) }),
  CreateTeam: async (req, { ctx }) => ({ team: await app.teams.create(ctx, fromMessage(need(req.team, 'team'))) }),
}) satisfies Partial<Handlers>;
