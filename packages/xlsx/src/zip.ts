/**
 * A minimal zip container reader and writer for .xlsx packages. Reading parses the central
 * directory and inflates only the parts asked for; writing copies untouched entries as their
 * original compressed bytes (so they survive byte-for-byte) and deflates only new content.
 */
import { Deflate, Inflate, deflateSync, inflateSync } from 'fflate';
import { binaryFromBytes, bytesFromBinary } from './binary.js';
import { crc32 } from './crc32.js';
import { XlsxError } from './errors.js';

/** Size limits that protect against zip bombs and absurdly large workbooks. */
export interface ZipLimits {
  /** Largest uncompressed size of one part, in bytes. Default 256 MiB. */
  maxPartBytes?: number;
  /** Largest total uncompressed size of all parts, in bytes. Default 1 GiB. */
  maxTotalBytes?: number;
}

export const DEFAULT_LIMITS: Required<ZipLimits> = {
  maxPartBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

/**
 * Raw DEFLATE in and out. The default is fflate (pure JavaScript, runs in browsers); in Node pass
 * `nodeCodec` from `@jixiao/xlsx/node`, which uses the native zlib and is about ten times faster.
 */
export interface DeflateCodec {
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  deflateRaw(data: Uint8Array): Uint8Array;
  /** Bytes → one character per byte; a portable loop when absent. */
  latin1Decode?(data: Uint8Array): string;
  /** One character per byte → bytes; a portable loop when absent. */
  latin1Encode?(text: string): Uint8Array;
  /** Write one character per byte into `out` at `offset`; a portable loop when absent. */
  latin1Write?(text: string, out: Uint8Array, offset: number): void;
  /** CRC-32 (IEEE) of the bytes, continuing from `crc` (0 to start); a portable table loop when absent. */
  crc32?(data: Uint8Array, crc?: number): number;
  /** A raw DEFLATE stream compressed a piece at a time (large patched worksheets); fflate's `Deflate` when absent. */
  deflater?(): Deflater;
}

/** A raw DEFLATE stream fed in pieces: the compressed bytes of all pushes, concatenated, are one stream. */
export interface Deflater {
  /** Compress the next piece (`final` for the last one); returns the compressed bytes produced. */
  push(data: Uint8Array, final: boolean): Uint8Array[];
}

/** fflate's streaming `Deflate` as a {@link Deflater}. */
function fflateDeflater(): Deflater {
  let out: Uint8Array[] = [];
  const d = new Deflate({ level: 6 }, (chunk) => {
    out.push(chunk);
  });
  return {
    push(data, final) {
      d.push(data, final);
      const produced = out;
      out = [];
      return produced;
    },
  };
}

/** The pure-JavaScript codec (fflate). */
export const fflateCodec: DeflateCodec = {
  inflateRaw: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflateRaw: (data) => deflateSync(data, { level: 6 }),
};

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  dosTime: number;
  dosDate: number;
  /** offset of the compressed data in the archive */
  dataOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');
const encoder = new TextEncoder();

/** The first bytes of an OLE compound file: how Excel stores a password-encrypted workbook (and .xls). */
function isCfb(b: Uint8Array): boolean {
  return (
    b.length >= 8 &&
    b[0] === 0xd0 &&
    b[1] === 0xcf &&
    b[2] === 0x11 &&
    b[3] === 0xe0 &&
    b[4] === 0xa1 &&
    b[5] === 0xb1 &&
    b[6] === 0x1a &&
    b[7] === 0xe1
  );
}

function isEncryptedCfb(b: Uint8Array): boolean {
  // An encrypted OOXML package is a CFB holding "EncryptionInfo" and "EncryptedPackage" streams,
  // whose directory entries store names in UTF-16LE.
  const probe = new Uint8Array(encoder.encode('EncryptedPackage').length * 2);
  const name = 'EncryptedPackage';
  for (let i = 0; i < name.length; i++) probe[i * 2] = name.charCodeAt(i);
  const limit = Math.min(b.length, 4 * 1024 * 1024);
  outer: for (let i = 0; i + probe.length <= limit; i++) {
    for (let j = 0; j < probe.length; j++) if (b[i + j] !== probe[j]) continue outer;
    return true;
  }
  return false;
}

/** A parsed zip archive: entries by name in archive order, data inflated on demand. */
export class ZipArchive {
  readonly bytes: Uint8Array;
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly limits: Required<ZipLimits>;
  readonly codec: DeflateCodec;
  private readonly texts = new Map<string, string>();
  private readonly raw = new Map<string, Uint8Array>();

  /** Parse the central directory; throws {@link XlsxError} for files that are not usable zips. */
  constructor(bytes: Uint8Array, limits: ZipLimits = {}, codec: DeflateCodec = fflateCodec) {
    this.bytes = bytes;
    this.codec = codec;
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    if (isCfb(bytes)) {
      throw new XlsxError(
        isEncryptedCfb(bytes) ? 'encrypted' : 'not-zip',
        isEncryptedCfb(bytes) ? undefined : '旧版 .xls 或其他 OLE 文件',
      );
    }
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxError('not-zip');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
      if (view.getUint32(i, true) === SIG_EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new XlsxError('truncated');
    const count = view.getUint16(eocd + 10, true);
    const cdSize = view.getUint32(eocd + 12, true);
    const cdOffset = view.getUint32(eocd + 16, true);
    if (count === 0xffff || cdOffset === 0xffffffff) throw new XlsxError('unsupported', 'ZIP64');
    if (cdOffset + cdSize > eocd) throw new XlsxError('truncated');
    this.entries = [];
    let p = cdOffset;
    let total = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL)
        throw new XlsxError('truncated');
      const flags = view.getUint16(p + 8, true);
      const method = view.getUint16(p + 10, true);
      const dosTime = view.getUint16(p + 12, true);
      const dosDate = view.getUint16(p + 14, true);
      const crc = view.getUint32(p + 16, true);
      const compressedSize = view.getUint32(p + 20, true);
      const size = view.getUint32(p + 24, true);
      const nameLen = view.getUint16(p + 28, true);
      const extraLen = view.getUint16(p + 30, true);
      const commentLen = view.getUint16(p + 32, true);
      const localOffset = view.getUint32(p + 42, true);
      const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
      const name = (flags & 0x800 ? utf8 : isAscii(rawName) ? latin1 : utf8).decode(rawName);
      p += 46 + nameLen + extraLen + commentLen;
      if (flags & 1) throw new XlsxError('encrypted');
      if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== SIG_LOCAL)
        throw new XlsxError('truncated');
      const dataOffset =
        localOffset +
        30 +
        view.getUint16(localOffset + 26, true) +
        view.getUint16(localOffset + 28, true);
      if (dataOffset + compressedSize > bytes.length) throw new XlsxError('truncated');
      if (size > this.limits.maxPartBytes)
        throw new XlsxError(
          'too-large',
          `${name}：${formatMiB(size)}，上限 ${formatMiB(this.limits.maxPartBytes)}`,
        );
      total += size;
      if (total > this.limits.maxTotalBytes)
        throw new XlsxError('too-large', `解压后超过 ${formatMiB(this.limits.maxTotalBytes)}`);
      const entry: ZipEntry = {
        name,
        method,
        flags,
        crc,
        compressedSize,
        size,
        dosTime,
        dosDate,
        dataOffset,
      };
      this.entries.push(entry);
      this.byName.set(name, entry);
    }
  }

  /** True when a part with this name (no leading slash) exists. */
  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The entry for a part, or undefined. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** The uncompressed bytes of a part, or undefined when absent. */
  read(name: string): Uint8Array | undefined {
    const cached = this.raw.get(name);
    if (cached !== undefined) return cached;
    const out = this.inflate(name);
    if (out !== undefined) this.raw.set(name, out);
    return out;
  }

  /** The uncompressed bytes of a part, not cached (a worksheet is read once). */
  inflate(name: string): Uint8Array | undefined {
    const cached = this.raw.get(name);
    if (cached !== undefined) return cached;
    const e = this.byName.get(name);
    if (e === undefined) return undefined;
    const raw = this.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    let out: Uint8Array;
    if (e.method === 0) out = raw;
    else if (e.method === 8) {
      try {
        out = this.codec.inflateRaw(raw, e.size);
      } catch {
        throw new XlsxError('truncated', e.name);
      }
    } else throw new XlsxError('unsupported', `压缩方式 ${e.method}`);
    if (out.length !== e.size) throw new XlsxError('truncated', e.name);
    return out;
  }

  /**
   * The uncompressed bytes of a part as a sequence of pieces, inflated while they are consumed
   * (fflate's streaming `Inflate`), so that the whole part is never held; undefined when absent.
   * @throws XlsxError ('truncated') while iterating, when the data is corrupt or not `size` bytes
   */
  inflatePieces(name: string): Iterable<Uint8Array> | undefined {
    const e = this.byName.get(name);
    if (e === undefined) return undefined;
    const raw = this.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    if (e.method === 0) return [raw];
    if (e.method !== 8) throw new XlsxError('unsupported', `压缩方式 ${e.method}`);
    return inflateInPieces(raw, e.size, e.name);
  }

  /**
   * A part as a binary string (one character per byte), or undefined when absent. The inflated
   * bytes are not kept: a whole-column worksheet is tens of megabytes.
   */
  binary(name: string): string | undefined {
    const b = this.inflate(name);
    return b === undefined ? undefined : this.decodeBinary(b);
  }

  /** Bytes as a binary string (one character per byte), through the codec. */
  decodeBinary(b: Uint8Array): string {
    return this.codec.latin1Decode ? this.codec.latin1Decode(b) : binaryFromBytes(b);
  }

  /** UTF-8 bytes as text (a BOM is dropped; malformed bytes become U+FFFD). */
  decodeText(b: Uint8Array): string {
    return utf8.decode(b);
  }

  /** Bytes of a binary string, through the codec. */
  encodeBinary(text: string): Uint8Array {
    return this.codec.latin1Encode ? this.codec.latin1Encode(text) : bytesFromBinary(text);
  }

  /** A part decoded as UTF-8 text (a BOM is dropped), or undefined when absent. Cached. */
  text(name: string): string | undefined {
    const hit = this.texts.get(name);
    if (hit !== undefined) return hit;
    const b = this.read(name);
    if (b === undefined) return undefined;
    const s = utf8.decode(b);
    this.texts.set(name, s);
    return s;
  }
}

