// /api/v4/teams/{team_id}/posts/search and /files/search: Mattermost's search, in the channels
// the caller is a member of. The terms may carry from:, in:, on:, after: and before:.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../app/app.js';
import { invalidField } from '../app/errors.js';
import type { Post } from '../app/models.js';
import { emptySearchParams, parseSearchText, type SearchParams } from '../app/search.js';
import { teamWithPermission } from './access.js';
import { bodyObject, requireSession } from './context.js';

/** The search a request body asks for: {terms, is_or_search, time_zone_offset, include_deleted_channels, page, per_page}. */
function searchFromBody(req: FastifyRequest): SearchParams {
  const body = bodyObject(req, 'search');
  if (typeof body.terms !== 'string' || !body.terms.trim()) throw invalidField('search', 'terms', 'is required');
  const int = (field: string, fallback: number) => {
    const value = body[field] ?? fallback;
    if (typeof value !== 'number' || !Number.isInteger(value)) throw invalidField('search', field, 'must be a whole number');
    return value;
  };
  const bool = (field: string) => {
    const value = body[field] ?? false;
    if (typeof value !== 'boolean') throw invalidField('search', field, 'must be true or false');
    return value;
  };
  return {
    ...emptySearchParams(),
    ...parseSearchText(body.terms),
    is_or_search: bool('is_or_search'),
    include_deleted_channels: bool('include_deleted_channels'),
    time_zone_offset: int('time_zone_offset', 0),
    page: int('page', 0),
    per_page: int('per_page', 60),
  };
}

export function searchRoutes(api: FastifyInstance, app: App): void {
  api.post('/teams/:teamId/posts/search', async (req) => {
    const session = requireSession(req);
    const { teamId } = req.params as { teamId: string };
    await teamWithPermission(app, session, teamId, 'view_team');
    const { posts, hasNext } = await app.search.searchPosts(teamId, searchFromBody(req), session.user_id);
    const byId: Record<string, Post> = {};
    for (const post of posts) byId[post.id] = post;
    return app.posts.consumeList({ order: posts.map((p) => p.id), posts: byId, next_post_id: '', prev_post_id: '', has_next: hasNext });
  });

  api.post('/teams/:teamId/files/search', async (req) => {
    const session = requireSession(req);
    const { teamId } = req.params as { teamId: string };
    await teamWithPermission(app, session, teamId, 'view_team');
    const { files } = await app.search.searchFiles(teamId, session.user_id, searchFromBody(req));
    return { order: files.map((f) => f.id), file_infos: Object.fromEntries(files.map((f) => [f.id, f])), next_file_info_id: '', prev_file_info_id: '' };
  });
}
