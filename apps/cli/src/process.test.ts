import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, sha, tempDir } from '../test/helpers.js';

const entry = fileURLToPath(new URL('../test/cli-entry.ts', import.meta.url));

function jixiao(
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ['--conditions=@jixiao/source', '--import', 'tsx', entry, ...args],
    { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8', ...env }, timeout: 60_000 },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the jixiao process', () => {
  it('exits 0 with --json on stdout for the example, 2 for a file that is not a workbook', () => {
    const dir = tempDir();
    const input = join(dir, 'e.xlsx');
    copyFileSync(EXAMPLE, input);
    const before = sha(input);
    const ok = jixiao(['score', input, '--json']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ score: 96.99, grade: '优' });
    expect(sha(input)).toBe(before);
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook');
    const r = jixiao(['score', bad], { JIXIAO_LANG: 'en' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not an Excel workbook');
    expect(r.stdout).toBe('');
  }, 60_000);

  it('goes on when its reader closes stdout early (| head): the scored workbook is written, exit 0', async () => {
    const dir = tempDir();
    const input = join(dir, 'e.xlsx');
    copyFileSync(EXAMPLE, input);
    const child = spawn(
      process.execPath,
      ['--conditions=@jixiao/source', '--import', 'tsx', entry, 'score', input],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'zh_CN.UTF-8' } },
    );
    // the reader is gone before the first line: every write to stdout meets a closed pipe
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(status).toBe(0);
    expect(existsSync(join(dir, 'e.scored.xlsx'))).toBe(true);
  }, 60_000);
});
