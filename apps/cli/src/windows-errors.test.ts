/**
 * The write failures Windows gives when the output is open in Excel or WPS (EPERM from the rename
 * over a file Excel holds, EBUSY from a locked one), simulated by failing `rename` in the io layer's
 * atomic write: the message is in Chinese with what to do, the summary was printed before, exit 2,
 * the old file is left as it was and no temporary file stays behind.
 */
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { EXAMPLE, runCli, sha, tempDir } from '../test/helpers.js';

/** The code `rename` fails with when its target's name contains `locked`, or null to succeed. */
const failing = vi.hoisted(() => ({ code: null as string | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const rename: typeof fs.rename = async (from, to) => {
    if (failing.code !== null && String(to).includes('locked'))
      // what libuv reports on Windows for MoveFileEx over a file another process has open
      throw Object.assign(
        new Error(`${failing.code}: operation failed, rename '${String(from)}' -> '${String(to)}'`),
        {
          code: failing.code,
          syscall: 'rename',
        },
      );
    return fs.rename(from, to);
  };
  return { ...fs, rename, default: { ...fs, rename } };
});

function setup(name = 'locked.xlsx'): { dir: string; input: string } {
  const dir = tempDir();
  const input = join(dir, name);
  copyFileSync(EXAMPLE, input);
  return { dir, input };
}

// a machine under load scores the example in seconds: room beyond vitest's 5 s default
describe('an output open in Excel/WPS on Windows', { timeout: 60_000 }, () => {
  it('score -o over a file Excel holds (EPERM): the score first, then the message, exit 2', async () => {
    const { dir, input } = setup('示例.xlsx');
    const out = join(dir, 'locked.scored.xlsx');
    writeFileSync(out, 'the old result, open in Excel');
    const before = sha(out);
    failing.code = 'EPERM';
    try {
      const r = await runCli(['score', input, '-o', out]);
      expect(r.code).toBe(2);
      expect(r.out).toContain('96.99 分');
      expect(r.err).toBe(
        `无法写入 ${out}：操作被拒绝：文件可能正被 Excel/WPS 打开，或是只读文件；请关闭该文件后重试，或用 -o 另存（EPERM）\n`,
      );
      // the summary was printed, the write was not reported as done
      expect(r.out).not.toContain('已写入');
      expect(sha(out)).toBe(before);
      expect(readdirSync(dir).sort()).toEqual(['locked.scored.xlsx', '示例.xlsx']);
    } finally {
      failing.code = null;
    }
  });

  it('score --in-place on a workbook open in WPS (EBUSY): the input is left as it was', async () => {
    const { dir, input } = setup();
    const before = sha(input);
    failing.code = 'EBUSY';
    try {
      const r = await runCli(['score', input, '--in-place']);
      expect(r.code).toBe(2);
      expect(r.out).toContain('96.99 分');
      expect(r.err).toBe(
        `无法写入 ${input}：文件正被 Excel/WPS 或其他程序打开；请关闭该文件后重试，或用 -o 另存为其他文件名（EBUSY）\n`,
      );
      expect(sha(input)).toBe(before);
      expect(readdirSync(dir)).toEqual([basename(input)]);
    } finally {
      failing.code = null;
    }
  });

  it('report -o over a .docx open in Word (EBUSY, then EPERM): the issues first, exit 2', async () => {
    const { dir, input } = setup('示例.xlsx');
    const docx = join(dir, 'locked.docx');
    for (const code of ['EBUSY', 'EPERM']) {
      failing.code = code;
      try {
        const r = await runCli(['report', input, '-o', docx]);
        expect(r.code).toBe(2);
        expect(r.out).toContain('96.99 分');
        expect(r.err).toMatch(
          new RegExp(`^无法写入 .*locked\\.docx：.*Excel/WPS.*（${code}）\\n$`),
        );
        expect(readdirSync(dir)).toEqual(['示例.xlsx']);
      } finally {
        failing.code = null;
      }
    }
  });

  it('in English with --lang en', async () => {
    const { input } = setup();
    failing.code = 'EBUSY';
    try {
      const r = await runCli(['score', input, '--in-place', '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        'the file is open in Excel/WPS or another program; close it and retry, or give -o (EBUSY)',
      );
    } finally {
      failing.code = null;
    }
  });
});
