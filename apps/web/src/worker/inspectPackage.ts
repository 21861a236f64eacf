/**
 * A cheap look at a file's bytes before parsing it, so that a file that is not a workbook, an
 * encrypted (password-protected) workbook, a legacy .xls or a truncated package gets its own clear
 * message instead of a parser's stack trace.
 */

/** What the first bytes and the zip directory say about a file. */
export type PackageKind =
  | { kind: 'xlsx' }
  | { kind: 'encrypted' }
  | { kind: 'legacy-xls' }
  | { kind: 'other-zip' }
  | { kind: 'corrupt-zip' }
  | { kind: 'empty' }
  | { kind: 'not-workbook' };

const ZIP_LOCAL = 0x04034b50;
const ZIP_EOCD = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Classifies a file from its bytes.
 *
 * - An Office Open XML package is a zip whose directory names `xl/workbook.xml`.
 * - A password-protected .xlsx is not a zip but an OLE compound file holding an `EncryptionInfo`
 *   stream; a compound file without it is a legacy .xls (or .doc).
 * - A zip whose end-of-directory record is missing or inconsistent is truncated or corrupt.
 */
export function inspectPackage(bytes: Uint8Array): PackageKind {
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, CFB_MAGIC)) {
    return containsUtf16(bytes, 'EncryptionInfo') ? { kind: 'encrypted' } : { kind: 'legacy-xls' };
  }
  if (bytes.length < 4 || readU32(bytes, 0) !== ZIP_LOCAL) return { kind: 'not-workbook' };
  const names = zipEntryNames(bytes);
  if (names === null) return { kind: 'corrupt-zip' };
  if (names.includes('xl/workbook.xml')) return { kind: 'xlsx' };
  return { kind: 'other-zip' };
}

/** The entry names of a zip's central directory, or null when the directory is unreadable. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const eocd = findEocd(bytes);
  if (eocd < 0) return null;
  const count = readU16(bytes, eocd + 10);
  const size = readU32(bytes, eocd + 12);
  const offset = readU32(bytes, eocd + 16);
  // ZIP64 archives mark these fields 0xFFFF/0xFFFFFFFF; a workbook this size is refused elsewhere.
  if (offset + size > eocd || count === 0xffff) return null;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const names: string[] = [];
  let p = offset;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > bytes.length || readU32(bytes, p) !== ZIP_CENTRAL) return null;
    const nameLength = readU16(bytes, p + 28);
    const extraLength = readU16(bytes, p + 30);
    const commentLength = readU16(bytes, p + 32);
    const localOffset = readU32(bytes, p + 42);
    if (localOffset + 4 > bytes.length || readU32(bytes, localOffset) !== ZIP_LOCAL) return null;
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function findEocd(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let p = last; p >= first; p -= 1) {
    if (readU32(bytes, p) === ZIP_EOCD) return p;
  }
  return -1;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern: number[] = [];
  for (const ch of text) pattern.push(ch.charCodeAt(0), 0);
  const limit = bytes.length - pattern.length;
  outer: for (let p = 0; p <= limit; p += 1) {
    for (let j = 0; j < pattern.length; j += 1) {
      if (bytes[p + j] !== pattern[j]) continue outer;
    }
    return true;
  }
  return false;
}

function readU16(bytes: Uint8Array, p: number): number {
  return (bytes[p] ?? 0) | ((bytes[p + 1] ?? 0) << 8);
}

function readU32(bytes: Uint8Array, p: number): number {
  return (
    (((bytes[p] ?? 0) | ((bytes[p + 1] ?? 0) << 8) | ((bytes[p + 2] ?? 0) << 16)) >>> 0) +
    (bytes[p + 3] ?? 0) * 0x1000000
  );
}
