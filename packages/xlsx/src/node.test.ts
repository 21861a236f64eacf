import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import { nodeCodec } from './node.js';
import { fflateCodec, packBinary } from './zip.js';

describe('nodeCodec', () => {
  it('computes the same CRC-32 as the portable loop, and deflates what fflate inflates back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (data) => {
        expect(nodeCodec.crc32 ? nodeCodec.crc32(data) : crc32(data)).toBe(crc32(data));
        expect(fflateCodec.inflateRaw(nodeCodec.deflateRaw(data), data.length)).toEqual(data);
      }),
      { numRuns: 200 },
    );
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('packs binary-string pieces as the portable codec does', () => {
    const pieces = ['<row r="1">', '<c r="A1"><v>1</v></c>', '\u00e4\u00b8\u00ad', '</row>'];
    const a = packBinary(pieces, nodeCodec);
    const b = packBinary(pieces, fflateCodec);
    expect([a.crc, a.size]).toEqual([b.crc, b.size]);
    expect(a.size).toBe(pieces.join('').length);
    expect(fflateCodec.inflateRaw(Buffer.concat(a.body), a.size)).toEqual(
      fflateCodec.inflateRaw(Buffer.concat(b.body), b.size),
    );
  });
});
