// A minimal .tar.gz writer (ustar: folders and regular files only), so plugin bundles can be
// built without a dependency. `files` maps paths inside the archive to their contents.
import zlib from 'node:zlib';

function header(name, size, type, mode) {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar: path too long for this writer: ${name}`);
  const h = Buffer.alloc(512);
  const field = (offset, length, value) => h.write(value, offset, length, 'ascii');
  const octal = (offset, length, value) => field(offset, length, value.toString(8).padStart(length - 1, '0') + '\0');
  h.write(name, 0, 100, 'utf8');
  octal(100, 8, mode);
  octal(108, 8, 0); // uid
  octal(116, 8, 0); // gid
  octal(124, 12, size);
  octal(136, 12, Math.floor(Date.now() / 1000));
  field(148, 8, '        '); // checksum is computed with this field as spaces
  field(156, 1, type);
  field(257, 6, 'ustar\0');
  field(263, 2, '00');
  let sum = 0;
  for (const byte of h) sum += byte;
  field(148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return h;
}

/** A gzipped tar of `files` ({ 'dir/file': Buffer|string }); parent folders are added. */
export function tarGz(files) {
  const blocks = [];
  const dirs = new Set();
  for (const [name, content] of Object.entries(files)) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/') + '/';
      if (!dirs.has(dir)) {
        dirs.add(dir);
        blocks.push(header(dir, 0, '5', 0o755));
      }
    }
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    blocks.push(header(name, data.length, '0', name.endsWith('.py') ? 0o755 : 0o644), data);
    const pad = (512 - (data.length % 512)) % 512;
    if (pad) blocks.push(Buffer.alloc(pad));
  }
  blocks.push(Buffer.alloc(1024)); // end of archive
  return zlib.gzipSync(Buffer.concat(blocks));
}
