// Files: stored under <data>/files, described by file_infos rows.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { FileInfoTable } from '../store/schema.js';
import { AppError, badRequest, invalidField, notFound, tooLarge } from './errors.js';
import type { HookRunner } from './hook-runner.js';
import { isValidId, newId, now } from './ids.js';
import type { FileInfo, RequestContext, User } from './models.js';

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

/** Which file infos a listing returns (Mattermost's GetFileInfosOptions). */
export interface FileListOptions {
  user_ids: string[];
  channel_ids: string[];
  /** Only files created after this time (ms). */
  since: number;
  include_deleted: boolean;
  /** "create_at" (default) or "size"; Mattermost's "CreateAt" and "Size" too. */
  sort_by: string;
  /** "asc" or "desc" (default). */
  sort_order: string;
}

/** What public links need from the configuration. */
export interface PublicLinkSettings {
  enabled: boolean;
  salt: string;
  siteUrl: string;
}

export function checkFileName(filename: string): string {
  const name = path.basename(filename || '');
  if (!name || name === '.' || name === '..' || name.length > 255) throw invalidField('file', 'filename', 'must be a plain file name of 1-255 characters');
  return name;
}

/** The extension and MIME type a file name implies. */
function describe(name: string): { extension: string; mime_type: string } {
  const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  return { extension, mime_type: mimeTypes[extension] ?? 'application/octet-stream' };
}

export const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Image formats the server takes (team icons, profile images), by the magic numbers their data starts with. */
const imageSignatures: [string, number[]][] = [
  ['image/png', pngSignature],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]],
  ['image/bmp', [0x42, 0x4d]],
];

/** The MIME type of a PNG, JPEG, GIF or BMP image, by its first bytes; undefined for anything else. */
export function imageMimeType(data: Uint8Array): string | undefined {
  return imageSignatures.find(([, magic]) => data.length > magic.length && magic.every((b, i) => data[i] === b))?.[0];
}

export class Files {
  constructor(
    private readonly db: Db,
    private readonly hooks: () => HookRunner,
    private readonly root: string,
    readonly maxBytes: () => number,
    private readonly links: () => PublicLinkSettings,
    private readonly users: { get(id: string): Promise<User> },
  ) {}

