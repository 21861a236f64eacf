/**
 * `jixiao forms` (issue 14): a department's workbook with 所属项目 written as official forms into a
 * new workbook, read back by `jixiao score` to the same figures; LibreOffice renders the forms to
 * PDF (A4 landscape) with their titles, headers and figures; `jixiao rules` adds the 规则 sheet.
 * Figures (by hand, see test/projects-workbook.ts): department 98.84% · 95.77 优, 信息化运维项目
 * 99.19% · 97.70 优, 村级补助项目 90.29% · 87.78 良.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '@jixiao/xlsx';
import { convert, soffice } from '@jixiao/xlsx/testing';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, sha, tempDir } from '../test/helpers.js';
import { writeProjectsWorkbook } from '../test/projects-workbook.js';
import { formName } from './render-forms.js';

interface FormJson {
  sheet: string;
  executionRate: number;
  score: number;
  grade: string;
  complete: boolean;
  cap?: { uncapped: number; note: string };
  indicators: { name: string; score: number; explanation: string }[];
  mistakes: unknown[];
}

async function scoreForms(file: string, dir: string): Promise<FormJson[]> {
  const r = await runCli(['score', file, '--json', '-o', join(dir, 'back.xlsx')]);
  expect(r.err).toBe('');
  return (JSON.parse(r.out) as { forms: FormJson[] }).forms;
}

describe('jixiao score on a workbook with 所属项目', () => {
  it('prints a table of the projects beside the department', async () => {
    const dir = tempDir();
    const input = join(dir, '示例局.xlsx');
    writeProjectsWorkbook(input);
    const r = await runCli(['score', input]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/自评得分\s+95\.77 分/);
    expect(r.out).toContain('所属项目（2 个，各自评分）');
    expect(r.out).toMatch(/信息化运维项目\s+470\.00\s+466\.18\s+99\.19%\s+97\.70 \/ 100\.00\s+优/);
    expect(r.out).toMatch(/村级补助项目\s+132\.91\s+120\.00\s+90\.29%\s+87\.78 \/ 100\.00\s+良/);
    const json = await runCli(['score', input, '--json', '-o', join(dir, 'j.xlsx')]);
    const summary = JSON.parse(json.out) as { projects: { name: string; score: number }[] };
    expect(summary.projects.map((p) => [p.name, p.score])).toEqual([
      ['信息化运维项目', 97.7],
      ['村级补助项目', 87.78],
    ]);
  });
});

describe('jixiao forms', () => {
  it('writes the department and one form per project into a new workbook; score reads them back the same', async () => {
    const dir = tempDir();
    const input = join(dir, '示例局.xlsx');
    writeProjectsWorkbook(input);
    const before = sha(input);
    const output = join(dir, '自评表.xlsx');
    const r = await runCli(['forms', input, '-o', output]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /部门整体支出绩效自评表\s+1,422\.68 \/ 1,439\.41\s+98\.84%\s+95\.77\s+优/,
    );
    expect(sha(input)).toBe(before);
    expect(Object.keys(readXlsx(readFileSync(output)))).toEqual([
      '部门整体支出绩效自评表',
      '信息化运维项目',
      '村级补助项目',
    ]);
    const forms = await scoreForms(output, dir);
    expect(forms.map((f) => [f.sheet, f.executionRate, f.score, f.grade, f.complete])).toEqual([
      ['部门整体支出绩效自评表', 98.84, 95.77, '优', true],
      ['信息化运维项目', 99.19, 97.7, '优', true],
      ['村级补助项目', 90.29, 87.78, '良', true],
    ]);
    expect(forms[1]!.indicators.map((i) => i.score)).toEqual([9.92, 50, 37.78]);
    expect(forms[2]!.indicators.map((i) => i.score)).toEqual([9.03, 78.75]);
    expect(forms.flatMap((f) => f.mistakes)).toEqual([]);
  });

  it('writes the Guangdong and Chongqing 部门整体 tables', async () => {
    const dir = tempDir();
    const input = join(dir, '示例局.xlsx');
    writeProjectsWorkbook(input);
    for (const layout of ['guangdong', 'chongqing']) {
      const output = join(dir, `${layout}.xlsx`);
      expect((await runCli(['forms', input, '-o', output, '--layout', layout])).code).toBe(0);
      const [department] = await scoreForms(output, dir);
      expect([department!.executionRate, department!.score]).toEqual([98.84, 95.77]);
    }
    const bad = await runCli(['forms', input, '--layout', 'beijing']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('national、guangdong、chongqing');
  });

  it('carries province rules in a 规则 sheet; the capped total and its rule come back from the form', async () => {
    const dir = tempDir();
    const input = join(dir, '示例局.xlsx');
    writeProjectsWorkbook(input, [['执行率封顶', '95%:85']]);
    const output = join(dir, '自评表.xlsx');
    const r = await runCli(['forms', input, '-o', output]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('另有“规则”工作表（1 条省级规则）');
    const forms = await scoreForms(output, dir);
    const capped = forms.find((f) => f.sheet === '村级补助项目')!;
    expect(capped.score).toBe(85);
    expect(capped.cap).toEqual({
      uncapped: 87.78,
      note: '执行率 90.29% 低于 95%，得分率不超过 85%，总分由 87.78 分封顶为 85.00 分（执行率封顶）',
    });
    const text = await runCli(['score', output, '-o', join(dir, 'b.xlsx')]);
    expect(text.out).toMatch(/执行率封顶/);
  });

  it('refuses a workbook of forms and writing over the input', async () => {
    const dir = tempDir();
    const input = join(dir, '示例局.xlsx');
    writeProjectsWorkbook(input);
    expect((await runCli(['forms', input, '-o', input])).code).toBe(2);
    const output = join(dir, 'f.xlsx');
    await runCli(['forms', input, '-o', output]);
    const again = await runCli(['forms', output]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('已是官方自评表');
  });
});

describe('jixiao forms on the example (广州市人民政府办公厅 2022)', () => {
  it('reads back to 96.99 分 优 and every indicator’s 得分; names the rules the form cannot state', async () => {
    const dir = tempDir();
    const direct = await runCli(['score', EXAMPLE, '--json', '-o', join(dir, 'scored.xlsx')]);
    const own = JSON.parse(direct.out) as {
      score: number;
      grade: string;
      indicators: { name: string; score: number }[];
    };
    expect([own.score, own.grade]).toEqual([96.99, '优']);
    const output = join(dir, '自评表.xlsx');
    const r = await runCli(['forms', EXAMPLE, '-o', output]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('读回后与工作簿不一致');
    expect(r.out).toContain('表格无法写明的评分规则（4 处）');
    expect(r.out).toContain('“服务对象满意度”的评分方法“分档”');
    const [form] = await scoreForms(output, dir);
    expect([form!.score, form!.grade, form!.complete, form!.mistakes]).toEqual([
      96.99,
      '优',
      true,
      [],
    ]);
    const back = new Map(form!.indicators.map((i) => [i.name, i.score]));
    for (const i of own.indicators) expect(back.get(i.name), i.name).toBe(i.score);
    expect(back.get('合同备案时效性')).toBe(1.5);
    expect(back.get('督查督办事项办结率')).toBe(4);
    // the national 部门整体 table is the project form's layout; its own title names it
    const text = await runCli(['score', output, '-o', join(dir, 'back2.xlsx')]);
    expect(text.out).toContain('部门整体支出绩效自评表 · 工作表“部门整体支出绩效自评表”');
    expect(text.out).not.toContain('项目支出绩效自评表 · 工作表');
  });

  it('Chongqing: the 人工得分 it cannot carry makes forms say so and exit 1', async () => {
    const dir = tempDir();
    const r = await runCli(['forms', EXAMPLE, '-o', join(dir, 'cq.xlsx'), '--layout', 'chongqing']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '“督查督办事项办结率”的人工得分 4.00（表中没有偏差原因栏）无法写入表格',
    );
    expect(r.out).toMatch(/“督查督办事项办结率”按表格读回为 3\.94，工作簿为 4\.00/);
  });

  it('says the rules lost and the read-back differences in English with --lang en', async () => {
    const dir = tempDir();
    const args = ['forms', EXAMPLE, '-o', join(dir, 'cq.xlsx'), '--layout', 'chongqing'];
    const en = await runCli([...args, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.out).toContain(
      '部门整体绩效自评表: the form cannot state the manual score 4.00 (the form has no 偏差原因 column) of "督查督办事项办结率"',
    );
    expect(en.out).toContain(
      'the form cannot state the method "分档" (parameters 90%:5;80%:4;60%:3;0:0) of "服务对象满意度"; the form scores it as "正向" from its target "≥90%"',
    );
    expect(en.out).toContain(
      'the form cannot state the target ≥95%, the method "正向" of "预算执行率": it scores 预算执行率 as rate ÷ 100% × points',
    );
    expect(en.out).toContain(
      '部门整体绩效自评表: "总分" reads back from the form as 96.93, the workbook says 96.99; check it.',
    );
    expect(en.out).not.toMatch(/无法写入|按表格读回/);
    const zh = await runCli(args);
    expect(zh.out).toContain(
      '部门整体绩效自评表：“预算执行率”的目标值 ≥95%、评分方法“正向”无法写入该表：表中预算执行率按执行率 ÷ 100% × 分值计分',
    );
    expect(zh.out).toContain(
      '部门整体绩效自评表：“总分”按表格读回为 96.93，工作簿为 96.99，请核对该项。',
    );
  });
});

describe('formName', () => {
  const form = (layout: string, title: string | null) => ({
    layout: { id: 'x', name: layout, kind: 'project' as const },
    identity: { title, year: 2022, project: null, department: null, unit: null },
  });
  it('is the form’s own title when it says 部门整体 on a project layout, else the layout’s name', () => {
    expect(formName(form('项目支出绩效自评表', '部门整体支出绩效自评表 （2022年度）'))).toBe(
      '部门整体支出绩效自评表',
    );
    expect(formName(form('项目支出绩效自评表', '项目支出绩效自评表 （2022年度）'))).toBe(
      '项目支出绩效自评表',
    );
    expect(formName(form('项目支出绩效自评表', null))).toBe('项目支出绩效自评表');
    expect(formName(form('部门整体绩效自评表（重庆）', '部门整体绩效自评表 （2022年度）'))).toBe(
      '部门整体绩效自评表（重庆）',
    );
  });
});

describe('jixiao rules', () => {
  it('adds a 规则 sheet to a workbook of forms, which score then applies', async () => {
    const dir = tempDir();
    const input = join(dir, '示例局.xlsx');
    writeProjectsWorkbook(input);
    const forms = join(dir, 'f.xlsx');
    await runCli(['forms', input, '-o', forms]);
    const ruled = join(dir, 'r.xlsx');
    const r = await runCli(['rules', forms, '--rule', '执行率封顶=95%:85', '-o', ruled]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('执行率封顶=95%:85');
    expect(readXlsx(readFileSync(ruled))['规则']!.values[1]!.slice(0, 2)).toEqual([
      '执行率封顶',
      '95%:85',
    ]);
    const scored = await scoreForms(ruled, dir);
    expect(scored.map((f) => f.score)).toEqual([95.77, 97.7, 85]);
    expect((await runCli(['rules', input, '--rule', '执行率封顶=95%:85', '-o', ruled])).code).toBe(
      2,
    );
  });
});

const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

describe.runIf(soffice !== undefined && pdftotext !== undefined)(
  'forms rendered by LibreOffice',
  () => {
    it('converts to an A4 landscape PDF with the titles, headers and figures', async () => {
      const dir = tempDir();
      const input = join(dir, '示例局.xlsx');
      writeProjectsWorkbook(input);
      const output = join(dir, 'forms.xlsx');
      expect((await runCli(['forms', input, '-o', output])).code).toBe(0);
      convert(dir, 'pdf', output, join(dir, 'pdf'));
      const pdf = join(dir, 'pdf', 'forms.pdf');
      const text = execFileSync(pdftotext!, ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const s of [
        '部门整体支出绩效自评表',
        '项目支出绩效自评表',
        '（2024年度）',
        '年度资金总额',
        '三级指标',
        '偏差原因分析及改进措施',
        '信息化运维项目',
        '98.84%',
        '99.19%',
        '90.29%',
        '95.77',
        '97.70',
        '87.78',
        '37.78',
        '1,439.41',
      ])
        expect(text).toContain(s);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+3/);
      expect(info).toMatch(/Page size:\s+841\.89 x 595\.\d+ pts \(A4\)/);
    }, 180_000);

    it('prints the example’s rules as the form states them: 每次扣0.5分, the 人工得分 line, 96.99', async () => {
      const dir = tempDir();
      const output = join(dir, 'example.xlsx');
      expect((await runCli(['forms', EXAMPLE, '-o', output])).code).toBe(0);
      convert(dir, 'pdf', output, join(dir, 'pdf'));
      const text = execFileSync(pdftotext!, ['-layout', join(dir, 'pdf', 'example.pdf'), '-'], {
        encoding: 'utf8',
      });
      for (const s of [
        '部门整体支出绩效自评表',
        '（2022年度）',
        '每次扣0.5分',
        '人工得分：4.00',
        '32,601.53',
        '99.99%',
        '96.99',
      ])
        expect(text).toContain(s);
    }, 180_000);
  },
);
