// Files: stored under <data>/files, described by file_infos rows.
import fs from 'node:fs';
import path from 'node:path';
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { FileInfoTable } from '../store/schema.js';
import { invalidField, notFound, tooLarge } from './errors.js';
import { isValidId, newId, now } from './ids.js';
import type { FileInfo } from './models.js';

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

export class Files {
  constructor(private readonly db: Db, private readonly root: string, private readonly maxBytes: () => number) {}

  async upload(input: { data: Buffer; channelId: string; filename: string; creatorId: string }): Promise<FileInfo> {
    const name = path.basename(input.filename || '');
    if (!name || name === '.' || name === '..' || name.length > 255) throw invalidField('file', 'filename', 'must be a plain file name of 1-255 characters');
    if (input.data.length > this.maxBytes()) throw tooLarge('api.file.upload_file.too_large.app_error', `File is larger than the limit of ${this.maxBytes()} bytes.`);
    const id = newId();
    const relative = path.join(now().toString().slice(0, 5), id, name);
    const full = path.join(this.root, relative);
    await fs.promises.mkdir(path.dirname(full), { recursive: true });
    await fs.promises.writeFile(full, input.data);
    const t = now();
    const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
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
      size: input.data.length,
      mime_type: mimeTypes[extension] ?? 'application/octet-stream',
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

  async content(id: string): Promise<Buffer> {
    const row = await this.row(id);
    return fs.promises.readFile(path.join(this.root, row.path));
  }
}
