import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import { nodeCodec } from './node.js';
import { packBinary } from './zip.js';
import { fflateCodec } from './zip.js';

describe('nodeCodec', () => {
  it('computes the same CRC-32 as the portable loop, and packs binary pieces the same way', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => {
        expect(nodeCodec.crc32?.(data) ?? crc32(data)).toBe(crc32(data));
      }),
    );
    const pieces = ['<row r="1">', '<c r="A1"><v>1</v></c>', '\u00e4\u00b8\u00ad', '</row>'];
    const a = packBinary(pieces, nodeCodec);
    const b = packBinary(pieces, { ...fflateCodec });
    expect([a.crc, a.size]).toEqual([b.crc, b.size]);
    expect(a.size).toBe(pieces.join('').length);
  });
});
