/** `jixiao score` and `jixiao batch` on official forms (the shared form cases, copied into packages/pipeline). */
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readXlsx } from '@jixiao/xlsx';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, sha, tempDir } from '../test/helpers.js';

const CASES = fileURLToPath(
  new URL('../../../packages/pipeline/test-cases/forms/', import.meta.url),
);

const cell = (values: unknown[][], address: string): unknown => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return values[Number(m[2]) - 1]?.[col] ?? null;
};

describe('jixiao score on an official form', () => {
  it('recognises the national 项目支出绩效自评表, writes 执行率, each 得分 and 总分 into its own cells, exit 0', async () => {
    const dir = tempDir();
    const input = join(dir, 'C.xlsx');
    copyFileSync(join(CASES, 'national-project-C-blank.xlsx'), input);
    const before = sha(input);
    const r = await runCli(['score', input]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('项目支出绩效自评表 · 工作表“项目支出绩效自评表”');
    expect(r.out).toContain('89.89%');
    expect(r.out).toMatch(/总分\s+97\.82 分\s+优/);
    expect(sha(input)).toBe(before);
    const out = readXlsx(readFileSync(join(dir, 'C.scored.xlsx')))['项目支出绩效自评表']!.values;
    expect(cell(out, 'K5')).toBe(0.8989);
    expect(cell(out, 'L5')).toBe(8.99);
    expect(cell(out, 'J12')).toBe(9.33);
    expect(cell(out, 'J23')).toBe(97.82);
  });

  it('reports the printed mistakes of a filled form and keeps the printed values', async () => {
    const dir = tempDir();
    const input = join(dir, 'A.xlsx');
    copyFileSync(join(CASES, 'national-project-A-filled.xlsx'), input);
    const r = await runCli(['score', input, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      forms: { score: number; grade: string; complete: boolean; mistakes: { cell: string }[] }[];
    };
    expect(json.forms).toHaveLength(1);
    expect(json.forms[0]!.score).toBe(100);
    expect(json.forms[0]!.grade).toBe('优');
    expect(json.forms[0]!.mistakes.map((m) => m.cell)).toEqual([
      '项目支出绩效自评表!I5',
      '项目支出绩效自评表!J5',
      '项目支出绩效自评表!H22',
    ]);
    const out = readXlsx(readFileSync(join(dir, 'A.scored.xlsx')))['项目支出绩效自评表']!.values;
    expect(cell(out, 'H22')).toBe(90);
    expect(cell(out, 'J5')).toBe(0);
  });

  it('gives a provisional total, no grade and exit 1 when rows cannot be scored, and names them', async () => {
    const dir = tempDir();
    const input = join(dir, 'cq.xlsx');
    copyFileSync(join(CASES, 'dept-whole-cq-blank.xlsx'), input);
    const r = await runCli(['score', input]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('暂定得分');
    expect(r.out).toContain('等级暂不评定');
    expect(r.out).toContain('部门整体绩效自评表!G10');
    expect(r.out).toContain('部门整体绩效自评表!G16');
    const out = readXlsx(readFileSync(join(dir, 'cq.scored.xlsx')))['部门整体绩效自评表']!.values;
    expect(cell(out, 'I5')).toBe(0.76);
    expect(cell(out, 'K5')).toBe(7.6);
    expect(cell(out, 'K2')).toBeNull();
  });

  it('scores every sheet of a department set and prints a per-project summary', async () => {
    const r = await runCli([
      'score',
      join(CASES, 'multi-project-blank.xlsx'),
      '-o',
      join(tempDir(), 'out.xlsx'),
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('各表汇总（3 张）');
    expect(r.out).toMatch(/农村人居环境整治经费\s+农村人居环境整治经费\s+95\.24%\s+98\.56\s+优/);
  });

  it('refuses to write a report from a form, naming the form', async () => {
    const r = await runCli([
      'report',
      join(CASES, 'gd-dept-whole-blank.xlsx'),
      '-o',
      join(tempDir(), 'r.docx'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('部门整体支出绩效自评表（广东）');
  });
});

describe('jixiao batch for a finance bureau', () => {
  it('summarises a folder of forms and contract workbooks: one row per form, 问题明细, grades, duplicates, skipped files', async () => {
    const dir = tempDir();
    for (const f of readdirSync(CASES).filter((n) => n.endsWith('.xlsx')))
      copyFileSync(join(CASES, f), join(dir, f));
    copyFileSync(EXAMPLE, join(dir, '广州市人民政府办公厅.xlsx'));
    copyFileSync(join(CASES, 'national-project-C-blank.xlsx'), join(dir, '宏.xlsm'));
    writeFileSync(join(dir, '旧格式.xls'), 'not a workbook');
    const r = await runCli(['batch', dir, '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('跳过 旧格式.xls：不支持的表格格式');
    expect(r.err).toMatch(/警告：单位“西部（重庆）科学城融媒体中心”出现在多个表中/);
    expect(r.err).toMatch(/警告：项目“某县农村公路养护站 · 农村公路日常养护经费”出现在多个表中/);
    expect(r.err).toContain('multi-project-blank.xlsx：3 张自评表');
    const book = readXlsx(readFileSync(join(dir, '汇总.xlsx')));
    const summary = book['汇总']!.values;
    const header = summary[0]!;
    expect(header.slice(0, 5)).toEqual(['文件', '部门名称', '评价年度', '自评得分', '评价等级']);
    expect(header.slice(12)).toEqual([
      '工作表',
      '表格',
      '项目',
      '满分',
      '表中错误',
      '状态',
      '说明',
    ]);
    // 11 single-form case files, multi-project ×2 with 3 sheets each, the example, the .xlsm
    expect(summary).toHaveLength(1 + 11 + 2 * 3 + 1 + 1);
    const col = (name: string) => header.indexOf(name);
    const row = (file: string, sheet: string | null) =>
      summary.find((r) => r[0] === file && (r[col('工作表')] ?? null) === sheet)!;
    const pick = (r: unknown[], ...names: string[]) => names.map((n) => r[col(n)]);
    const fields = [
      '部门名称',
      '项目',
      '评价年度',
      '整体支付率(%)',
      '自评得分',
      '满分',
      '评价等级',
      '状态',
    ];
    expect(pick(row('gd-dept-whole-blank.xlsx', '部门整体支出绩效自评表'), ...fields)).toEqual([
      '中国人民政治协商会议广东省广州市花都区委员会',
      null,
      2021,
      97.11,
      95.32,
      100,
      '优',
      '已评分',
    ]);
    expect(pick(row('multi-project-blank.xlsx', '农村人居环境整治经费'), ...fields)).toEqual([
      '219001-池州市贵池区棠溪镇人民政府',
      '农村人居环境整治经费',
      2022,
      95.24,
      98.56,
      100,
      '优',
      '已评分',
    ]);
    expect(row('national-project-A-filled.xlsx', '项目支出绩效自评表')[col('表中错误')]).toBe(3);
    const cq = row('dept-whole-cq-blank.xlsx', '部门整体绩效自评表');
    expect(pick(cq, '评价等级', '状态')).toEqual([null, '暂定']);
    expect(cq[col('说明')]).toMatch(/^暂定得分（\d+ 项未能计分，等级暂不评定）$/);
    expect(
      pick(row('广州市人民政府办公厅.xlsx', null), '部门名称', '评价年度', '自评得分', '评价等级'),
    ).toEqual(['广州市人民政府办公厅', 2022, 96.99, '优']);
    expect(row('宏.xlsm', '项目支出绩效自评表')[col('自评得分')]).toBe(97.82);
    const issues = book['问题明细']!.values;
    expect(issues[0]).toEqual(['文件', '单元格', '级别', '说明']);
    expect(issues).toContainEqual([
      'national-project-A-filled.xlsx',
      '项目支出绩效自评表!H22',
      '警告',
      '表中总分为 90，按表内数据计算应为 100.00。原值未覆盖，请核对。',
    ]);
    const grades = book['等级分布']!.values.slice(1);
    expect(grades.reduce((n, r) => n + Number(r[1]), 0)).toBe(summary.length - 1);
    expect(book['重复提醒']!.values.map((r) => r[0])).toContain('单位重复');
    expect(book['跳过的文件']!.values[1]![0]).toBe('旧格式.xls');
  }, 60_000);
});
