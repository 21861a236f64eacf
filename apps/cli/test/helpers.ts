import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/main.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Run the command line in this process with captured output. */
export async function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; isTTY?: boolean } = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await run(args, {
    out: (s) => (out += s),
    err: (s) => (err += s),
    env: options.env ?? { LANG: 'zh_CN.UTF-8' },
    cwd: options.cwd ?? process.cwd(),
    isTTY: options.isTTY ?? false,
  });
  return { code, out, err };
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'jixiao-cli-'));

export const sha = (path: string): string =>
  createHash('sha256').update(readFileSync(path)).digest('hex');

export const EXAMPLE = fileURLToPath(
  new URL('../../../examples/广州市人民政府办公厅-2022.xlsx', import.meta.url),
);