/** Input bytes handed to the streaming inflater at a time (about 100 KiB of XML out). */
const INFLATE_STEP = 8 * 1024;

function* inflateInPieces(raw: Uint8Array, size: number, name: string): Generator<Uint8Array> {
  let produced: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    produced.push(chunk);
  });
  let total = 0;
  let at = 0;
  do {
    const last = at + INFLATE_STEP >= raw.length;
    try {
      inflater.push(raw.subarray(at, at + INFLATE_STEP), last);
    } catch {
      throw new XlsxError('truncated', name);
    }
    at += INFLATE_STEP;
    const pieces = produced;
    produced = [];
    for (const p of pieces) {
      total += p.length;
      if (total > size) throw new XlsxError('truncated', name);
      if (p.length > 0) yield p;
    }
  } while (at < raw.length);
  if (total !== size) throw new XlsxError('truncated', name);
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! > 0x7f) return false;
  return true;
}

function formatMiB(n: number): string {
  return `${String(Math.ceil(n / 1024 / 1024))} MiB`;
}

/** New content already compressed (by {@link packBinary} or a {@link PartWriter}): the bytes stored and how. */
export interface PackedPart {
  method: number;
  crc: number;
  /** uncompressed size, in bytes */
  size: number;
  /**
   * The bytes stored, in pieces one after another: a large part's compressed pieces are copied
   * once, into the package, never joined on their own.
   */
  body: readonly Uint8Array[];
}

