/**
 * "Binary strings": one character per byte (Latin-1). Patching a worksheet part as a binary string
 * keeps every byte of the parts it copies exactly as it was, makes character offsets byte offsets,
 * and avoids decoding 10 MB of UTF-8 into UTF-16 and encoding it back.
 */

const encoder = new TextEncoder();

/** Bytes → binary string (portable; the Node codec has a native one). */
export function binaryFromBytes(b: Uint8Array): string {
  const CHUNK = 0x2000;
  const pieces: string[] = [];
  for (let i = 0; i < b.length; i += CHUNK)
    pieces.push(String.fromCharCode(...b.subarray(i, i + CHUNK)));
  return pieces.join('');
}

/** Binary string → bytes (portable). */
export function bytesFromBinary(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

/** Text → the binary string of its UTF-8 bytes (ASCII text is returned as is). */
export function toBinary(text: string): string {
  return ASCII.test(text) ? text : binaryFromBytes(encoder.encode(text));
}
