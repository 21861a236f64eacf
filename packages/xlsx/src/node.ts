/**
 * `@jixiao/xlsx/node`: Node-only helpers. `nodeCodec` does DEFLATE with Node's native zlib, about
 * ten times faster than the portable default; pass it as `{ codec: nodeCodec }`.
 */
import * as zlib from 'node:zlib';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { DeflateCodec } from './zip.js';

const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/**
 * A Buffer over each array written into, made once: a worksheet is written a row's piece at a time
 * into one reused array, and making a Buffer per piece cost more than writing it.
 */
const buffers = new WeakMap<Uint8Array, Buffer>();
function bufferOver(out: Uint8Array): Buffer {
  let b = buffers.get(out);
  if (b === undefined) {
    b = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    buffers.set(out, b);
  }
  return b;
}

/** `zlib.crc32` (Node 20.15+, 22.2+); the portable loop of zip.ts on older Node. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/**
 * DEFLATE and CRC-32 through node:zlib. Level 1: the parts written are large XML (a sheet of
 * 10,000 scored rows is 2.5 MB), where level 1 deflates about 2.5× faster than level 6 for a part
 * about 18% larger (410 KB instead of 348 KB); every reader of zip accepts any level.
 */
export const nodeCodec: DeflateCodec = {
  // one output chunk of the size the zip states (and a byte to see the end in): without it, zlib
  // fills 16 KiB chunks and Node copies them into one buffer (a copy of every worksheet read)
  inflateRaw: (data, size) =>
    view(
      inflateRawSync(data, {
        maxOutputLength: Math.max(size, 1),
        chunkSize: Math.max(size + 1, constants.Z_MIN_CHUNK),
      }),
    ),
  deflateRaw: (data) => view(deflateRawSync(data, { level: 1 })),
  ...(nativeCrc32 === undefined
    ? {}
    : { crc32: (data: Uint8Array, crc = 0) => nativeCrc32(data, crc) >>> 0 }),
  // Each piece is deflated on its own and ends with a sync flush (byte-aligned, not final), the
  // last one with a final block: the concatenation is one valid DEFLATE stream (as pigz writes).
  deflater: () => ({
    push: (data, final) =>
      data.length === 0 && !final
        ? []
        : [
            view(
              deflateRawSync(data, {
                level: 1,
                finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
              }),
            ),
          ],
  }),
  latin1Decode: (data) =>
    Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1'),
  latin1Encode: (text) => view(Buffer.from(text, 'latin1')),
  latin1Write: (text, out, offset) => {
    bufferOver(out).write(text, offset, 'latin1');
  },
};
