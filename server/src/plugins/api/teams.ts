// Plugin API: teams, their members, icons and counts.
import { fromMessage } from '../convert.js';
import { appErrorMessage } from '../grpc-service.js';
import { type ApiDeps, type Handlers, need, page } from './types.js';

/** requestor_id: a user id, or "" (or not sent) for the plugin itself. */
const requestor = (id: string | undefined) => id || undefined;

export const teamHandlers = ({ app }: ApiDeps) => ({
  GetTeam: async (req) => ({ team: await app.teams.get(req.team_id) }),
  GetTeams: async () => ({ teams: await app.teams.list() }),
  GetTeamByName: async (req) => ({ team: await app.teams.getByName(req.name) }),
  CreateTeam: async (req, { ctx }) => ({ team: await app.teams.create(ctx, fromMessage(need(req.team, 'team'))) }),
  DeleteTeam: async (req) => {
    await app.teams.archive(req.team_id);
    return {};
  },
  // The whole team is given, as in Mattermost: the fields it changes all take the values sent.
  UpdateTeam: async (req) => {
    const team = need(req.team, 'team');
    return { team: await app.teams.patch(team.id, { display_name: team.display_name, description: team.description, allow_open_invite: team.allow_open_invite, group_constrained: team.group_constrained }) };
  },
  SearchTeams: async (req) => ({ teams: await app.teams.search(req.term) }),
  GetTeamsForUser: async (req) => ({ teams: (await app.teams.forUser(req.user_id)).teams }),
  GetTeamsUnreadForUser: async (req) => ({ team_unreads: await app.channels.teamUnreads(req.user_id) }),
  GetTeamStats: async (req) => ({ team_stats: await app.teams.stats(req.team_id) }),

  CreateTeamMember: async (req, { ctx }) => ({ team_member: await app.teams.addMember(ctx, req.team_id, req.user_id) }),
  CreateTeamMembers: async (req, { ctx }) => {
    const results = await app.teams.addMembers(ctx, req.team_id, req.user_ids, requestor(req.requestor_id), false);
    return { team_members: results.map((r) => r.member!) };
  },
  CreateTeamMembersGracefully: async (req, { ctx }) => {
    const results = await app.teams.addMembers(ctx, req.team_id, req.user_ids, requestor(req.requestor_id), true);
    return { results: results.map((r) => ({ user_id: r.user_id, member: r.member, error: r.error && appErrorMessage(r.error) })) };
  },
  DeleteTeamMember: async (req, { ctx }) => {
    await app.teams.removeMember(ctx, req.team_id, req.user_id, requestor(req.requestor_id));
    return {};
  },
  GetTeamMembers: async (req) => {
    const p = page(req.page, req.per_page);
    return { team_members: await app.teams.members(req.team_id, p.page, p.perPage) };
  },
  GetTeamMember: async (req) => ({ team_member: await app.teams.getMember(req.team_id, req.user_id) }),
  GetTeamMembersForUser: async (req) => {
    const p = page(req.page, req.per_page);
    return { team_members: await app.teams.membersForUser(req.user_id, p.page, p.perPage) };
  },
  UpdateTeamMemberRoles: async (req) => ({ team_member: await app.teams.setMemberRoles(req.team_id, req.user_id, req.new_roles) }),

  GetTeamIcon: async (req) => ({ icon: (await app.teamIcons.get(req.team_id)).data }),
  SetTeamIcon: async (req) => {
    await app.teamIcons.set(req.team_id, Buffer.from(req.data));
    return {};
  },
  RemoveTeamIcon: async (req) => {
    await app.teamIcons.remove(req.team_id);
    return {};
  },
}) satisfies Partial<Handlers>;