/** The number of bytes of pieces laid one after another. */
function piecesLength(pieces: readonly Uint8Array[]): number {
  let n = 0;
  for (const p of pieces) n += p.length;
  return n;
}

/** An entry to write: copied raw from a source archive, new content, or new content packed. */
export type ZipOutput =
  | { name: string; copyFrom: ZipArchive }
  | { name: string; data: Uint8Array }
  | { name: string; packed: PackedPart };

/** Compress new content (stored when DEFLATE does not make it smaller). */
function pack(data: Uint8Array, codec: DeflateCodec): PackedPart {
  const deflated = data.length > 0 ? codec.deflateRaw(data) : new Uint8Array(0);
  const store = deflated.length >= data.length;
  return {
    method: store ? 0 : 8,
    crc: codec.crc32 ? codec.crc32(data) : crc32(data),
    size: data.length,
    body: [store ? data : deflated],
  };
}

/**
 * A new part written as binary-string pieces (a large patched worksheet) and compressed as it
 * goes: each piece is encoded at once into one reused buffer, and about `flushAt` bytes at a time
 * are pushed through the codec's {@link Deflater}, so that only the compressed bytes are kept.
 * Always DEFLATE-compressed. A megabyte at a time: each push of the Node codec sets up a zlib
 * stream (smaller pushes cost CPU and native memory). The pieces are not held until the push:
 * held, a megabyte of strings (and the larger strings they are slices of) outlived the young
 * generation and filled the old one with garbage (about 200 MB for a 100,000-line sheet).
 */
