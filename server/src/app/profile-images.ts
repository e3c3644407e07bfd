// Profile images: what a user (or a plugin) set, stored as given in the file store under
// users/<id>/profile, or else a generated default — a solid colour derived from the user id,
// encoded as a PNG here (no image library). The user's last_picture_update says which.
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { invalidField } from './errors.js';
import type { Files } from './files.js';
import { now } from './ids.js';
import type { Users } from './users.js';

/** The image formats Mattermost takes for a profile image, by their first bytes. */
const signatures: [string, Buffer][] = [
  ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff])],
  ['image/gif', Buffer.from('GIF87a')],
  ['image/gif', Buffer.from('GIF89a')],
  ['image/bmp', Buffer.from('BM')],
];

/** The MIME type of PNG, JPEG, GIF or BMP data, else undefined. */
export function imageType(data: Uint8Array): string | undefined {
  return signatures.find(([, magic]) => data.length > magic.length && Buffer.from(data.buffer, data.byteOffset, magic.length).equals(magic))?.[0];
}

export const defaultImageSize = 128;

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A size×size PNG of one RGB colour. */
export function solidPng(rgb: [number, number, number], size = defaultImageSize): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no filter, no interlace
  const row = Buffer.alloc(1 + size * 3); // each row: filter type 0, then the pixels
  for (let x = 0; x < size; x++) row.set(rgb, 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    signatures[0][1],
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(pixels, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The colour of a user's default image: a hue from the id, at a saturation and lightness that read well. */
export function defaultColour(userId: string): [number, number, number] {
  const hue = crypto.createHash('sha256').update(userId).digest().readUInt16BE(0) % 360;
  const s = 0.55;
  const l = 0.5;
  const k = (n: number) => (n + hue / 30) % 12;
  const f = (n: number) => l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0), f(8), f(4)].map((v) => Math.round(v * 255)) as [number, number, number];
}

export interface ProfileImage {
  data: Buffer;
  contentType: string;
  /** False for the generated default. */
  custom: boolean;
}

const objectPath = (userId: string) => `users/${userId}/profile`;

export class ProfileImages {
  constructor(private readonly users: Users, private readonly files: Files) {}

  /** The user's image, or the generated default when none was set; 404 for an unknown user. */
  async get(userId: string): Promise<ProfileImage> {
    const user = await this.users.get(userId);
    const data = user.last_picture_update ? await this.files.readObject(objectPath(user.id)) : undefined;
    if (data) return { data, contentType: imageType(data) ?? 'application/octet-stream', custom: true };
    return { data: this.defaultImage(user.id), contentType: 'image/png', custom: false };
  }

  defaultImage(userId: string): Buffer {
    return solidPng(defaultColour(userId));
  }

  /** Sets the user's image: PNG, JPEG, GIF or BMP data (400 otherwise; 413 past the file size limit). */
  async set(userId: string, data: Uint8Array): Promise<void> {
    const user = await this.users.get(userId);
    if (!imageType(data)) throw invalidField('user', 'image', 'must be PNG, JPEG, GIF or BMP data');
    await this.files.writeObject(objectPath(user.id), Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    await this.users.setPictureUpdate(user.id, now());
  }

  /** Back to the generated default. */
  async reset(userId: string): Promise<void> {
    const user = await this.users.get(userId);
    await this.users.setPictureUpdate(user.id, 0);
    await this.files.removeObject(objectPath(user.id));
  }
}
