/**
 * The one-file CLI: bundled by scripts/bundle.mjs, copied alone into a folder outside the
 * repository (no node_modules anywhere up the tree), it scores the example, writes the report and
 * runs a batch on worker threads of itself.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE } from '../test/helpers.js';

const script = fileURLToPath(new URL('../scripts/bundle.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'jixiao-bundle-'));
const cli = join(dir, 'jixiao.cjs');

function jixiao(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    encoding: 'utf8',
    // nothing from the repository: no NODE_PATH, no conditions
    env: { PATH: process.env.PATH ?? '', HOME: dir },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const built = join(mkdtempSync(join(tmpdir(), 'jixiao-build-')), 'jixiao.cjs');
  execFileSync(process.execPath, [script, built]);
  copyFileSync(built, cli);
  copyFileSync(EXAMPLE, join(dir, '示例.xlsx'));
}, 120_000);

describe('the bundled jixiao.cjs, alone in a folder', () => {
  it('requires nothing but Node built-ins', () => {
    const code = readFileSync(cli, 'utf8');
    const required = new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
    const builtins =
      /^(node:)?(fs|path|os|url|util|zlib|crypto|stream|events|buffer|module|worker_threads|child_process|process|string_decoder|assert|fs\/promises|timers|tty|http|https|net)$/;
    expect([...required].filter((r) => !builtins.test(r))).toEqual([]);
    expect(code.startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('scores the example', () => {
    const r = jixiao(['score', '示例.xlsx', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ score: 96.99, grade: '优' });
    expect(existsSync(join(dir, '示例.scored.xlsx'))).toBe(true);
    expect(jixiao(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 120_000);

  it('writes the report and runs a batch on two worker threads', () => {
    const report = jixiao(['report', '示例.xlsx', '-o', '报告.docx']);
    expect(report.status, report.stderr).toBe(0);
    expect(readFileSync(join(dir, '报告.docx')).subarray(0, 2).toString()).toBe('PK');
    mkdirSync(join(dir, '批量'));
    copyFileSync(EXAMPLE, join(dir, '批量', '甲.xlsx'));
    copyFileSync(EXAMPLE, join(dir, '批量', '乙.xlsx'));
    const batch = jixiao(['batch', '批量', '--jobs', '2']);
    expect(batch.status, batch.stderr).toBe(0);
    expect(batch.stderr).toContain('96.99 分（优）');
    expect(existsSync(join(dir, '批量', '乙.scored.xlsx'))).toBe(true);
  }, 120_000);
});
