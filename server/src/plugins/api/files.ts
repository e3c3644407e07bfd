// Plugin API: files and resumable uploads.
import { type ApiDeps, type Handlers, need, page } from './types.js';

export const fileHandlers = ({ app }: ApiDeps) => ({
  // Mattermost's plugin uploads have no user: the creator is "nouser".
  UploadFile: async (req, { ctx }) => {
    await app.channels.get(req.channel_id);
    return { file_info: await app.files.uploadBytes(ctx, { data: req.data, channelId: req.channel_id, filename: req.filename, creatorId: 'nouser' }) };
  },
  GetFile: async (req) => ({ data: await app.files.content(req.file_id) }),
  GetFileInfo: async (req) => ({ file_info: await app.files.info(req.file_id) }),
  GetFileInfos: async (req) => {
    const p = page(req.page, req.per_page);
    const options = req.options ?? { user_ids: [], channel_ids: [], since: 0, include_deleted: false, sort_by: '', sort_order: '' };
    return { file_infos: await app.files.list(p.page, p.perPage, options) };
  },
  CopyFileInfos: async (req) => ({ file_ids: await app.files.copyInfos(req.user_id, req.file_ids) }),
  SetFileSearchableContent: async (req) => {
    await app.files.setSearchableContent(req.file_id, req.content);
    return {};
  },
  GetFileLink: async (req) => ({ link: await app.files.publicLink(req.file_id) }),
  ReadFile: async (req) => ({ data: await app.files.readStoreFile(req.path) }),
  CreateUploadSession: async (req) => ({ upload_session: await app.uploads.create({ ...need(req.upload_session, 'upload_session') }) }),
  UploadData: async (req, { ctx }) => ({ file_info: await app.uploads.append(ctx, req.upload_id, req.data) }),
  GetUploadSession: async (req) => ({ upload_session: await app.uploads.get(req.upload_id) }),
}) satisfies Partial<Handlers>;
