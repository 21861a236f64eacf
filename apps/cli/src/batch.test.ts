import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyPlan, readXlsx } from '@jixiao/xlsx';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, sha, tempDir } from '../test/helpers.js';

describe('jixiao batch', () => {
  it('scores a folder in parallel workers, reports the one broken file, writes the summary and every scored workbook', async () => {
    const dir = tempDir();
    for (const n of ['甲局', '乙局', '丙局']) copyFileSync(EXAMPLE, join(dir, `${n}.xlsx`));
    writeFileSync(join(dir, '损坏.xlsx'), readFileSync(EXAMPLE).subarray(0, 3000));
    const before = ['甲局', '乙局', '丙局', '损坏'].map((n) => sha(join(dir, `${n}.xlsx`)));
    const r = await runCli(['batch', dir, '-o', join(dir, 'summary.xlsx'), '--jobs', '2']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('损坏.xlsx');
    expect(r.err).toContain('不完整或已损坏');
    expect(r.err).toMatch(/甲局\.xlsx：96\.99 分（优）/);
    expect(r.out).toContain('3 个已评分');
    expect(['甲局', '乙局', '丙局', '损坏'].map((n) => sha(join(dir, `${n}.xlsx`)))).toEqual(
      before,
    );
    for (const n of ['甲局', '乙局', '丙局'])
      expect(existsSync(join(dir, `${n}.scored.xlsx`))).toBe(true);
    expect(existsSync(join(dir, '损坏.scored.xlsx'))).toBe(false);
    const summary = readXlsx(readFileSync(join(dir, 'summary.xlsx')))['汇总']!;
    expect(summary.values).toHaveLength(5);
    expect(summary.values[0]!.slice(0, 5)).toEqual([
      '文件',
      '部门名称',
      '评价年度',
      '自评得分',
      '评价等级',
    ]);
    const byFile = new Map(summary.values.slice(1).map((row) => [row[0], row]));
    expect(byFile.get('甲局.xlsx')!.slice(1, 6)).toEqual([
      '广州市人民政府办公厅',
      2022,
      96.99,
      '优',
      99.99,
    ]);
    expect(summary.values[0]!.slice(5)).toEqual([
      '整体支付率(%)',
      '基本支出支付率(%)',
      '项目支出支付率(%)',
      '扣分项数',
      '错误',
      '警告',
      '提示',
      '工作表',
      '表格',
      '项目',
      '满分',
      '表中错误',
      '状态',
      '说明',
    ]);
    expect(byFile.get('损坏.xlsx')![17]).toBe('文件错误');
  }, 60_000);

  it('shows a progress bar on a terminal, and refuses a folder without workbooks', async () => {
    const dir = tempDir();
    copyFileSync(EXAMPLE, join(dir, 'a.xlsx'));
    const r = await runCli(['batch', dir, '--jobs', '1'], { isTTY: true });
    expect(r.code).toBe(0);
    expect(r.err).toContain('[############################] 1/1');
    expect(existsSync(join(dir, '汇总.xlsx'))).toBe(true);
    // the summary and scored files of the first run are not inputs of the second
    const again = await runCli(['batch', dir, '--jobs', '1']);
    expect(again.err).toContain('评分 1 个工作簿');
    expect((await runCli(['batch', tempDir()])).code).toBe(2);
  });

  it('keeps a 报告 edited by hand, as score does: names the file and cell, says so, exits 1', async () => {
    const dir = tempDir();
    const input = join(dir, '乙局.xlsx');
    copyFileSync(EXAMPLE, input);
    expect((await runCli(['score', input, '--in-place'])).code).toBe(0);
    const edit = '本段已由财务科人工核对改写。';
    const bytes = new Uint8Array(readFileSync(input));
    writeFileSync(
      input,
      applyPlan(bytes, {
        cells: [{ sheet: '报告', row: 3, col: 1, address: 'B4', value: edit }],
        replaceSheets: [],
      }),
    );
    copyFileSync(EXAMPLE, join(dir, '甲局.xlsx'));
    const r = await runCli(['batch', dir, '--jobs', '2']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `注意：乙局.xlsx 的“报告”工作表在上次填充后被手工修改（报告!B4：“整体支出绩效自评报告”→“${edit}”），已保留未覆盖`,
    );
    expect(r.err).not.toContain('甲局.xlsx 的“报告”');
    expect(r.out).toContain('其中 1 个工作簿的“报告”被手工修改，已保留未覆盖（退出码 1）');
    const scored = readXlsx(new Uint8Array(readFileSync(join(dir, '乙局.scored.xlsx'))), ['报告']);
    expect(scored['报告']!.values[3]![1]).toBe(edit);
    // without the edit, the same folder exits 0
    const clean = tempDir();
    copyFileSync(EXAMPLE, join(clean, '甲局.xlsx'));
    expect((await runCli(['batch', clean, '--jobs', '1'])).code).toBe(0);
  }, 60_000);

  it('counts a provisional score (暂定) with the not scored, never as scored, and exits 1', async () => {
    const dir = tempDir();
    copyFileSync(EXAMPLE, join(dir, '甲局.xlsx'));
    const F02c = fileURLToPath(
      new URL(
        '../../../packages/pipeline/test/cases/field/F02c-ah-tangxi-targets-as-formulas.xlsx',
        import.meta.url,
      ),
    );
    copyFileSync(F02c, join(dir, '乙局.xlsx'));
    const r = await runCli(['batch', dir, '--jobs', '2']);
    expect(r.err).toMatch(/乙局\.xlsx：84\.00 分（暂定，等级暂不评定）/);
    expect(r.out).toContain('完成：1 个已评分，1 个暂定或无法评分，0 个文件错误');
    expect(r.code).toBe(1);
  }, 60_000);
});