export class PartWriter {
  private crc = 0;
  private size = 0;
  private readonly body: Uint8Array[] = [];
  private readonly deflater: Deflater;
  /** the bytes encoded since the last push: `buffer[0, length)` */
  private buffer: Uint8Array;
  private length = 0;

  constructor(
    private readonly codec: DeflateCodec = fflateCodec,
    private readonly flushAt = 1024 * 1024,
  ) {
    this.deflater = codec.deflater?.() ?? fflateDeflater();
    this.buffer = new Uint8Array(Math.min(flushAt, 64 * 1024));
  }

  /** Append a binary string (one character per byte). */
  write(piece: string): void {
    if (piece.length === 0) return;
    this.reserve(piece.length);
    if (this.codec.latin1Write) this.codec.latin1Write(piece, this.buffer, this.length);
    else for (let i = 0; i < piece.length; i++) this.buffer[this.length + i] = piece.charCodeAt(i);
    this.length += piece.length;
    if (this.length >= this.flushAt) this.flush(false);
  }

  /** Append text as its UTF-8 bytes (no binary string made in between). */
  writeText(text: string): void {
    if (text.length === 0) return;
    // at most 3 bytes for each UTF-16 unit
    this.reserve(3 * text.length);
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
    if (this.length >= this.flushAt) this.flush(false);
  }

  /**
   * Room for `n` more bytes after `length`. A part that outgrows the first buffer gets one of the
   * size it is pushed at, at once: doubling up to it made and filled (page by page, in fresh
   * memory) twice the bytes.
   */
  private reserve(n: number): void {
    const end = this.length + n;
    if (end <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(end, this.flushAt + 64 * 1024));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  private flush(final: boolean): void {
    // the codec's deflater and CRC copy what they keep: the buffer is reused
    const data = this.buffer.subarray(0, this.length);
    this.length = 0;
    this.crc = this.codec.crc32 ? this.codec.crc32(data, this.crc) : crc32(data, this.crc);
    this.size += data.length;
    for (const c of this.deflater.push(data, final)) if (c.length > 0) this.body.push(c);
  }

  /** The compressed part, as the pieces the deflater gave; the writer is finished. */
  finish(): PackedPart {
    this.flush(true);
    return { method: 8, crc: this.crc, size: this.size, body: this.body };
  }
}

/**
 * A part given as binary-string pieces (a patched worksheet), written straight into one byte array
 * and compressed: the pieces are never joined into one string (a whole-column sheet is 60 MB), and
 * only the compressed bytes are kept.
 */
export function packBinary(
  pieces: readonly string[],
  codec: DeflateCodec = fflateCodec,
): PackedPart {
  let size = 0;
  for (const p of pieces) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of pieces) {
    if (codec.latin1Write) codec.latin1Write(p, out, at);
    else for (let i = 0; i < p.length; i++) out[at + i] = p.charCodeAt(i);
    at += p.length;
  }
  return pack(out, codec);
}

