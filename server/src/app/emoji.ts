// Custom emoji: a name (Mattermost's rules) and an image (PNG, GIF or JPEG, at most 1 MiB)
// kept in the data folder at emoji/<id>/image. Deleting one frees its name.
import fs from 'node:fs';
import path from 'node:path';
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { EmojiTable } from '../store/schema.js';
import { badRequest, conflict, invalidField, notFound, tooLarge } from './errors.js';
import { isValidId, newId, now } from './ids.js';
import type { Emoji, User } from './models.js';

/** Mattermost's largest emoji image. */
export const maxEmojiImageBytes = 1024 * 1024;
const namePattern = /^[a-z0-9_+-]{1,64}$/;

export type EmojiImageType = 'png' | 'gif' | 'jpeg';

/** The image format the first bytes announce, if it is one an emoji may have. */
export function imageTypeOf(data: Buffer): EmojiImageType | undefined {
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  const head = data.subarray(0, 6).toString('latin1');
  if (head === 'GIF87a' || head === 'GIF89a') return 'gif';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  return undefined;
}

const emojiFromRow = (r: Selectable<EmojiTable>): Emoji => ({
  ...r,
  create_at: Number(r.create_at),
  update_at: Number(r.update_at),
  delete_at: Number(r.delete_at),
});

export class Emojis {
  constructor(
    private readonly db: Db,
    private readonly users: { get(id: string): Promise<User> },
    private readonly root: string,
  ) {}

  private imagePath(id: string): string {
    return path.join(this.root, id, 'image');
  }

  /** Creates emoji `name` for `creatorId` with its image: 400 for a bad name or image, 409 for a taken name, 413 past 1 MiB. */
  async create(creatorId: string, name: unknown, image: Buffer): Promise<Emoji> {
    if (typeof name !== 'string' || !namePattern.test(name)) throw invalidField('emoji', 'name', 'must be 1-64 lowercase letters, digits, "-", "_" or "+"');
    await this.users.get(creatorId);
    if (image.length > maxEmojiImageBytes) throw tooLarge('api.emoji.create.too_large.app_error', `The emoji image is larger than ${maxEmojiImageBytes} bytes.`);
    if (!imageTypeOf(image)) throw badRequest('api.emoji.upload.image.app_error', 'Invalid image: an emoji image must be a PNG, GIF or JPEG file.');
    if (await this.live().where('name', '=', name).executeTakeFirst()) throw conflict('api.emoji.create.duplicate.app_error', `An emoji named "${name}" already exists.`);
    const t = now();
    const row: EmojiTable = { id: newId(), creator_id: creatorId, name, create_at: t, update_at: t, delete_at: 0 };
    await fs.promises.mkdir(path.dirname(this.imagePath(row.id)), { recursive: true });
    await fs.promises.writeFile(this.imagePath(row.id), image);
    try {
      await this.db.insertInto('emoji').values(row).execute();
    } catch (err) {
      await fs.promises.rm(path.dirname(this.imagePath(row.id)), { recursive: true, force: true });
      // Two creations of one name at once: the database keeps the first.
      if (await this.live().where('name', '=', name).executeTakeFirst()) throw conflict('api.emoji.create.duplicate.app_error', `An emoji named "${name}" already exists.`);
      throw err;
    }
    return emojiFromRow(row);
  }

  private live() {
    return this.db.selectFrom('emoji').selectAll().where('delete_at', '=', 0);
  }

  async get(id: string): Promise<Emoji> {
    if (!isValidId(id)) throw invalidField('emoji', 'emoji_id', 'is not a valid id');
    const row = await this.live().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('app.emoji.get.no_result', `Emoji ${id} not found.`);
    return emojiFromRow(row);
  }

  async getByName(name: string): Promise<Emoji> {
    const row = await this.live().where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound('app.emoji.get_by_name.no_result', `No emoji named "${name}".`);
    return emojiFromRow(row);
  }

  /** One page of the emoji, by name ("name") or in creation order (""). */
  async list(page: number, perPage: number, sortBy: string): Promise<Emoji[]> {
    if (sortBy !== '' && sortBy !== 'name') throw invalidField('emoji', 'sort', 'must be "name" or empty (creation order)');
    let q = this.live();
    q = sortBy === 'name' ? q.orderBy('name') : q.orderBy('create_at').orderBy('id');
    return (await q.limit(perPage).offset(page * perPage).execute()).map(emojiFromRow);
  }

  /** The image of an emoji and its format. */
  async image(id: string): Promise<{ data: Buffer; type: EmojiImageType }> {
    await this.get(id);
    const data = await fs.promises.readFile(this.imagePath(id)).catch(() => {
      throw notFound('api.emoji.get_image.read.app_error', `The image of emoji ${id} is missing.`);
    });
    const type = imageTypeOf(data);
    if (!type) throw notFound('api.emoji.get_image.decode.app_error', `The image of emoji ${id} is not readable.`);
    return { data, type };
  }

  /** Deletes an emoji and its image; its name may be used again. */
  async delete(id: string): Promise<Emoji> {
    const emoji = await this.get(id);
    const t = now();
    await this.db.updateTable('emoji').set({ delete_at: t, update_at: t }).where('id', '=', id).execute();
    await fs.promises.rm(path.dirname(this.imagePath(id)), { recursive: true, force: true });
    return { ...emoji, delete_at: t, update_at: t };
  }
}
