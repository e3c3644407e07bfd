// Files: stored under <data>/files, described by file_infos rows.
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { FileInfoTable } from '../store/schema.js';
import { badRequest, invalidField, notFound, tooLarge } from './errors.js';
import type { HookRunner } from './hook-runner.js';
import { isValidId, newId, now } from './ids.js';
import type { FileInfo, RequestContext } from './models.js';

const mimeTypes: Record<string, string> = {
  txt: 'text/plain', md: 'text/markdown', json: 'application/json', csv: 'text/csv', html: 'text/html',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', webp: 'image/webp',
  pdf: 'application/pdf', zip: 'application/zip', gz: 'application/gzip',
};

export const fileInfoFromRow = (r: Selectable<FileInfoTable>): FileInfo => ({
  id: r.id,
  creator_id: r.creator_id,
  post_id: r.post_id,
  channel_id: r.channel_id,
  create_at: Number(r.create_at),
  update_at: Number(r.update_at),
  delete_at: Number(r.delete_at),
  name: r.name,
  extension: r.extension,
  size: Number(r.size),
  mime_type: r.mime_type,
  width: r.width,
  height: r.height,
  has_preview_image: false,
});

function checkFileName(filename: string): string {
  const name = path.basename(filename || '');
  if (!name || name === '.' || name === '..' || name.length > 255) throw invalidField('file', 'filename', 'must be a plain file name of 1-255 characters');
  return name;
}

/** The extension and MIME type a file name implies. */
function describe(name: string): { extension: string; mime_type: string } {
  const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  return { extension, mime_type: mimeTypes[extension] ?? 'application/octet-stream' };
}

export class Files {
  constructor(private readonly db: Db, private readonly hooks: () => HookRunner, private readonly root: string, private readonly maxBytes: () => number) {}