/** DOS date 1980-01-01 00:00 for new entries, so that output is reproducible. */
const FIXED_DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Write a zip archive; copied entries keep their compressed bytes, crc and timestamps. */
export function writeZip(
  outputs: readonly ZipOutput[],
  codec: DeflateCodec = fflateCodec,
): Uint8Array {
  interface Prepared {
    nameBytes: Uint8Array;
    method: number;
    flags: number;
    crc: number;
    size: number;
    dosTime: number;
    dosDate: number;
    /** the bytes stored, in pieces, and their total length */
    body: readonly Uint8Array[];
    bodyLength: number;
  }
  const prepared: Prepared[] = [];
  for (const o of outputs) {
    const nameBytes = encoder.encode(o.name);
    const utfFlag = isAscii(nameBytes) ? 0 : 0x800;
    if ('copyFrom' in o) {
      const e = o.copyFrom.entry(o.name);
      if (e === undefined) throw new XlsxError('missing-part', o.name);
      prepared.push({
        nameBytes,
        method: e.method,
        // keep only the UTF-8 and compression-option bits; data descriptors are not written
        flags: (e.flags & 0x6) | utfFlag,
        crc: e.crc,
        size: e.size,
        dosTime: e.dosTime,
        dosDate: e.dosDate,
        body: [o.copyFrom.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize)],
        bodyLength: e.compressedSize,
      });
    } else {
      const packed = 'packed' in o ? o.packed : pack(o.data, codec);
      prepared.push({
        nameBytes,
        method: packed.method,
        flags: utfFlag,
        crc: packed.crc,
        size: packed.size,
        dosTime: 0,
        dosDate: FIXED_DOS_DATE,
        body: packed.body,
        bodyLength: piecesLength(packed.body),
      });
    }
  }
  let localSize = 0;
  let centralSize = 0;
  for (const p of prepared) {
    localSize += 30 + p.nameBytes.length + p.bodyLength;
    centralSize += 46 + p.nameBytes.length;
  }
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let q = 0;
  for (const p of prepared) {
    offsets.push(q);
    view.setUint32(q, SIG_LOCAL, true);
    view.setUint16(q + 4, 20, true);
    view.setUint16(q + 6, p.flags, true);
    view.setUint16(q + 8, p.method, true);
    view.setUint16(q + 10, p.dosTime, true);
    view.setUint16(q + 12, p.dosDate, true);
    view.setUint32(q + 14, p.crc, true);
    view.setUint32(q + 18, p.bodyLength, true);
    view.setUint32(q + 22, p.size, true);
    view.setUint16(q + 26, p.nameBytes.length, true);
    view.setUint16(q + 28, 0, true);
    out.set(p.nameBytes, q + 30);
    q += 30 + p.nameBytes.length;
    for (const piece of p.body) {
      out.set(piece, q);
      q += piece.length;
    }
  }
  const cdStart = q;
  prepared.forEach((p, i) => {
    view.setUint32(q, SIG_CENTRAL, true);
    view.setUint16(q + 4, 20, true);
    view.setUint16(q + 6, 20, true);
    view.setUint16(q + 8, p.flags, true);
    view.setUint16(q + 10, p.method, true);
    view.setUint16(q + 12, p.dosTime, true);
    view.setUint16(q + 14, p.dosDate, true);
    view.setUint32(q + 16, p.crc, true);
    view.setUint32(q + 20, p.bodyLength, true);
    view.setUint32(q + 24, p.size, true);
    view.setUint16(q + 28, p.nameBytes.length, true);
    view.setUint32(q + 42, offsets[i]!, true);
    out.set(p.nameBytes, q + 46);
    q += 46 + p.nameBytes.length;
  });
  view.setUint32(q, SIG_EOCD, true);
  view.setUint16(q + 8, prepared.length, true);
  view.setUint16(q + 10, prepared.length, true);
  view.setUint32(q + 12, q - cdStart, true);
  view.setUint32(q + 16, cdStart, true);
  return out;
}
