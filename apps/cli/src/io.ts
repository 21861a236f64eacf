/** The outside world of a command: streams, environment, files (atomic writes). */
import type { Lang } from './i18n.js';
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Where a command writes and what it knows about its terminal. */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** stderr is a terminal (progress bar) */
  isTTY: boolean;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text made safe for a terminal: control characters (ESC sequences a workbook smuggles in as
 * `_x001B_`, bells, carriage returns) shown as `\x1B`, never sent raw; line breaks and tabs kept.
 * `keep` is a control sequence of our own to leave alone (the progress bar's `\r\x1b[2K`).
 */
export function visibleText(text: string, keep?: string): string {
  const escape = (s: string): string =>
    s.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  if (keep === undefined || !text.includes(keep)) return escape(text);
  return text.split(keep).map(escape).join(keep);
}

/**
 * A stream of the process that a reader may close early (`jixiao score … | head`): the text left is
 * dropped, the command goes on (the scored workbook is still written) and its exit code stands.
 * Node reports the closed pipe as an EPIPE 'error' event, which unhandled would end the process.
 */
function closable(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

/** The real process. */
export function processIO(): CliIO {
  const stdout = closable(process.stdout);
  const stderr = closable(process.stderr);
  return {
    out: (s) => stdout(visibleText(s)),
    err: (s) => stderr(visibleText(s, '\r\x1b[2K')),
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stderr.isTTY,
  };
}

/** A usage or file problem: printed as is, exit code 2. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A hidden temporary name in the folder of `path` (`.a.xlsx.3f9c…tmp`), for the rename over it. */
const temporaryBeside = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);

/**
 * Write a file atomically: to a temporary file in the same folder, then rename over the target,
 * so that the target is either the old file or the complete new one, never half written.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const tmp = temporaryBeside(path);
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * `writeFileAtomic` without leaving the thread: for a batch thread, whose next job waits anyway,
 * and on a busy machine would wait longer for the libuv pool (measured: 0.4–0.6 s of idle per
 * thread in a batch of 200 workbooks). Same temporary-then-rename rule.
 */
export function writeFileAtomicSync(path: string, data: Uint8Array): void {
  const tmp = temporaryBeside(path);
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(tmp, data, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Kind of a path: 'file', 'dir', or null when it does not exist. */
export async function pathKind(path: string): Promise<'file' | 'dir' | 'other' | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch {
    return null;
  }
}

/** Read a whole file as bytes. */
export async function readBytes(path: string): Promise<Uint8Array> {
  const b = await readFile(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** A system error's code (`EACCES`), or undefined for other errors. */
function errorCode(e: unknown): string | undefined {
  const code = e instanceof Error ? (e as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

const FILE_ERRORS: Record<string, { zh: string; en: string }> = {
  EACCES: {
    zh: '没有权限（文件或文件夹只读，或属于其他用户）；请换一个可写的文件夹，或用 -o 指定输出位置',
    en: 'permission denied (the file or folder is read-only or belongs to another user); choose a writable folder or give -o',
  },
  EPERM: {
    zh: '操作被拒绝：文件可能正被 Excel/WPS 打开，或是只读文件；请关闭该文件后重试，或用 -o 另存',
    en: 'operation not permitted: the file may be open in Excel/WPS or read-only; close it and retry, or give -o',
  },
  EBUSY: {
    zh: '文件正被 Excel/WPS 或其他程序打开；请关闭该文件后重试，或用 -o 另存为其他文件名',
    en: 'the file is open in Excel/WPS or another program; close it and retry, or give -o',
  },
  EISDIR: {
    zh: '该路径是文件夹，不是文件；请在路径后加上文件名，如 -o 结果\\报告.docx',
    en: 'the path is a folder, not a file; add a file name, e.g. -o out/report.docx',
  },
  ENOTDIR: {
    zh: '路径中的某一级不是文件夹；请检查路径',
    en: 'a part of the path is not a folder; check the path',
  },
  ENOENT: {
    zh: '路径不存在；请检查文件名和文件夹是否正确',
    en: 'no such file or folder; check the path',
  },
  EROFS: {
    zh: '磁盘或文件夹只读；请换一个可写的文件夹，或用 -o 指定输出位置',
    en: 'read-only file system; choose a writable folder or give -o',
  },
  ENOSPC: { zh: '磁盘空间不足；请清理磁盘后重试', en: 'no space left on the disk' },
  EDQUOT: { zh: '磁盘配额已满；请清理后重试', en: 'disk quota exceeded' },
  ENAMETOOLONG: {
    zh: '文件名或路径太长；请缩短文件名或换一个较短的文件夹',
    en: 'the file name or path is too long',
  },
  EMFILE: {
    zh: '同时打开的文件过多；请减少 --jobs 后重试',
    en: 'too many open files; lower --jobs',
  },
};

/**
 * What went wrong with a file, in words with what to do: `没有权限（文件或文件夹只读…）；请…`.
 * Unknown system errors print their code and message.
 */
export function systemMessage(e: unknown, lang: Lang = 'zh-CN'): string {
  const code = errorCode(e);
  const known = code === undefined ? undefined : FILE_ERRORS[code];
  if (known) return lang === 'en-US' ? `${known.en} (${code})` : `${known.zh}（${code}）`;
  if (e instanceof Error) return code === undefined ? e.message : `${code} ${e.message}`;
  return String(e);
}

/**
 * The uncompressed-size limit from `JIXIAO_MAX_UNCOMPRESSED_MB` (MiB), or undefined for the
 * adapter's defaults (256 MiB per part, 1 GiB in total).
 */
export function maxMiBFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): number | undefined {
  const v = Number(env.JIXIAO_MAX_UNCOMPRESSED_MB);
  return Number.isFinite(v) && v > 0 ? v : undefined;
}

/** Whether `path` ends in `extension` (`.xlsx`, `.docx`), case aside. */
export function hasExtension(path: string, extension: string): boolean {
  return path.toLowerCase().endsWith(extension);
}

/** `<name>.scored.xlsx` next to the input (or in `outDir`). */
export function scoredPath(input: string, outDir?: string): string {
  // the output keeps the input's type: a macro workbook (.xlsm) stays .xlsm, macros kept
  const ext = /\.xlsm$/i.test(input) ? '.xlsm' : '.xlsx';
  const name = basename(input).replace(/\.xls[xm]$/i, '');
  return join(outDir ?? dirname(input), `${name}.scored${ext}`);
}

/** Why `batch` passes over a file in its folder, or null when it scores it. */
export type SkipReason = 'lockFile' | 'hidden' | 'output' | 'summary' | 'oldFormat' | 'notWorkbook';

/** Whether `batch` scores a file (.xlsx, .xlsm) or why it skips it. */
export function batchSkipReason(name: string, isSummary: boolean): SkipReason | null {
  if (isSummary) return 'summary';
  if (name.startsWith('~$')) return 'lockFile';
  if (name.startsWith('.')) return 'hidden';
  if (/\.scored\.xls[xm]$/i.test(name)) return 'output';
  if (/\.xls[xm]$/i.test(name)) return null;
  if (/\.(xls|et|ods|xlsb|xltx|xltm|wps|numbers|csv)$/i.test(name)) return 'oldFormat';
  return 'notWorkbook';
}