  /**
   * A client's upload: streamed to disk, unless a plugin implements FileWillBeUploaded — then
   * it is read whole (413 past the size limit), shown to the plugins, which may reject it (400
   * with their reason) or replace its name and content, and stored as they leave it.
   */
  async uploadFromClient(ctx: RequestContext, input: { stream: Readable; channelId: string; filename: string; creatorId: string }): Promise<FileInfo> {
    const hooks = this.hooks();
    if (!hooks.wantsUploadContent()) return this.uploadStream(input);
    const max = this.maxBytes();
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of input.stream) {
      size += (chunk as Buffer).length;
      if (size > max) {
        input.stream.resume();
        throw this.tooLarge();
      }
      chunks.push(chunk as Buffer);
    }
    const content = Buffer.concat(chunks);
    const name = checkFileName(input.filename);
    const t = now();
    const info: FileInfo = {
      id: '', creator_id: input.creatorId, post_id: '', channel_id: input.channelId, create_at: t, update_at: t, delete_at: 0,
      name, ...describe(name), size: content.length, width: 0, height: 0, has_preview_image: false,
    };
    const verdict = await hooks.fileWillBeUploaded(ctx, { info, content });
    if ('rejected' in verdict) throw badRequest('plugin.file_will_be_uploaded.rejected', verdict.rejected);
    return this.upload({ ...input, data: verdict.allowed.content, filename: verdict.allowed.info.name || name });
  }

  async upload(input: { data: Buffer; channelId: string; filename: string; creatorId: string }): Promise<FileInfo> {
    if (input.data.length > this.maxBytes()) throw this.tooLarge();
    return this.store(input, input.data.length, (full) => fs.promises.writeFile(full, input.data));
  }

  /**
   * Stores a file as it streams in, never holding it whole; a stream that runs past the size
   * limit is cut off with 413 and nothing is kept.
   */
  async uploadStream(input: { stream: Readable; channelId: string; filename: string; creatorId: string }): Promise<FileInfo> {
    const max = this.maxBytes();
    let size = 0;
    const counter = new Transform({
      transform: (chunk: Buffer, _enc, done) => {
        size += chunk.length;
        done(size > max ? this.tooLarge() : null, chunk);
      },
    });
    return this.store(input, () => size, (full) => pipeline(input.stream, counter, fs.createWriteStream(full)));
  }

  private tooLarge() {
    return tooLarge('api.file.upload_file.too_large.app_error', `File is larger than the limit of ${this.maxBytes()} bytes.`);
  }

  private async store(input: { channelId: string; filename: string; creatorId: string }, sizeOf: number | (() => number), write: (full: string) => Promise<unknown>): Promise<FileInfo> {
    const name = checkFileName(input.filename);
    const id = newId();
    const relative = path.join(now().toString().slice(0, 5), id, name);
    const full = path.join(this.root, relative);
    await fs.promises.mkdir(path.dirname(full), { recursive: true });
    try {
      await write(full);
    } catch (err) {
      await fs.promises.rm(path.dirname(full), { recursive: true, force: true });
      throw err;
    }
    const size = typeof sizeOf === 'number' ? sizeOf : sizeOf();
    const t = now();
    const { extension, mime_type } = describe(name);
    const row: FileInfoTable = {
      id,
      creator_id: input.creatorId,
      post_id: '',
      channel_id: input.channelId,
      create_at: t,
      update_at: t,
      delete_at: 0,
      path: relative,
      name,
      extension,
      size,
      mime_type,
      width: 0,
      height: 0,
    };
    await this.db.insertInto('file_infos').values(row).execute();
    return fileInfoFromRow(row);
  }

  private async row(id: string) {
    if (!isValidId(id)) throw invalidField('file', 'file_id', 'is not a valid id');
    const row = await this.db.selectFrom('file_infos').selectAll().where('id', '=', id).where('delete_at', '=', 0).executeTakeFirst();
    if (!row) throw notFound('app.file_info.get.app_error', `File ${id} not found.`);
    return row;
  }

  async info(id: string): Promise<FileInfo> {
    return fileInfoFromRow(await this.row(id));
  }

  /** The infos of the files attached to a post. */
  async forPost(postId: string): Promise<FileInfo[]> {
    const rows = await this.db.selectFrom('file_infos').selectAll().where('post_id', '=', postId).where('delete_at', '=', 0).orderBy('create_at').execute();
    return rows.map(fileInfoFromRow);
  }

  /** A stream of the file's bytes, and its info. */
  async open(id: string): Promise<{ info: FileInfo; stream: Readable }> {
    const row = await this.row(id);
    return { info: fileInfoFromRow(row), stream: fs.createReadStream(path.join(this.root, row.path)) };
  }

  /** Files uploaded before their channel was named get it now. */
  async assignChannel(ids: string[], channelId: string): Promise<void> {
    if (ids.length) await this.db.updateTable('file_infos').set({ channel_id: channelId }).where('id', 'in', ids).where('channel_id', '=', '').execute();
  }

  /** Deletes a file and its info (an upload that was refused after it was stored). */
  async remove(id: string): Promise<void> {
    const row = await this.db.selectFrom('file_infos').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return;
    await this.db.deleteFrom('file_infos').where('id', '=', id).execute();
    await fs.promises.rm(path.dirname(path.join(this.root, row.path)), { recursive: true, force: true });
  }

  /** Writes an object that has no file info (a profile image …) at `relative` in the store, replacing it whole. */
  async writeObject(relative: string, data: Buffer): Promise<void> {
    if (data.length > this.maxBytes()) throw this.tooLarge();
    const full = this.objectPath(relative);
    await fs.promises.mkdir(path.dirname(full), { recursive: true });
    const partial = `${full}.${newId()}.partial`;
    await fs.promises.writeFile(partial, data);
    await fs.promises.rename(partial, full);
  }

  /** An object written by writeObject, or undefined if there is none. */
  async readObject(relative: string): Promise<Buffer | undefined> {
    try {
      return await fs.promises.readFile(this.objectPath(relative));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async removeObject(relative: string): Promise<void> {
    await fs.promises.rm(this.objectPath(relative), { force: true });
  }

  private objectPath(relative: string): string {
    const full = path.resolve(this.root, relative);
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`object path ${relative} is outside the file store`);
    return full;
  }

  async content(id: string): Promise<Buffer> {
    const row = await this.row(id);
    return fs.promises.readFile(path.join(this.root, row.path));
  }
}
