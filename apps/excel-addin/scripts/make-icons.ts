/**
 * Draws the add-in's icons (16, 32, 64, 80 px PNGs) without any image library or network: a blue
 * rounded square with three white bars and a check, encoded with node:zlib.
 * Usage: tsx scripts/make-icons.ts [outDir]  (default public/assets)
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_SIZES } from '../src/manifest/render-manifest.js';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** RGBA pixels of the icon at `size` px. */
export function drawIcon(size: number): Buffer {
  const px = Buffer.alloc(size * size * 4);
  const r = size * 0.18;
  const bars = [0.45, 0.65, 0.85];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const cx = Math.min(x + 0.5, size - x - 0.5);
      const cy = Math.min(y + 0.5, size - y - 0.5);
      const inside = cx >= r || cy >= r || (r - cx) ** 2 + (r - cy) ** 2 <= r * r;
      if (!inside) continue;
      let rgb = [0x0f, 0x6c, 0xbd];
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      bars.forEach((h, k) => {
        const left = 0.2 + k * 0.22;
        if (u >= left && u < left + 0.14 && v >= 1 - h * 0.85 && v < 0.82) rgb = [0xff, 0xff, 0xff];
      });
      px[i] = rgb[0]!;
      px[i + 1] = rgb[1]!;
      px[i + 2] = rgb[2]!;
      px[i + 3] = 0xff;
    }
  }
  return px;
}

/** Encode RGBA pixels as a PNG file. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++)
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = process.argv[2] ?? join(import.meta.dirname, '..', 'public', 'assets');
mkdirSync(outDir, { recursive: true });
for (const size of ICON_SIZES)
  writeFileSync(join(outDir, `icon-${size}.png`), encodePng(size, drawIcon(size)));
console.log(`icons written to ${outDir}`);
