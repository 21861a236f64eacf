import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import { nodeCodec } from './node.js';
import { fflateCodec } from './zip.js';

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
});
