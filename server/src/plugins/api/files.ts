// Plugin API: files.
import { type ApiDeps, type Handlers } from './types.js';

export const fileHandlers = ({ app }: ApiDeps) => ({
  UploadFile: async (req) => {
    await app.channels.get(req.channel_id);
    return { file_info: await app.files.upload({ data: req.data, channelId: req.channel_id, filename: req.filename, creatorId: 'nouser' }) };
  },
  GetFile: async (req) => ({ data: await app.files.content(req.file_id) }),
  GetFileInfo: async (req) => ({ file_info: await app.files.info(req.file_id) }),
}) satisfies Partial<Handlers>;