  /** Where a path relative to the file store is on disk. */
  pathInStore(relative: string): string {
    return path.join(this.root, relative);
  }

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
    return this.uploadBytes(ctx, { ...input, data: Buffer.concat(chunks) });
  }

  /** Stores bytes as a new file, after FileWillBeUploaded (see uploadFromClient). */
  async uploadBytes(ctx: RequestContext, input: { data: Buffer; channelId: string; filename: string; creatorId: string }): Promise<FileInfo> {
    if (input.data.length > this.maxBytes()) throw this.tooLarge();
    const vetted = await this.vet(ctx, input);
    if (vetted.data.length > this.maxBytes()) throw this.tooLarge();
    return this.store(vetted, vetted.data.length, (full) => fs.promises.writeFile(full, vetted.data));
  }

  /** FileWillBeUploaded, when a plugin implements it: it may reject the file (400 with its reason) or replace its name and content. */
  private async vet<T extends { data: Buffer; channelId: string; filename: string; creatorId: string }>(ctx: RequestContext, input: T): Promise<T> {
    const hooks = this.hooks();
    if (!hooks.wantsUploadContent()) return input;
    const name = checkFileName(input.filename);
    const t = now();
    const info: FileInfo = {
      id: '', creator_id: input.creatorId, post_id: '', channel_id: input.channelId, create_at: t, update_at: t, delete_at: 0,
      name, ...describe(name), size: input.data.length, width: 0, height: 0, has_preview_image: false,
    };
    const verdict = await hooks.fileWillBeUploaded(ctx, { info, content: input.data });
    if ('rejected' in verdict) throw badRequest('plugin.file_will_be_uploaded.rejected', verdict.rejected);
    return { ...input, data: verdict.allowed.content, filename: verdict.allowed.info.name || name };
  }

  /**
   * Makes a file of data already written to `relative` in the store (a finished resumable
   * upload). When a plugin implements FileWillBeUploaded, the data is read for it and stored
   * anew as the plugins leave it, and the written copy removed.
   */
  async adopt(ctx: RequestContext, input: { relative: string; channelId: string; filename: string; creatorId: string }): Promise<FileInfo> {
    const full = this.pathInStore(input.relative);
    if (this.hooks().wantsUploadContent()) {
      try {
        return await this.uploadBytes(ctx, { ...input, data: await fs.promises.readFile(full) });
      } finally {
        await fs.promises.rm(path.dirname(full), { recursive: true, force: true });
      }
    }
    const { size } = await fs.promises.stat(full);
    return this.insertInfo(newId(), input, input.relative, size);
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

  /** Where a new file goes in the store: a folder of its own, named by id, under a time bucket. */
  newPath(id: string, filename: string): string {
    return path.join(now().toString().slice(0, 5), id, checkFileName(filename));
  }

  private async store(input: { channelId: string; filename: string; creatorId: string }, sizeOf: number | (() => number), write: (full: string) => Promise<unknown>): Promise<FileInfo> {
    const id = newId();
    const relative = this.newPath(id, input.filename);
    const full = path.join(this.root, relative);
    await fs.promises.mkdir(path.dirname(full), { recursive: true });
    try {
      await write(full);
    } catch (err) {
      await fs.promises.rm(path.dirname(full), { recursive: true, force: true });
      throw err;
    }
    return this.insertInfo(id, input, relative, typeof sizeOf === 'number' ? sizeOf : sizeOf());
  }

  private async insertInfo(id: string, input: { channelId: string; filename: string; creatorId: string }, relative: string, size: number): Promise<FileInfo> {
    const name = checkFileName(input.filename);
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
      content: '',
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

  /**
   * New infos for existing files, created by `userId` and attached to nothing (Mattermost's
   * CopyFileInfos: the copies share the stored data); returns their ids in order.
   */
  async copyInfos(userId: string, fileIds: string[]): Promise<string[]> {
    await this.users.get(userId);
    const rows = [];
    for (const id of fileIds) rows.push(await this.row(id));
    const t = now();
    const copies = rows.map((r) => ({ ...r, id: newId(), creator_id: userId, post_id: '', channel_id: '', create_at: t, update_at: t }));
    if (copies.length) await this.db.insertInto('file_infos').values(copies).execute();
    return copies.map((c) => c.id);
  }

  /** One page of file infos matching `options`, newest first unless asked otherwise. */
  async list(page: number, perPage: number, options: FileListOptions): Promise<FileInfo[]> {
    const sortBy = ({ '': 'create_at', create_at: 'create_at', CreateAt: 'create_at', size: 'size', Size: 'size' } as const)[options.sort_by];
    if (!sortBy) throw invalidField('file_info', 'sort_by', 'must be "create_at" or "size"');
    const order = options.sort_order.toLowerCase() || 'desc';
    if (order !== 'asc' && order !== 'desc') throw invalidField('file_info', 'sort_order', 'must be "asc" or "desc"');
    let q = this.db.selectFrom('file_infos').selectAll();
    if (options.user_ids.length) q = q.where('creator_id', 'in', options.user_ids);
    if (options.channel_ids.length) q = q.where('channel_id', 'in', options.channel_ids);
    if (options.since > 0) q = q.where('create_at', '>', options.since);
    if (!options.include_deleted) q = q.where('delete_at', '=', 0);
    const rows = await q.orderBy(sortBy, order).orderBy('id', order).limit(perPage).offset(page * perPage).execute();
    return rows.map(fileInfoFromRow);
  }

  /** Sets the text a file search matches for the file (extracted by a plugin, say). */
  async setSearchableContent(id: string, content: string): Promise<void> {
    await this.row(id);
    await this.db.updateTable('file_infos').set({ content, update_at: now() }).where('id', '=', id).execute();
  }

  private linkHash(id: string): string {
    return crypto.createHmac('sha256', this.links().salt).update(id).digest('base64url');
  }

  /**
   * A link anyone may use to download a file attached to a post, when public links are on
   * (FileSettings.EnablePublicLink): `<SiteURL>/files/{id}/public?h=<hash>`, the hash an HMAC
   * of the id with the server's salt. Mattermost's errors: 501 when links are off, 400 for a
   * file on no post.
   */
  async publicLink(id: string): Promise<string> {
    const settings = this.links();
    if (!settings.enabled) throw new AppError('plugin_api.get_file_link.disabled.app_error', 'Public links are disabled (FileSettings.EnablePublicLink).', 501);
    const info = await this.info(id);
    if (!info.post_id) throw badRequest('plugin_api.get_file_link.no_post.app_error', `File ${id} is not attached to a post, so it has no public link.`);
    return `${settings.siteUrl.replace(/\/+$/, '')}/files/${id}/public?h=${this.linkHash(id)}`;
  }

  /** The file a public link names, if the link is valid (else 501 when links are off, 400 for a wrong hash). */
  async openPublic(id: string, hash: string): Promise<{ info: FileInfo; stream: Readable }> {
    if (!this.links().enabled) throw new AppError('api.file.get_public_link.disabled.app_error', 'Public links are disabled.', 501);
    const expected = Buffer.from(this.linkHash(id));
    const given = Buffer.from(hash);
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) throw badRequest('api.file.get_file.public_invalid.app_error', 'The public link is not valid.');
    const opened = await this.open(id);
    if (!opened.info.post_id) {
      opened.stream.destroy();
      throw badRequest('api.file.get_file.public_invalid.app_error', 'The public link is not valid.');
    }
    return opened;
  }

  /**
   * A file of the store by its path relative to the store (Mattermost's ReadFile): absolute
   * paths, ".." and anything resolving outside the store are refused (400); 404 if missing.
   */
  async readStoreFile(relative: string): Promise<Buffer> {
    const bad = (why: string) => invalidField('file', 'path', why);
    if (!relative) throw bad('is required');
    if (path.isAbsolute(relative) || relative.includes('\0')) throw bad('must be relative to the file store');
    if (relative.split(/[\\/]/).includes('..')) throw bad('must not contain ".."');
    const root = await fs.promises.realpath(this.root).catch(() => undefined);
    const full = await fs.promises.realpath(path.join(this.root, relative)).catch(() => undefined);
    if (!root || !full) throw notFound('api.file.read_file.reading_local.app_error', `No file ${relative} in the file store.`);
    if (!full.startsWith(root + path.sep)) throw bad('resolves outside the file store');
    const stat = await fs.promises.stat(full);
    if (!stat.isFile()) throw bad('names a folder, not a file');
    return fs.promises.readFile(full);
  }
}
