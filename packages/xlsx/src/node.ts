/**
 * `@jixiao/xlsx/node`: Node-only helpers. `nodeCodec` does DEFLATE with Node's native zlib, about
 * ten times faster than the portable default; pass it as `{ codec: nodeCodec }`.
 */
import * as zlib from 'node:zlib';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** zlib.crc32: native from Node 20.15 and 22.2; absent before (the portable loop is used). */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
import type { DeflateCodec } from './zip.js';

const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** DEFLATE through node:zlib (level 6, as Excel writes). */
export const nodeCodec: DeflateCodec = {
  inflateRaw: (data, size) => view(inflateRawSync(data, { maxOutputLength: Math.max(size, 1) })),
  deflateRaw: (data) => view(deflateRawSync(data, { level: 6 })),
  latin1Decode: (data) =>
    Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1'),
  latin1Encode: (text) => view(Buffer.from(text, 'latin1')),
  ...(nativeCrc32 === undefined ? {} : { crc32: (data: Uint8Array) => nativeCrc32(data) }),
  latin1Write: (text, out, offset) => {
    Buffer.from(out.buffer, out.byteOffset, out.byteLength).write(text, offset, 'latin1');
  },
};
