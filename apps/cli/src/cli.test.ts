import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx, createWorkbook } from '@jixiao/xlsx';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, sha, tempDir } from '../test/helpers.js';

function exampleCopy(dir: string, name = '示例.xlsx'): string {
  const p = join(dir, name);
  copyFileSync(EXAMPLE, p);
  return p;
}

describe('jixiao score', () => {
  it('scores the example, writes <name>.scored.xlsx next to it, leaves the input byte-identical', async () => {
    const dir = tempDir();
    const input = exampleCopy(dir);
    const before = sha(input);
    const r = await runCli(['score', input]);
    expect(r.code).toBe(0);
    expect(sha(input)).toBe(before);
    expect(r.out).toContain('广州市人民政府办公厅');
    expect(r.out).toContain('96.99 分');
    expect(r.out).toContain('优');
    expect(r.out).toContain('32,601.53 万元');
    expect(r.out).toContain('99.99%');
    expect(r.out).toContain('扣分明细');
    const out = join(dir, '示例.scored.xlsx');
    const grids = readXlsx(readFileSync(out), ['预算执行', '绩效指标', '报告']);
    const ind = grids['绩效指标']!;
    const scoreCol = ind.values[0]!.indexOf('得分');
    const total = ind.values
      .slice(1)
      .reduce((s, row) => s + (typeof row[scoreCol] === 'number' ? row[scoreCol] : 0), 0);
    expect(total.toFixed(2)).toBe('96.99');
    expect(grids['报告']!.values.length).toBeGreaterThan(10);
    // no temporary files are left behind
    expect(readdirSync(dir).sort()).toEqual(['示例.scored.xlsx', '示例.xlsx']);
  });

  it('--json prints the summary object with every documented field', async () => {
    const dir = tempDir();
    const input = exampleCopy(dir);
    const r = await runCli(['score', input, '--json', '-o', join(dir, 'out', 'scored.xlsx')]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({
      department: '广州市人民政府办公厅',
      year: 2022,
      score: 96.99,
      grade: '优',
    });
    expect(j.rates.overall).toBe(99.99);
    expect(typeof j.rates.basic).toBe('number');
    expect(typeof j.rates.project).toBe('number');
    expect(j.totals.spent).toBe(32601.53);
    expect(typeof j.totals.budget).toBe('number');
    expect(j.indicators.length).toBeGreaterThanOrEqual(10);
    for (const i of j.indicators as object[])
      expect(Object.keys(i)).toEqual(
        expect.arrayContaining(['name', 'points', 'score', 'completion', 'explanation']),
      );
    expect(j.deductions.length).toBeGreaterThan(0);
    expect(Array.isArray(j.issues)).toBe(true);
    expect(existsSync(join(dir, 'out', 'scored.xlsx'))).toBe(true);
  });

  it('prints in English with --lang en', async () => {
    const dir = tempDir();
    const r = await runCli(['score', exampleCopy(dir), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('96.99 pts');
    expect(r.out).toContain('优 (excellent)');
    expect(r.out).toContain('Deductions:');
    expect(r.out).toMatch(
      /Wrote: .*示例\.scored\.xlsx \(\d+ cells updated, filled the 报告 sheet\)/,
    );
  });

  it('--in-place writes back into the input; a second run leaves it unchanged', async () => {
    const dir = tempDir();
    const input = exampleCopy(dir);
    expect((await runCli(['score', input, '--in-place'])).code).toBe(0);
    const once = sha(input);
    expect(readXlsx(readFileSync(input), ['报告'])['报告']!.values.length).toBeGreaterThan(10);
    expect((await runCli(['score', input, '--in-place'])).code).toBe(0);
    expect(sha(input)).toBe(once);
    expect(readdirSync(dir)).toEqual(['示例.xlsx']);
  });

  it('refuses to write over the input without --in-place, and -o with --in-place', async () => {
    const dir = tempDir();
    const input = exampleCopy(dir);
    const before = sha(input);
    const r = await runCli(['score', input, '-o', input]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--in-place');
    expect((await runCli(['score', input, '-o', 'x.xlsx', '--in-place'], { cwd: dir })).code).toBe(
      2,
    );
    expect(sha(input)).toBe(before);
  });

  it('ugly files get a clear message and exit 2, never a stack trace, and nothing is written', async () => {
    const dir = tempDir();
    const cases: [string, Uint8Array | string, RegExp][] = [
      ['text.xlsx', '项目名称,全年预算数\n', /不是 Excel 工作簿/],
      ['encrypted.xlsx', cfbEncrypted(), /密码/],
      ['truncated.xlsx', readFileSync(EXAMPLE).subarray(0, 5000), /不完整或已损坏/],
    ];
    for (const [name, content, message] of cases) {
      const p = join(dir, name);
      writeFileSync(p, content);
      const r = await runCli(['score', p]);
      expect(r.code, name).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).toContain(name);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(existsSync(join(dir, name.replace('.xlsx', '.scored.xlsx')))).toBe(false);
    }
    const missing = await runCli(['score', join(dir, 'nope.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('找不到文件');
    const huge = await runCli(['score', EXAMPLE, '-o', join(dir, 'huge.xlsx')], {
      env: { LANG: 'zh_CN.UTF-8', JIXIAO_MAX_UNCOMPRESSED_MB: '0.01' },
    });
    expect(huge.code).toBe(2);
    expect(huge.err).toContain('过大');
    expect(existsSync(join(dir, 'huge.xlsx'))).toBe(false);
    const en = await runCli(['score', join(dir, 'text.xlsx'), '--lang', 'en']);
    expect(en.err).toContain('not an Excel workbook');
  });

  it('exit 1 when data errors prevent scoring, with the problems and their sheets named', async () => {
    const dir = tempDir();
    const p = join(dir, 'partial.xlsx');
    writeFileSync(
      p,
      createWorkbook({
        sheets: [
          {
            name: '基本信息',
            rows: [
              ['项目', '内容'],
              ['部门名称', '某局'],
              ['评价年度', 2024],
            ],
          },
        ],
      }),
    );
    const r = await runCli(['score', p]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('无法评分');
    expect(r.err).toMatch(/预算执行|绩效指标/);
    expect(existsSync(join(dir, 'partial.scored.xlsx'))).toBe(false);
  });
});

/** An OLE compound file as Excel writes a password-protected workbook. */
function cfbEncrypted(): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = 'EncryptedPackage';
  for (let i = 0; i < name.length; i++) b[2048 + i * 2] = name.charCodeAt(i);
  return b;
}

describe('jixiao init, report, help and usage', () => {
  it('init writes the example identical to examples/, and never overwrites without --force', async () => {
    const dir = tempDir();
    const p = join(dir, 'new.xlsx');
    expect((await runCli(['init', p, '--example'])).code).toBe(0);
    expect(sha(p)).toBe(sha(EXAMPLE));
    const again = await runCli(['init', p]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('已存在');
    expect(sha(p)).toBe(sha(EXAMPLE));
    expect((await runCli(['init', p, '--force'])).code).toBe(0);
    const names = Object.keys(readXlsx(readFileSync(p)));
    expect(names).toEqual(['基本信息', '预算执行', '绩效指标', '报告模板', '报告']);
  });

  it('report writes a Word document and leaves the input unchanged', async () => {
    const dir = tempDir();
    const input = exampleCopy(dir);
    const before = sha(input);
    const r = await runCli(['report', input, '-o', join(dir, '报告.docx')]);
    expect(r.code, r.err).toBe(0);
    expect(sha(input)).toBe(before);
    const docx = readFileSync(join(dir, '报告.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(docx.includes(Buffer.from('word/document.xml'))).toBe(true);
  });

  it('--help everywhere, Chinese by default (an English LANG too) and English with --lang en or JIXIAO_LANG', async () => {
    for (const cmd of [[], ['init'], ['score'], ['report'], ['batch']]) {
      const r = await runCli([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/用法/);
    }
    expect((await runCli(['score', '--help', '--lang', 'en'])).out).toContain(
      'Usage: jixiao score',
    );
    expect((await runCli(['--help'], { env: { JIXIAO_LANG: 'en' } })).out).toContain(
      'Usage: jixiao',
    );
    const english = await runCli(['--help'], { env: { LANG: 'en_US.UTF-8' } });
    expect(english.out).toContain('用法');
  });

  it('usage errors exit 2', async () => {
    expect((await runCli([])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['score'])).code).toBe(2);
    expect((await runCli(['score', 'a.xlsx', '--bogus'])).code).toBe(2);
    expect((await runCli(['--lang', 'fr', 'score', 'a.xlsx'])).code).toBe(2);
  });
});
