/**
 * `jixiao score <folder>` (issue 11, "a department's set"): a folder with one form per file (or a
 * contract workbook) is scored file by file, as `score <file>` names its outputs, with a summary
 * per project. The forms are the cases copied into packages/pipeline/test-cases/forms.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readXlsx } from '@jixiao/xlsx';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, sha, tempDir } from '../test/helpers.js';

const CASES = fileURLToPath(
  new URL('../../../packages/pipeline/test-cases/forms/', import.meta.url),
);
const SHEET = '项目支出绩效自评表';

const cell = (values: unknown[][], address: string): unknown => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return values[Number(m[2]) - 1]?.[col] ?? null;
};

/** A department's folder: two project forms, a 部门整体 table that cannot be fully scored. */
function departmentFolder(): string {
  const dir = tempDir();
  copyFileSync(join(CASES, 'national-project-A-blank.xlsx'), join(dir, '项目A.xlsx'));
  copyFileSync(join(CASES, 'national-project-C-blank.xlsx'), join(dir, '项目C.xlsx'));
  copyFileSync(join(CASES, 'dept-whole-cq-blank.xlsx'), join(dir, '部门整体.xlsx'));
  return dir;
}

// scoring several workbooks in one test takes a few seconds on a busy machine
describe('jixiao score <folder>', { timeout: 60_000 }, () => {
  it('scores each form next to its file and prints a per-project summary', async () => {
    const dir = departmentFolder();
    writeFileSync(join(dir, '旧表.xls'), 'not a workbook');
    const before = sha(join(dir, '项目C.xlsx'));
    const r = await runCli(['score', dir]);
    // the 部门整体 table has rows that cannot be scored: provisional, exit 1
    expect(r.code).toBe(1);
    expect(r.err).toContain('跳过 旧表.xls');
    expect(r.out).toContain('== 项目C.xlsx ==');
    expect(r.out).toContain('部门项目汇总（3 个文件，3 张表）');
    const summary = r.out.slice(r.out.indexOf('部门项目汇总'));
    expect(summary).toMatch(/项目A\.xlsx\s+项目支出绩效自评表\s+\S+\s+100\.00%\s+100\.00\s+优/);
    expect(summary).toMatch(
      /项目C\.xlsx\s+项目支出绩效自评表\s+农村公路日常养护经费\s+89\.89%\s+97\.82\s+优/,
    );
    expect(summary).toMatch(/部门整体\.xlsx\s+\S+\s+\S+\s+76\.00%\s+93\.05\s+暂定/);
    expect(summary).toContain('1 个项目的得分为暂定');
    expect(sha(join(dir, '项目C.xlsx'))).toBe(before);
    const out = readXlsx(readFileSync(join(dir, '项目C.scored.xlsx')))[SHEET]!.values;
    expect([cell(out, 'K5'), cell(out, 'L5'), cell(out, 'J23')]).toEqual([0.8989, 8.99, 97.82]);
    expect(existsSync(join(dir, '项目A.scored.xlsx'))).toBe(true);
    expect(existsSync(join(dir, '部门整体.scored.xlsx'))).toBe(true);

    // a second run passes over its own outputs (.scored) and scores the same
    const again = await runCli(['score', dir]);
    expect(again.out.slice(again.out.indexOf('部门项目汇总'))).toBe(summary);
  });

  it('with -o writes into the output folder; a contract workbook joins the set; a broken file is named and the rest scored', async () => {
    const dir = departmentFolder();
    copyFileSync(EXAMPLE, join(dir, '办公厅.xlsx'));
    writeFileSync(join(dir, '坏文件.xlsx'), 'PK not really a zip');
    const outDir = join(tempDir(), '结果');
    const r = await runCli(['score', dir, '-o', outDir, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as {
      files: {
        file: string;
        output: string | null;
        result?: { forms?: { score: number; complete: boolean }[]; score?: number };
        error?: string;
      }[];
    };
    const byFile = new Map(json.files.map((f) => [f.file, f]));
    expect(byFile.get('项目C.xlsx')?.result?.forms?.[0]).toMatchObject({
      score: 97.82,
      complete: true,
    });
    expect(byFile.get('办公厅.xlsx')?.result?.score).toBe(96.99);
    expect(byFile.get('坏文件.xlsx')?.error).toContain('坏文件.xlsx');
    expect(byFile.get('坏文件.xlsx')?.output).toBeNull();
    expect(existsSync(join(outDir, '项目C.scored.xlsx'))).toBe(true);
    expect(existsSync(join(outDir, '办公厅.scored.xlsx'))).toBe(true);
    expect(existsSync(join(dir, '项目C.scored.xlsx'))).toBe(false);
  });

  it('--in-place writes every form back into its own file', async () => {
    const dir = departmentFolder();
    const r = await runCli(['score', dir, '--in-place']);
    expect(r.code).toBe(1);
    const out = readXlsx(readFileSync(join(dir, '项目C.xlsx')))[SHEET]!.values;
    expect(cell(out, 'J23')).toBe(97.82);
    expect(existsSync(join(dir, '项目C.scored.xlsx'))).toBe(false);
  });
});
