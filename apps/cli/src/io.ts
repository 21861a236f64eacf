/** The outside world of a command: streams, environment, files (atomic writes). */
import { randomBytes } from 'node:crypto';
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

/** The real process. */
export function processIO(): CliIO {
  return {
    out: (s) => process.stdout.write(visibleText(s)),
    err: (s) => process.stderr.write(visibleText(s, '\r\x1b[2K')),
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

/**
 * Write a file atomically: to a temporary file in the same folder, then rename over the target,
 * so that the target is either the old file or the complete new one, never half written.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
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

/** A system error's short text (code and message without the path noise). */
export function systemMessage(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === undefined ? e.message : `${code}`;
  }
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
