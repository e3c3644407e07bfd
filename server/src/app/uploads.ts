// Resumable uploads (Mattermost's upload sessions): a session names the file to come and its
// size; data is appended, in as many pieces as the client likes, to a file in the store until
// file_offset reaches file_size. Then the file exists (FileWillBeUploaded runs as for any
// upload), the last append returns its info, and the session is gone.
import fs from 'node:fs';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { UploadSessionTable } from '../store/schema.js';
import type { Channels } from './channels.js';
import { badRequest, invalidField, notFound, tooLarge } from './errors.js';
import { checkFileName, type Files } from './files.js';
import { isValidId, newId, now } from './ids.js';
import type { FileInfo, RequestContext, UploadSession, User } from './models.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

const sessionFromRow = (r: Selectable<UploadSessionTable>): UploadSession => ({
  ...r,
  create_at: Number(r.create_at),
  file_size: Number(r.file_size),
  file_offset: Number(r.file_offset),
});

const overrun = (remaining: number) =>
  badRequest('api.upload.upload_data.too_large.app_error', `The data runs past the end of the upload: ${remaining} more bytes were expected.`);

export class Uploads {
  /** The append in progress for each session: appends to one session run one after another. */
  private readonly appending = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly files: Files,
    private readonly users: { get(id: string): Promise<User> },
    private readonly channels: Pick<Channels, 'get'>,
  ) {}

  /** Starts an upload of `file_size` bytes named `filename` into channel `channel_id` for `user_id`. */
  async create(input: Record<string, unknown>): Promise<UploadSession> {
    const type = str(input.type) || 'attachment';
    if (type !== 'attachment') throw invalidField('upload_session', 'type', 'must be "attachment" (plughost does not take imports)');
    await this.users.get(str(input.user_id));
    const channel = await this.channels.get(str(input.channel_id));
    if (channel.delete_at) throw invalidField('upload_session', 'channel_id', 'refers to an archived channel');
    const filename = checkFileName(str(input.filename));
    const size = input.file_size;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 1) throw invalidField('upload_session', 'file_size', 'must be a whole number of bytes, at least 1');
    const max = this.files.maxBytes();
    if (size > max) throw tooLarge('api.upload.create.upload_too_large.app_error', `The file is larger than the limit of ${max} bytes.`);
    const id = newId();
    const row: UploadSessionTable = {
      id,
      type,
      create_at: now(),
      user_id: str(input.user_id),
      channel_id: channel.id,
      filename,
      path: this.files.newPath(id, filename),
      file_size: size,
      file_offset: 0,
      remote_id: str(input.remote_id),
      req_file_id: str(input.req_file_id),
    };
    const full = this.files.pathInStore(row.path);
    await fs.promises.mkdir(path.dirname(full), { recursive: true });
    await fs.promises.writeFile(full, '');
    await this.db.insertInto('upload_sessions').values(row).execute();
    return sessionFromRow(row);
  }

  async get(id: string): Promise<UploadSession> {
    if (!isValidId(id)) throw invalidField('upload_session', 'upload_id', 'is not a valid id');
    const row = await this.db.selectFrom('upload_sessions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('app.upload.get.app_error', `Upload ${id} not found.`);
    return sessionFromRow(row);
  }

  /**
   * Appends data to an upload: bytes (refused whole if they run past file_size) or a stream
   * (cut off at file_size, and what it wrote taken back). Returns the file's info when this
   * completes the upload, undefined before.
   */
  async append(ctx: RequestContext, id: string, data: Buffer | Readable): Promise<FileInfo | undefined> {
    const previous = this.appending.get(id) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.appendNow(ctx, id, data));
    this.appending.set(id, run);
    try {
      return await run;
    } finally {
      if (this.appending.get(id) === run) this.appending.delete(id);
    }
  }

  private async appendNow(ctx: RequestContext, id: string, data: Buffer | Readable): Promise<FileInfo | undefined> {
    const session = await this.get(id);
    const remaining = session.file_size - session.file_offset;
    const full = this.files.pathInStore(session.path);
    let written = 0;
    if (Buffer.isBuffer(data)) {
      if (data.length > remaining) throw overrun(remaining);
      const file = await fs.promises.open(full, 'r+');
      try {
        await file.write(data, 0, data.length, session.file_offset);
      } finally {
        await file.close();
      }
      written = data.length;
    } else {
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          written += chunk.length;
          done(written > remaining ? overrun(remaining) : null, chunk);
        },
      });
      try {
        await pipeline(data, counter, fs.createWriteStream(full, { flags: 'r+', start: session.file_offset }));
      } catch (err) {
        await fs.promises.truncate(full, session.file_offset);
        throw err;
      }
    }
    const offset = session.file_offset + written;
    if (offset < session.file_size) {
      await this.db.updateTable('upload_sessions').set({ file_offset: offset }).where('id', '=', id).execute();
      return undefined;
    }
    try {
      return await this.files.adopt(ctx, { relative: session.path, channelId: session.channel_id, filename: session.filename, creatorId: session.user_id });
    } finally {
      await this.db.deleteFrom('upload_sessions').where('id', '=', id).execute();
    }
  }
}
