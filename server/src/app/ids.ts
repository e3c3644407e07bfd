import crypto from 'node:crypto';

// Mattermost ids: 16 random bytes in a 32-letter alphabet, 26 characters.
const alphabet = 'ybndrfg8ejkmcpqxot1uwisza345h769';

export const newId = (): string => idFromBytes(crypto.randomBytes(16));

/** The same id for the same seed, every time (for built-in things such as roles). */
export const stableId = (seed: string): string => idFromBytes(crypto.createHash('sha256').update(seed).digest().subarray(0, 16));

function idFromBytes(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

export const isValidId = (id: unknown): id is string => typeof id === 'string' && /^[a-z0-9]{26}$/.test(id);

export const now = () => Date.now();
